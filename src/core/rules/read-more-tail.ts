// Read-more lines set in a paragraph's own sentences, for read-more-line.ts: run on after its last sentence ("… der Region.
// Siehe auch: <a>Headline</a>"), between two of its sentences, or opening it; and the label beside a line's links (labelOf).
// The label and the links go, the prose stays (lines broken with <br>: read-more-breaks.ts). Only headline links to other
// stories of the site, after a short label, a mark standing for one, or a label in an element of its own.
import { letterCount, normalizeSpace, textOf } from '../text';
import { absoluteUrl, isSamePage } from '../url';
import { type RunOnTail, runOnTail, WRAPS } from './paragraph-tail';
import { isContinueLabel } from '../clutter/continue-links';
import { LABEL_IN_LINK, LABEL_MARK, LABEL_WORDS, isLabelSign } from './read-more-label';
import type { RuleContext, RuleMatch } from './rule';
import { STOPS, WIDE_STOPS } from '../sentence-stops';
import { isHeadline, isShortLabel, isStoryUrl } from './story-link';
import { isReadMoreLabel } from './lexicon';

const FILE = /\.(?!s?html?$|php$|aspx?$)\w{2,4}$/i;
/**
 * Letters of prose beside a read-more line: one sentence of the story's. (Fifty until session 22: a short sentence of news
 * — "De politie hield zaterdagavond drie verdachten aan.", "Maç 2-2 berabere sona erdi." — kept its read-more line; the line
 * itself is what is asked: a short label and a headline link to another story of the site.)
 */
export const PROSE = 20;
/** Enough prose: PROSE letters, or half as many of Chinese, Japanese or Korean, where a character says a syllable or a word ("警方已在现场拉起警戒线。"). */
const isProse = (text: string) => letterCount(text) >= (/[\u3040-\u9fff\uac00-\ud7af]/.test(text) ? PROSE / 2 : PROSE);
/** Another story of the site: its page, not this one, not a file ("… the call for applications here as a PDF" is a sentence of the text). */
export const isOtherStory = (h: string, ctx: RuleContext) => !!h && ctx.isOwnSite(h) && !isSamePage(h, ctx.pageUrl) && isStoryUrl(h) && !FILE.test(new URL(h).pathname);
/**
 * A link worded as a headline to another story of the site: its address, else null. After a known read-more label ("Czytaj
 * także:", "Xem thêm:"), to any other page of the site but its home (a topic's page: "/temat/powodz-2023/").
 */
function headlineStory(a: Element, ctx: RuleContext, label = ''): string | null {
  const href = absoluteUrl(a.getAttribute('href'), ctx.pageUrl) ?? '';
  return (isOtherStory(href, ctx) || (isReadMoreLabel(label) && isOtherPage(href, ctx))) && isHeadline(textOf(a)) ? href : null;
}
/** Another page of the site: not this one, not its home page, not a file. */
function isOtherPage(h: string, ctx: RuleContext): boolean {
  if (!h || !ctx.isOwnSite(h) || isSamePage(h, ctx.pageUrl)) return false;
  const path = new URL(h).pathname;
  return path.replace(/\/+$/, '') !== '' && !FILE.test(path);
}

/**
 * A label and a headline in one link's words ("Read more: Headline", "RELATED | Headline"): the label's words and the headline,
 * else null. (The link's whole words are then a headline too: they hold the headline's.)
 */
export function labelledLink(a: Element): { label: string; headline: string } | null {
  const m = LABEL_IN_LINK.exec(textOf(a));
  if (!m) return null;
  const words = m[1]!.replace(LABEL_END, '').trim();
  return letterCount(words) && isShortLabel(words, 4) && isHeadline(m[2]!) ? { label: m[1]!, headline: m[2]! } : null;
}

// What a teaser line may carry after its headline besides a label: its date or its source, "(2 May)", "— The Courier".
// Or a reading time, a date or a count after a separator mark ("· 4 min", "| 12 May"), or a reading time alone ("4 min read").
const DATE_OR_SOURCE = /^\s*(?:[([][^()[\]]{1,30}[)\]]|[—–-]\s*[^—–.!?]{1,40}|[·•|]\s*[^.!?·•|]{0,16}\d[^.!?·•|]{0,16}|\d{1,3}\s?[\p{L}.]{1,6}(?:\s\p{L}{1,8})?)\s*$/u;

/** One short word joining two links of a list ("<a>…</a> and <a>…</a>", "und", "et", "или"): no sentence between them. */
const JOINER = /^[\s,;|·/]*\p{L}{1,3}[\s,;|·/]*$/u;
/** A list's number or bullet written as text before a link ("1.", "2)", "•"): no word of a label, nor of prose between links. */
const MARK = String.raw`(?:\d{1,2}[.)]|[•·▪▸►–-])`;
/** A text node that is only such a mark; and the marks in a block's words outside its links. */
export const LIST_MARK = new RegExp(String.raw`^\s*${MARK}\s*$`);
export const LIST_MARKS = new RegExp(String.raw`(?<=^|\s|[\p{L}\p{M}])${MARK}(?=\s|$)`, 'gu');

/**
 * The words outside the links of `nodes` when they lie on one side of the links (a label), null when they lie
 * around them or between them (prose). After a label, the headline's date or source (a <time>, a short bracket, a
 * short dash-led name) is no second side.
 */
export function labelOf(nodes: readonly Node[], links: readonly Element[]): string | null {
  const first = links[0]!;
  const last = links[links.length - 1]!;
  let before = '';
  let after = '';
  let dated = '';
  for (const n of nodes) {
    const walker = n.ownerDocument!.createTreeWalker(n, 4);
    for (let t: Node | null = n.nodeType === 3 ? n : walker.nextNode(); t; t = walker.nextNode()) {
      if (links.some((a) => a.contains(t)) || !letterCount(t.nodeValue ?? '') || LIST_MARK.test(t.nodeValue ?? '')) continue;
      if (first.compareDocumentPosition(t) & 2 /* preceding */) before += t.nodeValue;
      else if (last.compareDocumentPosition(t) & 4 /* following */) {
        if (t.parentElement?.closest('time')) dated += t.nodeValue;
        else after += t.nodeValue;
      } else if (!JOINER.test(t.nodeValue ?? '')) return null; // words between the links: a sentence
    }
  }
  if (letterCount(before) && (dated || DATE_OR_SOURCE.test(after)) && isShortLabel(after, 4)) after = '';
  else after += dated;
  return letterCount(before) && letterCount(after) ? null : `${before} ${after}`.trim();
}

/** A label's start: an arrow or a triangle pointing on ("▸ 関連", "► See also"). */
const LABEL_START = /^[→►▶»▸➤◀]\s*/;

const LABEL_END = new RegExp(`${LABEL_MARK}$`);

/**
 * A labelled read-more run on at the end of a paragraph of the text, after its last sentence ("… der Region. Siehe auch:
 * <a>Headline</a>", "… sotto di noi. (Per approfondire: <a>Headline</a>)"): the label and the links go, the prose stays.
 * Only with a label ending in a colon, a bar or an arrow, and only headline links to stories of the site.
 */
export function readMoreRunOn(p: Element, ctx: RuleContext): RuleMatch | null {
  const tail = runOnTail(p) ?? labelledAfter(p);
  if (!tail || !isProse(tail.prose)) return null;
  const label = tail.label.replace(/^[([（【「]\s*/, '');
  // A label may also open with the arrow ("… 待つ。 ▸ 関連 <a>…</a>", "► See also <a>…</a>").
  const led = LABEL_START.test(label);
  const words = label.replace(LABEL_END, '').replace(LABEL_START, '').trim();
  // A label of words ("Read more:"), or a mark alone pointing at the headline or setting it apart ("… the council said. → Headline",
  // "… — Headline", "… | Headline", "… 👉 Headline"); or no label where the links are set apart (in an element of their own, an arrow after them).
  // Or the label written inside the one link ("… the council said. <a>Read more: Headline</a>").
  const inner = !letterCount(label) && tail.links.length === 1 ? labelledLink(tail.links[0]!) : null;
  const arrow = isLabelSign(label) || (label === '' && !!tail.apart) || !!inner;
  // A label in an inline element of its own needs no mark: the element sets it apart ("… on Monday. <span>Related</span> <a>Headline</a>").
  const marked = LABEL_END.test(label) || led || dressedLabel(tail.with, label);
  if (!arrow && (!marked || !letterCount(words) || !isShortLabel(words, 4))) return null;
  const hrefs = new Set(tail.links.map((a) => absoluteUrl(a.getAttribute('href'), ctx.pageUrl) ?? ''));
  for (const h of hrefs) if (!isOtherStory(h, ctx) && !(isReadMoreLabel(label) && isOtherPage(h, ctx))) return null;
  if (!tail.links.every((a) => isHeadline(textOf(a)))) return null;
  const text = `${tail.label} ${tail.links.map((a) => textOf(a)).join(' ')}`;
  return { node: tail.node, with: tail.with, action: { type: 'replace-text', text: tail.keep }, reason: 'read-more line run on at the end of a paragraph', text, href: [...hrefs][0] ?? '' };
}

/** A continue label after the links, in a bracket or after a dash or an arrow: "(read more)", "— weiterlesen", "» leer más". */
const LABEL_AFTER = /^\s*(?:[([（]\s*([^()（）[\]]{2,30}?)\s*[)\]）]|[—–»›→]\s*([^()[\]]{2,30}?))\s*[.»›→]*\s*$/;

/**
 * The run on with its label after its links, as a teaser line writes it ("… at the central library. <a>Headline</a> (read more)"): the
 * tail of the paragraph without that label, read as runOnTail reads one, the label going with the links. Only a continue label.
 */
function labelledAfter(p: Element): RunOnTail | null {
  const kids = [...p.childNodes];
  let k = kids.length - 1;
  while (k >= 0 && kids[k]!.nodeType === 3 && !/\S/.test(kids[k]!.nodeValue ?? '')) k--;
  const last = kids[k];
  const m = last?.nodeType === 3 ? LABEL_AFTER.exec(last.nodeValue ?? '') : null;
  if (!m || !isContinueLabel(m[1] ?? m[2] ?? '') || kids[k - 1]?.nodeName !== 'A') return null;
  // The label read as the arrow it stands for ("<a>Headline</a> »"): the links set apart from the sentence before.
  const copy = p.cloneNode(false) as Element;
  for (const n of kids.slice(0, k)) copy.appendChild(n.cloneNode(true));
  copy.append(' »');
  const tail = runOnTail(copy);
  if (!tail) return null;
  // Back from the copy's nodes to the paragraph's, by their places.
  const at = (n: Node) => [...copy.childNodes].indexOf(n as ChildNode);
  const own = (n: Node) => kids[at(n)]!;
  return { ...tail, label: '', apart: true, node: own(tail.node) as Text, with: [...tail.with.filter((n) => at(n) < k).map(own), ...kids.slice(k)], links: tail.links.map((a) => own(a) as Element) };
}

/** The first of `nodes` is a bold, italic or plain inline element holding only `label`'s words: a label dressed as one. */
function dressedLabel(nodes: readonly Node[], label: string): boolean {
  const box = nodes.find((n) => n.nodeType === 1 || /\S/.test(n.nodeValue ?? ''));
  return !!box && box.nodeType === 1 && WRAPS.has(box.nodeName) && !(box as Element).children.length && normalizeSpace(box.textContent ?? '') === normalizeSpace(label);
}

/** Text ending a sentence, then a label of a few words ending in a colon, a bar or an arrow, maybe in an opening bracket: "… next week. (Read more:". */
const LABEL_AFTER_STOP = new RegExp(`^([\\s\\S]*?(?:[${STOPS}]["'»”’)]?|[${WIDE_STOPS}]))\\s*([(\\[（]?\\s*${LABEL_WORDS})\\s*$`);
/** What such a text ends with, tested first (a link's preceding text seldom does): a label's mark and spaces. */
const ENDS_IN_LABEL_MARK = /(?:[:：|»→►▶➤◀】—–➜➔➙➛➝➞➟➠⇒◄⬅▸]\ufe0f?|\s>{1,2})\s*$/;
/** Text ending a sentence, and spaces: the prose before a label dressed in an element of its own. */
const SENTENCE_BEFORE = new RegExp(`^([\\s\\S]*(?:[${STOPS}]["'»”’)]?|[${WIDE_STOPS}]))\\s*$`);
/** What follows the link before the next sentence: a closing bracket, a stop. */
const AFTER_LINK = /^\s*[)\]）】]?\s*[.。]?\s*[)\]）】]?\s*/;
/** A next sentence after the link: after a closing mark or a stop, or a capital (or a letter of a script without capitals) after a space. */
const NEXT_SENTENCE = /^\s*[)\]）】.。]|^\s+["'“‘«„‚]?(?=\p{Lu}|\p{Lo})|^(?=[\u3040-\u9fff])/u;
/** A closing mark after the link, pointing back at it ("► Lees ook: <a>…</a> ◄ Volgens …"). */
const CLOSING_SIGN = /^\s*[◄◀←⬅]\ufe0f?/;

/**
 * A labelled read-more set in the middle of a paragraph, between two sentences of the text ("… into next week. Read more:
 * <a>Headline</a>. Pickets stayed …", "… (See also: <a>Headline</a>) …"): the label, the link and its closing marks go, the
 * sentences on both sides stay. Only a headline link to a story of the site, after a label of four words at most.
 */
export function readMoreMidSentence(p: Element, ctx: RuleContext): RuleMatch | null {
  const kids = [...p.childNodes];
  for (let i = 1; i < kids.length - 1; i++) {
    const el = kids[i]!;
    const after = kids[i + 1]!;
    if (after.nodeType !== 3) continue;
    // The label and the link in the text, or dressed together in an element of their own ("… week. <em>Read more: <a>…</a></em> …"),
    // or the label in a bold element of its own before the link ("… oddeleniach. <strong>Súvisiace:</strong> <a>…</a> Zákaz …").
    const found = el.nodeName === 'A' ? (labelAhead(kids, i) ?? labelElementAhead(kids, i)) : WRAPS.has(el.nodeName) ? wrappedLabel(kids, i) : null;
    if (!found) continue;
    const { prose, label, a, from } = found;
    const afterText = (after.nodeValue ?? '').replace(CLOSING_SIGN, ' ');
    // (A label in brackets inside a sentence closes after its link: "… trouble elsewhere (READ MORE: <a>…</a>), and the …".)
    if (found.inSentence && !/^\s*[)\]）]/.test(afterText)) continue;
    const rest = afterText.replace(AFTER_LINK, '');
    // Prose on both sides: the sentences before it, and a sentence after it in the same text (not the paragraph's end).
    // (After a wide stop, the next sentence needs no space, whatever its script: "…呼びかけている。【関連記事】<a>…</a>JR東海によると…".)
    const next = NEXT_SENTENCE.test(afterText) || (/[。！？]\s*$/.test(prose) && /^\p{L}/u.test(afterText));
    if (!isProse(prose) || !isProse(rest) || !next) continue;
    // A label of four words at most, or a mark standing for one ("… since 1998. ➤ <a>Headline</a> Polls open …").
    const words = label.replace(/^[([（【]\s*/, '').replace(LABEL_END, '').trim();
    if (!isLabelSign(label.trim()) && (!letterCount(words) || !isShortLabel(words, 4))) continue;
    const href = headlineStory(a, ctx, label);
    if (href === null) continue;
    // The text before the label and the text after the link's closing marks become one text: one removal.
    const start = kids.indexOf(from);
    return { node: from, with: kids.slice(start + 1, i + 2), action: { type: 'replace-text', text: `${prose}${/[。！？]$/.test(prose) || /^[,;:]/.test(rest) ? '' : ' '}${rest}` }, reason: 'read-more line set between two sentences of a paragraph', text: `${label} ${textOf(a)}`, href };
  }
  return null;
}

type Found = { prose: string; label: string; a: Element; from: ChildNode; inSentence?: boolean };
/** A label and its link dressed together in the element kids[i], after a sentence's end. */
function wrappedLabel(kids: ChildNode[], i: number): Found | null {
  const before = kids[i - 1]!;
  const found = before.nodeType === 3 ? labelInside(before.nodeValue ?? '', kids[i] as Element) : null;
  return found ? { ...found, from: before } : null;
}
/** The label (or a mark standing for one) at the end of the text right before the link kids[i], or inside the link's own words. */
function labelAhead(kids: ChildNode[], i: number): Found | null {
  const before = kids[i - 1]!;
  if (before.nodeType !== 3) return null;
  const text = before.nodeValue ?? '';
  const a = kids[i] as Element;
  const found = labelBefore(text, a) ?? labelWithin(text, a) ?? signBefore(text, a) ?? bracketedBefore(text, a);
  return found ? { ...found, from: before } : null;
}
/** A label alone in a bold or emphasised element between a sentence's end and the link kids[i] (a space between them or none). */
function labelElementAhead(kids: ChildNode[], i: number): Found | null {
  let j = i - 1;
  if (kids[j]?.nodeType === 3 && !/\S/.test(kids[j]!.nodeValue ?? '')) j--;
  const box = kids[j];
  const before = kids[j - 1];
  if (!box || box.nodeType !== 1 || !WRAPS.has(box.nodeName) || (box as Element).children.length || before?.nodeType !== 3) return null;
  const label = (box.textContent ?? '').trim();
  const m = SENTENCE_BEFORE.exec(before.nodeValue ?? '');
  // (In an element of its own, the label needs no mark: "… comunale. <b>LEGGI ANCHE</b> <a>…</a> Le scuole …".)
  return m && (OPENING_LABEL.test(label) || (letterCount(label) > 0 && isShortLabel(label, 3))) ? { prose: m[1]!, label, a: kids[i] as Element, from: before } : null;
}
/** Text ending a sentence, then one mark (an arrow, a pointing hand): a mark standing for a label. */
const SIGN_AFTER_STOP = new RegExp(`^([\\s\\S]*?(?:[${STOPS}]["'»”’)]?|[${WIDE_STOPS}]))\\s*(\\S{1,3})\\s*$`);
function signBefore(text: string, a: Element): { prose: string; label: string; a: Element } | null {
  const m = SIGN_AFTER_STOP.exec(text);
  return m && isLabelSign(m[2]!) ? { prose: m[1]!, label: m[2]!, a } : null;
}

/** The label at the end of the text before a link: the prose before it (to its sentence's end) and the label. */
function labelBefore(text: string, a: Element): { prose: string; label: string; a: Element } | null {
  const m = ENDS_IN_LABEL_MARK.test(text) ? LABEL_AFTER_STOP.exec(text) : null;
  return m ? { prose: m[1]!, label: m[2]!, a } : null;
}
/** An opening bracket and a read-more label inside a sentence, before the link ("… elsewhere (READ MORE: <a>…</a>), and …"): closed after the link (readMoreMidSentence). */
const BRACKET_LABEL_IN = new RegExp(String.raw`^([\s\S]*?\S)\s*([(\[（]\s*${LABEL_WORDS})\s*$`);
function bracketedBefore(text: string, a: Element): (Found & { inSentence: true }) | null {
  const m = ENDS_IN_LABEL_MARK.test(text) ? BRACKET_LABEL_IN.exec(text) : null;
  // (A known read-more label only: "(Quelle: <a>…</a>)" is a citation's.)
  return m && isReadMoreLabel(m[2]!) ? { prose: m[1]!, label: m[2]!, a, from: a, inSentence: true } : null;
}
/** A link after a sentence's end whose own words open with a label ("… week. <a>Read more: Headline</a>. Pickets …"). */
function labelWithin(text: string, a: Element): { prose: string; label: string; a: Element } | null {
  const m = SENTENCE_BEFORE.exec(text);
  const inner = m ? labelledLink(a) : null;
  return m && inner ? { prose: m[1]!, label: inner.label, a } : null;
}

/** A label and a link alone in an element after a sentence's end. */
function labelInside(text: string, box: Element): { prose: string; label: string; a: Element } | null {
  const inner = [...box.childNodes].filter((n) => n.nodeType === 1 || /\S/.test(n.nodeValue ?? ''));
  const m = SENTENCE_BEFORE.exec(text);
  if (!m || inner.length !== 2 || inner[0]!.nodeType !== 3 || inner[1]!.nodeName !== 'A') return null;
  const label = (inner[0]!.nodeValue ?? '').trim();
  return OPENING_LABEL.test(label) ? { prose: m[1]!, label, a: inner[1] as Element } : null;
}

/** A label alone, opening a paragraph: a few words ending in a colon, a bar or an arrow ("Read more:", "RELATED |"). */
const OPENING_LABEL = new RegExp(String.raw`^\s*(${LABEL_WORDS})\s*$`);
/** The same label in an opening bracket ("(Related: <a>…</a>) Union leaders …"). */
const BRACKETED_LABEL = new RegExp(String.raw`^\s*[(\[（]\s*(${LABEL_WORDS})\s*$`);

/**
 * A labelled read-more opening a paragraph of the text, before its first sentence ("Read more: <a>Headline</a>. Union leaders
 * will meet …"): the label, the link and its closing marks go, the prose stays. The label in a text or in a bold element
 * of its own; only a headline link to a story of the site, then prose (PROSE letters or more).
 */
export function readMoreOpening(p: Element, ctx: RuleContext): RuleMatch | null {
  const kids = [...p.childNodes].filter((n) => n.nodeType === 1 || /\S/.test(n.nodeValue ?? ''));
  const [label, a, after] = kids;
  if (!label || !a || !after || a.nodeName !== 'A' || after.nodeType !== 3) return null;
  const labelText = label.nodeType === 3 ? (label.nodeValue ?? '') : /^(B|STRONG|EM|I|SPAN)$/.test(label.nodeName) && !(label as Element).children.length ? (label.textContent ?? '') : '';
  const m = OPENING_LABEL.exec(labelText) ?? (label.nodeType === 3 ? BRACKETED_LABEL.exec(labelText) : null);
  if (!m || !letterCount(m[1]!) || !isShortLabel(m[1]!.replace(LABEL_END, '').trim(), 4)) return null;
  const rest = (after.nodeValue ?? '').replace(AFTER_LINK, '');
  if (!isProse(rest) || !NEXT_SENTENCE.test(after.nodeValue ?? '')) return null;
  const href = headlineStory(a as Element, ctx, m[1]!);
  if (href === null) return null;
  const gone = [...p.childNodes].slice(0, [...p.childNodes].indexOf(after));
  return { node: after, with: gone, action: { type: 'replace-text', text: rest }, reason: 'read-more line opening a paragraph', text: `${m[1]} ${textOf(a as Element)}`, href };
}
