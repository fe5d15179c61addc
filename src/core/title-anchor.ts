// A second look when Readability picks the wrong block. Its scores favour long, comma-rich paragraphs,
// so on a page whose story is short, a list (a recipe, a product) or split into many small blocks, a
// contact box, a disclosure or an author's bio can outscore it. The page's own headline says where the
// story is: the <h1> that is the title sits at the top of the block that holds it. When the extracted
// content shares none of the paragraphs of that block, the block is read again on its own.
import { elementsWhere, hasBlockChild, linkLetters } from './dom';
import { letterCount, normalizeSpace } from './text';

/** Levels climbed from the headline at most, and paragraph letters that make a block the story's. */
const MAX_LEVELS = 8;
const MIN_PARAGRAPH_LETTERS = 250;

const key = (s: string) => normalizeSpace(s).toLowerCase();

/** The page's <h1> that is the title (or one side of it), or null. */
function headlineOf(doc: Document, titles: readonly string[]): Element | null {
  const wanted = titles.map(key).filter((t) => t.length >= 4);
  for (const h1 of Array.from(doc.querySelectorAll('h1')).slice(0, 5)) {
    const text = key(h1.textContent ?? '');
    if (text.length >= 4 && wanted.some((t) => t === text || t.startsWith(text) || t.endsWith(text))) return h1;
  }
  return null;
}

const TEXT_BLOCKS = new Set(['p', 'li', 'dd', 'blockquote']);

/** The block's pieces of text: paragraphs, list items, and divs of plain text (a recipe's steps), of a sentence or more. */
function paragraphs(el: Element): Element[] {
  return elementsWhere(el, (e) => {
    if (!TEXT_BLOCKS.has(e.localName) && !(e.localName === 'div' && !hasBlockChild(e))) return false;
    if (e.localName === 'li' && hasBlockChild(e)) return false;
    const letters = letterCount(e.textContent ?? '');
    // The page's own words, not a teaser rail's headline links.
    return letters >= 40 && linkLetters(e.querySelectorAll('a')) <= letters / 2;
  });
}

/** The smallest block above the title's <h1> that holds paragraphs of text (not the body itself). */
export function titleBlock(doc: Document, titles: readonly string[]): Element | null {
  const h1 = headlineOf(doc, titles);
  if (!h1) return null;
  for (let el = h1.parentElement, up = 0; el && el !== doc.body && up < MAX_LEVELS; el = el.parentElement, up++) {
    const letters = paragraphs(el).reduce((n, p) => n + letterCount(p.textContent ?? ''), 0);
    if (letters >= MIN_PARAGRAPH_LETTERS) return el;
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
  return paragraphs(block).slice(0, 30).some((p) => text.includes(key(p.textContent ?? '').slice(0, 40)));
}

/** True when `wider` holds the start of `narrower`'s text (its first 40 characters): a reading that extends another. */
export function holdsStart(wider: Element, narrower: Element): boolean {
  const start = key(narrower.textContent ?? '').slice(0, 40);
  return start.length > 0 && key(wider.textContent ?? '').includes(start);
}
