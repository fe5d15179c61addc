// A paragraph's last line, after its last line break ("…said the mayor.<br><b>Follow us on X</b>"): where a call
// (follow-us-call.ts) or a read-more line (read-more-tail.ts) sits at the end of a paragraph of prose. Both take
// the line and the breaks before it, and leave the prose.
import { holdsNamed, tagSet } from '../dom';
import { letterCount, normalizeSpace } from '../text';
import { ALL_STOPS, WIDE_STOPS } from '../sentence-stops';
import { LABEL_IN_LINK, LABEL_WORDS, isLabelSign } from './read-more-label';

// What an inline element of a line may not hold: a break or a block (and, for a tail or a head, a picture; for a dash's line, a link).
const LINE_BREAKERS = tagSet('p, div, br, ul, ol, table');
const LINK_OR_BREAKER = tagSet('a, br, p, div, ul, ol, table');
export const BREAKER_OR_PICTURE = tagSet('p, div, br, ul, ol, table, img');

/** The text of some nodes of a paragraph, joined (a line's, the prose before it). */
export const nodesText = (nodes: readonly Node[]): string => nodes.map((n) => n.textContent).join('');

/** A line break, or text of nothing but white space. */
const BLANK = (n?: Node) => n?.nodeName === 'BR' || (n?.nodeType === 3 && !/\S/.test(n.nodeValue ?? ''));
const isBreak = (n?: Node) => n?.nodeName === 'BR';

export interface ParagraphTail {
  /** The last line's nodes. */
  line: Node[];
  /** The line before it (its nodes, from the break before it): the paragraph's prose. */
  prose: Node[];
  /** What goes with the line: the first break before it (`node`) and everything after that (`with`). */
  node: Node;
  with: Node[];
}

/** The paragraph's last line after a line break, or null when it has one line only. */
export function paragraphTail(p: Element): ParagraphTail | null {
  const kids = [...p.childNodes];
  // Back from `at` to just after the last node that `stops`.
  const back = (at: number, stops: (n?: Node) => boolean) => {
    while (at > 0 && !stops(kids[at - 1])) at--;
    return at;
  };
  const end = back(kids.length, (n) => !BLANK(n));
  const i = back(end, isBreak);
  if (!i) return null; // one line: no paragraph of prose before it (most paragraphs end here)
  let j = back(i, (n) => !BLANK(n));
  // A separator's line between the prose and the last line ("…2017.<br>—<br>Recommended: <a>…</a>": a dash, stars, no
  // letter or digit) goes with the last line; the prose is the line before it.
  const sep = kids.slice(back(j, isBreak), j).map((n) => n.textContent).join('').trim();
  if (sep.length > 0 && sep.length <= 5 && !/[\p{L}\p{N}]/u.test(sep) && back(j, isBreak) > 0) j = back(back(j, isBreak), (n) => !BLANK(n));
  return { line: kids.slice(i, end), prose: kids.slice(back(j, isBreak), j), node: kids[j]!, with: kids.slice(j + 1, end) };
}

/**
 * The lines of a paragraph broken into lines that stand between two lines of prose (50 letters before, 20 after): where a line
 * tacked into the middle of a paragraph sits ("…the action.<br><b>Related:</b> <a>…</a><br>Members voted…"). Each with the break before it.
 */
export function* middleLines(p: Element): Generator<{ line: Node[]; node: Element }> {
  const lines: Node[][] = [[]];
  const breaks: Element[] = [];
  for (const n of p.childNodes) {
    if (n.nodeName === 'BR') {
      breaks.push(n as Element);
      lines.push([]);
    } else lines[lines.length - 1]!.push(n);
  }
  const letters = (nodes: Node[]) => letterCount(nodesText(nodes));
  for (let i = 1; i < lines.length - 1; i++) {
    const line = lines[i]!;
    if (line.some((n) => /\S/.test(n.textContent ?? '')) && letters(lines[i - 1]!) >= 50 && letters(lines[i + 1]!) >= 20) yield { line, node: breaks[i - 1]! };
  }
}

/** A stop and a space: a sentence's end inside a text. */
const SPACED_STOP = new RegExp(`[${ALL_STOPS}]\\s`);
/** A sentence's end, then a dash between spaces: where a line tacked on to a paragraph starts ("… weitermachen. — Hören Sie …"). */
const DASH_AFTER_STOP = new RegExp(`[${ALL_STOPS}]["'»”’)]?\\s+[—–]\\s+`, 'g');

export interface DashTail {
  /** The paragraph's text up to the sentence's end before the dash: its prose. */
  prose: string;
  /** The tail's words, after the dash. */
  line: string;
  /** The tail's elements (its links). */
  elements: Element[];
  /** The text node the dash is in, and its text without the tail. */
  node: Text;
  keep: string;
  /** The nodes after that text node: they go with the tail. */
  with: Node[];
}

/**
 * The paragraph's last part after a sentence's end and a dash, run on in the same line ("…, bevor Sie weitermachen.
 * — Hören Sie unseren Podcast auf <a>Spotify</a>."), or null. The dash must stand in a text node of the paragraph
 * itself, with nothing but text and inline elements after it.
 */
export function dashTail(p: Element): DashTail | null {
  const kids = [...p.childNodes];
  for (let i = kids.length - 1; i >= 0; i--) {
    const n = kids[i]!;
    if (n.nodeType !== 3) {
      // Inline elements only after the dash (a link, a <b>); a block or a break ends the search.
      if (n.nodeType === 1 && (n.nodeName === 'BR' || holdsNamed(n as Element, LINE_BREAKERS))) return null;
      continue;
    }
    const data = (n as Text).data;
    let last: RegExpExecArray | null = null;
    DASH_AFTER_STOP.lastIndex = 0;
    for (let m = DASH_AFTER_STOP.exec(data); m; m = DASH_AFTER_STOP.exec(data)) last = m;
    if (!last) continue;
    const cut = last.index + last[0].search(/[—–]/);
    const after = kids.slice(i + 1);
    const before = kids.slice(0, i).map((k) => k.textContent).join('');
    const line = `${data.slice(cut).replace(/^[—–]\s*/, '')}${after.map((k) => k.textContent).join('')}`.trim();
    return {
      prose: `${before}${data.slice(0, cut)}`.trim(),
      line,
      elements: after.filter((k): k is Element => k.nodeType === 1),
      node: n as Text,
      keep: data.slice(0, cut).replace(/\s+$/, ''),
      with: after,
    };
  }
  return null;
}

/** A text that ends a sentence (a stop, its closing quote or bracket, spaces), before an element ("… the shop. <em>…</em>"). */
export const ENDS_IN_STOP = new RegExp(`[${ALL_STOPS}]["'»”’)]?\\s*$`);
/** A sentence's end before more words in the same text node. */
const STOP = new RegExp(`[${ALL_STOPS}]["'»”’)]?\\s+(?=\\S)`, 'g');
// (A wide stop needs no space after it: "…でした。<a>あわせて読みたい：…</a>".)
const STOP_AT_END = new RegExp(`(?:[${ALL_STOPS}]["'»”’)]?\\s+|[${WIDE_STOPS}][」』）]?\\s*)$`);
/** Prose, then an opening bracket or a dash between spaces, then a label's words (or nothing: the label is in the link's words). */
const OPENED_LABEL = new RegExp(String.raw`^([\s\S]*?\S)\s*([(（]|\s[—–-])\s*((?:${LABEL_WORDS})?)\s*$`);
/** Prose ending a sentence, then a label's words glued to its stop ("… týždeň.Prečítajte si aj:", "… でした。あわせて読みたい："). */
const GLUED_LABEL = new RegExp(String.raw`^([\s\S]*[${ALL_STOPS}]["'»”’)]?)(${LABEL_WORDS})\s*$`);
/** Prose, a space, then one mark (an arrow, a pointing hand) before the links: in a script without stops too ("… ในนัดชิงชนะเลิศ ► <a>…</a>"). */
const SPACED_SIGN = /^([\s\S]*?\S)\s+(\S{1,3})\s*$/;

/**
 * The last text before a paragraph's last links when no sentence's end stands before them (runOnIn): a label opened inside
 * the last sentence — in a bracket closed after the links ("… a baleset után (Kapcsolódó: <a>…</a>).", "… marzo
 * (<a>Approfondisci: …</a>)."), after a dash ("… осіб — Дивіться також: <a>…</a>") — a label glued to the stop, or an arrow
 * after a space. The prose keeps its words and the sentence's stop after the links, if any; null when none of these.
 */
function openedTail(data: string, links: Element[], after: ChildNode[]): { prose: string; label: string; keep: string } | null {
  const closing = after.map((k) => k.textContent).join('');
  const glued = GLUED_LABEL.exec(data);
  if (glued && CLOSING.test(closing)) return { prose: glued[1]!, label: glued[2]!.trim(), keep: glued[1]! };
  const m = OPENED_LABEL.exec(data);
  const bracket = !!m && (m[2] === '(' || m[2] === '（');
  // (The label inside the link only in a bracket: after a dash, "— <a>Annual Review 2024: Our Harbour in Numbers</a>" names a document.)
  const labelled = !!m && (m[3] !== '' || (bracket && links.length === 1 && LABEL_IN_LINK.test(normalizeSpace(links[0]!.textContent ?? ''))));
  // What follows the links: the sentence's stop at most (after the bracket's close, for a bracket).
  const stop = /^\s*([.。!?！？]?)\s*$/.exec(closing);
  const shut = labelled ? (bracket ? /^\s*[)）]\s*([.。!?！？]?)\s*$/.exec(closing) : stop) : null;
  if (m && shut) return { prose: m[1]!, label: m[3]!.trim(), keep: `${m[1]}${shut[1]}` };
  const sign = SPACED_SIGN.exec(data);
  if (sign && stop && ARROWS.test(sign[2]!) && isLabelSign(sign[2]!)) return { prose: sign[1]!, label: sign[2]!, keep: `${sign[1]}${stop[1]}` };
  return null;
}
/** Of the marks that stand for a label, those that point (a dash, a bar or a bullet after prose without a stop is the prose's). */
const ARROWS = /^[^|—–•·…-]/;

/** Text of nothing but closing marks and spaces ("", ").", "]"), or of what stands between two links (", ", " | "). */
const CLOSING = /^[\s.)\]）】」»”]*$/;
const BETWEEN = /^[\s,|·/]*$/;

export interface RunOnTail {
  /** The paragraph's text up to the sentence's end before the tail. */
  prose: string;
  /** The words between that sentence's end and the tail's links: a label, maybe after an opening bracket ("(Per approfondire:"). */
  label: string;
  /** The tail's links (one to three, the last ones of the paragraph, with nothing but marks after them). */
  links: Element[];
  /** The text node the sentence ends in, and its text up to there; the nodes after it go with the tail. */
  node: Text;
  keep: string;
  with: Node[];
  /** Set apart by more than a sentence's end: the links dressed in an element of their own, or an arrow after them ("<a>…</a> »"). */
  apart?: true;
}

/**
 * The paragraph's last links with the words before them back to the last sentence's end, run on in the same line
 * ("… der Region. Siehe auch: <a>Headline</a>", "… sotto di noi. (Per approfondire: <a>Headline</a>)"), or null.
 * The words before the links stand in text nodes and inline elements without links or breaks.
 */
export function runOnTail(p: Element): RunOnTail | null {
  return runOnIn(p, [...p.childNodes]) ?? wrappedRunOn(p);
}

/**
 * The same run on dressed in an inline element of its own at the paragraph's end ("… on the route. <em>Opinion: <a>Headline</a></em>"):
 * the label and links are the element's, and the sentence's end is in the text before it.
 */
function wrappedRunOn(p: Element): RunOnTail | null {
  const kids = [...p.childNodes];
  let i = kids.length - 1;
  while (i >= 0 && kids[i]!.nodeType === 3 && CLOSING.test(kids[i]!.nodeValue ?? '')) i--;
  const box = kids[i];
  const before = kids[i - 1];
  if (!box || box.nodeType !== 1 || !WRAPS.has(box.nodeName) || before?.nodeType !== 3 || !ENDS_IN_STOP.test(before.nodeValue ?? '')) return null;
  const inner = runOnIn(box as Element, [...box.childNodes], true);
  if (!inner) return null;
  const keep = (before.nodeValue ?? '').replace(/\s+$/, '');
  const prose = `${kids.slice(0, i - 1).map((k) => k.textContent).join('')}${keep}`;
  return { prose, label: inner.label, links: inner.links, node: before as Text, keep, with: kids.slice(i), apart: true };
}
/** Inline elements a run-on line is dressed in as a whole ("<em>Read more: <a>…</a></em>"). */
export const WRAPS = new Set(['EM', 'I', 'SMALL', 'SPAN', 'STRONG', 'B']);

function runOnIn(p: Element, kids: ChildNode[], whole = false): RunOnTail | null {
  let i = kids.length - 1;
  while (i >= 0 && kids[i]!.nodeType === 3 && CLOSING.test(kids[i]!.nodeValue ?? '')) i--;
  const links: Element[] = [];
  for (; i >= 0; i--) {
    const n = kids[i]!;
    if (n.nodeName === 'A') links.unshift(n as Element);
    else if (!(links.length && n.nodeType === 3 && BETWEEN.test(n.nodeValue ?? ''))) break;
  }
  if (links.length === 0 || links.length > 3) return null;
  // An arrow after the links points back at them ("<a>Headline</a> »"): they are set apart from the sentence before.
  const arrowed = /[»›→]/.test(kids.slice(kids.indexOf(links[links.length - 1] as ChildNode) + 1).map((k) => k.textContent).join(''));
  let label = '';
  for (; i >= 0; i--) {
    const n = kids[i]!;
    if (n.nodeType === 1) {
      if (n.nodeName === 'BR' || holdsNamed(n as Element, LINK_OR_BREAKER)) return null;
      label = `${n.textContent}${label}`;
      continue;
    }
    if (n.nodeType !== 3) continue;
    const data = n.nodeValue ?? '';
    if (whole) {
      label = `${data}${label}`;
      continue;
    }
    // A stop ending the text before the label's own element ("… the action. <strong>Also read:</strong> <a>…</a>").
    // Or before one link whose own words open with a label ("… the action. <a>Also read: Headline</a>"): that stop, not
    // one of an earlier sentence of the text.
    let last = label || arrowed || (links.length === 1 && LABEL_IN_LINK.test(normalizeSpace(links[0]!.textContent ?? ''))) ? STOP_AT_END.exec(data) : null;
    STOP.lastIndex = 0;
    if (!last) for (let m = STOP.exec(data); m; m = STOP.exec(data)) last = m;
    if (!last) {
      // (A label of its own element counts with the text before it: "… किया है - <strong>ये भी पढ़ें-</strong> <a>…</a>".)
      const opened = openedTail(`${data}${label}`, links, kids.slice(kids.indexOf(links[links.length - 1] as ChildNode) + 1));
      if (opened && opened.keep.length <= data.length + 1) return { ...opened, prose: `${kids.slice(0, i).map((k) => k.textContent).join('')}${opened.prose}`, links, node: n as Text, with: kids.slice(i + 1) };
    }
    if (!last) {
      label = `${data}${label}`;
      continue;
    }
    const cut = last.index + last[0].length;
    const keep = data.slice(0, cut).replace(/\s+$/, '');
    const before = kids.slice(0, i).map((k) => k.textContent).join('');
    return { prose: `${before}${keep}`, label: `${data.slice(cut)}${label}`.trim(), links, node: n as Text, keep, with: kids.slice(i + 1), ...(arrowed ? { apart: true as const } : {}) };
  }
  // The whole element is the line: its words before the links are the label (a stop inside them is a sentence).
  return whole && !SPACED_STOP.test(label) ? { prose: '', label: label.trim(), links, node: p.firstChild as Text, keep: '', with: [] } : null;
}
