// A second look when Readability picks the wrong block. Its scores favour long, comma-rich paragraphs,
// so on a page whose story is short, a list (a recipe, a product) or split into many small blocks, a
// contact box, a disclosure or an author's bio can outscore it. The page's own headline says where the
// story is: the <h1> that is the title sits at the top of the block that holds it (on a page without one,
// a forum thread's, the one <h2> that is the title does). When the extracted content shares none of the
// paragraphs of that block, the block is read again on its own.
import { hasBlockChild, linkLetters } from './dom';
import { letterCount, normalizeSpace } from './text';

/** Levels climbed from the headline at most, and paragraph letters that make a block the story's. */
const MAX_LEVELS = 8;
const MIN_PARAGRAPH_LETTERS = 250;

const key = (s: string) => normalizeSpace(s).toLowerCase();

/** The page's <h1> that is the title (or one side of it), else its one <h2> that is, or null. */
function headlineOf(doc: Document, titles: readonly string[]): Element | null {
  const wanted = titles.map(key).filter((t) => t.length >= 4);
  const isTitle = (h: Element) => {
    const text = key(h.textContent ?? '');
    return text.length >= 4 && wanted.some((t) => t === text || t.startsWith(text) || t.endsWith(text));
  };
  for (const h1 of Array.from(doc.querySelectorAll('h1')).slice(0, 5)) if (isTitle(h1)) return h1;
  const h2s = Array.from(doc.querySelectorAll('h2')).filter(isTitle);
  return h2s.length === 1 ? h2s[0]! : null;
}

const TEXT_BLOCKS = new Set(['p', 'li', 'dd', 'blockquote']);

/**
 * The block's pieces of text, in document order: paragraphs, list items, and divs of plain text (a recipe's
 * steps), of a sentence or more. A generator, so a caller that has seen enough stops the walk there: on a
 * long article the block is the whole article, and each piece costs its text and its links' text (issue 17:
 * in Firefox's content script every one of those DOM calls crosses the Xray wrappers).
 */
function* paragraphs(root: Element): Generator<Element> {
  const stack: Element[] = [];
  for (let child = root.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  while (stack.length) {
    const e = stack.pop()!;
    if (isParagraph(e)) yield e;
    for (let child = e.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
}

function isParagraph(e: Element): boolean {
  if (!TEXT_BLOCKS.has(e.localName) && !(e.localName === 'div' && !hasBlockChild(e))) return false;
  if (e.localName === 'li' && hasBlockChild(e)) return false;
  const letters = letterCount(e.textContent ?? '');
  // The page's own words, not a teaser rail's headline links.
  return letters >= 40 && linkLetters(e.querySelectorAll('a')) <= letters / 2;
}

/** The smallest block above the title's <h1> that holds paragraphs of text (not the body itself). */
export function titleBlock(doc: Document, titles: readonly string[]): Element | null {
  const h1 = headlineOf(doc, titles);
  if (!h1) return null;
  for (let el = h1.parentElement, up = 0; el && el !== doc.body && up < MAX_LEVELS; el = el.parentElement, up++) {
    let letters = 0;
    for (const p of paragraphs(el)) {
      letters += letterCount(p.textContent ?? '');
      if (letters >= MIN_PARAGRAPH_LETTERS) return el;
    }
  }
  return null;
}

/** Letters of `el`'s text outside its links: how much of the page's own prose a reading holds. */
export function ownLetters(el: Element): number {
  return letterCount(el.textContent ?? '') - linkLetters(el.querySelectorAll('a'));
}

/** True when `content` holds the start of at least one of the block's paragraphs. */
export function sharesParagraphs(content: Element, block: Element): boolean {
  const text = key(content.textContent ?? '');
  let seen = 0;
  for (const p of paragraphs(block)) {
    if (text.includes(key(p.textContent ?? '').slice(0, 40))) return true;
    if (++seen === 30) break;
  }
  return false;
}

/** True when `wider` holds the start of `narrower`'s text (its first 40 characters): a reading that extends another. */
export function holdsStart(wider: Element, narrower: Element): boolean {
  const start = key(narrower.textContent ?? '').slice(0, 40);
  return start.length > 0 && key(wider.textContent ?? '').includes(start);
}

/** A paragraph of prose, as the reading is looked up on the page: long enough that no label or byline is one. */
const PROSE_LETTERS = 80;

/** The `<p>` under `root` whose text is the first paragraph of prose of `content` (a reading), or null. */
export function paragraphOnPage(root: Element, content: Element): Element | null {
  const first = Array.from(content.getElementsByTagName('p')).find((p) => letterCount(p.textContent ?? '') >= PROSE_LETTERS);
  if (!first) return null;
  const want = normalizeSpace(first.textContent ?? '');
  const ps = root.getElementsByTagName('p');
  for (let i = 0; i < ps.length; i++) if (normalizeSpace(ps[i]!.textContent ?? '') === want) return ps[i]!;
  return null;
}
