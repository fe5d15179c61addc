// The limits that keep a huge or pathological page from hanging the reader: an element count and an
// amount of text checked before any work (counting is cheap; cloning 300 000 elements or running the
// rules and Readability over 20 MB of text is not: the deadline is only checked between steps, so one
// step over that much text overran it by seconds), and one deadline for the whole pipeline, checked
// between steps and inside Readability's DOM walk.
import { ExtractionLimitError } from './article';

/** Characters of text (scripts and styles left out): about 2.5 times "War and Peace". */
export const MAX_TEXT_CHARS = 5_000_000;

/**
 * Characters of text in the document's body, without the text of its scripts and styles; `max` or less when
 * the whole text is no more than `max` (then the scripts and styles, a selector walk, are not looked at).
 */
function textChars(doc: Document, max: number): number {
  const root = doc.body ?? doc.documentElement;
  if (!root) return 0;
  let chars = root.textContent?.length ?? 0;
  if (chars <= max) return chars;
  for (const el of Array.from(root.querySelectorAll('script, style'))) chars -= el.textContent?.length ?? 0;
  return Math.max(0, chars);
}

export class Limits {
  private readonly deadline: number;

  constructor(
    readonly maxElements: number,
    readonly timeBudgetMs: number,
    readonly maxTextChars = MAX_TEXT_CHARS,
  ) {
    this.deadline = Date.now() + timeBudgetMs;
  }

  /** Refuses a document with more elements or more text than allowed, before anything is cloned. `count`: its elements, when counted already. */
  checkSize(doc: Document, count = doc.getElementsByTagName('*').length): void {
    if (count > this.maxElements) {
      throw new ExtractionLimitError(`page too large to extract (${count} elements, limit ${this.maxElements})`, 'elements');
    }
    const chars = textChars(doc, this.maxTextChars);
    if (chars > this.maxTextChars) {
      // ExtractionLimitError knows two kinds of limit; too much text is a size limit like the element count.
      throw new ExtractionLimitError(`page too large to extract (${chars} characters of text, limit ${this.maxTextChars})`, 'elements');
    }
  }

  /** Stops the pipeline once its time budget is spent. */
  checkTime(): void {
    if (Date.now() > this.deadline) {
      throw new ExtractionLimitError(`page too slow to extract (stopped after ${this.timeBudgetMs} ms)`, 'time');
    }
  }
}
