// Where a call to action sends the reader, for follow-us-call.ts: a platform's profile, channel, app or
// donation page (a known platform, or any other site whose URL names this site: its own account on a
// platform no list knows — a Mastodon server, Signal, Zalo, a podcast directory, its Substack), or a page
// of the site itself that is no story (its sign-up, app, contact or donate page, the story's sound), or a share endpoint
// passing an address on. Never a single post, video or message (a link to one cites it).
import { remembered } from '../remembered';
import { decodedPart, hostName, isSamePage, pathSegments, siteOf } from '../url';
import { FOLLOW_PLATFORMS } from './lexicon';
import type { RuleContext } from './rule';
import { isStoryUrl } from './story-link';
import { unicodeRegExp } from '../unicode-class';
import { addressesReader, requestOf, speaksAsUs } from './call-lexicon';

// Paths of single posts, videos, episodes, tracks or messages: a link to one of those cites content, it is no call; nor is a hashtag's
// or a search's page (a topic, not an account).
// (LINE's /p/@name and Weibo's /u/123 are profiles; a podcast app's /show/123 is the show, followed as a channel is.)
const POST_PATH = /\/(status(es)?|posts?|p|reels?|videos?|watch|shorts|photos?|comments|pulse|story\.php|permalink|hashtag|search|explore|tags?|episodes?|tracks?|albums?|playlists?|embed)(\/(?!@)|$|\?)|(?<!\/u|\/shows?|\/podcasts?)\/\d{3,}\/?$/i;
// Where people are sent to install, pay or share, besides the platforms of the lexicon.
const SHARE_PATH = /\/(sharer|share|intent|send|submit|shareArticle)\b/i;
const CALL_HOSTS = [
  'apple.com', 'play.google.com', 'patreon.com', 'ko-fi.com', 'buymeacoffee.com', 'paypal.com', 'paypal.me', 'liberapay.com', 'dzen.ru', 'weibo.com', 'steadyhq.com',
  // Where a show is listened to or followed, a newsletter read, a member pays, a messenger is joined, an app installed.
  'spotify.com', 'deezer.com', 'pca.st', 'pocketcasts.com', 'castbox.fm', 'overcast.fm', 'castro.fm', 'tunein.com', 'iheart.com',
  'soundcloud.com', 'podbean.com', 'twitch.tv', 'rumble.com', 'rutube.ru', 'bilibili.com', 'xiaohongshu.com', 'douyin.com',
  'substack.com', 'beehiiv.com', 'buttondown.email', 'eepurl.com', 'mailchi.mp', 'list-manage.com', 'memberful.com', 'boosty.to',
  'apoia.se', 'tipeee.com', 'donorbox.org', 'opencollective.com', 'send.monobank.ua', 'signal.me', 'threema.id', 'matrix.to',
  'm.me', 'appgallery.huawei.com', 'galaxy.store', 'patronite.pl', 'darujme.cz', 'ulule.com', 'kisskissbankbank.com',
  'buycoffee.to', 'zrzutka.pl', 'trakteer.id', 'saweria.co', 'zalo.me', 'pf.kakao.com', 'open.kakao.com',
];

/** The site's name: the first label of its registrable domain, letters and digits only (`harbour-view.co.uk` → `harbourview`). */
export const siteLabel = (pageUrl: string): string => siteName(pageUrl);
const siteName = remembered((pageUrl: string) => (siteOf(hostName(pageUrl)).split('.')[0] ?? '').replace(unicodeRegExp(String.raw`[^\p{L}\p{N}]`, 'g'), ''), 100);

/** Some part of the URL (a host label, a path segment, the fragment) is the site's name, alone or with an id or a platform suffix. */
function namesSite(url: URL, name: string): boolean {
  const parts = [...url.hostname.split('.'), ...url.pathname.split('/'), url.hash];
  return parts.some((part) => {
    const compact = decodedPart(part).toLowerCase().replace(unicodeRegExp(String.raw`[^\p{L}\p{N}]`, 'g'), '');
    return compact.length >= name.length && (compact.startsWith(name) || compact.endsWith(name));
  });
}

// A petition's or an event's host; a sign-up path on another site (a webinar's registration, a page to sign up or register on, a petition).
const PETITION_HOST = /^(change\.org|chng\.it|avaaz\.org|openpetition\.\w+|mesopinions\.com|petitions?\.[\w.-]+|[\w-]+\.petitions?\.[\w.-]+|act\.[\w-]+\.org|eventbrite\.[a-z.]+)$/;
const SIGNUP_ELSEWHERE = /\/webinars?\/(?:register|registration|signup)(?:\/|$)|\/(?:register|registration|sign-?up)\/?$|^\/petitions?\/[\w-]+\/?$/i;

/** What a link to another site is, for a call: the platform's host, or 'own account' when it names the site; null otherwise. */
const platformOf = remembered((key: string): string | null => {
  const [abs = '', pageUrl = ''] = key.split('\n');
  let url: URL;
  try {
    url = new URL(abs);
  } catch {
    return null;
  }
  const host = url.hostname.replace(/^(www|m|mobile)\./, '');
  // A petition to sign or an event's registration elsewhere (change.org/p/…, petitions.….gov/…, zoom.us/webinar/register/…).
  if (PETITION_HOST.test(host) || SIGNUP_ELSEWHERE.test(url.pathname)) return `${host} sign-up`;
  // A share endpoint is where a call to share sends the reader ("Share this story on Facebook"), when it passes an address on
  // (sharer.php?u=…, intent/tweet?url=…, intent/post?url=…, share/url?url=…); one without is no call's (a platform's own /share
  // page, a form's /submit). (Asked before a post's path: X's "intent/post" is no post.)
  const share = SHARE_PATH.test(url.pathname);
  if (share && /(?:https?|www)(?::|%3a|\.)/i.test(url.search + url.hash)) return `${host} share`;
  // A post is cited. (A chat link's number is an account: wa.me/447700900123.)
  if ((POST_PATH.test(url.pathname) && host !== 'wa.me') || share) return null;
  const platform = [...FOLLOW_PLATFORMS, ...CALL_HOSTS].find((p) => host === p || host.endsWith(`.${p}`));
  if (platform) return platform;
  // Another service's page about this site, named by its domain in the query (a search engine's "preferred source" setting,
  // a reader app's subscription): where a call sends the reader to add the site there.
  const site = siteOf(hostName(pageUrl));
  const domainOf = (v: string) => /^(?:[a-z]+:\/\/)?([a-z0-9.-]+\.[a-z]{2,})(?:[/?#]|$)/i.exec(v.trim())?.[1]?.toLowerCase();
  // (Iterated as pairs: in a Firefox content script, URLSearchParams's values() iterator is not iterable.)
  if (site.includes('.')) {
    for (const [, v] of url.searchParams) {
      const d = domainOf(v);
      if (d && (d === site || d.endsWith(`.${site}`))) return `${host} listing`;
    }
  }
  // A reader app's subscription to the site's feed, its address in the path (feedly.com/i/subscription/feed%2Fhttps%3A%2F%2Fsite%2Ffeed).
  if (site.includes('.') && /%2F|:\/\//i.test(url.pathname)) {
    for (const m of decodedPart(url.pathname).matchAll(/https?:\/\/([a-z0-9.-]+\.[a-z]{2,})/gi)) {
      const d = m[1]!.toLowerCase();
      if (d === site || d.endsWith(`.${site}`)) return `${host} listing`;
    }
  }
  // A feed to subscribe to (a podcast's RSS on its host's feeds server, an .rss or .xml address).
  if (/^feeds?\./.test(host) || /\.(rss|xml)$|\/(feed|rss)\/?$/i.test(url.pathname)) return 'feed';
  const name = siteName(pageUrl);
  return name.length >= 4 && namesSite(url, name) ? `${host} account` : null;
}, 5_000);

/** The platform a link of a call goes to (another site's profile, channel, app or donation page), or null. */
export function callPlatform(abs: string, ctx: RuleContext): string | null {
  return ctx.isOwnSite(abs) ? null : platformOf(`${abs}\n${ctx.pageUrl}`);
}

const SIGNUP_SEGMENT = /^(newsletters?|boletin(es)?|nieuwsbrief|abonnement|rassylka|podpiska|inscri(cao|ption)|anmeldung|subscribe|subscription|subscriptions|sign-?up|register|registration|alerts?|membership|join|apps?|download|follow|notifications?|donate|support(-us)?|soutenir|apoya(nos)?|apoie|spenden|unterst(?:ue|ü)tzen|sostienici|wesprzyj|steun|petitions?|petycja|peticion|petition|petizione|peticao)$/i;
// The site's news feed, a subscription of its own ("/news/local/rss.xml", "/feed/", "/world.atom").
const FEED_SEGMENT = /^(?:rss|feeds?|atom|(?:rss|feed|atom)\.xml)$|\.(?:rss|atom)$/i;

// The site's discussion of a story: its comments or its forum's thread, under an id ("/comments/671576/", "/forum/thread-549313/").
const DISCUSSION_SEGMENT = /^(comments?|forums?|discussions?|discuss|threads?|thread-[\w-]+|kommentare?|commentaires|comentarios|commenti|reacties|komentarze)$/i;

const MEDIA_FILE = /\.(?:mp3|m4a|aac|ogg|oga|opus|wav|flac)$/i;

// A story's comment form or comments, by the id a blog engine gives them ("…/?p=820586#respond", "#comments", "#disqus_thread").
const DISCUSSION_FRAGMENT = /^#(respond|reply|comments?|comment-form|commentform|disqus_thread|kommentare|commentaires|comentarios|commenti|reacties)$/i;
// A host of the site named for its app or a sign-up (not support.…: a help centre's pages are articles too).
const SIGNUP_HOST = /^(apps?|join|subscribe|subscriptions?|newsletters?|donate|membership|sign-?up|register|alerts?)$/i;
// The story read aloud, on a page of its own ("/listen/844911/", "/tts/…", "/vorlesen/…").
const LISTEN_SEGMENT = /^(listen|audio|audios|tts|text-to-speech|vorlesen|escuchar|ecouter|ascolta|ouvir|luister)$/i;

/** A page of the site that is no story (its sign-up, app, donate or account page, a story's discussion); `named`: its path says so. */
export function isSitePage(abs: string, ctx: RuleContext, named = false): boolean {
  if (!ctx.isOwnSite(abs) || isSamePage(abs, ctx.pageUrl)) return false;
  // A story's comments, by their anchor ("/?p=820586#respond"): where "Leave a comment" sends the reader. (Not this page's own:
  // its comment form's "Cancel reply" links there too.)
  if (DISCUSSION_FRAGMENT.test(/#.*$/.exec(abs)?.[0] ?? '')) return true;
  // The site's app, signup or newsletter host ("app.site.com/article/733814", "join.site.com"): named by its host.
  if (SIGNUP_HOST.test(hostName(abs).split('.')[0] ?? '')) return true;
  const parts = pathSegments(abs);
  const discussion = () => parts.some((s) => DISCUSSION_SEGMENT.test(s));
  // The site's feed, named or not: a subscription ("Prefer a feed reader? [Local news feed]").
  if (parts.some((s) => FEED_SEGMENT.test(s))) return true;
  // The story's sound, a file of the site ("/audio/934856.mp3", a CDN's "/tts/504047/article.mp3"): what "Prefer to listen?" links to.
  return named ? parts.some((s) => SIGNUP_SEGMENT.test(s)) || discussion() : (parts.length <= 2 && !isStoryUrl(abs)) || discussion() || MEDIA_FILE.test(parts[parts.length - 1] ?? '') || parts.some((s) => LISTEN_SEGMENT.test(s));
}

/** True when a platform link is the site's own account there: its URL names the site (youtube.com/@harbourviewtimes). */
export function isOwnAccount(abs: string, ctx: RuleContext): boolean {
  const name = siteName(ctx.pageUrl);
  try {
    // A known platform, or another host that names the site without a query (not a tracked click out: site.digidip.net/visit?url=…).
    const url = new URL(abs);
    const platform = callPlatform(abs, ctx);
    return name.length >= 4 && platform !== null && (!platform.endsWith(' account') || url.search === '') && namesSite(url, name);
  } catch {
    return false;
  }
}

/**
 * A short block whose only links reach the newsroom, and that asks or questions the reader: a tip line or a letters call.
 * Written to: an address at the site's own domain ("Got a tip? [Email us]", "Máte tip na článok? Napíšte nám na [redakčný
 * e-mail]"); an address elsewhere is a person or a body the story names (a council's office): a citation. Called: a
 * phone number said to be ours ("Imate dojavu? Nazovite nas", "May tip ka? Tawagan kami", "Pokličite uredništvo"),
 * asked for or in a line of a few words (under a heading that asks: "Imate informacijo?") — a helpline or the police a story names ("call the Samaritans on 116 123", "call 101") is no one's "us".
 */
export function reachesNewsroom(block: Element, text: string, words: number, ctx: RuleContext): boolean {
  return words <= 25 && newsroomCall(Array.from(block.querySelectorAll('a[href]')), text, words, ctx);
}

/** reachesNewsroom on a line's links (a tail run on in a paragraph: "… (Imate informacijo? <a href="tel:…">Pokličite uredništvo</a>.)"). */
export function newsroomCall(anchors: readonly Element[], text: string, words: number, ctx: RuleContext): boolean {
  if (!anchors.length || words > 25) return false;
  let phoned = false;
  const own = anchors.every((a) => {
    const href = a.getAttribute('href')?.trim() ?? '';
    if (/^tel:/i.test(href)) {
      phoned = true;
      return true;
    }
    const m = /^mailto:[^@?]+@([\w.-]+)/i.exec(href);
    return !!m && atOwnDomain(m[1]!, ctx);
  });
  if (!own) return false;
  const asks = /[?？؟]/.test(text) || requestOf(text) !== null;
  return phoned ? speaksAsUs(text) && (words <= 6 || asks) : asks || addressesReader(text);
}

/** A mail domain of the site's own ("newsdesk@harbourview-times.com"). */
const atOwnDomain = (domain: string, ctx: RuleContext) => ctx.isOwnSite(`https://${domain.toLowerCase()}/`);

/** An e-mail address at the site's own domain written out in the text, no link ("Got a news tip? Email newsdesk@site.com"). */
export function writesOwnAddress(text: string, ctx: RuleContext): boolean {
  if (!text.includes('@')) return false;
  for (const m of text.matchAll(/[\w.+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,})/gi)) if (atOwnDomain(m[1]!, ctx)) return true;
  return false;
}
