// Small DOM helpers shared by the pipeline steps. Pure DOM: no window globals, so they run in jsdom too.
// Element lists come from querySelectorAll or from walks, never from iterating getElementsByTagName or
// `children`: jsdom's live collections cost up to 30 times more to walk (the CLI and the tests run on
// jsdom; browsers don't mind).
import { elementsNamed } from './dom-walks';
import { NATIVE_SELECTORS } from './native-query';
import { letterCount, normalizeSpace } from './text';
import { unicodeRegExp } from './unicode-class';
// The walks that gather elements (an index per rule list, by name, by a test): dom-walks.ts, re-exported here.
export { elementsMatching, elementsNamed, elementsWhere, elementsWithAttribute, holdsNamed, treeChanged, withElementIndex } from './dom-walks';

/** Elements that never hold article prose: code, preformatted text and form fields. */
export const LITERAL_TEXT = 'pre, code, kbd, samp, tt, textarea, script, style, noscript, template, svg, math';

/** Block-level tags: text separated by these is on separate lines. */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
  'CAPTION',
]);

/** A block's named shape: its tag and its first class ("div.vc_row"); "div." for a bare one, which names nothing. */
export function namedShape(el: Element): string {
  return `${el.localName}.${(el.getAttribute('class') ?? '').trim().split(/\s+/)[0]}`;
}

export function hasBlockChild(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (BLOCK_TAGS.has(child.tagName)) return true;
  return false;
}

export const WORD = unicodeRegExp(String.raw`[\p{L}\p{N}]`);

/** True when some text node under `el` holds a letter or digit (stops at the first: a large block answers at once). */
export function hasWords(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if (WORD.test(t.nodeValue ?? '')) return true;
  return false;
}

/** Letters in the text of these links together. */
export function linkLetters(links: Iterable<Element>): number {
  let n = 0;
  for (const a of links) n += letterCount(a.textContent ?? '');
  return n;
}

/** Share of the element's letters that sit inside links (0 … 1). */
export function linkDensity(el: Element): number {
  const total = letterCount(el.textContent ?? '');
  return total === 0 ? 0 : Math.min(1, linkLetters(el.querySelectorAll('a')) / total);
}

/** Replaces an element by its children (keeps the words, drops the element). */
export function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
}

/** The element under another tag name, with its attributes and children (the renamed element is returned; `el` is left empty and detached). */
export function renameElement(el: Element, tag: string): Element {
  const renamed = el.ownerDocument.createElement(tag);
  for (const attr of Array.from(el.attributes)) renamed.setAttribute(attr.name, attr.value);
  while (el.firstChild) renamed.appendChild(el.firstChild);
  el.replaceWith(renamed);
  return renamed;
}

/** A link with a real target (not a fragment or script). */
export function isRealLink(a: Element): boolean {
  const href = a.getAttribute('href')?.trim();
  return !!href && !href.startsWith('#') && !/^(javascript|mailto|tel):/i.test(href);
}

/** Links of an element with a real target (not a fragment or script). */
export function realLinks(el: Element): HTMLAnchorElement[] {
  return Array.from(el.querySelectorAll<HTMLAnchorElement>('a[href]')).filter(isRealLink);
}

/** The element children of `el`, in order (a sibling walk: jsdom's `children` is a slow live proxy). */
export function childElements(el: Element): Element[] {
  const kids: Element[] = [];
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) kids.push(child);
  return kids;
}

/** A set of lower-case element names from a list written like a selector: `'p, div, li'`. */
export function tagSet(list: string): ReadonlySet<string> {
  return new Set(list.split(',').map((name) => name.trim()));
}

/** An element's class and id as one name ("author-box entry-author"), or null when it has neither: what a template names a box. */
export function classAndId(el: Element): string | null {
  const cls = el.getAttribute('class');
  return (cls && el.id ? `${cls} ${el.id}` : (cls ?? el.id)) || null;
}

/** Element names (lower case) of LITERAL_TEXT, for ancestor walks without selector matching. */
export const LITERAL_TAGS = tagSet(LITERAL_TEXT);

/** The nearest ancestor-or-self of `el` whose name (lower case) is in `names`, else null: `closest` for plain tag lists. */
export function closestNamed(el: Element | null, names: ReadonlySet<string>): Element | null {
  for (let node = el; node; node = node.parentElement) if (names.has(node.localName)) return node;
  return null;
}

// What a line of its own is named when a rule's list of candidates names it: blocks and what holds them, and what never is a line of text.
const NOT_STRAY = tagSet(
  'p, div, h1, h2, h3, h4, h5, h6, blockquote, aside, li, ul, ol, dl, dt, dd, table, tr, td, th, tbody, thead, tfoot, caption, figure, figcaption, ' +
    'center, address, summary, details, legend, pre, form, nav, header, footer, main, hgroup, a, br, hr, img, picture, video, audio, iframe, ' +
    'svg, math, script, style, noscript, template, textarea, select, option, button, input, code, kbd, samp, tt, object, embed, canvas',
);
const STRAY_BLOCKS = 'p, div, li, ul, ol, table, blockquote, h1, h2, h3, h4, h5, h6, figure, section, article, aside, dl, pre, form';
const PARAGRAPHS = tagSet('p');
/** The elements that hold paragraphs of `root` (each once): where lines stand among the paragraphs. */
export function paragraphParents(root: Element): Set<Element> {
  const parents = new Set<Element>();
  for (const p of elementsNamed(root, PARAGRAPHS)) if (p.parentElement && root.contains(p.parentElement)) parents.add(p.parentElement);
  return parents;
}

/**
 * Lines a rule's list of tags misses (for ctx.kept): an element of another name standing among the paragraphs — a <section>, a
 * custom element (<x-callout>), a <span>, <b>, <font> or <small> set as a line of its own — holding words and no block.
 */
export function strayLines(root: Element): Element[] {
  const out: Element[] = [];
  for (const parent of paragraphParents(root)) {
    for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
      if (!NOT_STRAY.has(el.localName) && hasWords(el) && !el.querySelector(STRAY_BLOCKS)) out.push(el);
    }
  }
  return out;
}

/** Letters a table cell laying out the page holds at least, in two paragraphs or more: the page's running text, not a datum. */
const LAYOUT_CELL_LETTERS = 400;
const layoutCells = new WeakMap<Element, boolean>();
/** A table cell that lays out the page (an old site's middle column, a forum's post cell): it holds paragraphs of running text. */
function isLayoutCell(cell: Element): boolean {
  let known = layoutCells.get(cell);
  if (known === undefined) {
    known = cell.getElementsByTagName('p').length >= 2 && letterCount(cell.textContent ?? '') >= LAYOUT_CELL_LETTERS;
    layoutCells.set(cell, known);
  }
  return known;
}

/** The table a climb passes over from `node` when `node` is a cell laying out the page, else null. */
export function layoutTableOf(node: Element): Element | null {
  return (node.localName === 'td' || node.localName === 'th') && isLayoutCell(node) ? node.closest('table') : null;
}

/**
 * As closestNamed, but a table whose cell on the way up lays out the page is no fence: on a site laid out in a table, the
 * article's paragraphs sit in a cell, and "inside a table" would hide all of them from the rules that spare tables' data.
 */
export function closestFence(el: Element | null, names: ReadonlySet<string>): Element | null {
  for (let node = el; node; node = node.parentElement) {
    const table = layoutTableOf(node);
    if (table) node = table;
    else if (names.has(node.localName)) return node;
  }
  return null;
}

const TEXT_BLOCKS = tagSet('p, li, td, th, dd, blockquote, figcaption, div, section, article, h2, h3, h4, h5, h6');
const CODE = 'code, kbd, samp, pre, tt';
/**
 * The block around `el` shows code: a guide's prose about markup quotes tags or link syntax beside a code sample,
 * and what it quotes there is the text, not a leak.
 */
export function inBlockShowingCode(el: Element | null): boolean {
  return closestNamed(el, TEXT_BLOCKS)?.querySelector(CODE) != null;
}

/** Text of the element (or of a run of sibling nodes: a line of a paragraph) without the text of its links. */
export function textOutsideLinks(el: Element | readonly Node[]): string {
  // The text nodes textContent would join, less those inside links (no copy of the element to cut them from).
  let text = '';
  const take = (node: Node) => {
    if (node.nodeType === 3 || node.nodeType === 4) text += (node as CharacterData).data;
    else if (node.nodeType === 1 && (node as Element).localName !== 'a') for (let child = node.firstChild; child; child = child.nextSibling) take(child);
  };
  if (Array.isArray(el)) for (const node of el) take(node);
  else for (let child = (el as Element).firstChild; child; child = child.nextSibling) take(child);
  return normalizeSpace(text);
}

const PARAGRAPH = new Set(['p']);

/** Letters in the `<p>` elements under `root` (a walk: jsdom's live collections are slow). */
export function paragraphLetters(root: Element): number {
  let n = 0;
  for (const p of elementsNamed(root, PARAGRAPH)) n += letterCount(p.textContent ?? '');
  return n;
}

/** What only a page or its story holds (the headline, an article or main landmark): a box holding one is no furniture. */
export const PAGE_PARTS = 'h1, article, main, [role="main"], [role="article"]';
const PAGE_PART_NAMES = tagSet('h1, article, main');

/**
 * True when `el` holds one of PAGE_PARTS: `el.querySelector(PAGE_PARTS) !== null`. In jsdom a walk that stops at
 * the first (its engine gathers every element under `el` before testing one); in a browser, the selector.
 */
export function hasPagePart(el: Element, native = NATIVE_SELECTORS): boolean {
  if (native) return el.querySelector(PAGE_PARTS) !== null;
  const visit = (node: Element): boolean => {
    for (let child = node.firstElementChild; child; child = child.nextElementSibling) {
      if (PAGE_PART_NAMES.has(child.localName)) return true;
      const role = child.getAttribute('role');
      if (role === 'main' || role === 'article' || visit(child)) return true;
    }
    return false;
  };
  return visit(el);
}

/** How many `<p>`s under `el` hold `letters` letters or more (and pass `keep`), counted up to `enough`. */
export function proseParagraphs(el: Element, letters: number, enough: number, keep: (p: Element) => boolean = () => true): number {
  let n = 0;
  for (const p of Array.from(el.getElementsByTagName('p'))) if (keep(p) && letterCount(p.textContent ?? '') >= letters && ++n >= enough) break;
  return n;
}

/** The HTML of a fragment (its nodes are lent to a holder element and given back, not copied). */
export function serialize(fragment: DocumentFragment): string {
  const doc = fragment.ownerDocument;
  const holder = doc.createElement('div');
  holder.appendChild(fragment);
  const html = holder.innerHTML;
  while (holder.firstChild) fragment.appendChild(holder.firstChild);
  return html;
}
