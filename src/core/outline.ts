// Step 5: the section outline. Every heading of the article, h1–h6 (Readability turns h1 into h2), plus
// "pseudo-headings" — paragraphs that are one short bold line between paragraphs — promoted to real
// headings. The heading levels the page uses are ranked, deepest last, into at most three outline levels
// (no gaps: a level never jumps more than one below the entry before it), so a page of <h2>/<h5> and one
// of <h3>/<h4> both get a first and a second level. Pseudo-headings rank below every real heading level.
// Heading tags are rewritten to match (h2/h3/h4), each heading gets a stable, unique id derived from its
// text, and the page's own id for the heading (its anchor on the original page) is kept in the entry.
import type { OutlineEntry } from './article';
import { elementsWithAttribute } from './dom';
import { countWords, normalizeSpace, textOf } from './text';
import { unicodeRegExp } from './unicode-class';

const ID_PREFIX = 'ro-';
/** The deepest outline level: more would be a tree a reader cannot take in at a glance. */
export const MAX_LEVEL = 3;
/** The rank given to pseudo-headings: below h6, so they nest under whatever real heading comes before. */
const PSEUDO_RANK = 7;
const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6';
const HEADING = /^H[1-6]$/;

/** A paragraph that is one short bold line, followed by more text: a heading written as bold text. */
function isPseudoHeading(p: Element): boolean {
  const text = textOf(p);
  if (!text || text.length > 100 || countWords(text) > 14) return false;
  if (/[.,;:…]$/.test(text) || p.querySelector('img, a[href], br')) return false;
  if (p.closest('li, table, blockquote, figure, aside')) return false;
  const only = p.children.length === 1 ? p.children[0] : null;
  if (!only || !/^(STRONG|B)$/.test(only.tagName) || textOf(only) !== text) return false;
  const next = p.nextElementSibling;
  return !!next && !HEADING.test(next.tagName) && countWords(textOf(next)) >= 8;
}

export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(unicodeRegExp(String.raw`[^\p{L}\p{N}]+`, 'g'), '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'section';
}

/** Promoted pseudo-headings, each with the rank it takes in the ordering of levels. */
function promotePseudoHeadings(article: Element): Map<Element, number> {
  const promoted = new Map<Element, number>();
  const pseudo = Array.from(article.querySelectorAll('p')).filter(isPseudoHeading);
  if (pseudo.length < 2) return promoted; // a single bold line is more often emphasis than a section
  const doc = article.ownerDocument;
  for (const p of pseudo) {
    const h = doc.createElement('h6');
    h.textContent = textOf(p);
    p.replaceWith(h);
    promoted.set(h, PSEUDO_RANK);
  }
  return promoted;
}

/**
 * The page's own anchor for a heading: its id, the id of a marker inside it (MediaWiki's
 * `<span class="mw-headline" id>`, a TOC plugin's `<span id>`, an `<a name>`), or an empty anchor standing
 * right before it. Null when the page gives the heading none.
 */
export function pageAnchor(h: Element): string | null {
  const own = h.getAttribute('id');
  if (own) return own;
  for (const el of Array.from(h.querySelectorAll('[id], a[name]'))) {
    const id = el.getAttribute('id') || el.getAttribute('name');
    if (id) return id;
  }
  const before = h.previousElementSibling;
  if (before && !textOf(before) && !before.querySelector('img, svg, video, iframe')) {
    const id = before.getAttribute('id') || (before.localName === 'a' ? before.getAttribute('name') : null);
    if (id) return id;
  }
  return null;
}

/**
 * Builds the outline and rewrites the article's headings to match it. `minutes` is filled in later, on
 * the sanitized article (section-minutes.ts); here every entry starts at 0.
 */
export function buildOutline(article: Element, title: string): OutlineEntry[] {
  const pseudo = promotePseudoHeadings(article);
  const rankOf = (h: Element) => pseudo.get(h) ?? Number(h.tagName[1]);
  const titleKey = normalizeSpace(title).toLowerCase();
  const headings = Array.from(article.querySelectorAll(HEADING_SELECTOR)).filter((h) => {
    const text = textOf(h);
    return text !== '' && text.toLowerCase() !== titleKey;
  });
  const ranks = [...new Set(headings.map(rankOf))].sort((a, b) => a - b);
  const taken = new Set(elementsWithAttribute(article, 'id').map((e) => e.id));
  const outline: OutlineEntry[] = [];
  let previous = 0;
  for (const h of headings) {
    const level = Math.min(ranks.indexOf(rankOf(h)) + 1, previous + 1, MAX_LEVEL);
    previous = level;
    const text = textOf(h);
    const anchor = pseudo.has(h) ? null : pageAnchor(h);
    const base = `${ID_PREFIX}${slugify(text)}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    const tag = `h${level + 1}`;
    let el = h;
    if (h.tagName.toLowerCase() !== tag) {
      el = article.ownerDocument.createElement(tag);
      while (h.firstChild) el.appendChild(h.firstChild);
      h.replaceWith(el);
    }
    el.setAttribute('id', id);
    outline.push({ id, level, text, minutes: 0, ...(anchor ? { anchor } : {}) });
  }
  return outline;
}
