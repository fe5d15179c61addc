// Pages nested thousands of levels deep. Browsers' HTML parsers stop nesting at 512 levels, but a page's
// script can nest deeper, and jsdom parses any depth: there a native deep clone overflows the stack and
// every tree operation crawls (jsdom's cost per operation, and the rules' and Readability's, grows with
// depth). A page deeper than 512 levels gets a working copy built in two moves that keep every word and
// the order of elements:
// - below the first levels (which hold the page's layout: header, main, article), plain wrappers (a div,
//   span, section, font or center holding one element and no text) are dropped: the usual shape of
//   pathological nesting is thousands of them around ordinary content, which then comes out at a normal depth;
// - what is still deeper than MAX_DEPTH is flattened the way browsers' parsers flatten what is deeper
//   than 512: an element below that depth becomes a child of its ancestor at MAX_DEPTH.

export const MAX_DEPTH = 128;
const STRIDE = 256;
const LAYOUT_DEPTH = 24;
const WRAPPERS = new Set(['div', 'span', 'section', 'font', 'center']);

/** Nesting depth of an element (the root element is 1), counted no further than `stopAt`. */
function depthOf(el: Element, stopAt: number): number {
  let depth = 0;
  for (let node: Element | null = el; node && depth < stopAt; node = node.parentElement) depth++;
  return depth;
}

/**
 * True for every page with an element deeper than 2·STRIDE = 512 levels (and for some pages between 256
 * and 512 deep). It looks at every STRIDE-th element in document order only: an element at depth D > 2·STRIDE
 * is the last of D − STRIDE > STRIDE consecutive elements (from its ancestor at depth STRIDE + 1 on) that
 * are all deeper than STRIDE, so one of them is sampled.
 */
export function mayBeTooDeep(doc: Document, all: ArrayLike<Element> = doc.querySelectorAll('*')): boolean {
  const count = all.length;
  for (let i = STRIDE - 1; i < count; i += STRIDE) {
    const el = all[i];
    if (el && depthOf(el, STRIDE + 1) > STRIDE) return true;
  }
  return false;
}

/** An element that only wraps one other element (no text of its own). */
function isPlainWrapper(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  if (el.childElementCount !== 1 || !WRAPPERS.has(el.localName)) return false;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && child.nodeValue?.trim()) return false;
  }
  return true;
}

/**
 * A copy of `source` owned by `into`, without plain wrappers below LAYOUT_DEPTH and nested no deeper than
 * `maxDepth`. Iterative (no recursion, so no stack overflow however deep the source is); nodes are copied
 * one by one with importNode.
 */
export function copyWithDepthCap(source: Element, into: Document, maxDepth = MAX_DEPTH): Element {
  const root = into.importNode(source, false) as Element;
  const stack: Array<{ next: Node | null; target: Node; depth: number }> = [{ next: source.firstChild, target: root, depth: 1 }];
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    const node = frame.next;
    if (!node) {
      stack.pop();
      continue;
    }
    frame.next = node.nextSibling;
    if (frame.depth >= LAYOUT_DEPTH && isPlainWrapper(node)) {
      stack.push({ next: node.firstChild, target: frame.target, depth: frame.depth });
      continue;
    }
    const copy = into.importNode(node, false);
    frame.target.appendChild(copy);
    if (!node.firstChild) continue;
    const deeper = frame.depth < maxDepth;
    stack.push({ next: node.firstChild, target: deeper ? copy : frame.target, depth: deeper ? frame.depth + 1 : frame.depth });
  }
  return root;
}
