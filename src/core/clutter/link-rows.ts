// A row of the site's links set between separators, wherever it stands in the reading: "Online-Pressemappe – alle
// Pressemitteilungen der Firma | RSS-Feed abonnieren", "Impressum · Datenschutz", "« Vorheriger Artikel | Nächster
// Artikel »". Every item is wholly one link to another page of the site, and nothing but a separator stands between
// them: a menu of the page, not a sentence. trailing-stubs takes such a row (with an unlinked "© Name" among three
// items) only at the story's end; a row of links alone is furniture anywhere — a press service sets its issuer's
// folder and feed between the release's contact lines and the issuer's profile.
// Guard: two items at least, each of eight words at most; every link to the site (a row of other sites' links is a
// list of sources) and none to the page itself (a table of contents); never inside a list, a table or a heading.
import type { Rule, RuleContext, RuleMatch } from '../rules/rule';
import { normalizeSpace } from '../text';
import { isSamePage } from '../url';
import { type TextUnit, textUnits } from './units';

/** The separators a row of links sets between its items. */
const ROW_SEPARATOR = /\s*[|·•]\s*/;
const MAX_ITEM_WORDS = 8;

function isRowOfSiteLinks(unit: TextUnit, ctx: RuleContext): boolean {
  if (!/[|·•]/.test(unit.text) || unit.el.closest('li, td, th, dd, h1, h2, h3, h4, h5, h6')) return false;
  const items = unit.text.split(ROW_SEPARATOR).map(normalizeSpace);
  if (items.length < 2 || items.some((i) => !i || i.split(' ').length > MAX_ITEM_WORDS)) return false;
  const links = ctx.linksOf(unit.el);
  if (links.length !== items.length) return false;
  return links.every((a, k) => normalizeSpace(a.textContent ?? '') === items[k] && ctx.isOwnSite(a.href) && !isSamePage(a.href, ctx.pageUrl));
}

export const linkRows: Rule = {
  name: 'link-rows',
  kind: 'clutter',
  description: 'A line of two or more links to other pages of the site with only separators ("|", "·", "•") between them.',
  find(root, ctx) {
    const matches: RuleMatch[] = [];
    for (const unit of ctx.kept(textUnits, root)) {
      if (isRowOfSiteLinks(unit, ctx)) matches.push({ node: unit.el, action: { type: 'remove' }, reason: 'a row of links to other pages of the site, between separators', text: unit.text });
    }
    return matches;
  },
};
