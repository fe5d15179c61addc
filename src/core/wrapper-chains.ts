// Before Readability: stacks of wrapper divs become one div. Readability scores a paragraph into its parent,
// its grandparent and, at a falling weight, three levels more; a page builder (Drupal's paragraphs, block
// themes, grid rows and columns) puts each paragraph of a story in its own stack of single-child divs, so the
// story's container sits five or six levels above its text, gets almost none of its score, and Readability
// returns one paragraph of the story. A div whose only content is one div is a wrapper with nothing of its
// own: the inner div's children move up into it, and its class, id and other attributes are kept beside the
// outer one's, so Readability weighs the same names. Runs on the working copy only. A hidden div (see
// hidden.ts) inside a shown one stays: merged, its content would show.
import { hiddenToReadability } from './hidden';

/** True when `el`'s only content is one element (whitespace and comments aside). */
function onlyChild(el: Element): Element | null {
  let found: Element | null = null;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) {
      if (found) return null;
      found = n as Element;
    } else if (n.nodeType === 3 && (n as Text).data.trim()) return null;
  }
  return found;
}

function merge(outer: Element, inner: Element): void {
  for (const { name, value } of Array.from(inner.attributes)) {
    if (name === 'class') outer.setAttribute('class', `${outer.getAttribute('class') ?? ''} ${value}`.trim());
    else if (!outer.hasAttribute(name)) outer.setAttribute(name, value);
  }
  while (inner.firstChild) outer.insertBefore(inner.firstChild, inner);
  inner.remove();
}

/** Levels one stack loses at most (page builders nest six or so), and merges per page. */
const MAX_STACK = 12;
const MAX_MERGES = 3000;

/**
 * True when `root` holds a stack to collapse: a div whose only content is a div. When false,
 * collapseWrapperChains changes nothing. A walk: jsdom's live `getElementsByTagName` costs more per item.
 */
export function hasWrapperChains(root: Element): boolean {
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName === 'div' && onlyChild(child)?.localName === 'div') return true;
    if (hasWrapperChains(child)) return true;
  }
  return false;
}

/** Collapses the stacks under `root`; returns how many wrappers went (0: the tree is unchanged). */
export function collapseWrapperChains(root: Element): number {
  let merges = 0;
  for (const div of Array.from(root.getElementsByTagName('div'))) {
    if (!div.isConnected) continue;
    for (let inner = onlyChild(div), n = 0; inner && inner.localName === 'div' && n < MAX_STACK && merges < MAX_MERGES; inner = onlyChild(div), n++, merges++) {
      if (hiddenToReadability(inner) && !hiddenToReadability(div)) break;
      merge(div, inner);
    }
  }
  return merges;
}
