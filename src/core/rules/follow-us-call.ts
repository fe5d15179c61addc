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
// Guard: never a block of prose (40 words at most), a quote, a list item or anything in a table — except a pitch that ends in its
// button, of 90 words at most, whose every sentence speaks to the reader (call-buttons.ts), and a bulleted list of nothing but
// calls (call-lists.ts).
import { childElements, elementsNamed, hasBlockChild, holdsNamed, layoutTableOf, LITERAL_TAGS, strayLines, tagSet } from '../dom';
import { countWords, letterCount, normalizeSpace, textOf } from '../text';
import { absoluteUrl } from '../url';
import { giftToUs, requestOf } from './call-lexicon';
import { reachesNewsroom } from './call-target';
import { CANDIDATES, callReason, isProse, shortWords, target, WORDY } from './call-reason';
import { callPitches } from './call-pitch';
import { buttonCalls } from './call-buttons';
import { accountLists, callLists } from './call-lists';
import { lastLine, storyAround, wordsOf } from './call-tails';
import type { Rule, RuleContext, RuleMatch } from './rule';

const NOT_IN = new Set([...LITERAL_TAGS, 'li', 'table', 'nav', 'header', 'footer', 'figure']);
const MAX_CLIMB = 5;
const PLAYERS = tagSet('audio, video');
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
      const table = layoutTableOf(node);
      if (table) {
        path.push(node);
        node = table;
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

/** A banner: a block of one link around pictures alone, read by their text alternatives ("Subscribe to our newsletter"); '' for any other. */
function bannerWords(el: Element, ctx: RuleContext): string {
  const links = ctx.linksOf(el);
  if (links.length !== 1 || WORDY.test(el.textContent ?? '')) return '';
  const pictures = Array.from(el.getElementsByTagName('img'));
  return pictures.length && pictures.every((img) => links[0]!.contains(img)) ? normalizeSpace(pictures.map((img) => img.getAttribute('alt') ?? '').join(' ')) : '';
}

/**
 * A call over two short blocks of the same kind ("Hat dir der Text gefallen?" / "Dann teile ihn!", "Send your" /
 * "tips to [our newsroom]"): the two read as a call together while neither does alone (a short line of the text
 * before a call stays: the call alone is one).
 */
function splitCall(block: Element, text: string, words: number, alone: () => boolean, ctx: RuleContext): { next: Element; reason: string } | null {
  const next = block.nextElementSibling;
  // The first block is a question or a label, or a fragment without a sentence's end; the two ask (a verb or a link), not merely name an offer.
  // (The next block may wrap its one line in a paragraph: a toggle card's content under its heading.)
  const oneLine = (el: Element) => {
    if (!hasBlockChild(el)) return true;
    const worded = childElements(el).filter((k) => WORDY.test(k.textContent ?? ''));
    return worded.length === 1 && worded[0]!.localName === 'p' && !hasBlockChild(worded[0]!);
  };
  // (Or a heading over one paragraph: "<h3>Натисніть на дзвіночок,</h3><p>щоб не пропустити нові відео.</p>".)
  const kind = (el: Element) => (/^h[2-6]$/.test(el.localName) ? 'p' : el.localName);
  if (!next || kind(block) !== next.localName || !oneLine(next) || /[.!。！]$/.test(text.trim()) || isProse(text)) return null;
  const nextText = textOf(next);
  const nextWords = shortWords(nextText);
  const joined = `${text.trim()} ${nextText.trim()}`;
  const links = [...ctx.linksOf(block), ...ctx.linksOf(next)];
  // Among prose, not in a run of short lines (a page of jokes, questions and answers): the blocks around the two are no short lines of their kind.
  const short = (el: Element | null, like: Element) => !!el && el.localName === like.localName && !isProse(textOf(el));
  if (short(block.previousElementSibling, block) || short(next.nextElementSibling, next)) return null;
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
      // (A heading group is one block: a heading and its subtitle, "Love our reporting?" over "Chip in five dollars today.")
      if (el.tagName !== 'P' && el.localName !== 'hgroup' && hasBlockChild(el)) continue;
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
      // A player's block (its fallback link, its download line) is the story's sound, not a call around it.
      if (found.has(block) || holdsNamed(block, PLAYERS)) continue;
      // Not inside a list, a table, a quote of code, a figure or the page's header/footer — unless that is the block (one item, one cell).
      // A figure's caption is its own block (the figure is fenced, the caption checked from the figure's parent).
      const outside = block.localName === 'figcaption' ? block.parentElement?.parentElement : block.parentElement;
      if ((NOT_IN.has(block.localName) && block.localName !== 'table' && block !== fig) || page.fencedIn(outside ?? null)) continue;
      const alone = () => standsAlone(block, root);
      // The block alone first; only a block that is no call alone is tried with the next one.
      const single = callReason(text, words, ctx.linksOf(block), alone, ctx, block.localName === 'figcaption') ?? (reachesNewsroom(block, text, words, ctx) && alone() ? 'call to reach the newsroom' : null);
      const pair = single ? null : splitCall(block, text, words, alone, ctx);
      const reason = pair ? pair.reason : single;
      // A paragraph that opens and ends with sentences of the story holds a call at most in its middle: it is no call as a whole.
      // (Asked only of a block that reads as one: it reads the sentences again.)
      if (!reason || (el.tagName === 'P' && storyAround(text, ctx))) continue;
      const href = ctx.linksOf(block)[0];
      found.set(block, { node: block, action: { type: 'remove' }, reason, text: textOf(block), ...(href ? { href: absoluteUrl(href.getAttribute('href'), ctx.pageUrl) ?? '' } : {}) });
      if (pair) found.set(pair.next, { node: pair.next, action: { type: 'remove' }, reason, text: textOf(pair.next) });
      const buttons = buttonsAfter(block, ctx);
      if (buttons && !found.has(buttons)) found.set(buttons, { node: buttons, action: { type: 'remove' }, reason: `links without words after a ${reason}`, text: '' });
    }
    // The pitch between two calls (call-pitch.ts).
    for (const pitch of callPitches(found, ctx)) found.set(pitch.node as Element, pitch);
    // A call ending in its button, a box or a paragraph longer than a call's line (call-buttons.ts).
    for (const call of buttonCalls(root, ctx, found, (el) => page.fencedIn(el), (el) => standsAlone(el, root))) {
      for (const inner of [...found.keys()]) if (call.node.contains(inner)) found.delete(inner);
      found.set(call.node as Element, call);
    }
    // A box holding nothing but calls (a bold call over another, a heading and a line) goes whole, in place of its calls; so does a box
    // of a call and the short question that leads to it ("Did you find this useful?" over "Consider buying us a coffee on [Ko-fi]").
    const boxes: RuleMatch[] = [];
    const leads = (k: Element) => /[?？؟]\s*$/.test(textOf(k)) && countWords(textOf(k)) <= 10 && !ctx.linksOf(k).length;
    for (const box of new Set([...found.keys()].map((n) => n.parentElement))) {
      if (!box || box === root || found.has(box) || page.fencedIn(box)) continue;
      const kids = childElements(box);
      const calls = kids.filter((k) => found.has(k)).length;
      const onlyCalls = calls > 0 && kids.every((k) => found.has(k) || !WORDY.test(k.textContent ?? '') || leads(k)) && (calls > 1 || kids.some(leads));
      if (onlyCalls && ![...box.childNodes].some((n) => n.nodeType === 3 && WORDY.test(n.nodeValue ?? ''))) {
        boxes.push({ node: box, action: { type: 'remove' }, reason: 'box of calls to act', text: textOf(box) });
      }
    }
    const matches = [...found.values()].filter((m) => !boxes.some((b) => b.node.contains(m.node)));
    // Lists of the site's accounts, and lists of calls where no list of accounts is (call-lists.ts).
    const fencedList = (list: Element) => page.fencedIn(list.parentElement);
    const accounts = accountLists(root, ctx, fencedList);
    const calls = callLists(root, ctx, fencedList, (list) => standsAlone(list, root)).filter((l) => !accounts.some((m) => m.node === l.node));
    // (A list, or a line run on in a paragraph, that a call or a box found holds goes with it: a call ending in its button takes its paragraph whole.)
    const free = (m: RuleMatch) => ![...matches, ...boxes].some((c) => c.node.contains(m.node));
    return [...matches, ...boxes, ...lines.filter(free), ...[...accounts, ...calls].filter(free)];
  },
};

