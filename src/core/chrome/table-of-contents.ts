// The page's own table of contents: a wiki's "Contents" box, a blog's TOC-plugin box ("Inhaltsverzeichnis",
// "Sommaire", "目次"), a guide's "On this page" / "In this article" list. The reader draws its own outline
// from the headings, so the page's list is furniture: left in, it is a block of the headings' words at the
// top of the text, and its title ("Contents") becomes the first outline entry.
// Recognised by structure, in any language: a box of three or more in-page links (`#id`, or the page's own
// address with a fragment) that name the page's headings — the id is on a heading, inside one, on an empty
// anchor just before one, or on a block that opens with one; or the link's words are a heading's words.
// The box is the largest block around those links that adds no more than a title line and controls
// (buttons, "hide"), and holds none of the headings it points to. A short title line standing just before
// the box ("Contents", an <h2>) goes with it.
// Guard: footnote lists and back-links point at paragraphs, not headings; a box with prose in it or
// with most of its links going elsewhere is not a table of contents.
// The boxes are looked for only on a page with three or more such links: that search (toc-boxes.ts) is a rare
// step, brought by rare.js.
import { elementsMatching } from '../dom';
import { rareStep } from '../rare-steps';
import type { Rule } from '../rules/rule';
import { letterCount, normalizeSpace, textOf } from '../text';
import type { TocLink } from './toc-boxes';
import { unicodeRegExp } from '../unicode-class';

const HEADING = /^h[1-6]$/;
export const MIN_LINKS = 3;

/** `#id` or the page's own address with a fragment: the fragment, decoded; else null. */
function fragmentOf(a: Element, pageUrl: string): string | null {
  const href = a.getAttribute('href')?.trim() ?? '';
  if (!href.includes('#')) return null;
  let id = '';
  if (href.startsWith('#')) id = href.slice(1);
  else {
    try {
      const url = new URL(href, pageUrl);
      const page = new URL(pageUrl);
      const path = (p: string) => p.replace(/\/+$/, '');
      if (url.origin !== page.origin || path(url.pathname) !== path(page.pathname) || url.search !== page.search) return null;
      id = url.hash.slice(1);
    } catch {
      return null;
    }
  }
  try {
    id = decodeURIComponent(id);
  } catch {
    // keep it as written
  }
  return id && !id.startsWith(':~:') ? id : null;
}

/** The heading an element stands for: itself, the heading it sits in, opens with, or stands right before. */
function headingAt(el: Element): Element | null {
  if (HEADING.test(el.localName)) return el;
  for (let up = el.parentElement, n = 0; up && n < 3; up = up.parentElement, n++) if (HEADING.test(up.localName)) return up;
  for (let down = el.firstElementChild, n = 0; down && n < 3; down = down.firstElementChild, n++) if (HEADING.test(down.localName)) return down;
  if (!textOf(el)) {
    const next = el.nextElementSibling;
    if (next && HEADING.test(next.localName)) return next;
  }
  return null;
}

/** Heading words, without a leading section number ("2.1 Tidal barrage" → "tidal barrage"). */
const headingKey = (text: string) => normalizeSpace(text).replace(unicodeRegExp(String.raw`^[\d.\s)]+(?=\p{L})`), '').toLowerCase();

interface PageHeadings {
  byId: Map<string, Element>;
  texts: Set<string>;
}

/** Elements that name a place in the page (an id, an anchor's name) or are headings. */
const NAMED_OR_HEADING = '[id], a[name], h1, h2, h3, h4, h5, h6';
const namedOrHeading = (el: Element) => el.hasAttribute('id') || (el.localName === 'a' && el.hasAttribute('name')) || HEADING.test(el.localName);

function pageHeadings(root: Element): PageHeadings {
  const byId = new Map<string, Element>();
  const texts = new Set<string>();
  // In a browser one selector finds them (a walk costs DOM calls per element of the page: native-query.ts).
  for (const el of elementsMatching(root, NAMED_OR_HEADING, namedOrHeading)) {
    const id = el.getAttribute('id') || (el.localName === 'a' ? el.getAttribute('name') : null);
    if (id && !byId.has(id)) byId.set(id, el);
    if (HEADING.test(el.localName)) texts.add(headingKey(textOf(el)));
  }
  return { byId, texts };
}

export const tableOfContents: Rule = {
  name: 'table-of-contents',
  kind: 'page-chrome',
  description: "The page's own table of contents: a box of three or more in-page links to the page's headings, with its title line and controls.",
  find(root, ctx) {
    // A walk in jsdom (its engine checks an attribute selector several times slower), the selector in a browser.
    const candidates = elementsMatching(root, 'a[href*="#"]', (el) => el.localName === 'a' && (el.getAttribute('href') ?? '').includes('#'));
    if (candidates.length < MIN_LINKS) return [];
    const headings = pageHeadings(root);
    const links: TocLink[] = [];
    for (const a of candidates) {
      const id = fragmentOf(a, ctx.pageUrl);
      if (!id) continue;
      const named = headings.byId.get(id);
      const target = named ? headingAt(named) : null;
      const words = headingKey(textOf(a));
      if (target || (!named && words && headings.texts.has(words))) links.push({ a, target, letters: letterCount(textOf(a)) });
    }
    if (links.length < MIN_LINKS) return [];
    return rareStep('tocBoxes')(root, links, ctx);
  },
};
