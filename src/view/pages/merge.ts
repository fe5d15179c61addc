/**
 * A multi-page article shown as one: the pages' bodies one after the other (a rule between them), their
 * outlines joined into one, word counts and reading times added up. Each later page's ids (headings,
 * footnotes) get a "pN-" prefix, with its in-page links, so two pages' "Notes" or "fn1" never collide.
 * The HTML is parsed by DOMPurify into an inert fragment and serialized again; the view sanitizes the
 * merged article as it does any other.
 */
import DOMPurify from 'dompurify';
import type { Article } from '../../core/article';

function renamedHtml(html: string, prefix: string): string {
  const fragment = DOMPurify.sanitize(html, { RETURN_DOM_FRAGMENT: true, ADD_TAGS: ['iframe'], ADD_ATTR: ['allowfullscreen'] });
  const ids = new Set<string>();
  for (const el of Array.from(fragment.querySelectorAll('[id]'))) {
    ids.add(el.id);
    el.id = `${prefix}${el.id}`;
  }
  for (const a of Array.from(fragment.querySelectorAll('a[href^="#"]'))) {
    const id = decodeURIComponent((a.getAttribute('href') ?? '').slice(1));
    if (ids.has(id)) a.setAttribute('href', `#${prefix}${id}`);
  }
  const holder = fragment.ownerDocument.createElement('div');
  holder.appendChild(fragment);
  return holder.innerHTML;
}

/** The pages of one article as one Article (the first page's title, byline, address and language). */
export function mergePages(pages: Article[]): Article {
  const [first, ...rest] = pages;
  if (!first) throw new Error('no pages');
  if (!rest.length) return first;
  const html = [first.html];
  const outline = [...first.outline];
  rest.forEach((page, i) => {
    const prefix = `p${i + 2}-`;
    html.push(`<hr aria-label="Page ${i + 2}">`, renamedHtml(page.html, prefix));
    outline.push(...page.outline.map((entry) => ({ ...entry, id: `${prefix}${entry.id}` })));
  });
  return {
    ...first,
    html: html.join('\n'),
    outline,
    text: pages.map((p) => p.text).join('\n'),
    wordCount: pages.reduce((sum, p) => sum + p.wordCount, 0),
    readingMinutes: pages.reduce((sum, p) => sum + p.readingMinutes, 0),
    // A later page's removals keep their places: its place spans were renamed with the rest of its ids.
    removed: pages.flatMap((p, i) => (i ? p.removed.map((r) => (r.anchor ? { ...r, anchor: `p${i + 1}-${r.anchor}` } : r)) : p.removed)),
  };
}
