// Other articles' cards: when a page marks up its story as an `<article>` and also marks up teasers
// of other stories (a "more stories" rail, sponsored cards, comments) as `<article>`s, every one but
// the story is chrome. Readability keeps the cards when they share a parent with the story.
// Guard: acts only when one article clearly holds the most prose; a card must be a small fraction of
// it and outside it. Pages of several full posts (an archive) or of dated entries that link nowhere
// (a live blog) are left alone.
import { LITERAL_TAGS, closestNamed, elementsNamed, paragraphLetters, realLinks } from '../dom';
import type { Rule, RuleMatch } from '../rules/rule';
import { textOf } from '../text';

const ARTICLE = 'article, [role="article"]';
const ARTICLE_TAGS = new Set(['article']);
const ARTICLE_ROLES = new Set(['article']);
/** A card holds less than this share of the main article's prose. */
const CARD_SHARE = 0.3;

export const otherArticles: Rule = {
  name: 'other-articles',
  kind: 'page-chrome',
  description: 'Article elements outside the main one (the one with by far the most prose) holding under 30% of its prose: teaser cards and comment items.',
  find(root) {
    const all = elementsNamed(root, ARTICLE_TAGS, ARTICLE_ROLES).filter((el) => !closestNamed(el, LITERAL_TAGS));
    if (all.length < 2) return [];
    const sized = all.map((el) => ({ el, prose: paragraphLetters(el) })).sort((a, b) => b.prose - a.prose);
    const main = sized[0];
    if (!main || main.prose < 500) return [];
    // The main article's own ancestors and descendants are not cards of other stories.
    const cards = sized.filter(({ el }) => !el.contains(main.el) && !main.el.contains(el));
    // Another article with nearly as much prose: several posts on one page; no main to prefer.
    if (cards.some((c) => c.prose > main.prose * CARD_SHARE)) return [];
    // Dated entries that link nowhere, side by side with the main one, are a live blog's updates.
    const siblingEntry = ({ el }: { el: Element }) =>
      el.parentElement === main.el.parentElement && realLinks(el).length === 0 && el.querySelector('time') !== null;
    if (cards.some(siblingEntry)) return [];
    const matches: RuleMatch[] = [];
    for (const { el } of cards) {
      if (el.parentElement?.closest(ARTICLE) && cards.some((c) => c.el !== el && c.el.contains(el))) continue;
      const text = textOf(el);
      matches.push({ node: el, action: { type: 'remove' }, reason: 'another article’s card beside the main article', text: text.slice(0, 200) });
    }
    return matches;
  },
};
