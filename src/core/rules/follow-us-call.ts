// Calls to action spliced into the text: "Follow us on Google News", "Join our WhatsApp channel", "Download
// our app", "Turn on notifications", "Share this article!", "Support us: donate", "Leave a comment below",
// "Síguenos en Telegram", "Подпишитесь на наш канал", "关注我们" — with or without a link. Removed whole.
// Recognised by structure: a short standalone block that asks the reader to act. With links: every link
// goes to a platform's profile, channel, app or share page (never to a post: a quoted tweet stays) or to
// a page of the site that is no story (its sign-up, app, donate page), and the block reads as a call
// (call words, an imperative, or little more than the link). Without a link: it opens (or, where the verb
// comes last, ends) with a call's imperative and addresses the reader or names what it offers
// (call-lexicon.ts), between blocks of the text, with no quotation in it. A call may also be the last line
// of a paragraph of prose, after a line break: that line goes, the prose stays.
// Guard: never a block of prose (40 words at most), a quote, a list item or anything in a table.
import { childElements, elementsNamed, hasBlockChild, isLayoutCell, isRealLink, strayLines, linkLetters, LITERAL_TAGS, tagSet } from '../dom';
import { countWords, letterCount, normalizeSpace, textOf } from '../text';
import { absoluteUrl } from '../url';
import { addressesReader, giftToUs, instructs, offersCall, pitchOf, pointsHere, presentsOwn, requestOf, speaksAsUs, suggests } from './call-lexicon';
import { opensOnly } from './call-openers';
import { callPlatform, isOwnAccount, isSitePage, reachesNewsroom, siteLabel } from './call-target';
import { hasCallWords } from './lexicon';
import { dashTail, middleLines, paragraphTail, sentenceTails } from './paragraph-tail';
import type { Rule, RuleContext, RuleMatch } from './rule';
import { unicodeRegExp } from '../unicode-class';

const CANDIDATES = tagSet('p, div, h2, h3, h4, h5, h6, blockquote, aside, li, td, dd, center, figcaption, address, summary, legend');
const NOT_IN = new Set([...LITERAL_TAGS, 'li', 'table', 'nav', 'header', 'footer', 'figure']);
const QUOTE = /["“”„«»「」『』]/;
// Words: two letters or digits in a row, or one Chinese, Japanese or Korean character (an "ℹ" or a "1" is an icon, a rank).
const WORDY = unicodeRegExp(String.raw`[\p{L}\p{N}]{2}|[\u3040-\u9fff\uac00-\ud7af]`);

// A button's closing marks and spaces ("Give monthly ★", "Donate →"), on the block and on the link alike.
const TRAILING = unicodeRegExp(String.raw`[\s\p{P}\p{S}]+$`);
const MAX_CLIMB = 5;
const MANY = 'many';

/**
 * What the climb asks of the page, each answer computed once per element for the whole rule. A browser's
 * parser puts everything past 512 levels as siblings under one element (10 000 nested divs as markup become
 * 9 500 empty sibling divs): asked anew for each candidate, "does the parent hold other words?" read all
 * 9 500 siblings 9 500 times (10^8 nodes, a minute or more), and "is it inside a list?" climbed 512 levels each time.
 */
class Page {
  private readonly worded = new Map<Element, Node | null | typeof MANY>();
  private readonly fenced = new Map<Element, boolean>();

  /** True when `up` holds nothing with words besides `inner` (icons, badges, a button arrow, an empty form). */
  holdsOnly(up: Element, inner: Element): boolean {
    let only = this.worded.get(up);
    if (only === undefined) {
      only = null;
      for (let n = up.firstChild; n && only !== MANY; n = n.nextSibling) {
        if ((n.nodeType === 1 || n.nodeType === 3) && WORDY.test(n.textContent ?? '')) only = only ? MANY : n;
      }
      this.worded.set(up, only);
    }
    return only === null || only === inner;
  }

  /** Inside a list, a table, a quote of code, a figure or the page's header/footer (memoised along the path up). */
  fencedIn(el: Element | null): boolean {
    const path: Element[] = [];
    let answer = false;
    for (let node = el; node; node = node.parentElement) {
      // A table whose cell lays out the page is no fence (closestFence): past it from the cell.
      if ((node.localName === 'td' || node.localName === 'th') && isLayoutCell(node)) {
        path.push(node);
        node = node.closest('table') ?? node;
        continue;
      }
      const known = this.fenced.get(node);
      if (known !== undefined || NOT_IN.has(node.localName)) {
        answer = known ?? true;
        break;
      }
      path.push(node);
    }
    for (const node of path) this.fenced.set(node, answer);
    return answer;
  }

  /**
   * The call's block: the outermost wrapper around the words that holds nothing else with words — a note box,
   * a <div> around a <p>, a list of one item, a table of one cell, a bar of the words and platform icons.
   * Five levels at most (a paragraph in a table's one cell is four): past that it is the article's own wrapper.
   */
  outerBlock(el: Element, root: Element): Element {
    // A disclosure box whose summary is the call, and whose rest is a form's few words ("OK", "Send"), goes whole.
    const box = el.localName === 'summary' ? el.parentElement : null;
    let block = box?.localName === 'details' && countWords(textOf(box)) - countWords(textOf(el)) <= 3 ? box : el;
    // Never past a figure: a caption goes, its picture stays.
    for (let up = el.parentElement, level = 0; up && up !== root && level < MAX_CLIMB && up.localName !== 'figure' && this.holdsOnly(up, block); up = up.parentElement, level++) block = up;
    return block;
  }
}

/** Where a link of a call goes: a platform or another site's account of this site, the site's own page, or nowhere a call goes (null). */
function target(a: Element, ctx: RuleContext): { href: string; platform: string | null } | null {
  // A text message to a short code (an SMS keyword: "sms:60777?body=HARBOUR") and a calendar to subscribe to are a call's channels, never a citation.
  const raw = a.getAttribute('href')?.trim() ?? '';
  if (/^sms:/i.test(raw)) return { href: raw, platform: 'SMS' };
  if (/^webcal:/i.test(raw)) return { href: raw, platform: 'calendar' };
  const href = absoluteUrl(raw, ctx.pageUrl);
  if (!href) return null;
  const platform = callPlatform(href, ctx);
  return platform || isSitePage(href, ctx) ? { href, platform } : null;
}

/** A sentence of prose: 12 words, or 80 letters in a script that puts few spaces (Thai writes a clause as one "word"). */
const isProse = (text: string) => countWords(text) >= 12 || letterCount(text) >= 80;

/** It stands among paragraphs of the text: one of prose within three blocks before or after it (calls come in pairs) — or its small box does. */
function standsAlone(el: Element, root: Element): boolean {
  for (let box: Element | null = el, level = 0; box && box !== root && level < 3; box = box.parentElement, level++) {
    if (level > 0 && letterCount(textOf(box)) > 400) return false;
    let before = box.previousElementSibling;
    let after = box.nextElementSibling;
    for (let i = 0; i < 3; i++, before = before?.previousElementSibling ?? null, after = after?.nextElementSibling ?? null) {
      if ((before && isProse(textOf(before))) || (after && isProse(textOf(after)))) return true;
    }
  }
  return false;
}

/** Words of a block short enough to be a call (40 at most, 160 letters), or 0: no words, or prose. */
function shortWords(text: string): number {
  const words = countWords(text);
  return (words > 40 && !/[\u3040-\u9fff]/.test(text)) || letterCount(text) > 160 ? 0 : words;
}

// Letters set in a Unicode "bold" or "italic" alphabet (𝗝𝗼𝗶𝗻 𝘁𝗵𝗲 𝗰𝗼𝗻𝘃𝗲𝗿𝘀𝗮𝘁𝗶𝗼𝗻: U+1D400–1D7FF, all behind the surrogate D835) or in
// full-width Latin (Ｓｕｂｓｃｒｉｂｅ) read as the letters they dress; a soft hyphen or a zero-width joiner inside a word ("Sub\u00adscribe") goes.
const unstyled = (text: string) => {
  const t = /[\u00ad\u200b-\u200d\u2060]/.test(text) ? text.replace(/[\u00ad\u200b-\u200d\u2060]/g, '') : text;
  return t.includes('\ud835') || /[\uff21-\uff3a\uff41-\uff5a]/.test(t) ? t.normalize('NFKC') : t;
};

/** Why a block or line reading `text` (`words` words, holding `links`) is a call, or null; `alone`: it stands among prose. */
function callReason(styled: string, words: number, links: readonly HTMLAnchorElement[], alone: () => boolean, ctx: RuleContext, caption = false): string | null {
  if (links.length > 6) return null;
  const text = unstyled(styled);
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
      ((pitch || pointsHere(text) || suggests(text)) && offersCall(text)) ||
      // The publication presenting its offer in one short sentence ("Our newsletter is free and lands every Monday").
      ((words <= 12 || (/[\u3040-\u9fff]/.test(text) && letterCount(text) <= 40)) && presentsOwn(text)) ||
      giftToUs(text);
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
  // and they all go to one page (several pages of the site are topic chips or a menu).
  // A pitch ("Newsletter: weekly, free → [subscribe]") with call words says so as well as an imperative.
  const signup = [...hrefs].every((h) => h && isSitePage(h, ctx, true));
  // A button: the block ends with a link of three words at most to a sign-up or donation page ("Readers like you make this possible. [Give monthly]").
  const last = links[links.length - 1];
  const button = signup && hrefs.size === 1 && !!last && countWords(textOf(last)) <= 3 && text.replace(TRAILING, '').endsWith(textOf(last).replace(TRAILING, '').trim());
  const says = imperative || button || giftToUs(text) || ((hasCallWords(text) || offersCall(text)) && (pitch || signup));
  if (platforms.length === 0 && (!says || hrefs.size > 1)) return null;
  // Share buttons side by side, or one under a label ("Share this post: Facebook X WhatsApp", "Share: Twitter"), are the page's share
  // bar, furniture: a call to share is one link, in words of its own ("Know someone who rides the 42? Send them this story").
  const shares = platforms.filter((p) => p.endsWith(' share')).length;
  if (shares > 1 || (shares === 1 && links.length === 1 && words - countWords(textOf(links[0]!)) < 3)) return null;
  const mostlyLink = linkLetters(links) / Math.max(1, letterCount(text)) >= 0.6;
  // With a platform link a bare "you" addresses the reader too ("You can keep up with us on X"), and so does a
  // pitch's shape or a line of a few words ("How about a coffee for the newsroom? [Ko-fi]", "ติดตามเราได้ที่ [Facebook]").
  // Naming what a call offers counts only in a call's length: a sentence of news says it too ("Residents can comment on the
  // draft timetable until May 10 on the operator's website or at drop-in sessions in the island hall on April 4 and 18").
  // Every link to the site's own accounts (its URL names the site), in a call's length, each link a place's name of three
  // words at most: the publication pointing to itself there, in whatever words ("Lena Vogt schreibt über Verkehr. Sie finden
  // sie auf [Bluesky]"). A link that names the account itself cites it ("first posted by the [harbourviewtimes account]").
  const ownAccounts = words <= 25 && platforms.length === targets.length && targets.every((t) => t && isOwnAccount(t.href, ctx)) && links.every((a) => pointsTo(a, ctx));
  if (!hasCallWords(text) && !says && !ownAccounts && !(platforms.length > 0 && (mostlyLink || pitch || words <= 6 || (words <= 20 && addressesReader(text)) || /\byou\b/i.test(text)))) return null;
  return `call to act (${[...new Set(platforms)].join(', ') || "the site's own page"})`;
}

/** A link worded as a place (a platform's name, "our channel"), three words at most, not as the account: the site's name is not in it. */
function pointsTo(a: Element, ctx: RuleContext): boolean {
  const words = textOf(a);
  const site = siteLabel(ctx.pageUrl);
  return countWords(words) <= 3 && (site.length < 4 || !words.toLowerCase().replace(/[^a-z0-9]/g, '').includes(site));
}

const said = (nodes: Node[]) => nodes.map((n) => n.textContent).join('').trim();

/** A banner: a block of one link around pictures alone, read by their text alternatives ("Subscribe to our newsletter"); '' for any other. */
function bannerWords(el: Element, ctx: RuleContext): string {
  const links = ctx.linksOf(el);
  if (links.length !== 1 || WORDY.test(el.textContent ?? '')) return '';
  const pictures = Array.from(el.getElementsByTagName('img'));
  return pictures.length && pictures.every((img) => links[0]!.contains(img)) ? normalizeSpace(pictures.map((img) => img.getAttribute('alt') ?? '').join(' ')) : '';
}

/** The block's words, a line break between two of them as a space ("ثبّت تطبيقنا<br>واقرأ …" is two words there, not one). */
function wordsOf(el: Element): string {
  if (!el.getElementsByTagName('br').length) return textOf(el);
  let s = '';
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeName === 'BR') s += ' ';
      else if (c.nodeType === 1) walk(c);
      else if (c.nodeType === 3) s += c.nodeValue;
    }
  };
  walk(el);
  return normalizeSpace(s);
}

/**
 * A call on the last line of a paragraph of prose, after its last line break ("…said the mayor.<br><b>Follow us
 * on X</b>"): the breaks and the line go, the prose stays. Not when the line before is short (12 words, 50
 * letters at least: lines of a poem, an address) or the line holds a block.
 */
function lastLine(p: Element, ctx: RuleContext): RuleMatch | null {
  const tail = paragraphTail(p);
  if (!tail) return dashLine(p, ctx) ?? runOnLine(p, ctx); // one line: no paragraph of prose before it (most paragraphs end here)
  const prose = said(tail.prose);
  const line = tail.line;
  const text = said(line);
  const words = shortWords(text);
  if (!words || !isProse(prose) || letterCount(prose) < 50 || line.some((n) => CANDIDATES.has((n as Element).localName))) return midLine(p, ctx);
  const reason = callReason(text, words, line.flatMap((n) => (n.nodeType === 1 ? ctx.linksOf(n as Element) : [])), () => true, ctx);
  return reason ? { node: tail.node, with: tail.with, action: { type: 'remove' }, reason, text } : midLine(p, ctx);
}

/** A sentence of the story: eight words or more, neither speaking to the reader nor asking. */
const isStory = (t: string, ctx: RuleContext) => countWords(t) >= 8 && !addressesReader(t) && !callReason(t, countWords(t), [], () => true, ctx);

/** Its first and its last sentence are the story's. */
function storyAround(text: string, ctx: RuleContext): boolean {
  const sentences = text.split(/(?<=[.!?。！？])\s+/);
  return sentences.length >= 3 && isStory(sentences[0]!, ctx) && isStory(sentences[sentences.length - 1]!, ctx);
}

/** A call on a line between two lines of prose in a paragraph broken into lines ("…costs.<br>Follow us on <a>Telegram</a><br>Members voted…"). */
function midLine(p: Element, ctx: RuleContext): RuleMatch | null {
  for (const { line, node } of middleLines(p)) {
    const text = said(line);
    const words = shortWords(text);
    if (!words || line.some((n) => CANDIDATES.has((n as Element).localName))) continue;
    const reason = callReason(text, words, line.flatMap((n) => (n.nodeName === 'A' ? (isRealLink(n as Element) ? [n as HTMLAnchorElement] : []) : n.nodeType === 1 ? ctx.linksOf(n as Element) : [])), () => true, ctx);
    if (reason) return { node, with: line, action: { type: 'remove' }, reason: `${reason}, between lines of a paragraph`, text };
  }
  return null;
}

/** The real links of a tail's elements: each a link itself, or the links inside it. */
const linksIn = (elements: readonly Element[], ctx: RuleContext): HTMLAnchorElement[] =>
  elements.flatMap((e) => (e.localName === 'a' ? (isRealLink(e) ? [e as HTMLAnchorElement] : []) : ctx.linksOf(e)));

/** A call run on after a sentence's end and a dash, ending a paragraph of prose ("… weitermachen. — Hören Sie unseren Podcast auf [Spotify]."): the dash and the call go. */
function dashLine(p: Element, ctx: RuleContext): RuleMatch | null {
  const tail = dashTail(p);
  const words = tail ? shortWords(tail.line) : 0;
  if (!tail || !words || !isProse(tail.prose) || letterCount(tail.prose) < 50) return null;
  const links = linksIn(tail.elements, ctx);
  const reason = callReason(tail.line, words, links, () => true, ctx);
  return reason ? { node: tail.node, with: tail.with, action: { type: 'replace-text', text: tail.keep }, reason: `${reason}, run on after a dash`, text: tail.line } : null;
}

/**
 * A call run on as a paragraph's last sentence, or its last two ("… getting everyone home. Love our reporting? Chip in five
 * dollars today."): the call goes, the prose stays. After a separator mark or dressed in an element of its own, it is read as
 * a line is; as plain sentences of the paragraph only when they name us or link where calls go — the last sentence of a
 * how-to's paragraph asks the reader to act as well ("Then turn on notifications for the app."), and a story's passes on
 * another body's advice ("Subscribe to the council's newsletter for updates.").
 */
function runOnLine(p: Element, ctx: RuleContext): RuleMatch | null {
  for (const tail of sentenceTails(p)) {
    const words = shortWords(tail.line);
    if (!words || !isProse(tail.prose) || letterCount(tail.prose) < 50) continue;
    const links = linksIn(tail.elements, ctx);
    // (Where calls go: a platform or a sign-up page; a keyword's link to a tag page is the sentence's.)
    const callsGo = () => links.some((a) => {
      const t = target(a, ctx);
      return !!t && (t.platform !== null || isSitePage(t.href, ctx, true));
    });
    // (A quoted sentence is a speaker's, whoever "we" are in it.)
    // As plain sentences without such a link, they name us and what a call offers: a deals post's "Check out our picks
    // below" names us too.
    const line = unstyled(tail.line);
    const offers = () => speaksAsUs(line) && (hasCallWords(line) || offersCall(line) || giftToUs(line));
    if (QUOTE.test(tail.line) || (tail.apart === 'plain' && (links.length ? !callsGo() : !offers()))) continue;
    // Two sentences whose last is the story's ("Follow us on [Telegram]. Members voted by a wide margin to continue."): the call is not the tail.
    const last = line.split(/(?<=[.!?。！？])\s+/).pop() ?? '';
    if (last !== line.trim() && isStory(last, ctx)) continue;
    const reason = callReason(tail.line, words, links, () => true, ctx);
    if (!reason) continue;
    // A paragraph that is a call as a whole goes whole, as a block ("If you enjoyed this post, would you consider supporting our work? Just click [here]. Thanks!"):
    // its sentences before the tail speak to the reader or ask too ("Bleib auf dem Laufenden … [Follow @…]"). After a sentence of the story ("Shop stewards said the
    // offer did not cover costs."), only the tail goes.
    const all = wordsOf(p);
    const allWords = shortWords(all);
    const prose = unstyled(tail.prose);
    if (allWords && (addressesReader(prose) || requestOf(prose) !== null) && callReason(all, allWords, ctx.linksOf(p), () => true, ctx)) return null;
    return { node: tail.node, with: tail.with, action: { type: 'replace-text', text: tail.keep }, reason: `${reason}, run on after the paragraph's last sentence`, text: tail.line };
  }
  return null;
}

/**
 * A call over two short blocks of the same kind ("Hat dir der Text gefallen?" / "Dann teile ihn!", "Send your" /
 * "tips to [our newsroom]"): the two read as a call together while neither does alone (a short line of the text
 * before a call stays: the call alone is one).
 */
function splitCall(block: Element, text: string, words: number, alone: () => boolean, ctx: RuleContext): { next: Element; reason: string } | null {
  const next = block.nextElementSibling;
  // The first block is a question or a label, or a fragment without a sentence's end; the two ask (a verb or a link), not merely name an offer.
  if (!next || next.localName !== block.localName || hasBlockChild(next) || /[.!。！]$/.test(text.trim()) || isProse(text)) return null;
  const nextText = textOf(next);
  const nextWords = shortWords(nextText);
  const joined = `${text.trim()} ${nextText.trim()}`;
  const links = [...ctx.linksOf(block), ...ctx.linksOf(next)];
  // Among prose, not in a run of short lines (a page of jokes, questions and answers): the blocks around the two are no short lines of their kind.
  const short = (el: Element | null) => !!el && el.localName === block.localName && !isProse(textOf(el));
  if (short(block.previousElementSibling) || short(next.nextElementSibling)) return null;
  if (!nextWords || isProse(nextText) || (links.length === 0 && !requestOf(joined) && !giftToUs(joined)) || callReason(nextText, nextWords, ctx.linksOf(next), alone, ctx)) return null;
  const reason = callReason(joined, words + nextWords, links, alone, ctx);
  return reason ? { next, reason: `${reason}, over two lines` } : null;
}

/** A block of nothing but links without words (app-store badges, platform icons, a button arrow) right after a call, going where calls go. */
function buttonsAfter(block: Element, ctx: RuleContext): Element | null {
  const next = block.nextElementSibling;
  if (!next || WORDY.test(next.textContent ?? '')) return null;
  const links = ctx.linksOf(next);
  return links.length > 0 && links.length <= 6 && links.every((a) => target(a, ctx)) ? next : null;
}

export const followUsCall: Rule = {
  name: 'follow-us-call',
  kind: 'follow-call',
  description: "A short standalone block, or the last line of a paragraph of prose, asking the reader to act, linking only to platforms or the site's own pages, or to nothing.",
  find(root, ctx) {
    const found = new Map<Element, RuleMatch>();
    const page = new Page();
    const lines: RuleMatch[] = [];
    // (And lines of other names among the paragraphs: a <section>, a custom element, a <span> or <b> set as a line.)
    for (const el of [...elementsNamed(root, CANDIDATES), ...ctx.kept(strayLines, root)]) {
      if (el.tagName !== 'P' && hasBlockChild(el)) continue;
      // Only a short block with words climbs to its wrapper: most candidates are empty wrappers or prose.
      const line = el.tagName === 'P' && !page.fencedIn(el) && lastLine(el, ctx);
      if (line) {
        lines.push(line);
        continue;
      }
      const text = wordsOf(el) || bannerWords(el, ctx);
      const words = shortWords(text);
      if (!words) continue;
      let block = page.outerBlock(el, root);
      // A caption under a picture that links where calls go (a promo banner over "Install our app") is a call with its
      // picture: the figure goes whole. (Under a picture that links nowhere a call goes, the caption is the picture's.)
      const fig = block.localName === 'figcaption' ? block.parentElement : null;
      const figLinks = fig?.localName === 'figure' ? ctx.linksOf(fig) : [];
      if (fig && figLinks.length > ctx.linksOf(block).length && page.holdsOnly(fig, block) && figLinks.every((a) => target(a, ctx))) block = fig;
      if (found.has(block)) continue;
      // Not inside a list, a table, a quote of code, a figure or the page's header/footer — unless that is the block (one item, one cell).
      // A figure's caption is its own block (the figure is fenced, the caption checked from the figure's parent).
      const outside = block.localName === 'figcaption' ? block.parentElement?.parentElement : block.parentElement;
      if ((NOT_IN.has(block.localName) && block.localName !== 'table' && block !== fig) || page.fencedIn(outside ?? null)) continue;
      // A paragraph that opens and ends with sentences of the story holds a call at most in its middle: it is no call as a whole.
      if (el.tagName === 'P' && storyAround(text, ctx)) continue;
      const alone = () => standsAlone(block, root);
      // The block alone first; only a block that is no call alone is tried with the next one.
      const single = callReason(text, words, ctx.linksOf(block), alone, ctx, block.localName === 'figcaption') ?? (reachesNewsroom(block, text, words, ctx) && alone() ? 'call to reach the newsroom' : null);
      const pair = single ? null : splitCall(block, text, words, alone, ctx);
      const reason = pair ? pair.reason : single;
      if (!reason) continue;
      const href = ctx.linksOf(block)[0];
      found.set(block, { node: block, action: { type: 'remove' }, reason, text: textOf(block), ...(href ? { href: absoluteUrl(href.getAttribute('href'), ctx.pageUrl) ?? '' } : {}) });
      if (pair) found.set(pair.next, { node: pair.next, action: { type: 'remove' }, reason, text: textOf(pair.next) });
      const buttons = buttonsAfter(block, ctx);
      if (buttons && !found.has(buttons)) found.set(buttons, { node: buttons, action: { type: 'remove' }, reason: `links without words after a ${reason}`, text: '' });
    }
    // A box holding nothing but calls (a bold call over another, a heading and a line) goes whole, in place of its calls.
    const boxes: RuleMatch[] = [];
    for (const box of new Set([...found.keys()].map((n) => n.parentElement))) {
      if (!box || box === root || found.has(box) || page.fencedIn(box)) continue;
      const kids = childElements(box);
      const onlyCalls = kids.filter((k) => found.has(k)).length > 1 && kids.every((k) => found.has(k) || !WORDY.test(k.textContent ?? ''));
      if (onlyCalls && ![...box.childNodes].some((n) => n.nodeType === 3 && WORDY.test(n.nodeValue ?? ''))) {
        boxes.push({ node: box, action: { type: 'remove' }, reason: 'box of calls to act', text: textOf(box) });
      }
    }
    const matches = [...found.values()].filter((m) => !boxes.some((b) => b.node.contains(m.node)));
    return [...matches, ...boxes, ...lines];
  },
};
