// Calls to follow the publication elsewhere, spliced into the text: "Follow us on Google News",
// "Join our Telegram/WhatsApp channel", "Follow us on X and Facebook", "Subscribe to our newsletter …
// Sign up here". Removed whole.
// Guard: a short block whose every link goes to a profile, channel or feed page of a social/news
// platform (never to a post: a quoted tweet stays) or to the site's own newsletter/sign-up page —
// and that reads as a call (call words, or little more than the link).
import { closestNamed, elementsNamed, hasBlockChild, linkLetters, LITERAL_TAGS, tagSet } from '../dom';
import { countWords, letterCount, textOf } from '../text';
import { remembered } from '../remembered';
import { absoluteUrl, pathSegments } from '../url';
import { FOLLOW_PLATFORMS, hasCallWords } from './lexicon';
import type { Rule, RuleContext, RuleMatch } from './rule';

const CANDIDATES = tagSet('p, div, h3, h4, h5, h6, blockquote, li, aside');
const NOT_IN = new Set([...LITERAL_TAGS, 'table', 'nav', 'header', 'footer']);
// Paths of single posts, videos or messages: a link to one of those cites content, it is no call.
const POST_PATH = /\/(status|statuses|posts?|p|reel|reels|video|videos|watch|shorts|photo|photos|comments|pulse|story\.php|permalink)(\/|$|\?)|\/\d{3,}\/?$/i;
const SIGNUP_SEGMENT = /^(newsletters?|subscribe|subscription|subscriptions|sign-?up|register|registration|alerts?|membership|join|apps?|download|follow|notifications?)$/i;

/** The platform of a profile/channel URL, or null (remembered: a page links the same profiles many times). */
const platformOf = remembered(profilePlatform, 5_000);

function profilePlatform(abs: string): string | null {
  const url = new URL(abs);
  const host = url.hostname.replace(/^(www|m|mobile)\./, '');
  const platform = FOLLOW_PLATFORMS.find((p) => host === p || host.endsWith(`.${p}`));
  if (!platform || POST_PATH.test(url.pathname)) return null;
  return platform;
}

function isSignupPage(abs: string, ctx: RuleContext): boolean {
  return ctx.isOwnSite(abs) && pathSegments(abs).some((s) => SIGNUP_SEGMENT.test(s));
}

export const followUsCall: Rule = {
  name: 'follow-us-call',
  kind: 'follow-call',
  description: 'A short block whose links all go to a social/news platform profile or the site\'s sign-up page and that reads as a call to follow, join or subscribe.',
  find(root, ctx) {
    const matches: RuleMatch[] = [];
    for (const el of elementsNamed(root, CANDIDATES)) {
      const links = ctx.linksOf(el);
      if (links.length === 0 || links.length > 6) continue;
      if (el.tagName !== 'P' && hasBlockChild(el)) continue;
      // Where the links go first (remembered per URL): most blocks link to articles, and this rules them out.
      const targets = links.map((a) => absoluteUrl(a.getAttribute('href'), ctx.pageUrl));
      const platforms = targets.map((h) => (h ? platformOf(h) : null));
      if (!targets.every((h, i) => platforms[i] || (!!h && isSignupPage(h, ctx)))) continue;
      if (closestNamed(el, NOT_IN)) continue;
      const text = textOf(el);
      const words = countWords(text);
      if (words === 0 || words > 40) continue;
      const mostlyLink = linkLetters(links) / Math.max(1, letterCount(text)) >= 0.6;
      if (!hasCallWords(text) && !(mostlyLink && platforms.some(Boolean))) continue;
      const where = platforms.filter(Boolean).join(', ') || 'the site\'s sign-up page';
      matches.push({ node: el, action: { type: 'remove' }, reason: `call to follow/subscribe (${where})`, text, href: targets[0] ?? '' });
    }
    return matches;
  },
};
