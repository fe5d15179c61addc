// The post's filing line after the story: "This entry was posted in News. Bookmark the permalink.",
// "Veröffentlicht in Allgemein | Schlagwörter: … | Kommentar hinterlassen", in any language. Blog
// engines print it under every post; it says where the post is filed, which a reader does not need.
// Guard: only after the story's last paragraph of running text; a short line whose every link goes to
// the page itself or to a page of the site that is not an article (a category, tag, author or date
// archive), one at least to the page itself or to a tag/category page, with links a good part of its
// words. A line linking to another article, or only to the home page (a credit), stays. The page's own comment
// feed counts as the page; a line past 25 words (up to 50) must hold a year and three category or tag links.
import type { Rule, RuleContext, RuleMatch } from '../rules/rule';
import { linkLetters } from '../dom';
import { letterCount } from '../text';
import { taxonomyReason } from '../rules/tag-keyword-link';
import { absoluteUrl, isSamePage, looksLikeArticleUrl, pathSegments } from '../url';
import { isRunningText, type TextUnit, textUnits } from './units';

const MAX_WORDS = 25;
/**
 * A longer filing line: WordPress's classic themes print one sentence of date, categories, the comment feed and whether
 * comments are open ("This entry was posted on Tuesday, May 6th, 2014 at 11:30 pm and is filed under …").
 */
const MAX_WORDS_DATED = 50;
const YEAR = /(?:^|\D)(?:19|20)\d\d(?:\D|$)/;
/** The page's own feed (its comments' RSS) or trackback address: the page's address followed by feed, rss, atom or trackback. */
const FEED_TAIL = /^\/?(?:comments\/)?(?:feed|rss2?|atom|trackback)(?:\/|\.xml)?$/i;

function isOwnFeed(abs: string, pageUrl: string): boolean {
  const page = pageUrl.replace(/[#?].*$/, '').replace(/\/$/, '');
  return abs.startsWith(page) && FEED_TAIL.test(abs.slice(page.length).replace(/[#?].*$/, ''));
}

/** Where a filing line's link goes: the page itself, a taxonomy page, or another non-article page of the site; null for anything else. */
function filingTarget(a: Element, ctx: RuleContext): 'self' | 'taxonomy' | 'other' | null {
  const abs = absoluteUrl(a.getAttribute('href'), ctx.pageUrl);
  if (!abs || !ctx.isOwnSite(abs)) return null;
  if (isSamePage(abs, ctx.pageUrl) || isOwnFeed(abs, ctx.pageUrl)) return 'self';
  if (taxonomyReason(abs)) return 'taxonomy';
  return !looksLikeArticleUrl(abs) && pathSegments(abs).length > 0 ? 'other' : null;
}

export const postMetaLine: Rule = {
  name: 'post-meta-line',
  kind: 'clutter',
  description: 'After the last paragraph: a short line whose links all go to the page itself or to category, tag, author or date pages of the site.',
  find(root, ctx) {
    const units = ctx.kept(textUnits, root);
    const isFiling = (unit: TextUnit): boolean => {
      if (unit.words > MAX_WORDS_DATED || /^H[1-6]$/.test(unit.el.tagName)) return false;
      const links = ctx.linksOf(unit.el);
      const targets = links.map((a) => filingTarget(a, ctx));
      // Past 25 words only the dated sentence of a classic theme: the post's year and three filings at least.
      if (unit.words > MAX_WORDS && (!YEAR.test(unit.text) || targets.filter((t) => t === 'taxonomy').length < 3)) return false;
      // Every link filed somewhere on the site, one of them to the page itself or to a tag/category page
      // (a link to the home page alone is a credit or copyright line, not a filing line).
      if (links.length === 0 || targets.includes(null) || !targets.some((t) => t === 'self' || t === 'taxonomy')) return false;
      return linkLetters(links) >= 0.15 * letterCount(unit.text);
    };
    const matches: RuleMatch[] = [];
    // Walk back from the end over filing lines and other short lines, up to the story's last paragraph.
    for (let i = units.length - 1; i > 0; i--) {
      const unit = units[i]!;
      if (isFiling(unit)) matches.push({ node: unit.el, action: { type: 'remove' }, reason: 'the post’s filing line (category, tag or permalink links)', text: unit.text });
      else if (isRunningText(unit)) break;
    }
    return matches;
  },
};
