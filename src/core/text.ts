import { unicodeRegExp } from './unicode-class';
// Text helpers: whitespace, word counts and reading time, per script.

/** Collapses runs of whitespace (including non-breaking spaces) to one space and trims. */
export function normalizeSpace(s: string): string {
  return s.replace(/[ \t\n\r\f\v\u00a0\u200b]+/g, ' ').trim();
}

/** Each node's textOf while the tree stays as it is (see keepingTexts), else null. */
let texts: Map<Node, string> | null = null;

/** The element's text with whitespace collapsed. */
export function textOf(node: Node): string {
  if (!texts) return normalizeSpace(node.textContent ?? '');
  let text = texts.get(node);
  if (text === undefined) {
    text = normalizeSpace(node.textContent ?? '');
    texts.set(node, text);
  }
  return text;
}

/**
 * Runs `fn` with each node's textOf read once: the rule runner's, whose rules only read the tree (about 35
 * rules read the same blocks' text); it calls forgetTexts whenever it changes the tree.
 */
export function keepingTexts<T>(fn: () => T): T {
  const outer = texts;
  texts = new Map();
  try {
    return fn();
  } finally {
    texts = outer;
  }
}

/** The tree changed: textOf reads every node again. */
export function forgetTexts(): void {
  texts?.clear();
}

const HANGUL = /[\uac00-\ud7af]/;

/** Number of letters/digits, the unit for "how much text" comparisons that must work in every script. */
export function letterCount(s: string): number {
  // A loop over character codes, with a Unicode test only for non-ASCII characters: several times faster
  // than deleting the rest with a Unicode regex, in every script (menus run to 100 KB, and this runs a lot).
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++;
      continue;
    }
    if (!isSurrogate(c)) {
      if (classOf(c) === IS_LETTER) n++;
      continue;
    }
    const point = s.codePointAt(i) ?? c;
    if (SUPPLEMENTARY_LETTER.test(String.fromCodePoint(point))) n++;
    if (point > 0xffff) i++;
  }
  return n;
}
// The BMP's letters and digits written out (unicode-class.ts: cheap to compile in Firefox); the engine's own
// class for the rare character past the BMP (a mathematical letter, a CJK Extension B ideograph).
const LETTER = unicodeRegExp(String.raw`[\p{L}\p{N}]`);
const SUPPLEMENTARY_LETTER = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
const [IS_LETTER, IS_SPACE, IS_OTHER] = [1, 2, 3];
/**
 * Each character of the Basic Multilingual Plane outside ASCII as LETTER and SPACE class it, asked once per
 * character and kept (0: not asked yet). A test per character made a one-character string and ran a Unicode
 * regex on it: on a page in Cyrillic, Greek, Arabic or with accents, that was most of a count's time.
 */
const CLASSES = new Uint8Array(0x10000);
function classOf(c: number): number {
  let k = CLASSES[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = LETTER.test(ch) ? IS_LETTER : SPACE.test(ch) ? IS_SPACE : IS_OTHER;
    CLASSES[c] = k;
  }
  return k;
}
const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;
/** Kana, ideographs and half-width katakana: the characters that count one word each. */
const isCjk = (c: number) => (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff66 && c <= 0xff9f);

/**
 * Words in running text; ideographs and kana count one each (CJK has no spaces between words). A word is a run
 * of characters between whitespace and ideographs that holds a letter or digit. One loop over character codes
 * (this runs on every block the rules weigh): it counts what splitting at whitespace counted, without the arrays.
 */
export function countWords(text: string): number {
  let n = 0;
  let worded = false; // the run read so far holds a letter or digit
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c === 32 || (c >= 9 && c <= 13)) {
        if (worded) n++;
        worded = false;
      } else if (!worded && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) worded = true;
      continue;
    }
    const cjk = isCjk(c);
    const surrogate = isSurrogate(c); // \s matches no surrogate; a pair is asked of SUPPLEMENTARY_LETTER whole
    if (cjk || (!surrogate && classOf(c) === IS_SPACE)) {
      if (cjk) n++;
      if (worded) n++;
      worded = false;
    } else if (!worded) {
      if (!surrogate) {
        worded = classOf(c) === IS_LETTER;
        continue;
      }
      const point = text.codePointAt(i) ?? c;
      worded = SUPPLEMENTARY_LETTER.test(String.fromCodePoint(point));
      if (point > 0xffff) i++;
    }
  }
  return worded ? n + 1 : n;
}

// Reading speeds from Brysbaert (2019), "How many words do we read per minute?": silent reading of
// non-fiction. Chinese and Japanese are counted per character.
const WORDS_PER_MINUTE: Record<string, number> = {
  ar: 181, de: 179, en: 236, es: 218, fi: 161, fr: 195, he: 187, it: 188, ko: 226, nl: 202, pl: 166,
  pt: 181, ru: 184, sl: 180, sv: 199, tr: 166,
};
const CHARACTERS_PER_MINUTE: Record<string, number> = { zh: 255, ja: 357 };

/** Estimated reading time in minutes, not rounded, for `text` in language `lang`. */
export function exactReadingMinutes(text: string, lang: string | null): number {
  const base = (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  let cjk = 0;
  for (let i = 0; i < text.length; i++) if (isCjk(text.charCodeAt(i))) cjk++;
  const words = countWords(text) - cjk;
  const cpm = CHARACTERS_PER_MINUTE[base] ?? (HANGUL.test(text) ? undefined : 300);
  const wpm = WORDS_PER_MINUTE[base] ?? 220;
  return words / wpm + cjk / (cpm ?? 300);
}

/** Estimated reading time in whole minutes (at least 1) for `text` in language `lang`. */
export function readingMinutes(text: string, lang: string | null): number {
  return Math.max(1, Math.round(exactReadingMinutes(text, lang)));
}

/** A combining mark that composes with the letter before it (Latin, Greek, Cyrillic accents; Hangul jamo; kana marks). */
const COMBINING = /[\u0300-\u036f]|[\u1100-\u11ff]|[\u1dc0-\u1dff]|[\u20d0-\u20ff]|[\u3099\u309a]/;

/**
 * Composes letters typed as a base letter and a combining mark ("u" + U+0308, as some systems save "ü") in the text
 * under `root` (Unicode NFC): the article then reads, searches and copies as the same words typed anywhere else.
 */
export function composeLetters(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
    if (!COMBINING.test(t.data)) continue;
    const composed = t.data.normalize('NFC');
    if (composed !== t.data) t.data = composed;
  }
}

/** Thai, Lao, Burmese and Khmer: scripts written without spaces between words (a space parts clauses). */
export const SPACELESS_SCRIPT = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/;

/** Words of a short line as a label's or a keyword's length counts them: Chinese and Japanese count a word per character, so two make one here. */
export function pairedCjkWords(text: string, words = countWords(text)): number {
  return /[\u3040-\u9fff]/.test(text) ? Math.ceil(words / 2) : words;
}
