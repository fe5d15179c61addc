/**
 * "The text opens with one of these words", for the call lexicon's word lists (call-lexicon.ts), without a
 * regex of the whole list. The list of how a call starts is one alternation of some 800 words and stems
 * (12 000 characters with its letter class); in Firefox that regex cost 7–150 ms to compile on its first
 * test and again when it was compiled to machine code on its tenth (issue 17: the content script is new
 * on every click, so every click paid it). Here the words are spelled out once into plain strings and
 * looked up by the text's first character: the answer is the regex's, entry for entry
 * (tests/unit/word-start.test.ts checks the two on every spelling of every list, with each kind of ending).
 *
 * An entry is written as it was in the regex: letters, `[…]` (one of some characters), `?` after a letter,
 * a set or a group, `(?:a|b)` groups, and at its end a `(?!…)` that must not follow it. A stem (`suscr*`,
 * or a word of a script without spaces) may go on with anything; a whole word must not go on with what
 * `notAfter` matches (a letter or a mark, and for these lists a "-up").
 */
import { unicodeRegExp } from '../unicode-class';

const SPECIAL = new Set(['.', '*', '+', '{', '}', '^', '$', '\\', ')', '|', '[', ']', '(', '?']);

/** Every spelling of `source` from `at` until `end` (a ')' or the end) as a list of strings; returns the index after it. */
function spellings(source: string, at: number, inGroup: boolean): { texts: string[]; next: number } {
  let alternatives: string[] = [];
  let texts = [''];
  let i = at;
  const append = (options: string[], optional: boolean) => {
    const all = optional ? [...options, ''] : options;
    texts = texts.flatMap((t) => all.map((o) => t + o));
  };
  for (;;) {
    const c = source[i];
    if (c === undefined || c === ')') {
      if (c === ')' && !inGroup) throw new Error(`word-start: unmatched ')' in ${source}`);
      if (c === undefined && inGroup) throw new Error(`word-start: unclosed group in ${source}`);
      return { texts: [...alternatives, ...texts], next: i };
    }
    if (c === '|') {
      if (!inGroup) throw new Error(`word-start: '|' in an entry: ${source}`);
      alternatives = [...alternatives, ...texts];
      texts = [''];
      i++;
      continue;
    }
    let options: string[];
    if (c === '[') {
      const close = source.indexOf(']', i);
      const set = source.slice(i + 1, close);
      if (close < 0 || set === '' || [...set].some((s) => SPECIAL.has(s) || s === '-')) throw new Error(`word-start: unsupported set in ${source}`);
      options = [...set];
      i = close + 1;
    } else if (c === '(') {
      if (source.slice(i, i + 3) !== '(?:') throw new Error(`word-start: unsupported group in ${source}`);
      const inner = spellings(source, i + 3, true);
      options = inner.texts;
      i = inner.next + 1;
    } else if (SPECIAL.has(c)) {
      throw new Error(`word-start: unsupported '${c}' in ${source}`);
    } else {
      const point = source.codePointAt(i) ?? 0;
      options = [String.fromCodePoint(point)];
      i += point > 0xffff ? 2 : 1;
    }
    const optional = source[i] === '?';
    if (optional) i++;
    append(options, optional);
  }
}

export interface Spelled {
  texts: string[];
  /** What must not follow (the source of a trailing `(?!…)`), or null. */
  not: string | null;
}

/** Every string an entry matches, and its trailing negative lookahead. */
export function spell(entry: string): Spelled {
  let body = entry;
  let not: string | null = null;
  const look = entry.indexOf('(?!');
  if (look >= 0) {
    if (!entry.endsWith(')')) throw new Error(`word-start: '(?!' not at the end of ${entry}`);
    body = entry.slice(0, look);
    not = entry.slice(look + 3, -1);
  }
  const { texts } = spellings(body, 0, false);
  if (texts.some((t) => t === '')) throw new Error(`word-start: ${entry} can be empty`);
  return { texts: [...new Set(texts)], not };
}

interface Entry {
  text: string;
  stem: boolean;
  not: RegExp | null;
}

const firstOf = (text: string) => String.fromCodePoint(text.codePointAt(0) ?? 0);
/** An entry of plain letters (most of them): itself is its one spelling. */
const PLAIN = /^[^[\]()?*+.{}^$\\|]+$/;

/**
 * A `test(text)` for "opens with one of `whole` (not followed by `notAfter`) or of `stems`". The entries are
 * filed by their first character as they come, and spelled out only when a text of that character is asked
 * about: a click's page asks about a few letters, and the content script is new on every click.
 */
export function wordStart(whole: string[], stems: string[], notAfter: string): { test(text: string): boolean } {
  if (!whole.length) throw new Error('word-start: no whole words (the regex would have matched any text not opening with a letter)');
  const filed = new Map<string, Array<[string, boolean]>>();
  const file = (first: string, entry: string, stem: boolean) => {
    const list = filed.get(first);
    if (list) list.push([entry, stem]);
    else filed.set(first, [[entry, stem]]);
  };
  for (const [list, stem] of [[whole, false], [stems, true]] as const) {
    for (const entry of list) {
      // An entry opening with a set or a group may open with several characters: filed under each.
      if (entry[0] === '[' || entry[0] === '(') for (const first of new Set(spell(entry).texts.map(firstOf))) file(first, entry, stem);
      else file(firstOf(entry), entry, stem);
    }
  }
  const spelled = new Map<string, Entry[]>();
  const bucket = (first: string): Entry[] => {
    let entries = spelled.get(first);
    if (entries) return entries;
    entries = [];
    for (const [entry, stem] of filed.get(first) ?? []) {
      if (PLAIN.test(entry)) {
        entries.push({ text: entry, stem, not: null });
        continue;
      }
      const { texts, not } = spell(entry);
      const notRe = not === null ? null : unicodeRegExp(`^(?:${not})`);
      for (const text of new Set(texts)) if (firstOf(text) === first) entries.push({ text, stem, not: notRe });
    }
    spelled.set(first, entries);
    return entries;
  };
  const after = unicodeRegExp(`^(?:${notAfter})`);
  return {
    test(text: string): boolean {
      if (text === '') return false;
      for (const e of bucket(firstOf(text))) {
        if (!text.startsWith(e.text)) continue;
        if (e.stem) return true;
        const rest = text.slice(e.text.length);
        if (e.not?.test(rest)) continue;
        if (!after.test(rest)) return true;
      }
      return false;
    },
  };
}
