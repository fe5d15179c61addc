// The site's banner: a `<header>` (or role=banner) with the logo link, "Sign in", "Subscribe" and
// menu buttons, which Readability keeps when it picks a wrapper that starts above the article.
// Guard: a header inside an article, or one that holds a heading, a picture, a date or more than a
// line of words, is an article's own header (kicker, title, byline, lead figure, time) and stays. (A lead image is kept aside before this runs.)
import { LITERAL_TAGS, closestNamed, elementsNamed } from '../dom';
import type { Rule, RuleMatch } from '../rules/rule';
import { letterCount, textOf } from '../text';

const BANNER = 'header, [role="banner"]';
const BANNER_TAGS = new Set(['header']);
const BANNER_ROLES = new Set(['banner']);
const ARTICLE_PARTS = 'h1, h2, h3, figure, picture, video, time';

export const siteBanner: Rule = {
  name: 'site-banner',
  kind: 'page-chrome',
  description: 'A page header (header, role=banner) outside any article, with no heading, picture or date and at most a line of words.',
  find(root) {
    const matches: RuleMatch[] = [];
    for (const el of elementsNamed(root, BANNER_TAGS, BANNER_ROLES)) {
      if (el.parentElement?.closest(BANNER) || closestNamed(el, LITERAL_TAGS)) continue;
      // A header inside an article heads that article (a live-blog entry's time and author).
      if (el.parentElement?.closest('article, [role="article"]')) continue;
      if (el.querySelector(ARTICLE_PARTS)) continue;
      const text = textOf(el);
      if (letterCount(text) > 80) continue;
      matches.push({ node: el, action: { type: 'remove' }, reason: 'site banner without heading, picture or date', text });
    }
    return matches;
  },
};
