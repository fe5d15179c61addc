// The limits that keep a huge or pathological page from hanging the reader: an element count checked
// before any work (counting is cheap; cloning 300 000 elements is not), and one deadline for the whole
// pipeline, checked between steps and inside Readability's DOM walk.
import { ExtractionLimitError } from './article';

export class Limits {
  private readonly deadline: number;

  constructor(
    readonly maxElements: number,
    readonly timeBudgetMs: number,
  ) {
    this.deadline = Date.now() + timeBudgetMs;
  }

  /** Refuses a document with more elements than allowed, before anything is cloned. */
  checkSize(doc: Document): void {
    const count = doc.getElementsByTagName('*').length;
    if (count > this.maxElements) {
      throw new ExtractionLimitError(`page too large to extract (${count} elements, limit ${this.maxElements})`, 'elements');
    }
  }

  /** Stops the pipeline once its time budget is spent. */
  checkTime(): void {
    if (Date.now() > this.deadline) {
      throw new ExtractionLimitError(`page too slow to extract (stopped after ${this.timeBudgetMs} ms)`, 'time');
    }
  }
}
