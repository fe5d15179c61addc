/**
 * The outline's filter: an entry matches when each word typed occurs in its text, ignoring case and
 * accents ("turb" finds "Axial turbines", "energie" finds "Énergie"). The matched parts are marked.
 */
import { h } from '../dom';

/** The text folded one character at a time (so positions in it are positions in the original). */
function fold(text: string): { folded: string; at: number[] } {
  let folded = '';
  const at: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase() || ch;
    for (let k = 0; k < f.length; k++) at.push(i);
    folded += f;
    i += ch.length;
  }
  at.push(i);
  return { folded, at };
}

/** The words of a query, folded. */
export function queryWords(query: string): string[] {
  return fold(query.trim()).folded.split(/\s+/).filter(Boolean);
}

/** The ranges of `text` matched by every word, or null when a word does not occur. */
export function matchRanges(text: string, words: readonly string[]): Array<[number, number]> | null {
  const { folded, at } = fold(text);
  const ranges: Array<[number, number]> = [];
  for (const word of words) {
    const found = folded.indexOf(word);
    if (found < 0) return null;
    ranges.push([at[found]!, at[found + word.length]!]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Fills `target` with `text`, the ranges in <mark> (text nodes only: the text is the page's). */
export function markRanges(target: HTMLElement, text: string, ranges: ReadonlyArray<[number, number]>): void {
  target.replaceChildren();
  let pos = 0;
  for (const [start, end] of ranges) {
    if (end <= pos) continue;
    const from = Math.max(start, pos);
    if (from > pos) target.append(text.slice(pos, from));
    target.append(h('mark', { class: 'outline__match' }, text.slice(from, end)));
    pos = end;
  }
  if (pos < text.length) target.append(text.slice(pos));
}
