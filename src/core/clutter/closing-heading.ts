// A heading that ends the article heads nothing: the title of a box Readability dropped ("More dishes for
// you to try", "Topics in this story", "Photo gallery", "Blog – Tag cloud") left behind in the story's
// container, with no text, picture or table after it. The outline would list it as a section with no words.
// Guard: the article's last text unit, a heading element (h2–h6) of at most twelve words that does not end
// like a sentence (a timeline's last entry set as a heading, "X does Y. It backs his account.", is the story's),
// with nothing after it in the article but pictures each linking to another page (a teaser rail whose
// headlines Readability dropped: they go with it); a picture, table or embed of the article's own (a gallery's
// heading heads its pictures, a lightbox links to the picture's file) keeps it; at least one line of prose before it.
import type { Rule } from '../rules/rule';
import { endsLikeSentence, holdsMedia, isRunningText, textUnits } from './units';

const MAX_WORDS = 12;
const HEADING = /^h[2-6]$/;

/** The heading element that is `el` or holds it (a unit may be a span inside the heading). */
function headingOf(el: Element, root: Element): Element | null {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) if (HEADING.test(node.localName)) return node;
  return null;
}

/** An address that is a picture file (a lightbox link), not a page. */
const PICTURE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;

/** Pictures and nothing else, each one the link to another page: a teaser rail whose headlines are gone. */
function linkedPictures(el: Element): boolean {
  const media = Array.from(el.querySelectorAll('img, picture, video, audio, iframe, svg, canvas, table, object, embed'));
  if (el.matches('img, picture') || media.length === 0) return false;
  return media.every((m) => {
    const href = m.localName === 'img' || m.localName === 'picture' ? m.closest('a[href]')?.getAttribute('href') : null;
    return !!href && !href.startsWith('#') && !PICTURE_FILE.test(href);
  });
}

/**
 * What follows `el` inside `root` when it is nothing: null when words, or media other than linked pictures,
 * follow; else the elements after it (empty, or teaser pictures that link to other pages).
 */
function restAfter(el: Element, root: Element): Element[] | null {
  const rest: Element[] = [];
  for (let node: Node | null = el; node && node !== root; node = node.parentNode) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === 3 && (next as Text).data.trim()) return null;
      if (next.nodeType !== 1) continue;
      const e = next as Element;
      if ((e.textContent ?? '').trim()) return null;
      if (holdsMedia(e)) {
        if (!linkedPictures(e)) return null;
        rest.push(e);
      }
    }
  }
  return rest;
}

export const closingHeading: Rule = {
  name: 'closing-heading',
  kind: 'clutter',
  description: 'A short heading (no sentence) that ends the article, with nothing after it: the title of a box that is gone.',
  find(root, ctx) {
    const units = ctx.kept(textUnits, root);
    const last = units[units.length - 1];
    if (!last || units.length < 2 || last.words === 0 || last.words > MAX_WORDS || endsLikeSentence(last.text)) return [];
    const heading = headingOf(last.el, root);
    if (!heading || holdsMedia(heading) || !units.slice(0, -1).some(isRunningText)) return [];
    const rest = restAfter(heading, root);
    if (!rest) return [];
    const reason = rest.length ? 'a heading that ends the article over teaser pictures that link to other pages' : 'a heading that ends the article, with nothing under it';
    return [{ node: heading, action: { type: 'remove' }, ...(rest.length ? { with: rest } : {}), reason, text: last.text }];
  },
};
