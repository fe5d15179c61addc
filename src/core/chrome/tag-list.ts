// The post's tag list: "Tags: budget, harbour, strike" — a block of links to the site's tag, topic
// or category pages, under or beside the article. It is navigation, not text; without this rule the
// keyword-link rule would unwrap each link and leave a line of loose keywords in the article.
// Guard: three or more links, all to taxonomy pages of the same site, making up nearly all of the
// block's words (a label such as "Tags" or "Filed under" at most); prose with tag links stays.
import { LITERAL_TEXT, hasBlockChild, linkLetters, realLinks } from '../dom';
import type { Rule, RuleMatch } from '../rules/rule';
import { taxonomyReason } from '../rules/tag-keyword-link';
import { letterCount, textOf } from '../text';
import { absoluteUrl } from '../url';

const CANDIDATES = 'p, div, ul, ol, span, section';

export const tagList: Rule = {
  name: 'tag-list',
  kind: 'page-chrome',
  description: 'A block of three or more links, all to tag/topic/category pages of the site, that is nearly all link text.',
  find(root, ctx) {
    const matches: RuleMatch[] = [];
    const taken: Element[] = [];
    for (const el of Array.from(root.querySelectorAll(CANDIDATES))) {
      if (taken.some((t) => t.contains(el)) || el.closest(LITERAL_TEXT)) continue;
      if (el.tagName === 'DIV' && hasBlockChild(el) && !el.querySelector(':scope > ul, :scope > ol')) continue;
      const links = realLinks(el);
      if (links.length < 3) continue;
      const taxonomy = links.every((a) => {
        const abs = absoluteUrl(a.getAttribute('href'), ctx.pageUrl);
        return !!abs && ctx.isOwnSite(abs) && taxonomyReason(abs) !== null;
      });
      if (!taxonomy) continue;
      const text = textOf(el);
      const outside = letterCount(text) - linkLetters(links);
      if (outside > 20) continue;
      taken.push(el);
      matches.push({ node: el, action: { type: 'remove' }, reason: `list of ${links.length} tag links`, text });
    }
    return matches;
  },
};
