// The record of what the pipeline removed. Removals made before Readability are anchored to the
// element they sat in (an attribute on it); only those whose anchor ends up inside the article are
// reported, so the report speaks of the article, not of the page's sidebar.
import type { Removal } from './article';

const ANCHOR_ATTR = 'data-ro-removal';

export class RemovalLog {
  private readonly pending: Removal[] = [];
  private readonly confirmed: Removal[] = [];

  /** Records a removal made before Readability, anchored to `anchor` (the element it was in). */
  anchored(removal: Removal, anchor: Element | null): void {
    const index = this.pending.push(removal) - 1;
    if (!anchor) return;
    const prev = anchor.getAttribute(ANCHOR_ATTR);
    anchor.setAttribute(ANCHOR_ATTR, prev ? `${prev} ${index}` : String(index));
  }

  /** Records a removal made inside the extracted article. */
  add(removal: Removal): void {
    this.confirmed.push(removal);
  }

  /** Keeps the pending removals whose anchor is inside `article`, and strips the anchor attributes. */
  confirmWithin(article: Element): void {
    const seen = new Set<number>();
    const anchors = [
      ...(article.hasAttribute(ANCHOR_ATTR) ? [article] : []),
      ...Array.from(article.querySelectorAll(`[${ANCHOR_ATTR}]`)),
    ];
    for (const el of anchors) {
      for (const i of (el.getAttribute(ANCHOR_ATTR) ?? '').split(' ')) seen.add(Number(i));
      el.removeAttribute(ANCHOR_ATTR);
    }
    const kept = this.pending.filter((_, i) => seen.has(i));
    this.confirmed.unshift(...kept);
  }

  /** Everything confirmed, in the order it happened. */
  list(): Removal[] {
    return [...this.confirmed];
  }

  /** Every removal, confirmed or not (for --explain on the whole page). */
  all(): Removal[] {
    return [...this.pending, ...this.confirmed];
  }
}
