// The site's own calls left inside the story: "Subscribe" boxes ("Breaking News Emails / Get alerts … /
// SUBSCRIBE"), a line that is one link to the site's app, shop or newsletter ("CLICK HERE TO GET THE …
// APP"), "Get … delivered to your inbox" and "Sign up for our newsletter" pitches, and a cookie notice
// that the page printed into its last paragraph.
// Guard: each kind is a short line (a pitch at most 45 words, never a paragraph of running prose in
// the middle of the text) that *opens* with the call or is one link from end to end; a sentence that
// mentions newsletters or cookies inside the story stays, and so does a citation link.
import { linkDensity, realLinks } from '../dom';
import { hasCallWords } from '../rules/lexicon';
import type { Rule, RuleContext, RuleMatch } from '../rules/rule';
import { countWords, textOf } from '../text';
import { absoluteUrl, pathSegments } from '../url';
import { type TextUnit, textUnits } from './units';
import { unicodeRegExp } from '../unicode-class';

const MAX_WORDS = 45;
/** A line that is a call to act from its first word. */
const OPENS_WITH_CALL = [
  /^(please )?(sign up|subscribe|register)\b/i,
  /^(click|tap) here\b/i,
  unicodeRegExp(String.raw`^(get|download) (the|our) [\p{L}\p{N}' ]{0,30}\bapps?\b`, 'i'),
  /^(this|our) (web ?site|site) uses cookies\b/i,
  /^we use cookies\b/i,
  /^by (continuing|using) (to use )?(this|our) (web ?site|site)\b/i,
];
/** "… delivered to your inbox", "… by clicking here": a pitch, wherever it sits in its short line. */
const PITCH = [
  /\bdelivered (straight |directly |right )?(to|into|through) your (inbox|letterbox|mailbox|door|e-?mail)\b/i,
  /\bby clicking here\b/i,
  unicodeRegExp(String.raw`\b(sign up|subscribe) (for|to) (our|the) [\p{L}\p{N}' ]{0,40}\b(newsletters?|e-?mails?|alerts|updates)\b`, 'i'),
];
/** A bare button line: the whole line is the call. */
const BUTTON = /^(subscribe|sign up|sign me up|join|join now|register|subscribe now|sign up now|subscribe here|sign up here|get the app|download the app)$/i;
const PROMO_SEGMENT = /^(promos?|promotions?|offers?|apps?|newsletters?|subscribe|subscriptions?|sign-?up|membership|shop)$/i;

function isCallLink(unit: TextUnit, ctx: RuleContext): boolean {
  if (unit.words > MAX_WORDS || linkDensity(unit.el) < 0.8) return false;
  const links = realLinks(unit.el);
  if (links.length !== 1) return false;
  if (hasCallWords(unit.text) || OPENS_WITH_CALL.some((re) => re.test(unit.text)) || PITCH.some((re) => re.test(unit.text))) return true;
  const abs = absoluteUrl(links[0]?.getAttribute('href'), ctx.pageUrl);
  return abs !== null && ctx.isOwnSite(abs) && pathSegments(abs).some((s) => PROMO_SEGMENT.test(s));
}

/** Speaks to the reader ("you", "your", "our"), or links somewhere: a call, not a report. */
function addressesReader(unit: TextUnit): boolean {
  return /\b(you|your|our|us|we)\b/i.test(unit.text) || realLinks(unit.el).length > 0;
}

function isPitch(unit: TextUnit): boolean {
  // A list item is a step or an option in the story ("Sign up for the bundle with your account"), not a call.
  if (unit.words > MAX_WORDS || !addressesReader(unit) || unit.el.closest('li')) return false;
  // Without a link, a long line opening "Download the app …" must speak for the publication ("our", "us", "we"): a
  // review's sentence opens so too ("Download the app from the store and the first thing you meet is a sign-up wall: …").
  if (unit.words > 15 && !realLinks(unit.el).length && !/\b(our|us|we)\b/i.test(unit.text)) return false;
  return OPENS_WITH_CALL.some((re) => re.test(unit.text)) || (unit.words <= 30 && PITCH.some((re) => re.test(unit.text)));
}

/** The small box around a bare "Subscribe" button: its heading and pitch go with it. */
function buttonBox(unit: TextUnit, root: Element): Element {
  let box = unit.el;
  for (let parent = box.parentElement; parent && parent !== root; parent = parent.parentElement) {
    const words = countWords(textOf(parent));
    const prose = Array.from(parent.querySelectorAll('p')).some((p) => countWords(textOf(p)) > 30);
    if (words > 50 || prose) break;
    box = parent;
  }
  return box;
}

export const promoLines: Rule = {
  name: 'promo-lines',
  kind: 'follow-call',
  description:
    "Short lines that open with a call (sign up, subscribe, get the app, a cookie notice) or pitch delivery to your inbox, one-link lines to the site's app/newsletter/offer pages, and bare Subscribe boxes; never a long paragraph or a sentence that only mentions them.",
  find(root, ctx) {
    const matches: RuleMatch[] = [];
    for (const unit of ctx.kept(textUnits, root)) {
      if (BUTTON.test(unit.text.replace(unicodeRegExp(String.raw`[\s\p{P}]+$`), ''))) {
        const box = buttonBox(unit, root);
        matches.push({ node: box, action: { type: 'remove' }, reason: 'subscribe box (a bare sign-up button and its pitch)', text: textOf(box) });
      } else if (isCallLink(unit, ctx)) {
        matches.push({ node: unit.el, action: { type: 'remove' }, reason: "one-link call to the site's app, newsletter or offer", text: unit.text });
      } else if (isPitch(unit)) {
        matches.push({ node: unit.el, action: { type: 'remove' }, reason: 'sign-up, app or cookie pitch line', text: unit.text });
      }
    }
    return matches;
  },
};
