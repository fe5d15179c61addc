// A paragraph's last sentences and its first, run on in the same line as its prose ("… getting everyone home. Love our
// reporting? Chip in five dollars today."; "Follow us on <a>Telegram</a>. Union leaders will meet …"): where a call
// (call-tails.ts) sits inside a paragraph of prose, cut at a sentence's end. Split from paragraph-tail.ts, which reads
// the lines after a break, a dash or a run-on link.
import { holdsNamed } from '../dom';
import { STOPS, WIDE_STOPS } from '../sentence-stops';
import { BREAKER_OR_PICTURE, type DashTail, ENDS_IN_STOP, nodesText } from './paragraph-tail';

/** A sentence's end: a stop (and its closing quote or bracket) before a space, or a Chinese or Japanese stop before anything. */
const SENTENCE_END = new RegExp(`[${STOPS}]["'»”’)]?\\s+(?=\\S)|[${WIDE_STOPS}](?=\\S)`, 'g');
/** Marks that set a line apart from the sentence before it ("… the mayor said. • Turn on alerts."). */
const SEPARATOR = /^[•·▪►|]\s*/;
/** Or a pictograph opening the line ("… the operator said. 🔔 Turn on notifications …"): asked only of a line opening outside ASCII. */
const PICTOGRAPH = /^\p{Extended_Pictographic}\ufe0f?\s*/u;
const markOf = (raw: string): RegExp | null => (SEPARATOR.test(raw) ? SEPARATOR : raw.charCodeAt(0) > 0x2000 && PICTOGRAPH.test(raw) ? PICTOGRAPH : null);
/** A bullet between spaces inside a text: a line set apart, whatever ends the words before it. */
const MARK_BETWEEN = /\s[•▪►]\s/g;
/** A last sentence in brackets of its own ("… getting everyone home. (Ring the bell and hit subscribe!)"): set apart as a mark sets it. */
const BRACKETED = /^[(（[]([^()（）[\]]+)[)）\]]$/;
/** Inline elements a tacked-on sentence is dressed in ("… the shop. <em>The tote bag is back in stock.</em>"). */
const STYLES = new Set(['em', 'i', 'b', 'strong', 'small', 'span', 'u', 'mark']);

export interface SentenceTail extends DashTail {
  /** How the tail stands apart: after a separator mark, in brackets of its own, in an element of its own, or as the paragraph's plain last sentences. */
  apart: 'mark' | 'bracket' | 'styled' | 'plain';
}

/**
 * The paragraph's last sentence, and its last two, run on after the prose in the same line ("… getting everyone home."
 * Love our reporting? Chip in five dollars today."), each cut after a sentence's end in a text node of the paragraph
 * itself, with nothing but text and inline elements after it; the shortest first.
 */
export function sentenceTails(p: Element): SentenceTail[] {
  const kids = [...p.childNodes];
  const tails: SentenceTail[] = [];
  for (let i = kids.length - 1; i >= 0 && tails.length < 2; i--) {
    const n = kids[i]!;
    if (n.nodeType !== 3) {
      if (n.nodeType === 1 && (n.nodeName === 'BR' || holdsNamed(n as Element, BREAKER_OR_PICTURE))) break;
      continue;
    }
    const data = (n as Text).data;
    const cuts: number[] = [];
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(data); m; m = SENTENCE_END.exec(data)) cuts.push(m.index + m[0].length);
    // A separator mark between spaces, after any punctuation ("… outweighs it: • Text HARBOUR to 60777 …").
    for (const m of data.matchAll(MARK_BETWEEN)) cuts.push(m.index + 1);
    // A sentence's end at the end of the text node, before an element ("… the shop. <em>…</em>").
    if (i < kids.length - 1 && ENDS_IN_STOP.test(data)) cuts.push(data.length);
    if (cuts.length === 0) continue;
    // What follows the text node and what precedes it, the same for each of its cuts.
    const after = kids.slice(i + 1);
    const afterText = nodesText(after);
    const before = nodesText(kids.slice(0, i));
    const elements = after.filter((k): k is Element => k.nodeType === 1);
    for (const cut of [...new Set(cuts)].sort((a, b) => b - a)) {
      if (tails.length >= 2) break;
      const raw = `${data.slice(cut)}${afterText}`.trim();
      if (!raw) continue;
      const styled = data.slice(cut).trim() === '' && elements.length === 1 && STYLES.has(elements[0]!.localName) && raw.startsWith((elements[0]!.textContent ?? '').trim());
      const bracketed = BRACKETED.exec(raw);
      const mark = markOf(raw);
      const apart = mark ? 'mark' : bracketed ? 'bracket' : styled ? 'styled' : 'plain';
      const line = bracketed ? bracketed[1]!.trim() : mark ? raw.replace(mark, '') : raw;
      tails.push({ prose: `${before}${data.slice(0, cut)}`.trim(), line, elements, node: n as Text, keep: data.slice(0, cut).replace(/\s+$/, ''), with: after, apart });
    }
  }
  return tails;
}

export interface SentenceHead {
  /** The paragraph's first sentence (its text, links included). */
  line: string;
  /** The nodes before the text node the sentence ends in (its elements: its links). */
  before: ChildNode[];
  /** The text node the sentence ends in, and what it keeps: the rest, from the next sentence on. */
  node: Text;
  keep: string;
  /** The paragraph's text after the first sentence: its prose. */
  prose: string;
}

/**
 * The paragraph's first sentence, run on before its prose ("Follow us on <a>Telegram</a>. Union leaders will meet …"): cut
 * after the first sentence's end in a text node of the paragraph itself, with nothing but text and inline elements before it.
 */
export function sentenceHead(p: Element, sentences = 1): SentenceHead | null {
  const kids = [...p.childNodes];
  let left = sentences;
  for (let i = 0; i < kids.length; i++) {
    const n = kids[i]!;
    if (n.nodeType !== 3) {
      if (n.nodeType === 1 && (n.nodeName === 'BR' || holdsNamed(n as Element, BREAKER_OR_PICTURE))) return null;
      continue;
    }
    const data = (n as Text).data;
    SENTENCE_END.lastIndex = 0;
    let m = SENTENCE_END.exec(data);
    // (The first `sentences` sentences: "Like this story? Share it with a friend.")
    while (m && --left > 0) m = SENTENCE_END.exec(data);
    if (!m) continue;
    const cut = m.index + m[0].length;
    const before = kids.slice(0, i);
    const line = `${nodesText(before)}${data.slice(0, cut)}`.trim();
    const prose = `${data.slice(cut)}${nodesText(kids.slice(i + 1))}`.trim();
    return { line, before, node: n as Text, keep: data.slice(cut), prose };
  }
  return null;
}
