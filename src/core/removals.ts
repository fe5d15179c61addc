// The record of what the pipeline removed. Removals made before Readability are anchored where they
// happened — a comment left in place of a removed block, or an attribute on the element whose link or
// text was changed; only those whose anchor ends up inside the article are reported, so the report
// speaks of the article, not of the page's sidebar.
import { elementsWithAttribute } from './dom';
import type { Removal } from './article';

const ANCHOR_ATTR = 'data-ro-removal';
const MARKER = 'ro-removal:';
/** The ids of the empty spans that keep removals' places in the finished article (Removal.anchor). */
export const PLACE_PREFIX = 'ro-at-';

/** True for the empty span that keeps a removal's place (cleaning keeps it where its shell goes). */
export function isPlaceSpan(el: Element): boolean {
  return el.localName === 'span' && el.id.startsWith(PLACE_PREFIX) && !el.firstChild;
}

/** The comments left where blocks were removed before Readability, under `root`. */
function markersIn(root: Element): Comment[] {
  const walker = root.ownerDocument.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const markers: Comment[] = [];
  for (let c = walker.nextNode() as Comment | null; c; c = walker.nextNode() as Comment | null) {
    if (c.data.startsWith(MARKER)) markers.push(c);
  }
  return markers;
}

/** True for the comment left where a block was removed (a clutter rule may take the block's label with it). */
export function isRemovalMarker(node: Node | null): boolean {
  return !!node && node.nodeType === 8 && (node as Comment).data.startsWith(MARKER);
}

export class RemovalLog {
  private readonly pending: Removal[] = [];
  /** Indexes of the pending removals found inside the article (by every call of placeAnchors). */
  private readonly inside = new Set<number>();
  /** Removals made inside the extracted article. */
  private readonly added: Removal[] = [];
  /** The place span's id of each pending removal placed in the article (placeAnchors). */
  private readonly places = new Map<number, string>();
  private placed = 0;

  /** A log of the same removals, to go on with on a copy of the tree their anchors are in. */
  copy(): RemovalLog {
    const log = new RemovalLog();
    log.pending.push(...this.pending);
    log.added.push(...this.added);
    for (const i of this.inside) log.inside.add(i);
    for (const [i, id] of this.places) log.places.set(i, id);
    log.placed = this.placed;
    return log;
  }

  /** A comment to put where a block is removed, before Readability; it becomes the removal's anchor. */
  marker(doc: Document): Comment {
    return doc.createComment(MARKER);
  }

  /** Records a removal made before Readability, anchored to a marker comment or the element it changed. */
  anchored(removal: Removal, anchor: Element | Comment | null): void {
    const index = this.pending.push(removal) - 1;
    if (!anchor) return;
    if (anchor.nodeType === 8) {
      (anchor as Comment).data = `${MARKER}${index}`;
      return;
    }
    const el = anchor as Element;
    const prev = el.getAttribute(ANCHOR_ATTR);
    el.setAttribute(ANCHOR_ATTR, prev ? `${prev} ${index}` : String(index));
  }

  /** Records a removal made inside the extracted article. */
  add(removal: Removal): void {
    this.added.push(removal);
  }

  /** The removal a marker comment stands for (before placeAnchors replaces the markers). */
  at(marker: Comment): Removal | undefined {
    return isRemovalMarker(marker) ? this.pending[Number(marker.data.slice(MARKER.length))] : undefined;
  }

  /** The anchors under `article` (itself included) and the indexes of the removals they stand for. */
  private anchorsIn(article: Element): { elements: Element[]; markers: Comment[]; indexes: Set<number> } {
    const elements = [...(article.hasAttribute(ANCHOR_ATTR) ? [article] : []), ...elementsWithAttribute(article, ANCHOR_ATTR)];
    const markers = markersIn(article);
    const indexes = new Set<number>();
    for (const el of elements) for (const i of (el.getAttribute(ANCHOR_ATTR) ?? '').split(' ')) if (i) indexes.add(Number(i));
    for (const c of markers) indexes.add(Number(c.data.slice(MARKER.length)));
    return { elements, markers, indexes };
  }

  /** The pending removals whose anchor is inside `article`, anchors left in place (for checks before the clutter rules). */
  within(article: Element): Removal[] {
    const { indexes } = this.anchorsIn(article);
    return this.pending.filter((_, i) => indexes.has(i));
  }

  /**
   * Keeps the pending removals whose anchor is inside `article`; each anchor becomes an empty
   * `<span id="ro-at-N">` at the same spot (a marker comment is replaced by it; an element anchor gets it as
   * its first child), so the view can show the removal where it was. Called again after later steps, it
   * places theirs.
   */
  placeAnchors(article: Element): void {
    const { elements, markers, indexes } = this.anchorsIn(article);
    const doc = article.ownerDocument;
    const span = (i: number) => {
      const el = doc.createElement('span');
      el.id = `${PLACE_PREFIX}${this.placed++}`;
      this.places.set(i, el.id);
      return el;
    };
    for (const el of elements) {
      for (const i of (el.getAttribute(ANCHOR_ATTR) ?? '').split(' ')) if (i) el.prepend(span(Number(i)));
      el.removeAttribute(ANCHOR_ATTR);
    }
    for (const c of markers) c.replaceWith(span(Number(c.data.slice(MARKER.length))));
    for (const i of indexes) this.inside.add(i);
  }

  /** What was removed from the article, in the order it happened (with its place, once placed). */
  list(): Removal[] {
    const placed = (r: Removal, i: number) => {
      const anchor = this.places.get(i);
      return anchor ? { ...r, anchor } : r;
    };
    return [...this.pending.map(placed).filter((_, i) => this.inside.has(i)), ...this.added];
  }

  /** Every removal, inside the article or not, each once. */
  all(): Removal[] {
    return [...this.pending, ...this.added];
  }
}
