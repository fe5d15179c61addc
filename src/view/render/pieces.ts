/**
 * A long article's body in pieces, each sanitized when it is about to go in. The HTML is parsed once into
 * an inert document (sanitize-html.ts, parseInert); a piece is the next run of that document's nodes up to
 * a budget of text. A node crossing the budget goes whole into its piece — a paragraph, list or table is
 * never cut — except a plain wrapper (div, section, article, main), which is cut inside: its own tag and
 * first children go in this piece and the rest of its children are pieces of their own, later, put into
 * the sanitized copy of the wrapper. Every node of the document is in exactly one piece, in order, so the
 * pieces, appended where they say, build the same DOM as sanitizing the HTML in one pass.
 *
 * DOMPurify decides on each node from the node itself and its parent's namespace (always HTML here: only
 * HTML wrappers are cut), so the cut changes nothing it does. The one step that looks at a node's
 * surroundings is a frame's poster card, which takes the place of a wrapper holding only that frame; a
 * wrapper is therefore only cut where no frame can end up its child in the first part, and where that part
 * ends in a block that is always kept (so the wrapper never holds only what the rest brings).
 * Each wrapper cut is checked to come out of the sanitizer as the same element (the last of its piece); if
 * one did not, `next` throws and the caller sanitizes the whole article in one pass instead.
 */
import { sanitizeInert } from '../sanitize-html';

/** Containers a cut may go into. */
const WRAPPERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN']);
/** Blocks the sanitizer always keeps (allowed tags): a wrapper's first part must end in one. */
const KEPT = new Set(['P', 'UL', 'OL', 'DL', 'TABLE', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE']);

export interface Piece {
  /** The piece, sanitized (frames already cards), to append to `into`. */
  fragment: DocumentFragment;
  /** The sanitized wrapper it goes into (an element of an earlier piece), or null: the body itself. */
  into: Element | null;
}

interface Pending {
  nodes: Node[];
  into: Element | null;
}

const textLength = (node: Node) => node.textContent?.length ?? 0;

/** May this wrapper be cut after its first `kept` children? */
function cuttable(kept: Node[]): boolean {
  const last = kept[kept.length - 1];
  if (!last || !KEPT.has(last.nodeName)) return false;
  // A frame must not become the wrapper's child in the piece: neither one of its children nor one in an
  // element the sanitizer may unwrap (any but the always-kept blocks, whose children stay theirs).
  return !kept.some((n) => n.nodeName === 'IFRAME' || (n.nodeType === 1 && !KEPT.has(n.nodeName) && (n as Element).querySelector('iframe') !== null));
}

export class ArticlePieces {
  /** What is left, last out first: the innermost wrapper's rest, then its parent's rest, … */
  private readonly stack: Pending[];

  /** `raw`: parseInert's body (it is taken apart as the pieces are made). */
  constructor(private readonly raw: HTMLElement) {
    this.stack = [{ nodes: Array.from(raw.childNodes), into: null }];
  }

  get done(): boolean {
    return this.stack.length === 0;
  }

  /** Sanitizes the next piece: about `budget` characters of text, more when one block is longer. */
  next(budget: number): Piece | null {
    const pending = this.stack.pop();
    if (!pending) return null;
    const holder = this.raw.ownerDocument.createElement('body');
    const { nodes } = pending;
    let left = budget;
    let i = 0;
    let wrapper: Element | null = null;
    for (; i < nodes.length; i++) {
      const node = nodes[i]!;
      const length = textLength(node);
      holder.appendChild(node);
      left -= length;
      if (left >= 0) continue;
      // This node crosses the line: it is the piece's last, and a wrapper is cut inside.
      if (WRAPPERS.has(node.nodeName)) wrapper = node as Element;
      i++;
      break;
    }
    if (i < nodes.length) this.stack.push({ nodes: nodes.slice(i), into: pending.into });

    // Down through wrappers crossing the line: each keeps its first children, its rest waits.
    const cuts: Array<{ raw: Element; rest: Node[] }> = [];
    left += wrapper ? textLength(wrapper) : 0;
    while (wrapper) {
      const children = Array.from(wrapper.childNodes);
      let cut = children.length;
      let inner: Element | null = null;
      for (let k = 0; k < children.length; k++) {
        const length = textLength(children[k]!);
        if (length <= left) {
          left -= length;
          continue;
        }
        cut = k + 1;
        if (WRAPPERS.has(children[k]!.nodeName)) inner = children[k] as Element;
        break;
      }
      const rest = children.slice(cut);
      // A wrapper that ends with the one crossing the line is not cut, but the cut may go on inside that one.
      if (rest.length && !cuttable(children.slice(0, cut))) break;
      for (const node of rest) node.remove();
      cuts.push({ raw: wrapper, rest });
      wrapper = inner;
    }

    const fragment = sanitizeInert(holder);
    // Each cut wrapper is the last node of its parent in the piece: find its sanitized copy the same way.
    let parent: ParentNode = fragment;
    for (const cut of cuts) {
      const copy = parent.lastChild;
      if (!copy || copy.nodeType !== 1 || copy.nodeName !== cut.raw.nodeName) throw new Error('a cut wrapper did not come out of the sanitizer');
      if (cut.rest.length) this.stack.push({ nodes: cut.rest, into: copy as Element });
      parent = copy as Element;
    }
    // The innermost rest was pushed last: it comes next, as it does in the text.
    return { fragment, into: pending.into };
  }
}
