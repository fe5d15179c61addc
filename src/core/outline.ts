// Step 5: the section outline. Every h2–h4 of the article (Readability turns h1 into h2), plus
// "pseudo-headings" — paragraphs that are one short bold line between paragraphs — promoted to real
// headings. Levels are normalised (top level 1, no gaps), heading tags rewritten to match (h2/h3/h4),
// and each heading gets a stable, unique id derived from its text.
import type { OutlineEntry } from './article';
import { elementsWithAttribute } from './dom';
import { countWords, normalizeSpace, textOf } from './text';

const ID_PREFIX = 'ro-';

/** A paragraph that is one short bold line, followed by more text: a heading written as bold text. */
function isPseudoHeading(p: Element): boolean {
  const text = textOf(p);
  if (!text || text.length > 100 || countWords(text) > 14) return false;
  if (/[.,;:…]$/.test(text) || p.querySelector('img, a[href], br')) return false;
  if (p.closest('li, table, blockquote, figure, aside')) return false;
  const only = p.children.length === 1 ? p.children[0] : null;
  if (!only || !/^(STRONG|B)$/.test(only.tagName) || textOf(only) !== text) return false;
  const next = p.nextElementSibling;
  return !!next && !/^H\d$/.test(next.tagName) && countWords(textOf(next)) >= 8;
}

export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'section';
}

function promotePseudoHeadings(article: Element, hasRealHeadings: boolean): void {
  const pseudo = Array.from(article.querySelectorAll('p')).filter(isPseudoHeading);
  if (pseudo.length < 2) return; // a single bold line is more often emphasis than a section
  const doc = article.ownerDocument;
  for (const p of pseudo) {
    const h = doc.createElement(hasRealHeadings ? 'h3' : 'h2');
    h.textContent = textOf(p);
    p.replaceWith(h);
  }
}

export function buildOutline(article: Element, title: string): OutlineEntry[] {
  const real = () => Array.from(article.querySelectorAll('h1, h2, h3, h4'));
  promotePseudoHeadings(article, real().length > 0);
  const titleKey = normalizeSpace(title).toLowerCase();
  const headings = real().filter((h) => {
    const text = textOf(h);
    return text !== '' && text.toLowerCase() !== titleKey;
  });
  const levels = [...new Set(headings.map((h) => Number(h.tagName[1])))].sort();
  const taken = new Set(elementsWithAttribute(article, 'id').map((e) => e.id));
  const outline: OutlineEntry[] = [];
  let previous = 0;
  for (const h of headings) {
    const level = Math.min(levels.indexOf(Number(h.tagName[1])) + 1, previous + 1);
    previous = level;
    const text = textOf(h);
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
    outline.push({ id, level, text });
  }
  return outline;
}
