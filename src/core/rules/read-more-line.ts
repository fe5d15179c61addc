// "Read more: <a>Another story</a>" lines spliced between paragraphs, in any of their dresses
// (bold label, italic line, label inside the link, "RELATED:", "Lire aussi :", "→ Headline").
// Guard (structure first): a short block, at least half of it link text, every link to another
// page of the same site; plus either a known label, a punctuated short label before an article-
// shaped link, or nothing at all but a same-site headline link.
import { closestNamed, elementsNamed, hasBlockChild, LITERAL_TAGS, tagSet, textOutsideLinks } from '../dom';
import { countWords, letterCount, textOf } from '../text';
import { absoluteUrl, isSamePage, looksLikeArticleUrl } from '../url';
import { READ_MORE_LABELS, isLabel, startsWithLabel } from './lexicon';
import type { Rule, RuleMatch } from './rule';

// `a`, not only `a[href]`: a link without a target has no real links, so the first check passes it over.
const CANDIDATES = tagSet('p, div, h3, h4, h5, h6, blockquote, a');
const NOT_IN = new Set([...LITERAL_TAGS, 'li', 'table', 'figure', 'nav', 'header', 'footer']);
const LABEL_END = /^[^:—–|»›→>]{1,40}[:—–|»›→>]+$/u;

/** The block sits in running text: a paragraph of prose right before or after it. */
function betweenParagraphs(el: Element): boolean {
  const prose = (sib: Element | null) => !!sib && sib.tagName === 'P' && countWords(textOf(sib)) >= 12;
  return prose(el.previousElementSibling) || prose(el.nextElementSibling);
}

export const readMoreLine: Rule = {
  name: 'read-more-line',
  kind: 'read-more',
  description: 'A short block that is mostly a link to another page of the same site, introduced by a label ("Read more:") or standing alone as a headline link.',
  find(root, ctx) {
    const matches: RuleMatch[] = [];
    for (const el of elementsNamed(root, CANDIDATES)) {
      const links = ctx.linksOf(el);
      if (links.length === 0 || links.length > 3) continue;
      if (el.tagName === 'DIV' && hasBlockChild(el)) continue;
      // A bare link is a candidate only as a block of its own, between paragraphs (a promo card).
      if (el.tagName === 'A' && !(el.parentElement && hasBlockChild(el.parentElement) && betweenParagraphs(el))) continue;
      if (closestNamed(el, NOT_IN)) continue;
      const text = textOf(el);
      const letters = letterCount(text);
      if (letters === 0 || letters > 300 || countWords(text) > 35) continue;
      const hrefs = links.map((a) => absoluteUrl(a.getAttribute('href'), ctx.pageUrl));
      if (hrefs.some((h) => !h || !ctx.isOwnSite(h) || isSamePage(h, ctx.pageUrl))) continue;
      const linkText = links.map((a) => textOf(a)).join(' ');
      if (letterCount(linkText) / letters < 0.4) continue;
      const outside = el.tagName === 'A' ? '' : textOutsideLinks(el);
      const labelWords = countWords(outside);
      const articleLinks = hrefs.every((h) => h && looksLikeArticleUrl(h));
      const known = startsWithLabel(text, READ_MORE_LABELS) || isLabel(outside, READ_MORE_LABELS);
      const punctuated = labelWords <= 5 && LABEL_END.test(outside);
      const bare = letterCount(outside) === 0 && countWords(linkText) >= 4 && betweenParagraphs(el);
      let reason: string | null = null;
      if (known && labelWords <= 6) reason = `labelled "${outside || text.slice(0, 24)}" line linking within the site`;
      else if (punctuated && articleLinks) reason = `"${outside}" line linking to another article of the site`;
      else if (bare && articleLinks) reason = 'block that is only a headline link to another article of the site';
      if (!reason) continue;
      matches.push({ node: el, action: { type: 'remove' }, reason, text, href: hrefs[0] ?? '' });
    }
    return matches;
  },
};
