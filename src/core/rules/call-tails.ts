// A call at the end or in the middle of a paragraph of prose, for follow-us-call.ts: its last line after a break, a line between
// lines of prose, a tail run on after a dash or after the paragraph's last sentence. The call goes, the prose stays.
import { holdsNamed, isRealLink, tagSet } from '../dom';
import { countWords, letterCount, normalizeSpace, textOf } from '../text';
import { addressesReader, giftToUs, namesPlatform, offersCall, requestOf, speaksAsUs } from './call-lexicon';
import { isSitePage, newsroomCall, reachesNewsroom, siteLabel } from './call-target';
import { CANDIDATES, callReason, isProse, QUOTE, shortWords, target, unstyled } from './call-reason';
import { hasCallWords } from './lexicon';
import { dashTail, middleLines, nodesText, paragraphTail } from './paragraph-tail';
import { sentenceHead, sentenceTails } from './sentence-tail';
import type { RuleContext, RuleMatch } from './rule';
import { ALL_STOPS } from '../sentence-stops';

/** Where a text splits into sentences: after a stop, at the spaces. */
const SENTENCES = new RegExp(`(?<=[${ALL_STOPS}])\\s+`);
/**
 * Prose before a run-on tail: a sentence of prose of 50 letters, or of twelve words (Hindi's vowel signs are no letters), or of
 * twenty Chinese, Japanese or Korean characters (a sentence there: "市交通局表示，连接新区与老城的快速路将于明年六月建成通车。").
 */
const storyBefore = (t: string) => (isProse(t) && letterCount(t) >= 50) || countWords(t) >= 12 || (t.match(/[\u3040-\u9fff\uac00-\ud7af]/g)?.length ?? 0) >= 20;
/** What a paragraph shows besides words (a player's fallback link is no call's line). */
const MEDIA = tagSet('img, picture, audio, video, iframe, object, embed');
const said = (nodes: Node[]) => nodesText(nodes).trim();

/** The real links of a line's or a tail's nodes: each a link itself, or the links inside an element (text has none). */
function linksIn(nodes: readonly Node[], ctx: RuleContext): HTMLAnchorElement[] {
  return nodes.flatMap((n) => (n.nodeName === 'A' ? (isRealLink(n as Element) ? [n as HTMLAnchorElement] : []) : n.nodeType === 1 ? ctx.linksOf(n as Element) : []));
}

/** Every link of a line's nodes, a mail or a phone link too (where a tip line sends the reader). */
const anchorsIn = (nodes: readonly Node[]): Element[] =>
  nodes.flatMap((n) => (n.nodeName === 'A' ? [n as Element] : n.nodeType === 1 ? Array.from((n as Element).querySelectorAll('a[href]')) : [])).filter((a) => a.hasAttribute('href'));
const NEWSROOM = 'call to reach the newsroom';

/** Turkish "our" as a word's ending, before a case ending ("kanalımıza", "sayfamızı", "bültenimize"). */
const TURKISH_OUR = /[a-zçğıöşü](?:ım|im|um|üm)ız(?:[ıiuüae]|da|de|dan|den)?(?![a-zçğıöşü])/i;
/** Finnish "our" as a word's ending ("uutiskirjeemme", "kanavallamme"), in a text with Finnish letters or long vowels and none of German's ("Stimme"). */
const FINNISH_OUR = /[a-zäöy]{5,}mme(?![a-zäöüß])/i;
const finnishOur = (t: string) => /[äö]|aa|ee|uu|yy/i.test(t) && !/[üß]/i.test(t) && FINNISH_OUR.test(t);
/**
 * The site named by a word of its own name, five letters or more ("please support the Tribune" on northgate-tribune.com): the
 * publication speaking of itself.
 */
function namesOwnSite(line: string, ctx: RuleContext): boolean {
  const site = siteLabel(ctx.pageUrl);
  if (site.length < 5) return false;
  return line.toLowerCase().split(/[^a-z0-9]+/).some((w) => w.length >= 5 && (site.startsWith(w) || site.endsWith(w)));
}
/** It names what a call offers or is for: a call's words, an offer, a gift to us, a platform. */
const namesOffer = (line: string) => hasCallWords(line) || offersCall(line) || giftToUs(line) || namesPlatform(line);

/**
 * A sentence run on in a paragraph of prose reads as a call only so: its links go where calls go (a platform or a sign-up page;
 * a keyword's link to a tag page is the sentence's), or without a link it names us (or the site by its name, or says "our" by a
 * Turkish ending: "kanalımıza") and what a call offers. `line` unstyled.
 */
function plainCall(line: string, links: readonly HTMLAnchorElement[], ctx: RuleContext): boolean {
  // (Asking for the site by its name asks for the site: "If you can, please support the Tribune from just £1 a week.")
  if (!links.length) {
    const named = namesOwnSite(line, ctx);
    return ((speaksAsUs(line) || TURKISH_OUR.test(line) || finnishOur(line) || named) && namesOffer(line)) || (named && requestOf(line) !== null);
  }
  return links.some((a) => {
    const t = target(a, ctx);
    return !!t && (t.platform !== null || isSitePage(t.href, ctx, true));
  });
}

/** The block's words, a line break between two of them as a space ("ثبّت تطبيقنا<br>واقرأ …" is two words there, not one). */
export function wordsOf(el: Element): string {
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
export function lastLine(p: Element, ctx: RuleContext): RuleMatch | null {
  const tail = paragraphTail(p);
  if (!tail) return dashLine(p, ctx) ?? runOnLine(p, ctx) ?? runOnHead(p, ctx); // one line: no paragraph of prose before it (most paragraphs end here)
  const prose = said(tail.prose);
  const line = tail.line;
  const text = said(line);
  const words = shortWords(text);
  if (!words || line.some((n) => CANDIDATES.has((n as Element).localName))) return midLine(p, ctx);
  // (Two short lines, each a call: "<strong>Kes soovib toimetust toetada, saab seda teha [siin].</strong><br>Tellijad lugesid … [Telli nüüd]".)
  if (!isProse(prose) || letterCount(prose) < 50) return boxOfCalls(p, tail.prose, prose, () => callReason(text, words, linksIn(line, ctx), () => true, ctx), ctx) ?? midLine(p, ctx);
  // (Or a tip line to the newsroom's address, set in an element of its own: "<small>Got a tip? <a href="mailto:…">Email the news desk</a> …</small>".)
  // (A dash or a bullet before it is its decoration: "<br>— <em>Got a tip? …</em>".)
  const only = line.filter((n) => n.nodeType === 1 || /[^\s—–\-•·*|>»~=+:;,.!?]/.test(n.textContent ?? ''));
  // (Or after a short question of its own: "<br><br>Heeft u een tip? <a href="tel:…">Bel de redactie</a>.")
  const asked = only.length === 2 && only[0]!.nodeType === 3 && ASKED.test(only[0]!.textContent ?? '') && only[1]!.nodeType === 1;
  const holder = only[only.length - 1] as Element;
  const reaches = (only.length === 1 || asked) && holder.nodeType === 1 && (holder.localName === 'a' ? newsroomCall([holder], text, words, ctx) : reachesNewsroom(holder, text, words, ctx));
  const reason = callReason(text, words, linksIn(line, ctx), () => true, ctx) ?? (reaches ? NEWSROOM : null);
  if (!reason) return midLine(p, ctx);
  // Two lines, both calls ("Tell us how we did — our survey is open until Friday.<br>Questions about the bins? Pop them in the
  // comments."): the paragraph is a box of calls and goes whole.
  const box = line.some((n) => n.nodeName === 'BR') ? null : boxOfCalls(p, tail.prose, prose, () => reason, ctx);
  return box ?? { node: tail.node, with: tail.with, action: { type: 'remove' }, reason, text };
}

/** A short question leading to a line's link ("Got a tip? ", "Heeft u een tip? "). */
const ASKED = /^\s*[^.!?。！？]{1,60}[?？؟]\s*$/;

/**
 * The paragraph's first line (`first`, reading `firstText`) is a short call of its own too, and the line after it is one
 * (`lastReason`, asked only then): the paragraph is a box of calls and goes whole.
 */
function boxOfCalls(p: Element, first: readonly Node[], firstText: string, lastReason: () => string | null, ctx: RuleContext): RuleMatch | null {
  const firstWords = p.firstChild && first.includes(p.firstChild) ? shortWords(firstText) : 0;
  if (!firstWords || holdsNamed(p, MEDIA)) return null;
  const reason = lastReason();
  if (!reason || !callReason(firstText, firstWords, linksIn(first, ctx), () => true, ctx)) return null;
  return { node: p, action: { type: 'remove' }, reason: `${reason}, two lines of calls`, text: textOf(p) };
}

/** A sentence of the story: eight words or more, neither speaking to the reader nor asking. */
const isStory = (t: string, ctx: RuleContext) => countWords(t) >= 8 && !addressesReader(t) && !callReason(t, countWords(t), [], () => true, ctx);

/** Its first and its last sentence are the story's. */
export function storyAround(text: string, ctx: RuleContext): boolean {
  const sentences = text.split(SENTENCES);
  return sentences.length >= 3 && isStory(sentences[0]!, ctx) && isStory(sentences[sentences.length - 1]!, ctx);
}

/** A call on a line between two lines of prose in a paragraph broken into lines ("…costs.<br>Follow us on <a>Telegram</a><br>Members voted…"). */
function midLine(p: Element, ctx: RuleContext): RuleMatch | null {
  for (const { line, node } of middleLines(p)) {
    const text = said(line);
    const words = shortWords(text);
    if (!words || line.some((n) => CANDIDATES.has((n as Element).localName))) continue;
    const reason = callReason(text, words, linksIn(line, ctx), () => true, ctx);
    if (reason) return { node, with: line, action: { type: 'remove' }, reason: `${reason}, between lines of a paragraph`, text };
  }
  return null;
}


/** A call run on after a sentence's end and a dash, ending a paragraph of prose ("… weitermachen. — Hören Sie unseren Podcast auf [Spotify]."): the dash and the call go. */
function dashLine(p: Element, ctx: RuleContext): RuleMatch | null {
  const tail = dashTail(p);
  const words = tail ? shortWords(tail.line) : 0;
  if (!tail || !words || !isProse(tail.prose) || letterCount(tail.prose) < 50) return null;
  const links = linksIn(tail.elements, ctx);
  const reason = callReason(tail.line, words, links, () => true, ctx) ?? (newsroomCall(anchorsIn(tail.elements), tail.line, words, ctx) ? NEWSROOM : null);
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
  const tails = sentenceTails(p);
  for (const [k, found] of tails.entries()) {
    // A call after a short question goes with it ("Got a story? [Email our newsroom]."): the longer tail, when the question is all it adds.
    const longer = tails[k + 1];
    const asked = longer && longer.line.endsWith(found.line) && /^[^.!?。！？]{1,60}[?？؟]\s*$/.test(longer.line.slice(0, -found.line.length)) ? longer : null;
    const tail = asked ?? found;
    const words = shortWords(tail.line);
    // (Not the end of a bracket's sentence, "Pokličite uredništvo.)": the bracket is the tail.)
    if (!words || !storyBefore(tail.prose) || (tail.line.match(/[)）]/g)?.length ?? 0) > (tail.line.match(/[(（]/g)?.length ?? 0)) continue;
    const links = linksIn(tail.elements, ctx);
    // (A quoted sentence is a speaker's, whoever "we" are in it.)
    // As plain sentences, they link where calls go or name us and what a call offers: a deals post's "Check out our picks
    // below" names us too. In brackets of their own, without a link, they name what a call is for (an aside of the author's
    // asks too: "(Check out this video to see how it goes!)").
    const line = unstyled(tail.line);
    const bracketed = () => !links.length && !namesOffer(line);
    // (Or a tip line whose links reach the newsroom, by mail or phone: "… (Imate informacijo? [Pokličite uredništvo].)".)
    let reached: boolean | undefined;
    const newsroom = () => (reached ??= newsroomCall(anchorsIn(tail.elements), line, words, ctx));
    if (QUOTE.test(tail.line) || (((tail.apart === 'plain' && !plainCall(line, links, ctx)) || (tail.apart === 'bracket' && bracketed())) && !newsroom())) continue;
    // Two sentences whose last is the story's ("Follow us on [Telegram]. Members voted by a wide margin to continue."): the call is not the tail.
    const last = line.split(SENTENCES).pop() ?? '';
    if (last !== line.trim() && isStory(last, ctx)) continue;
    const reason = callReason(tail.line, words, links, () => true, ctx) ?? (newsroom() ? NEWSROOM : null);
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
 * A call run on as a paragraph's first sentence, before its prose ("Follow us on <a>Telegram</a>. Union leaders will meet again …"):
 * the call goes, the prose stays. As with a call run on at the end, plain sentences must link where calls go or name us and what a
 * call offers ("Subscribe to the council's newsletter for updates, residents were told." is the story's), and the prose after it is
 * a new sentence of 50 letters or more.
 */
function runOnHead(p: Element, ctx: RuleContext): RuleMatch | null {
  // (A short question leads to the call with it: "Like this story? Share it with a friend. Police are still searching …".)
  const first = sentenceHead(p);
  const head = first && ASKED.test(first.line) ? (sentenceHead(p, 2) ?? first) : first;
  if (!head || letterCount(head.prose) < 50 || !/^\s*(?:\p{Lu}|\p{Lo})/u.test(head.keep) || QUOTE.test(head.line)) return null;
  const words = shortWords(head.line);
  if (!words || isProse(head.line)) return null;
  const links = linksIn(head.before, ctx);
  const reason = plainCall(unstyled(head.line), links, ctx) ? callReason(head.line, words, links, () => true, ctx) : null;
  // The prose after it is the story's: its first sentence neither speaks to the reader nor asks (a consent placeholder's "We would like to
  // show a newsletter sign-up here. Sadly you have not agreed …" is left whole to the block rules and Readability).
  if (!reason || !isStory(head.prose.split(SENTENCES)[0] ?? '', ctx)) return null;
  return { node: head.node, with: head.before, action: { type: 'replace-text', text: head.keep.replace(/^\s+/, '') }, reason: `${reason}, run on before the paragraph's first sentence`, text: head.line };
}
