/**
 * A long article's first frame: the body below the first screens is held back while the first frame is
 * laid out and painted, and put back right after it. Laying out a long article (hundreds of KB of text)
 * takes longer than the frame that shows its first screen; without this, the reader waits for all of it.
 * The held-back nodes are the ones that exist already (sanitized, links and images finished), moved out
 * and back in the same order: nothing is rendered twice and the final DOM is the same.
 */

/** Bodies with less text than this are inserted whole (the cost of their layout is a few ms). */
export const HOLD_BACK_ABOVE_CHARS = 40_000;
/** Text kept for the first frame: more than a tall window shows at the smallest type and widest measure. */
export const FIRST_SCREEN_CHARS = 10_000;

/** Containers the cut may go into when one of them straddles the first screen's end. */
const WRAPPERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN']);

export interface HeldBack {
  /** Puts every held-back node back where it was. */
  restore(): void;
}

const textLength = (node: Node) => node.textContent?.length ?? 0;

/**
 * Moves what follows the first `keepChars` characters of text out of `body` (block by block, descending
 * into a wrapper that straddles the line) and returns how to put it back; null when nothing was held back.
 */
export function holdBackBelowFirstScreen(
  body: HTMLElement,
  { aboveChars = HOLD_BACK_ABOVE_CHARS, keepChars = FIRST_SCREEN_CHARS } = {},
): HeldBack | null {
  if (textLength(body) <= aboveChars) return null;
  const held: Array<[Node, DocumentFragment]> = [];
  let budget = keepChars;
  let container: Node = body;
  for (;;) {
    const children = Array.from(container.childNodes);
    let cut = children.length;
    let inner: Node | null = null;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      const length = textLength(child);
      if (length <= budget) {
        budget -= length;
        continue;
      }
      // This child crosses the line: it stays, what follows it goes, and if it is a wrapper the cut
      // goes on inside it.
      cut = i + 1;
      if (child instanceof Element && WRAPPERS.has(child.tagName) && child.childElementCount > 0) inner = child;
      break;
    }
    const tail = children.slice(cut);
    if (tail.length) {
      const fragment = (body.ownerDocument ?? document).createDocumentFragment();
      for (const node of tail) fragment.appendChild(node);
      held.push([container, fragment]);
    }
    if (!inner) break;
    container = inner;
  }
  if (!held.length) return null;
  return {
    restore() {
      // Each fragment is the tail of its own container, so the order of the appends does not matter.
      for (const [parent, fragment] of held) parent.appendChild(fragment);
      held.length = 0;
    },
  };
}
