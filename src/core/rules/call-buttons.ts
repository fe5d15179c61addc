// A call that ends in its button, for follow-us-call.ts: a box of a heading, a pitch of a few sentences and a button
// ("Word lid" / "Dit artikel is gratis … Sluit je vandaag nog aan …" / [Word lid →]), or one paragraph of a pitch longer than a
// call's line, closed by its button ("Enjoyed this story? Local journalism … please consider becoming a supporter today. [Support
// the Tribune]"). Recognised by structure: the block's text ends with its only worded link, of three words at most, going where
// calls go (a platform, or a page of the site that is no story, not its home page); no sentence of it is the story's (each is
// short, a question, speaks to the reader or as us, or is a call); and it asks: its button goes to a platform or to a page the
// site's address names a sign-up, or it names a gift, or it makes a request naming what a call offers or us.
// Guard: 90 words at most (400 letters), no picture, list or table; standing among prose; not in a list, a table, a quote or a
// figure. (A box that names comments without asking is none: "Comments are powered by our community partner. [Community standards]".)
import { childElements, holdsNamed, tagSet } from '../dom';
import { countWords, letterCount, textOf } from '../text';
import { pathSegments } from '../url';
import { giftToUs, offersCall, requestOf, speaksAsUs } from './call-lexicon';
import { saysYou } from './call-modal';
import { callReason, target, WORDY } from './call-reason';
import { hasCallWords } from './lexicon';
import { isSitePage } from './call-target';
import { ALL_STOPS } from '../sentence-stops';
import type { RuleContext, RuleMatch } from './rule';

const MAX_WORDS = 90;
const MAX_LETTERS = 400;
/** Where the button's block is looked for: four levels above the link at most (a link in a paragraph in a box in a wrapper). */
const MAX_CLIMB = 4;
const FENCES = tagSet('li, ul, ol, table, blockquote, figure, pre, code, nav, header, footer, form');
const MEDIA = tagSet('img, picture, video, audio, iframe, table, ul, ol, form, figure');
/** A button's closing marks ("Word lid →", "Donate »"). */
const TRAILING = /[\s\p{P}\p{S}]+$/u;
/** Where a line splits into sentences (the block's headings and paragraphs are read apart first: sentencesOf). */
const SENTENCES = new RegExp(`(?<=[${ALL_STOPS}])\\s+`);

/** The lines of a block, each ending a sentence: its headings and paragraphs read apart. */
function sentencesOf(block: Element, button: string): string[] {
  const lines: string[] = [];
  const read = (el: Element) => {
    const kids = childElements(el).filter((k) => WORDY.test(k.textContent ?? ''));
    if (!kids.length || [...el.childNodes].some((n) => n.nodeType === 3 && WORDY.test(n.nodeValue ?? ''))) {
      lines.push(textOf(el));
      return;
    }
    for (const kid of kids) read(kid);
  };
  read(block);
  // The button's own words go: what is read is the pitch before it.
  const last = (lines.pop() ?? '').replace(TRAILING, '');
  lines.push(last.endsWith(button) ? last.slice(0, last.length - button.length) : last);
  return lines
    .filter((l) => WORDY.test(l))
    .flatMap((l) => l.split(SENTENCES))
    .filter((s) => WORDY.test(s));
}

/**
 * A sentence of the pitch: short (nine words at most: a label, "Local journalism like this costs money to produce."), a
 * question (put to the reader: "Vuoi ricevere ogni mattina le notizie del territorio?"), speaking to the reader or as us, or a call.
 */
function pitchSentence(s: string, ctx: RuleContext): boolean {
  const words = countWords(s);
  return words < 10 || /[?？؟]$/.test(s.trim()) || saysYou(s) || speaksAsUs(s) || !!callReason(s, words, [], () => true, ctx);
}

/** Something with words follows the node among its siblings. */
function wordsAfter(node: Node): boolean {
  for (let next = node.nextSibling; next; next = next.nextSibling) if (WORDY.test(next.textContent ?? '')) return true;
  return false;
}

/**
 * The blocks under `root` that end in a call's button and are a pitch throughout; `done` holds the blocks already found
 * (none is taken again, nor a block inside one; a block around some takes their place); `fenced` and `alone` are the rule's (follow-us-call.ts).
 */
export function buttonCalls(root: Element, ctx: RuleContext, done: ReadonlyMap<Element, RuleMatch>, fenced: (el: Element | null) => boolean, alone: (el: Element) => boolean): RuleMatch[] {
  const matches: RuleMatch[] = [];
  // (A block around calls found already takes their place: a box's heading that reads as a call alone, "Word lid".)
  const taken = (el: Element) => [...done.keys(), ...matches.map((m) => m.node as Element)].some((n) => n === el || n.contains(el));
  for (const a of ctx.linksOf(root)) {
    // A button ends its line: nothing with words after it in its parent (asked first, with no text read: most links sit in a sentence).
    if (wordsAfter(a)) continue;
    const label = textOf(a).replace(TRAILING, '').trim();
    const labelWords = countWords(label);
    if (labelWords === 0 || labelWords > 3) continue;
    // The button goes where calls go, not to the site's home page (a logo's link). (Asked first: most links go to stories.)
    const button = target(a, ctx);
    if (!button || (!button.platform && pathSegments(button.href).length === 0)) continue;
    // The block: the outermost element above the link, within a few levels, whose text ends with the button and says more.
    let block: Element | null = null;
    for (let el = a.parentElement, level = 0; el && el !== root && level < MAX_CLIMB && !FENCES.has(el.localName); el = el.parentElement, level++) {
      const text = textOf(el).replace(TRAILING, '');
      if (!text.endsWith(label)) break;
      if (countWords(text) > MAX_WORDS || letterCount(text) > MAX_LETTERS) break;
      if (countWords(text) >= labelWords + 8) block = el;
    }
    if (!block || taken(block) || holdsNamed(block, MEDIA) || fenced(block.parentElement)) continue;
    // Its only worded link is the button, and every link goes where calls go.
    const links = ctx.linksOf(block);
    if (links.some((l) => l !== a && WORDY.test(l.textContent ?? '')) || links.some((l) => !target(l, ctx))) continue;
    const text = textOf(block);
    const sentences = sentencesOf(block, label);
    if (sentences.length < 2 || !sentences.every((s) => pitchSentence(s, ctx))) continue;
    // It asks for something of the publication: its button goes to a platform, where a reader follows, joins, installs or pays
    // ([Wspieram] on a tipping platform), or to a page of the site whose address names a sign-up, support or membership page
    // ([Give monthly] to /support); or it names a gift; or it makes a request (in the pitch or on the button) naming what a call
    // offers or us.
    const pitch = sentences.join(' ');
    const names = () => offersCall(text) || hasCallWords(text) || speaksAsUs(pitch);
    const asks = !!button.platform || isSitePage(button.href, ctx, true) || giftToUs(text) || ((requestOf(pitch) !== null || requestOf(label) !== null) && names());
    if (!asks || !alone(block)) continue;
    matches.push({ node: block, action: { type: 'remove' }, reason: 'call to act ending in its button', text, href: button.href });
  }
  return matches;
}
