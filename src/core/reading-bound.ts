// What a reading of a working copy can hold at most, known before Readability runs on it. Readability keeps,
// moves and renames the copy's nodes (an <h1> becomes an <h2>, a div of text a <p>) and drops the rest; it never
// adds text. So its content has no more letters than the copy's body and no more headings than the body's
// <h1>–<h6>. The wide reading (pipeline.ts) reshapes the same copy (collapsing wrapper stacks keeps every node;
// flattening rows keeps a row's blocks and drops only its loose text): a wide reading that could not be taken
// even at this bound is not made (the second Readability run it saves was made on about a third of pages and
// taken on a few).
import { letterCount } from './text';

/** At most this many letters and h2–h6 headings in a reading of the copy. */
export interface ReadingBound {
  letters: number;
  headings: number;
}

/** The bound of a reading of the working copy whose body is `body` (see above). */
export function readingBound(body: Element): ReadingBound {
  return { letters: letterCount(body.textContent ?? ''), headings: body.querySelectorAll('h1, h2, h3, h4, h5, h6').length };
}
