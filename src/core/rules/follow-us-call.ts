// Calls to action spliced into the text: "Follow us on Google News", "Join our WhatsApp channel", "Download
// our app", "Turn on notifications", "Share this article!", "Support us: donate", "Leave a comment below",
// "Síguenos en Telegram", "Подпишитесь на наш канал", "关注我们" — with or without a link. Removed whole.
// Recognised by structure: a short standalone block that asks the reader to act. With links: every link
// goes to a platform's profile, channel, app or share page (never to a post: a quoted tweet stays) or to
// a page of the site that is no story (its sign-up, app, donate page), and the block reads as a call
// (call words, an imperative, or little more than the link). Without a link: it opens (or, where the verb
// comes last, ends) with a call's imperative and addresses the reader or names what it offers
// (call-lexicon.ts), between blocks of the text, with no quotation in it.
// Guard: never a block of prose (40 words at most), a quote, a list item or anything in a table.
import { closestNamed, elementsNamed, hasBlockChild, linkLetters, LITERAL_TAGS, tagSet } from '../dom';
import { remembered } from '../remembered';
import { countWords, letterCount, textOf } from '../text';
import { absoluteUrl, isSamePage, pathSegments } from '../url';
import { addressesReader, isImperative } from './call-lexicon';
import { FOLLOW_PLATFORMS, hasCallWords } from './lexicon';
import type { Rule, RuleContext, RuleMatch } from './rule';
import { isStoryUrl } from './story-link';

const CANDIDATES = tagSet('p, div, h3, h4, h5, h6, blockquote, aside');
const NOT_IN = new Set([...LITERAL_TAGS, 'li', 'table', 'nav', 'header', 'footer', 'figure']);
// Paths of single posts, videos or messages: a link to one of those cites content, it is no call.
// (LINE's /p/@name and Weibo's /u/123 are profiles.)
const POST_PATH = /\/(status|statuses|posts?|p|reel|reels|video|videos|watch|shorts|photo|photos|comments|pulse|story\.php|permalink)(\/(?!@)|$|\?)|(?<!\/u)\/\d{3,}\/?$/i;
// Where people are sent to install, pay or share, besides the platforms of the lexicon.
const SHARE_PATH = /\/(sharer|share|intent|send|submit|shareArticle)\b/i;
const CALL_HOSTS = ['apps.apple.com', 'itunes.apple.com', 'play.google.com', 'patreon.com', 'ko-fi.com', 'buymeacoffee.com', 'paypal.com', 'paypal.me', 'liberapay.com', 'dzen.ru', 'weibo.com', 'steadyhq.com'];
const QUOTE = /["“”„«»「」『』]/;

/** The platform of a profile/channel/app/share URL, or null (remembered: a page links the same profiles many times). */
const platformOf = remembered(profilePlatform, 5_000);

function profilePlatform(abs: string): string | null {
  const url = new URL(abs);
  const host = url.hostname.replace(/^(www|m|mobile)\./, '');
  const platform = [...FOLLOW_PLATFORMS, ...CALL_HOSTS].find((p) => host === p || host.endsWith(`.${p}`));
  // A share button's endpoint is page furniture (a share bar), not a profile to follow.
  if (!platform || POST_PATH.test(url.pathname) || SHARE_PATH.test(url.pathname)) return null;
  return platform;
}

const SIGNUP_SEGMENT = /^(newsletters?|subscribe|subscription|subscriptions|sign-?up|register|registration|alerts?|membership|join|apps?|download|follow|notifications?|donate|support(-us)?)$/i;

/** A page of the site that is no story (its sign-up, app, donate or account page); `named`: its path says so. */
function isSitePage(abs: string, ctx: RuleContext, named = false): boolean {
  if (!ctx.isOwnSite(abs) || isSamePage(abs, ctx.pageUrl)) return false;
  const parts = pathSegments(abs);
  return named ? parts.some((s) => SIGNUP_SEGMENT.test(s)) : parts.length <= 2 && !isStoryUrl(abs);
}

/** It stands among paragraphs of the text: one of prose within three blocks before or after it (calls come in pairs). */
function standsAlone(el: Element): boolean {
  let before = el.previousElementSibling;
  let after = el.nextElementSibling;
  for (let i = 0; i < 3; i++, before = before?.previousElementSibling ?? null, after = after?.nextElementSibling ?? null) {
    if ((before && countWords(textOf(before)) >= 12) || (after && countWords(textOf(after)) >= 12)) return true;
  }
  return false;
}

export const followUsCall: Rule = {
  name: 'follow-us-call',
  kind: 'follow-call',
  description: "A short standalone block asking the reader to act, linking only to platforms or the site's own pages, or to nothing.",
  find(root, ctx) {
    const matches: RuleMatch[] = [];
    for (const el of elementsNamed(root, CANDIDATES)) {
      const links = ctx.linksOf(el);
      if (links.length > 6 || (el.tagName !== 'P' && hasBlockChild(el))) continue;
      const text = textOf(el);
      const words = countWords(text);
      if (words === 0 || (words > 40 && !/[\u3040-\u9fff]/.test(text)) || letterCount(text) > 160) continue;
      let reason: string | null = null;
      if (links.length > 0) {
        // Where the links go first (remembered per URL): most blocks link to articles, and this rules them out.
        const targets = links.map((a) => absoluteUrl(a.getAttribute('href'), ctx.pageUrl));
        const platforms = targets.map((h) => (h ? platformOf(h) : null));
        if (!targets.every((h, i) => platforms[i] || (!!h && isSitePage(h, ctx)))) continue;
        const mostlyLink = linkLetters(links) / Math.max(1, letterCount(text)) >= 0.6;
        const platform = platforms.some(Boolean);
        const imperative = isImperative(text);
        // Links only to the site's own pages: a call when it says so (an imperative) or its pages are sign-up pages,
        // and they all go to one page (several pages of the site are topic chips or a menu).
        if (!platform && ((!imperative && !targets.every((h) => h && isSitePage(h, ctx, true) && hasCallWords(text))) || new Set(targets).size > 1)) continue;
        if (!hasCallWords(text) && !imperative && !(platform && (mostlyLink || addressesReader(text)))) continue;
        reason = `call to act (${platforms.filter(Boolean).join(', ') || 'the site\'s own page'})`;
      } else if ((words <= 25 || letterCount(text) <= 50) && isImperative(text) && addressesReader(text) && !QUOTE.test(text) && standsAlone(el)) {
        reason = 'call to act addressing the reader, without a link';
      }
      if (!reason || closestNamed(el, NOT_IN)) continue;
      matches.push({ node: el, action: { type: 'remove' }, reason, text, ...(links[0] ? { href: absoluteUrl(links[0].getAttribute('href'), ctx.pageUrl) ?? '' } : {}) });
    }
    return matches;
  },
};
