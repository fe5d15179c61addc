// Why a block or a line reads as a call to action, for follow-us-call.ts and its tails (call-tails.ts): where its links go
// (call-target.ts) and what its words ask (call-lexicon.ts). See follow-us-call.ts for the rule as a whole.
import { linkLetters, tagSet } from '../dom';
import { countWords, letterCount, textOf } from '../text';
import { absoluteUrl } from '../url';
import { addressesReader, giftToUs, offersCall, pitchOf, pointsHere, requestOf, speaksAsUs, suggests } from './call-lexicon';
import { instructs } from './call-instructions';
import { AD_BLOCKERS } from './call-offers';
import { FREE, presentsOwn, promotesOwn } from './call-own-offers';
import { modalCall, saysYou } from './call-modal';
import { opensOnly } from './call-openers';
import { callPlatform, isOwnAccount, isSitePage, siteLabel, writesOwnAddress } from './call-target';
import { hasCallWords } from './lexicon';
import type { RuleContext } from './rule';
import { unicodeRegExp } from '../unicode-class';

export const CANDIDATES = tagSet('p, div, h2, h3, h4, h5, h6, hgroup, blockquote, aside, li, td, dt, dd, center, figcaption, address, summary, legend');
export const QUOTE = /["“”„«»「」『』]/;
// Words: two letters or digits in a row, or one Chinese, Japanese or Korean character (an "ℹ" or a "1" is an icon, a rank).
export const WORDY = unicodeRegExp(String.raw`[\p{L}\p{N}]{2}|[\u3040-\u9fff\uac00-\ud7af]`);

// A keyword in capitals, a word or two, a short code of four to six digits.
const SHORT_CODE = /(?:^|\s)[A-Z][A-Z0-9]{2,15}\s+\S{1,4}\s+\d{4,6}(?!\d)/;
// The keys a site's typo report asks for; a reading meter's count of the reader's free articles.
const KEY_REPORT = /(?:ctrl|strg|cmd|⌘)\s*\+\s*(?:enter|↵)/i;
const METER = /(?:^|\s)\d{1,2}\s+\S{1,4}\s+(?:\S+\s+)?\d{1,3}\s/;
// Dashes, stars and bullets a line opens with, as decoration.
const LEADING_MARKS = /^[\s—–•·*▪►|>»~=+]+(?=\S)/;
const FRAMED = /^\s*([—–*~=+])[\s\S]*[^\s—–*~=+][\s.!?。！]*\1\s*$/;
// A button's closing marks and spaces ("Give monthly ★", "Donate →"), on the block and on the link alike.
const TRAILING = unicodeRegExp(String.raw`[\s\p{P}\p{S}]+$`);
/** Where a link of a call goes: a platform or another site's account of this site, the site's own page, or nowhere a call goes (null). */
export function target(a: Element, ctx: RuleContext): { href: string; platform: string | null } | null {
  // A text message to a short code (an SMS keyword: "sms:60777?body=HARBOUR") and a calendar to subscribe to are a call's channels, never a citation.
  const raw = a.getAttribute('href')?.trim() ?? '';
  if (/^sms:/i.test(raw)) return { href: raw, platform: 'SMS' };
  if (/^webcal:/i.test(raw)) return { href: raw, platform: 'calendar' };
  const href = absoluteUrl(raw, ctx.pageUrl);
  if (!href || echoesWords(href, a)) return null;
  const platform = callPlatform(href, ctx);
  // A petition's or an event's address shown as the link's words is cited where it is (the story's own call to sign, the
  // address to copy): only a worded link to one is a call's button.
  if (platform?.endsWith(' sign-up') && /^(https?:\/\/|www\.)/i.test(textOf(a))) return null;
  return platform || isSitePage(href, ctx) ? { href, platform } : null;
}
/**
 * A search or tag link whose query is its own words (…/search.php?keywords=water+than, /?taxonomy=post_tag&term=sich): a
 * keyword made into a link, never a call's button, whatever page of the site it opens.
 */
function echoesWords(href: string, a: Element): boolean {
  if (!href.includes('?')) return false;
  const words = textOf(a).toLowerCase();
  if (!words) return false;
  try {
    return [...new URL(href).searchParams].some(([, v]) => v.toLowerCase().replace(/[\s+_-]+/g, ' ').trim() === words);
  } catch {
    return false;
  }
}
/** A sentence of prose: 12 words, or 80 letters in a script that puts few spaces (Thai writes a clause as one "word"). */
export const isProse = (text: string) => countWords(text) >= 12 || letterCount(text) >= 80;

/** Words of a block short enough to be a call (40 at most, 160 letters), or 0: no words, or prose. */
export function shortWords(text: string): number {
  const words = countWords(text);
  return (words > 40 && !/[\u3040-\u9fff]/.test(text)) || letterCount(text) > 160 ? 0 : words;
}

// Letters set in a Unicode "bold" or "italic" alphabet (𝗝𝗼𝗶𝗻 𝘁𝗵𝗲 𝗰𝗼𝗻𝘃𝗲𝗿𝘀𝗮𝘁𝗶𝗼𝗻: U+1D400–1D7FF, all behind the surrogate D835) or in
// full-width Latin (Ｓｕｂｓｃｒｉｂｅ) read as the letters they dress; a soft hyphen or a zero-width joiner inside a word ("Sub\u00adscribe") goes.
export const unstyled = (text: string) => {
  const t = /[\u00ad\u200b-\u200d\u2060]/.test(text) ? text.replace(/[\u00ad\u200b-\u200d\u2060]/g, '') : text;
  return t.includes('\ud835') || /[\uff21-\uff3a\uff41-\uff5a]/.test(t) ? t.normalize('NFKC') : t;
};

/** Why a block or line reading `text` (`words` words, holding `links`) is a call, or null; `alone`: it stands among prose. */
export function callReason(styled: string, words: number, links: readonly HTMLAnchorElement[], alone: () => boolean, ctx: RuleContext, caption = false): string | null {
  if (links.length > 6) return null;
  // Read from its first word when marks frame it on both sides ("— Abonnieren Sie … —", "*** Suscríbete … ***"): a decoration.
  // (Not a mark before it alone: a bullet before a line of advice, "• Call the council's flood line …", is the story's list.)
  const unmarked = unstyled(styled);
  const text = FRAMED.test(unmarked) ? unmarked.replace(LEADING_MARKS, '') : unmarked;
  // A numbered step of a procedure ("Step 2: Install the app", "Krok 3: Włącz powiadomienia", "2. Download the app …") is the how-to's.
  if (NUMBERED_STEP.test(text)) return null;
  // The sentence the request ends (what it asks for is said there, not in an explanation after it: "Téléchargez la mise à jour … : elle corrige … notre test").
  const upTo: string[] = [];
  const request = requestOf(text, upTo);
  const pitch = pitchOf(text);
  if (links.length === 0) {
    // A picture's caption without a link is the picture's ("Photo: …"), never a call.
    if (caption) return null;
    // A request in the reader's person ("Abonnez-vous", "Подпишитесь", "공유해 주세요") addresses the reader by itself
    // when it is terse or exclaimed; a longer one must say whom or what (a recipe's "Поделите тесто на две части и оставьте его на час"
    // is in the reader's person too). A pitch without a verb ("Newsletter: weekly, free →") or a line pointing at the
    // page ("Comments are open below") must name what a call offers. One word is a label or a button ("Comment" over a comment form's text area) —
    // but a line of a script without spaces (Thai) is one "word".
    // An instruction of a device or a form (what to turn off, where the settings are) is no call, whatever it names.
    const exclaimed = /[!！]/.test(text);
    if (!exclaimed && instructs(text)) return null;
    // A step that opens "Make sure …" or "Don't forget …" and names nothing a call asks for (call-openers.ts).
    if (opensOnly(upTo[0] ?? text)) return null;
    const terse = exclaimed || (/[\u3040-\u9fff]/.test(text) ? letterCount(text) <= 20 : words <= 8);
    // Terse and in the reader's person, it still asks for something of the publication: a call's verb or object, or "us" —
    // a recipe's step is terse too ("오븐을 180도로 예열하세요", "オーブンを180度に予熱してください").
    // A gift named as the subject, said to "us", asks for one without a verb ("Elke bijdrage, hoe klein ook, helpt ons verder").
    const asks =
      (request === 'form' && terse && (exclaimed || hasCallWords(text) || addressesReader(text))) ||
      (request && addressesReader(upTo[0] ?? text)) ||
      // In the reader's person and naming what a call offers ("ニュースレターに登録してください").
      (request === 'form' && offersCall(upTo[0] ?? text)) ||
      // Terse, opening with a call's verb, naming what a call offers ("Apoie o jornalismo independente", "Wesprzyj niezależne dziennikarstwo").
      (request === 'word' && terse && offersCall(upTo[0] ?? text)) ||
      ((pitch || pointsHere(text) || suggests(text)) && offersCall(text)) ||
      // The publication presenting its offer in one short sentence ("Our newsletter is free and lands every Monday").
      ((words <= 12 || (/[\u3040-\u9fff]/.test(text) && letterCount(text) <= 40)) && presentsOwn(text)) ||
      giftToUs(text) ||
      // Our own course, book or event on sale ("Our six-week online course … starts 3 March — places are limited").
      (words <= 20 && promotesOwn(text)) ||
      // A typo report: a question, then the key to press ("Нашли ошибку? Выделите текст и нажмите Ctrl+Enter", "Found a typo? … Ctrl+Enter").
      (/[?？]\s*\S/.test(text) && KEY_REPORT.test(text)) ||
      // A reading meter: "You've read 3 of your 5 free articles this month", "Has leído 3 de tus 5 artículos gratuitos".
      (METER.test(text) && offersCall(text) && (FREE.test(text.toLowerCase()) || addressesReader(text))) ||
      // What the reader can or should do with what a call offers, said of our audience or with "our" ("Readers can sign up for our newsletter").
      modalCall(text) ||
      // The site's own account by its handle, said to the reader ("Readers can follow us on X at @harbourtimes", "Síguenos en @harbourtimes").
      (ownHandle(text, ctx) && (words <= 12 || request !== null || addressesReader(text))) ||
      // A keyword to text to a short code ("Text NEWS to 80800", "Envía NOTICIAS al 80800"), asked for.
      (request !== null && SHORT_CODE.test(text) && addressesReader(text)) ||
      // The reader's ad blocker, named to the reader by the site speaking of itself ("It looks like you're using an ad blocker … allowing them
      // on northgate-tribune.com", "… Adverts keep our reporting free"): the site's notice, whatever it asks. (A story's advice to a reader
      // with one, "If you use an ad blocker, pause it to see the map", names no "us".)
      (AD_BLOCKER.test(text.toLowerCase()) && addressesReader(text) && (speaksAsUs(text) || spellsSiteLabel(text, ctx))) ||
      // A request to write to an address of the site's own ("Got a news tip? Email newsdesk@site.com"): the newsroom asking, as a mail link does.
      (request !== null && writesOwnAddress(text, ctx));
    const reads = (words > 1 || letterCount(text) >= 12) && (words <= 25 || letterCount(text) <= 50) && asks;
    return reads && !QUOTE.test(text) && alone() ? 'call to act addressing the reader, without a link' : null;
  }
  // Where the links go first (remembered per URL): most blocks link to articles, and this rules them out.
  const targets = links.map((a) => target(a, ctx));
  if (targets.some((t) => !t)) return null;
  const platforms = targets.map((t) => t?.platform).filter((p): p is string => !!p);
  // A link without words (a button's arrow, an icon) repeats the call's link: only worded links count as pages.
  const hrefs = new Set(targets.filter((_, i) => WORDY.test(links[i]?.textContent ?? '')).map((t) => t?.href));
  const imperative = request !== null;
  // Links only to the site's own pages: a call when it says so (an imperative) or its pages are sign-up pages,
  // and they all go to one page (several pages of the site are topic chips or a menu). At least one worded link: a
  // platform's one-letter name ("son compte [X]") is no page, and no links are no sign-up.
  // A pitch ("Newsletter: weekly, free → [subscribe]") with call words says so as well as an imperative.
  const signup = hrefs.size > 0 && [...hrefs].every((h) => h && isSitePage(h, ctx, true));
  // A button: the block ends with a link of three words at most to a sign-up or donation page ("Readers like you make this possible. [Give monthly]").
  const last = links[links.length - 1];
  // (Or a sign-up elsewhere, a petition's or a webinar's: "Free webinar on home energy, Wednesday 6pm: [register].")
  // (Its worded links: an icon beside it, "✈" to our Telegram, is a call's too.)
  const worded = targets.filter((_, i) => WORDY.test(links[i]?.textContent ?? ''));
  const signsUp = signup || (worded.length > 0 && worded.every((t) => t?.platform?.endsWith(' sign-up')));
  const button = signsUp && hrefs.size === 1 && !!last && countWords(textOf(last)) <= 3 && text.replace(TRAILING, '').endsWith(textOf(last).replace(TRAILING, '').trim());
  const asks = imperative || giftToUs(text) || ((hasCallWords(text) || offersCall(text)) && (pitch || signup)) || modalCall(text, true);
  const says = asks || button;
  if (platforms.length === 0 && (!says || hrefs.size > 1)) return null;
  // Share buttons side by side, or one under a label ("Share this post: Facebook X WhatsApp", "Share: Twitter"), are the page's share
  // bar, furniture: a call to share is one link, in words of its own ("Know someone who rides the 42? Send them this story").
  const shares = platforms.filter((p) => p.endsWith(' share')).length;
  // (Unless a request of its own words leads to them, six words before the first: "Uważasz, że ten tekst jest ważny? Udostępnij go znajomym:
  // [Facebook] | [X]"; a bar's label, "Share this post", and its buttons' words, "Email", "Copy link", are no sentence.)
  const lead = () => countWords(text.slice(0, Math.max(0, text.indexOf(textOf(links[0]!)))));
  if ((shares > 1 && !(imperative && lead() >= 6)) || (shares === 1 && links.length === 1 && words - countWords(textOf(links[0]!)) < 3)) return null;
  const mostlyLink = linkLetters(links) / Math.max(1, letterCount(text)) >= 0.6;
  // With a platform link a bare "you" addresses the reader too ("You can keep up with us on X"), and so does a
  // pitch's shape or a line of a few words ("How about a coffee for the newsroom? [Ko-fi]", "ติดตามเราได้ที่ [Facebook]").
  // Naming what a call offers counts only in a call's length: a sentence of news says it too ("Residents can comment on the
  // draft timetable until May 10 on the operator's website or at drop-in sessions in the island hall on April 4 and 18").
  // Every link to the site's own accounts (its URL names the site), in a call's length, each link a place's name of three
  // words at most: the publication pointing to itself there, in whatever words ("Lena Vogt schreibt über Verkehr. Sie finden
  // sie auf [Bluesky]"). A link that names the account itself cites it ("first posted by the [harbourviewtimes account]").
  const ownAccounts = words <= 25 && platforms.length === targets.length && targets.every((t) => t && isOwnAccount(t.href, ctx)) && links.every((a) => pointsTo(a, ctx));
  // A sentence of the story about another body's account, told in the third person ("Residents were told to follow the city's
  // [Telegram channel]", "Officials encouraged families to download the [Diia app]", "More than 40,000 people have joined the
  // operator's [Facebook group]"): no request, nothing said to the reader or as "us", no pitch, more than a line of a few words
  // and more than its link. A call's words in it ("follow", "join") do not make it one.
  // (speaksAsUs counts "app" as a call's address too: here only persons count.) Not with a link to the site's own account, nor
  // naming the site (the publication speaking of itself: "The Harbourview Times is now on WhatsApp, with alerts every morning").
  // (Asked only where it can count: most blocks with links are decided before.)
  const namesSite = () => spellsSiteLabel(text, ctx);
  // (A sign-up link worded as its host, closing such a sentence, is its last words, no button: "The club asked fans to sign a
  // petition … on [change.org]"; a worded one is: "Kostenloses Webinar … am Mittwoch um 18 Uhr: [Anmeldung]".)
  const reported = !asks && (!button || HOST_WORDS.test(textOf(last!).replace(TRAILING, ''))) && !pitch && !mostlyLink && words > 8 && !UNSPACED.test(text) && !namesSite() && !targets.some((t) => t && isOwnAccount(t.href, ctx));
  if (reported && !speaksAsUs(text.replace(/\bapps?\b/gi, ' ')) && !saysYou(text) && !purposeThenRequest(text)) return null;
  // The publication naming itself beside its accounts, in a call's length ("The Harbourview Times is now on WhatsApp, … : [WhatsApp]").
  const itself = () => words <= 25 && platforms.length === targets.length && namesSite() && links.every((a) => pointsTo(a, ctx));
  // (A bare "you" in a call's length, 25 words: a review's paragraph about an app says "you" too, and cites its stores.)
  if (!hasCallWords(text) && !says && !ownAccounts && !itself() && !(platforms.length > 0 && (mostlyLink || pitch || words <= 6 || (words <= 20 && addressesReader(text)) || (words <= 25 && /\byou\b/i.test(text))))) return null;
  return `call to act (${[...new Set(platforms)].join(', ') || "the site's own page"})`;
}

/** The site's label spelt out in the text, its letters and digits run together ("northgatetribune" in "northgate-tribune.com", "the Northgate Tribune"). */
function spellsSiteLabel(text: string, ctx: RuleContext): boolean {
  const site = siteLabel(ctx.pageUrl);
  return site.length >= 4 && text.toLowerCase().replace(/[^a-z0-9]/g, '').includes(site);
}

/** An ad blocker by its name (not "whitelist": a list of allowed addresses is a security page's topic too). */
const AD_BLOCKER = new RegExp(AD_BLOCKERS.split('|').filter((w) => !/white|blanc/.test(w)).join('|'));

/** A link's words that are a host name ("change.org", "eventbrite.de"). */
const HOST_WORDS = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

/** A line opening with a step's number, after a word for "step" or none: "Step 2:", "Étape 2 :", "2.", "3)". */
const NUMBERED_STEP = unicodeRegExp(String.raw`^\s*(?:\p{L}{2,12}\s*)?\d{1,2}\s*[.:)：]\s+\S`);

/** A purpose opening a sentence ("For the latest stories …", "Für mehr News …", "Pour ne rien manquer …"). */
const PURPOSE = /^(?:for|für|pour|para|per|voor|dla|для|за)\s/i;
/** A purpose, then a request within the next words, without a comma between ("For the latest stories and breaking news download our app"). */
function purposeThenRequest(text: string): boolean {
  if (!PURPOSE.test(text)) return false;
  const ws = text.split(/\s+/);
  for (let i = 2; i < Math.min(ws.length - 1, 12); i++) if (requestOf(ws.slice(i).join(' ')) !== null) return true;
  return false;
}

/** Scripts written without spaces or without person words in most sentences (Thai, Chinese, Japanese, Korean): a call there need not name the reader. */
const UNSPACED = /[\u0e00-\u0e7f\u3040-\u9fff\uac00-\ud7af]/;

/** The text names the site's own account by an @handle (@harbourtimes, @harbour_times_news). */
function ownHandle(text: string, ctx: RuleContext): boolean {
  if (!text.includes('@')) return false;
  const site = siteLabel(ctx.pageUrl);
  if (site.length < 4) return false;
  for (const m of text.matchAll(HANDLE)) if (m[1]!.toLowerCase().replace(/[^a-z0-9]/g, '').includes(site)) return true;
  return false;
}
const HANDLE = /(?:^|[\s(（:：])@([\w.]{3,30})/g;

/** A link worded as a place (a platform's name, "our channel"), three words at most, not as the account: the site's name is not in it. */
function pointsTo(a: Element, ctx: RuleContext): boolean {
  const words = textOf(a);
  const site = siteLabel(ctx.pageUrl);
  return countWords(words) <= 3 && (site.length < 4 || !words.toLowerCase().replace(/[^a-z0-9]/g, '').includes(site));
}

