// Affiliate and tracked shop links dropped into prose ("… a <a href="https://amzn.to/x">coffee
// grinder</a> …", "?tag=site-20"). The link goes, the words stay.
// Guard: only links whose URL carries an affiliate marker (a shortener of a shop, an affiliate
// network's redirect host, or an affiliate query parameter) — never a plain link to a shop's page.
import { LITERAL_TAGS, closestNamed } from '../dom';
import { textOf } from '../text';
import { absoluteUrl } from '../url';
import type { Rule, RuleMatch } from './rule';

// Redirect hosts that exist only to track an affiliate click.
const AFFILIATE_HOSTS = [
  'amzn.to', 'amzn.eu', 'amzn.asia', 'a.co', 'go.skimresources.com', 'go.redirectingat.com', 'click.linksynergy.com',
  'linksynergy.com', 'shareasale.com', 'awin1.com', 'prf.hn', 'anrdoezrs.net', 'dpbolvw.net', 'jdoqocy.com',
  'kqzyfj.com', 'tkqlhce.com', 'tqlkg.com', 'commission-junction.com', 'rstyle.me', 'shopstyle.it', 'howl.me',
  'geni.us', 'fave.co', 'bit.ly/amzn', 'clk.tradedoubler.com', 'ad.admitad.com', 'affiliate.', 'pntra.com',
  'pjtra.com', 'pntrac.com', 'gopjn.com', 'avantlink.com', 'sovrn.co', 'viglink.com', 'redirect.viglink.com',
  'shop-links.co', 'ebay.us', 'rover.ebay.com', 'click.aliexpress.com', 's.click.aliexpress.com', 'hop.clickbank.net',
];
// Query parameters that name an affiliate: Amazon's tag=xxx-20, and the common generic ones.
const AFFILIATE_PARAMS = /[?&](tag=[\w.-]+-2\d|ascsubtag=|aff(iliate)?(_?id)?=|affid=|aff_sub=|irclickid=|clickref=|ref_id=|partnerid=|associate(id)?=|avad=|ranmid=|ranEAID=|sscid=)/i;

function affiliateReason(abs: string): string | null {
  const url = new URL(abs);
  const host = url.hostname.replace(/^www\./, '');
  const hostPath = `${host}${url.pathname}`;
  const hit = AFFILIATE_HOSTS.find((h) => (h.endsWith('.') ? host.startsWith(h) : hostPath === h || hostPath.startsWith(`${h}/`) || host === h || host.endsWith(`.${h}`)));
  if (hit) return `affiliate redirect (${hit.replace(/\.$/, '')})`;
  if (AFFILIATE_PARAMS.test(url.search)) return 'affiliate tracking parameter';
  return null;
}

export const affiliateLink: Rule = {
  name: 'affiliate-link',
  kind: 'affiliate-link',
  description: 'A link in the text whose URL carries an affiliate marker (shop shortener, affiliate network redirect, tag=…-20): the link goes, the words stay.',
  find(root, ctx) {
    const matches: RuleMatch[] = [];
    for (const a of Array.from(root.querySelectorAll('a[href]'))) {
      const abs = absoluteUrl(a.getAttribute('href'), ctx.pageUrl);
      if (!abs || closestNamed(a, LITERAL_TAGS)) continue;
      const why = affiliateReason(abs);
      if (!why) continue;
      matches.push({ node: a, action: { type: 'unwrap' }, reason: why, text: textOf(a), href: abs });
    }
    return matches;
  },
};
