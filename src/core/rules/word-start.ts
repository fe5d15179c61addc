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

/** A `test(text)` for "opens with one of `whole` (not followed by `notAfter`) or of `stems`". */
export function wordStart(whole: string[], stems: string[], notAfter: string): { test(text: string): boolean } {
  const byFirst = new Map<string, Entry[]>();
  const after = unicodeRegExp(`^(?:${notAfter})`);
  const add = (entry: string, stem: boolean) => {
    const { texts, not } = spell(entry);
    const notRe = not === null ? null : unicodeRegExp(`^(?:${not})`);
    for (const text of texts) {
      const first = String.fromCodePoint(text.codePointAt(0) ?? 0);
      const list = byFirst.get(first) ?? [];
      list.push({ text, stem, not: notRe });
      byFirst.set(first, list);
    }
  };
  for (const w of whole) add(w, false);
  for (const w of stems) add(w, true);
  return {
    test(text: string): boolean {
      const point = text.codePointAt(0);
      if (point === undefined) return false;
      const list = byFirst.get(String.fromCodePoint(point));
      if (!list) return false;
      for (const e of list) {
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
