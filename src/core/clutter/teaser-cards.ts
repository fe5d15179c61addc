// Teaser cards left inside the article: a run of three or more sibling blocks of the same shape, each
// a picture and/or a headline pointing to another article of the same site, with a line of text at
// most ("more stories" rails, "most read" strips, in-story promos). A card may also be a headline and
// its teaser line closed by a short link of its own ("Read more", "Mehr erfahren" — any words, by shape).
// Guard: the cards must repeat one structure (one card may hold a line more), each must link to an article-shaped page of the site
// (not the page itself, not an image), and none may hold a paragraph of prose.
// The search is a rare step (teaser-card-runs.ts), run on an article where three sibling blocks in a row each
// hold a link to another article-shaped page of the site and a picture or a heading (mayHoldCards): every run of
// cards is such a row.
import { tagSet } from '../dom';
import { rareStep } from '../rare-steps';
import type { Rule, RuleContext } from '../rules/rule';
import { absoluteUrl, isSamePage, looksLikeArticleUrl, pathSegments } from '../url';
import { unicodeRegExp } from '../unicode-class';

const IMAGE_FILE = /\.(jpe?g|png|gif|webp|avif|svg)([?#]|$)/i;
/** Where cards stand: the article itself, or one of these inside it. */
export const CARD_PARENTS = tagSet('div, section, ul, ol');
/** A card shows a picture or a headline. */
export const CARD_FACE = 'img, picture, h2, h3, h4, h5, h6, strong, b';

/** A page's name below a section: "/campaigns/living-greener/plastic-ranking" (a card's run says what it is). */
function isSlug(href: string): boolean {
  const segments = pathSegments(href);
  return segments.length >= 2 && unicodeRegExp(String.raw`[\p{L}\p{N}][-_][\p{L}\p{N}]`).test(segments[segments.length - 1] ?? '');
}

/** A card's target: an article-shaped page of the site (or one named by a slug), not the page itself, not an image file. */
export function isCardLink(href: string | null, ctx: RuleContext): boolean {
  return !!href && ctx.isOwnSite(href) && !isSamePage(href, ctx.pageUrl) && !IMAGE_FILE.test(href) && (looksLikeArticleUrl(href) || isSlug(href));
}

/**
 * True when three sibling blocks in a row under `root` (children of `root` or of a div, section or list in it)
 * each hold a link to another article of the site and a picture or a heading: what every run of cards is.
 */
export function mayHoldCards(root: Element, ctx: RuleContext): boolean {
  const holders = new Set<Element>();
  for (const a of root.getElementsByTagName('a')) {
    if (!isCardLink(absoluteUrl(a.getAttribute('href'), ctx.pageUrl), ctx)) continue;
    for (let el = a.parentElement; el && el !== root; el = el.parentElement) {
      const parent = el.parentElement;
      if (parent === root || (parent && CARD_PARENTS.has(parent.localName))) holders.add(el);
    }
  }
  const card = (el: Element | null) => !!el && holders.has(el) && el.querySelector(CARD_FACE) !== null;
  for (const el of holders) if (card(el) && card(el.nextElementSibling) && card(el.nextElementSibling!.nextElementSibling)) return true;
  return false;
}

export const teaserCards: Rule = {
  name: 'teaser-cards',
  kind: 'clutter',
  description: 'Three or more same-shaped sibling cards, each a picture or headline linking to another article of the site, with no prose.',
  find: (root, ctx) => (mayHoldCards(root, ctx) ? rareStep('findTeaserCards')(root, ctx) : []),
};
