// What a reading of a working copy can hold at most, known before Readability runs on it. Readability keeps,
// moves and renames the copy's nodes (an <h1> becomes an <h2>, a div of text a <p>) and drops the rest; it never
// adds text. So its content has no more letters than the copy's body and no more headings than the body's
// <h1>–<h6>. The wide reading (pipeline.ts) reshapes the same copy (collapsing wrapper stacks keeps every node;
// flattening rows keeps a row's blocks and drops only its loose text): a wide reading that could not be taken
// even at this bound is not made (the second Readability run it saves was made on about a third of pages and
// taken on a few).
//
// Readability also drops, in every attempt, the first <h1> or <h2> its walk meets whose words are mostly the
// article's title (its _headerDuplicatesTitle, _textSimilarity > 0.75), unless that header went first with a hidden
// or removed block: either way one such header is missing from the reading. So when the copy holds one (asked with
// the title the first reading found, which a reading of the same copy with its stacks collapsed finds again: it
// reads the head, the JSON-LD and the <h1>s, none of which collapsing changes), the reading has one heading fewer
// than the copy at most. That header is most often the page's only heading beside the story's (session 12: of the 45
// bench pages where a wide reading was made for its headings, 2 took it).
import { letterCount } from './text';

/** At most this many letters and h2–h6 headings in a reading of the copy; `headers`: the text of each <h1> and <h2>. */
export interface ReadingBound {
  letters: number;
  headings: number;
  headers: string[];
}

/** Elements whose text Readability removes before its walk (its _removeScripts, _prepDocument): a header holding one is not compared. */
const REMOVED_FIRST = 'script, noscript, style';

/** The bound of a reading of the working copy whose body is `body` (see above). */
export function readingBound(body: Element): ReadingBound {
  const headers: string[] = [];
  for (const h of Array.from(body.querySelectorAll('h1, h2'))) if (!h.querySelector(REMOVED_FIRST)) headers.push(h.textContent ?? '');
  return { letters: letterCount(body.textContent ?? ''), headings: body.querySelectorAll('h1, h2, h3, h4, h5, h6').length, headers };
}

/** Readability's _textSimilarity(title, header) > 0.75: the header's words, less those of the title, are under a quarter of its text. */
function duplicatesTitle(title: string, header: string): boolean {
  const tokens = (s: string) => s.toLowerCase().split(/\W+/g).filter(Boolean);
  const [a, b] = [tokens(title), tokens(header)];
  if (!a.length || !b.length) return false;
  return 1 - b.filter((t) => !a.includes(t)).join(' ').length / b.join(' ').length > 0.75;
}

/** The bound's headings for a reading of the copy (reshaped or not) whose Readability title is `title`. */
export function headingsAtMost(bound: ReadingBound, title: string): number {
  return bound.headings - (bound.headers.some((h) => duplicatesTitle(title, h)) ? 1 : 0);
}
