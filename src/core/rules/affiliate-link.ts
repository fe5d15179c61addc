// Affiliate and tracked shop links dropped into prose ("… a <a href="https://amzn.to/x">coffee
// grinder</a> …", "?tag=site-20", "/go/coffee-grinder/"). The link goes, the words stay.
// Recognised by URL structure: a redirect that carries its destination in the query (…?url=https%3A…),
// the site's own click-out path (/go/…, /out/…, /recommends/…), an outbound link that names the site in
// a parameter other than an analytics one (?ref=site, ?fpr=site, ?aid=…&label=site), an affiliate network's click path, an affiliate
// parameter, or a shop's shortener or affiliate network host.
// Guard: never a plain link to a shop's or another site's page, nor one with only analytics (utm_source).
import { LITERAL_TAGS, closestNamed } from '../dom';
import { countWords, textOf } from '../text';
import { absoluteUrl, decodedPart, siteOf } from '../url';
import { namedAfter, slugKey } from './keyword-url';
import type { Rule, RuleMatch } from './rule';
import { unicodeRegExp } from '../unicode-class';

// Redirect hosts that exist only to track an affiliate click (networks whose links carry their destination
// in the query, or an /c/1/2/3 click path, are known by that).
const AFFILIATE_HOSTS = [
  'amzn.to', 'amzn.eu', 'amzn.asia', 'a.co', 'shareasale.com', 'prf.hn', 'anrdoezrs.net', 'dpbolvw.net', 'jdoqocy.com',
  'kqzyfj.com', 'tkqlhce.com', 'rstyle.me', 'shopstyle.it', 'howl.me', 'geni.us', 'fave.co', 'tidd.ly', 'tradedoubler.com',
  'admitad.com', 'pntra.com', 'gopjn.com', 'avantlink.com', 'viglink.com', 'shop-links.co', 'ebay.us', 'rover.ebay.com',
  'click.aliexpress.com', 'clickbank.net', 'magik.ly',
  // The large networks' click hosts (Skimlinks, Sovrn, Awin, CJ, Rakuten, Impact, FlexOffers, Webgains, TradeTracker,
  // Daisycon, Commission Factory, A8.net, ValueCommerce, Moshimo, AccessTrade, Involve Asia, Coupang, Flipkart, LTK …):
  // they exist to count a click and forward it.
  'skimresources.com', 'redirectingat.com', 'sovrn.co', 'awin1.com', 'zenaps.com', 'emjcd.com', 'qksrv.net', 'linksynergy.com',
  'sjv.io', 'pxf.io', '7eer.net', 'evyy.net', 'ojrq.net', 'shrsl.com', 'pjtra.com', 'pjatr.com', 'flexlinkspro.com',
  'webgains.com', 'tradetracker.net', 'ds1.nl', 'lt45.net', 'cfjump.com', 'omgt1.com', 'metaffiliation.com', 'yieldkit.com',
  'webmasterplan.com', 'adtraction.com', 'a8.net', 'valuecommerce.com', 'afl.rakuten.co.jp', 'moshimo.com', 'accesstrade.net',
  'invol.co', 'shope.ee', 'coupa.ng', 'link.coupang.com', 'fkrt.it', 'liketk.it', 'go.hotmart.com', 'digistore24.com',
  'partner.bol.com', 'alitems.com', 'ali.pub', 's.click.taobao.com', 'union-click.jd.com',
];
// A marketplace's share-and-earn short host (s.shopee.co.id, s.lazada.vn, c.lazada.co.th).
const SHOP_SHORT_HOST = /^[sc]\.(shopee|lazada)\.[a-z.]+$/;
// A short link on a one-letter host under a larger site (a.aliexpress.com/_mXk2, p.pinduoduo.com/Xk2Lm9Qa): one opaque token.
const ONE_LETTER_SHORT = /^[a-z]\.[a-z0-9-]+\.[a-z.]+$/;
const OPAQUE_TOKEN = /^\/_?[A-Za-z0-9_-]{5,14}\/?$/;
// A coupon or discount-code page of the site for a shop (/gutscheine/shop/, /codigos-descuento/shop/): the click out to the shop's offer.
const COUPON_SEGMENT = /^(coupons?|vouchers?|promo-?codes?|discount-?codes?|deals?-?codes?|gutscheine?|gutscheincodes?|codes?-promo|bons?-de-reduction|codigos?-(de-)?descuentos?|cupo(n|m|ns|nes)|codici-sconto|buoni-sconto|kody?-rabatowe?|kupony?|kortingscodes?|rabattkoder?|alennuskoodit|slevove-kody|промокоды|купоны)$/i;
// Query parameters that name an affiliate (Amazon's tag=xxx-20, networks' ids, aff_… and affiliate_… keys of any ending, affiliate mediums).
const AFFILIATE_PARAMS =
  /[?&](tag=[\w.-]+-2\d|ascsubtag=|aff(iliate)?(_?id)?=|aff(iliate)?[_-][a-z]\w*=|affid=|aff_sub=|irclickid=|irgwc=|clickref=|ref_id=|partnerid=|associate(id)?=|avad=|ranmid=|ranEAID=|sscid=|campid=|aid=\d|veh=aff|clickout=|utm_(medium|source)=(affiliates?|partners?|parceiros?|partenaires?|afiliad[oa]s?)(&|$)|btag=|linkCode=(ll|as|sl)\d|ref_=as_li)/i;
// A query value that is another URL, under a name that says "go there".
const REDIRECT_PARAM = /^(url|u|murl|ued|ulp|dest|destination|redirect(_?ur[il])?|goto|to|target|deeplink|out|link)$/i;
// The site's own click-out paths.
const CLICK_OUT = /^(go|out|goto|recommends|recommend|refer|visit|aff|affiliate|redirect|outbound|click|clk|jump|exit|outlink|redir)$/;
// The same as a path's first part, and "link" and "recommends" in other languages there (/nl/link/…, /da/anbefaler/…); not as a
// host's label (link.springer.com is the publisher's own site, not its click-out).
const CLICK_OUT_PATH = /^(link|anbefaler|rekommenderar|empfiehlt|recommande|recomienda|recomenda|consiglia|poleca|aanbevolen)$/;
// A language's part opening the site's paths (/de/go/…, /pt-br/out/…).
const LANGUAGE_PART = /^[a-z]{2}(?:[-_][a-z]{2,4})?$/;
// A host whose first label says it counts clicks (click.j-a-net.jp, track.<network>.com), and a path part that says so.
const CLICK_HOST = /^(click|clicks|clk|track|trk|tracking|aff|affiliate|affiliates)\./;
const TRACKING_SEGMENT = /^(ad-?track(ing)?|affiliate-?links?|aff-?links?|click-?track(ing)?|tracking-?links?)$/i;
// The last path part of another site's endpoint that forwards a click (…/relocator/relocate?…, …/clickout?…).
const REDIRECT_PATH = /^(redirect|relocate|clickout|click-?through|outbound|track(ing)?-?click)(\.\w+)?$/i;
// The last path part of a coupon or deal page's click-out.
const REDEEM_PATH = /^(redeem|claim|get-?deal|get-?code|reveal|activate-?deal|shop-?now)(\.\w+)?$/i;
// A path part that introduces the referrer's name (…/ref/harbourview/…).
const REFERRAL_SEGMENT = /^(ref|refer|r|via|from|partners?|aff|affiliates?|referr?al|referr?er)$/i;
// Parameters that count clicks for the site itself: the site's name there is no referral.
const ANALYTICS_PARAM = /^(utm_\w+|mc_\w+|campaign|cmp|cid|fbclid|gclid|_hs\w*|hs_\w+)$/i;

const COUPON_REASON = "the site's coupon page for a shop";
/**
 * The link is a sentence of its own in a paragraph: four words or more, after a sentence's end, and
 * ending the paragraph or ending as a sentence does (a stop or an arrow) before the next one.
 */
function isOwnSentence(a: Element): boolean {
  const words = textOf(a);
  if (countWords(words) < 4 && !(/[\u3040-\u9fff]/.test(words) && words.length >= 8)) return false;
  const p = a.parentElement;
  // (In a paragraph: a product box's lines, "Apple Watch Series 4 (GPS, 44mm) …" over its price, are its items, not sentences.)
  if (p?.tagName !== 'P') return false;
  let before = '';
  for (let n = a.previousSibling; n; n = n.previousSibling) before = (n.textContent ?? '') + before;
  let after = '';
  for (let n = a.nextSibling; n; n = n.nextSibling) after += n.textContent ?? '';
  // (After a sentence of the paragraph: a paragraph that opens with the link is the link's own, left to the block rules.)
  const opens = /[.!?。！？»”"')]\s*$/.test(before.trim());
  const ends = after.trim() === '' || (/[.!?。！？→»›]\s*$/.test(words.trim()) && /^\s+["'“«„]?(?:\p{Lu}|\p{Lo})/u.test(after));
  return opens && ends && countWords(`${before} ${after}`) >= 8;
}
/** A query value naming an affiliate as one of its parts ("hl_affiliate", "affiliate-42"). */
const AFFILIATE_VALUE = /(?:^|[_-])(?:affiliates?|afiliad[oa]s?|affili[ée]s?)(?:[_-]|$)/i;
/** Another site's path part that forwards a click out (with an id after it). */
const OTHER_CLICK_OUT = /^(exit|clickout|click-out|outclick)$/i;
/** The query parameters of a search. */
const SEARCH_PARAM = /^(q|query|k|keywords?|search|searchtext|search_query|s)$/i;
/**
 * A search on another site for the linked words themselves within a category of its products (a price comparison's
 * "/preisvergleich/ProductCategory/19112.html?q=tauchpumpe" on "Tauchpumpen"): a keyword sent to a shop.
 */
function searchesLinkedWords(url: URL, linked: string): boolean {
  const key = slugKey(linked);
  // (Within a product's category, an id in the path: a search of a library or an archive for the words, "/search?q=…", is a source.)
  if (key.length < 4 || countWords(linked) > 4 || !/\d{3,}/.test(url.pathname)) return false;
  return [...url.searchParams].some(([k, v]) => {
    if (!SEARCH_PARAM.test(k)) return false;
    const q = slugKey(v);
    return q.length >= 4 && (key.startsWith(q) || q.startsWith(key) || namedAfter(linked, key)(q));
  });
}
/** The link's block says more than the link (a sentence, not an item of a list of links). */
function inRunningText(a: Element): boolean {
  const block = a.closest('p, li, td, dd, blockquote, figcaption, div');
  return !!block && countWords(textOf(block)) >= countWords(textOf(a)) + 4;
}


function affiliateReason(url: URL, site: string, own: boolean, isOwn: (abs: string) => boolean): string | null {
  const host = url.hostname.replace(/^www\./, '');
  const hit = AFFILIATE_HOSTS.find((h) => host === h || host.endsWith(`.${h}`));
  if (hit) return `affiliate redirect (${hit})`;
  if (SHOP_SHORT_HOST.test(host)) return `marketplace affiliate short link (${host})`;
  if (!own && ONE_LETTER_SHORT.test(host) && !url.search && OPAQUE_TOKEN.test(url.pathname) && /\d|[A-Z].*[A-Z].*[A-Z]/.test(url.pathname)) return `short link on a shop's one-letter host (${host})`;
  if (/(^|\.)amazon\.[a-z.]+$/.test(host) && url.searchParams.has('tag')) return 'shop link with an affiliate tag';
  if (AFFILIATE_PARAMS.test(url.search)) return 'affiliate tracking parameter';
  // A referral's value that says so, under any name ("?ref=hl_affiliate", "?src=affiliate-42").
  if (!own && [...url.searchParams].some(([, v]) => AFFILIATE_VALUE.test(v))) return 'referral value naming an affiliate';
  // Another site's click ids in the fragment (…/61392213#pid=67034&crid=69855): a fragment names a place in the page, or
  // one setting (#page=4, #t=120), never two ids.
  if (!own && url.hash.includes('=')) {
    const ids = url.hash.slice(1).split('&').filter((kv) => /^[\w-]+=\d{3,}$/.test(kv));
    if (ids.length >= 2 || AFFILIATE_PARAMS.test(`?${url.hash.slice(1)}`)) return 'click ids in the fragment';
  }
  // Another site's click host (click.…, track.…) or its tracking path (…/adtracking/…, …/affiliate-link/…), under ids.
  if (!own && CLICK_HOST.test(host) && /\d/.test(url.pathname + url.search)) return `click-tracking host (${host})`;
  if (!own && url.pathname.split('/').some((p) => TRACKING_SEGMENT.test(p))) return 'tracking path of another site';
  for (const [name, value] of url.searchParams) {
    // A destination written in base64 ("aHR0cHM6Ly…" is "https://"): a redirect that hides where it goes.
    if (/^aHR0c(HM6|Do)/.test(value)) return 'redirect carrying its destination in base64';
    // (A share button carries the page's own address: that is no click out to a shop.)
    if (!/^https?:\/\//i.test(value) || new URL(value).hostname === url.hostname || isOwn(value)) continue;
    if (REDIRECT_PARAM.test(name)) return 'redirect to a shop through a tracking link';
    // The site's own address forwarding to another site's page, under any parameter name (…/shop/redirect/?to=https%3A…);
    // and another site's link that carries a shop's page and the click's ids (a network's referral: …/referral?sid=…&vc_url=https%3A…).
    if (own) return "the site's redirect to another site";
    // (Or with a click in its path: …/promotion/click/promoId/12?param0=https%3A….)
    if ([...url.searchParams].length >= 2 || url.pathname.split('/').some((p) => CLICK_OUT.test(p.toLowerCase()))) return 'tracking link carrying the address it forwards to';
  }
  const parts = url.pathname.split('/').filter(Boolean);
  // (Read past a language's part: /de/go/wassersensor is the German edition's click-out.)
  const out = parts.length >= 3 && LANGUAGE_PART.test(parts[0]!.toLowerCase()) ? parts.slice(1) : parts;
  if (own && out.length >= 2 && (CLICK_OUT.test(out[0]!.toLowerCase()) || CLICK_OUT_PATH.test(out[0]!.toLowerCase()))) return `the site's click-out link (/${out[0]}/)`;
  // Another site's affiliate path (expedia.com/affiliate/Xk2Lm9Q), and the site's coupon page for a shop.
  if (!own && parts.length >= 2 && /^(affiliates?|aff)$/i.test(parts[0]!)) return `affiliate path (/${parts[0]}/)`;
  if (own && parts.length >= 2 && parts.slice(0, -1).some((p) => COUPON_SEGMENT.test(decodedPart(p)))) return COUPON_REASON;
  // The site's click-out host (go.site/…), and another site's redirect endpoint with the click in its query (…/relocate?offerKey=…).
  if (own && parts.length >= 1 && CLICK_OUT.test(host.split('.')[0]!)) return `the site's click-out host (${host})`;
  if (!own && url.search.length > 1 && REDIRECT_PATH.test(parts[parts.length - 1] ?? '')) return 'redirect endpoint with a tracked click';
  // The site's own coupon or deal forwarding the click to the shop (/coupons/brand/redeem?offer=12).
  if (own && url.search.length > 1 && parts.length >= 2 && REDEEM_PATH.test(parts[parts.length - 1] ?? '')) return "the site's coupon click-out";
  if (/^\/c\/\d+\/\d+\/\d+/.test(url.pathname)) return 'affiliate network click path';
  // Another site's click-out path with the offer's id (a price comparison's "/exit/shop-cz/123456789/?z=2").
  if (!own && parts.some((p) => OTHER_CLICK_OUT.test(p)) && /\d{5,}/.test(url.pathname)) return "another site's click-out path with an id";
  if (!own) {
    const namesSite = (value: string) => {
      const v = value.toLowerCase().replace(/[^a-z0-9]/g, '');
      return (site.length >= 4 && v.includes(site)) || (v.length >= 6 && site.startsWith(v));
    };
    // In the query or, as key=value pairs, in the fragment (…/flask#ref=harbourview).
    // (The fragment's pairs split by hand: in a Firefox content script only a URLSearchParams's own pairs iterate, see call-target.ts.)
    const pairs = [...url.searchParams, ...(url.hash.includes('=') ? url.hash.slice(1).split('&').map((kv) => kv.split('=').map(decodedPart) as [string, string]) : [])];
    for (const [name, value] of pairs) {
      // A code, one token ("fpr=harbourtimes", "ref=harbour-times-21"): not an address or a title a share button passes on.
      // Under any name but an analytics one (utm_source=site is the site's own count of its clicks, no referral).
      if (/^[\w.-]{2,64}$/.test(value) && namesSite(value) && !ANALYTICS_PARAM.test(name)) return `referral parameter naming the site (${name}=)`;
    }
    // A referral path naming the site (shop.example/ref/harbourview/…, /partner/harbourview-21/).
    const at = parts.findIndex((p, i) => i > 0 && REFERRAL_SEGMENT.test(parts[i - 1]!) && namesSite(decodedPart(p)));
    if (at > 0) return `referral path naming the site (/${parts[at - 1]}/)`;
  }
  return null;
}

/**
 * Another site's page named after the few words linked in the text (…/l/tree-between?a=88673, /tours/Lisbon/like-having/d538-982?pid=P0002,
 * /products/thermal-flasks-i123?sca_ref=12.Ab) that carries an id in its query under a name no analytics uses: the
 * words made into a tracked link to a shop's, a tour's or a product's page. (A citation is named after its title, and an
 * article's address after its headline, not after two words of this page's sentence; Wikipedia's /wiki/Tidal_power
 * carries no query.) Any network, any parameter name: the shape is the words echoed in the path plus a click's id.
 */
function echoedWithId(url: URL, linked: string): boolean {
  // (Without an elided article before the words: French and Italian "l'aspirateur robot", "dell'aspirapolvere".)
  const words = /^\S{1,4}['’]/.test(linked) ? linked.replace(unicodeRegExp(String.raw`^\p{L}{1,4}['’](?=\p{L})`), '') : linked;
  const key = slugKey(words);
  if (key.length < 2 || countWords(words) > 4 || ![...url.searchParams].some(([k, v]) => !ANALYTICS_PARAM.test(k) && v.length >= 2 && /\d/.test(v))) return false;
  const named = namedAfter(words, key);
  // A part with a number before or an id after the words (…/1234-tree-between, …/thermal-flasks-t12345, …-i123-s456).
  const bare = (p: string) => p.replace(/\.\w{2,5}$/, '').replace(/^\d+-/, '').replace(/(-[a-z]{0,2}\d[a-z0-9]*)+$/i, '');
  // Or a part that opens with the words and goes on with an id (…/thermal-flasks-hotel-detail-123/, …/thermal-flasks.h123.Hotel-Information).
  const opens = (p: string) => /\d/.test(p) && slugKey(p).startsWith(`${key}-`);
  return url.pathname.split('/').some((p) => p && (named(p) || named(bare(decodedPart(p))) || opens(decodedPart(p))));
}

// Shorteners whose links open a story, a video, a post or a map: a citation can go through them (nyti.ms, youtu.be, redd.it).
const CONTENT_SHORT_HOSTS = new Set([
  'youtu.be', 't.co', 'goo.gl', 'redd.it', 'flic.kr', 'spoti.fi', 'apple.co', 'dai.ly', 'vimeo.com', 'nyti.ms', 'wapo.st', 'bbc.in', 'reut.rs',
  'cnn.it', 'n.pr', 'econ.st', 'bloom.bg', 'on.ft.com', 'lnkd.in', 'fb.me', 'fb.watch', 'instagr.am', 'g.co', 'ift.tt', 'wp.me', 'tmblr.co',
]);
/**
 * A link shortener's opaque token in running text (myntr.it/FYZV4XX, bit.ly/2QqwDZH, bhpho.to/378U936): a short host of its
 * own (a name of six letters at most) and one token of capitals and digits, no query. A shortened link hides where it goes;
 * in a sentence it is a shop's tracked click (a citation shows its source, and a shortened story or video is on a host
 * above). Not a link that shows its own address as its words.
 */
function shortenedClick(url: URL, words: string): boolean {
  const host = url.hostname.replace(/^www\./, '');
  const labels = host.split('.');
  if (labels.length !== 2 || labels[0]!.length > 6 || CONTENT_SHORT_HOSTS.has(host) || url.search || url.hash) return false;
  const token = /^\/([A-Za-z0-9]{5,12})\/?$/.exec(url.pathname)?.[1];
  if (!token || !/[A-Z]/.test(token) || !(/\d/.test(token) || /[A-Z].*[A-Z].*[A-Z]/.test(token))) return false;
  return !/^(https?:\/\/|www\.)|^[\w-]+\.[a-z]{2,}\//i.test(words.trim());
}

/**
 * A one-letter click host's endpoint with one opaque token (t.clicknet.example/fmcl?ak=EUIB.72939.f521b531): a click counted,
 * then forwarded. (Not m.…: a site's mobile host.)
 */
function oneLetterClick(url: URL): boolean {
  const pairs = [...url.searchParams];
  return /^[a-ln-z]\.[a-z0-9-]+\.[a-z.]+$/.test(url.hostname) && /^\/[a-z]{1,8}\/?$/i.test(url.pathname) && pairs.length === 1 && /^(?=(?:.*\d){3})(?=.*[a-z])[\w.+-]{8,}$/i.test(pairs[0]![1]);
}

export const affiliateLink: Rule = {
  name: 'affiliate-link',
  kind: 'affiliate-link',
  description: 'A link whose URL is an affiliate or tracked click (redirect, click-out path, referral, network): unwrapped.',
  find(root, ctx) {
    const matches: RuleMatch[] = [];
    // The site's name as a referral value would spell it: "harbourview-times.com" → "harbourviewtimes".
    const site = (siteOf(new URL(ctx.pageUrl).hostname).split('.')[0] ?? '').replace(/[^a-z0-9]/g, '');
    for (const a of ctx.linksOf(root)) {
      const abs = absoluteUrl(a.getAttribute('href'), ctx.pageUrl);
      if (!abs || closestNamed(a, LITERAL_TAGS)) continue;
      let why: string | null = null;
      try {
        const url = new URL(abs);
        const own = ctx.isOwnSite(abs);
        why = affiliateReason(url, site, own, ctx.isOwnSite);
        // Other sites' pages named after the linked words, or a one-letter host's click, in running text only.
        if (!why && !own && inRunningText(a)) {
          if (echoedWithId(url, textOf(a))) why = "another site's page named after the linked words, with a click's id";
          else if (oneLetterClick(url)) why = `click token on a one-letter host (${url.hostname})`;
          else if (shortenedClick(url, textOf(a))) why = `shortened link in running text (${url.hostname})`;
          else if (searchesLinkedWords(url, textOf(a))) why = "another site's search for the linked words";
        }
      } catch {
        why = null; // a destination that is no URL after all
      }
      // The coupon page in running text only: a list of the site's coupon pages is a box of links for the box rules.
      if (why === COUPON_REASON && !inRunningText(a)) continue;
      // A link that is a sentence of its own ("… at short notice. <a>Shop our top-rated flood pumps on Amazon →</a>") is an advertisement: it
      // goes with its words. (A keyword's link is a word of a sentence: its words stay.)
      if (why && isOwnSentence(a)) matches.push({ node: a, action: { type: 'remove' }, reason: `${why}, a sentence of its own`, text: textOf(a), href: abs });
      else if (why) matches.push({ node: a, action: { type: 'unwrap' }, reason: why, text: textOf(a), href: abs });
    }
    return matches;
  },
};
