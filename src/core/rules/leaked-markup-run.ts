// Leaked tags cut across text nodes by the page's own inline markup, for leaked-markup-spans.ts:
//   &lt;a href="https://<wbr>site/<wbr>2024/<wbr>slug/"&gt;words&lt;/a&gt;          a <wbr> in a long URL
//   <span>&lt;a href="</span><span>https://site/slug/"&gt;</span>words             a span per run of a pasted document
//   &lt;a href="<a href="https://site/slug/">https://site/slug/</a>"&gt;words      the URL inside auto-linked
// The text nodes of one line (the same nearest block) are read as one text; a tag the grammar finds across two of
// them goes from each, and an inline element left with no words by it (the auto-linked URL, an emptied span) goes
// whole. A line whose tags each sit in one text node is left to the node-by-node walk.
import { closestNamed, inBlockShowingCode, LITERAL_TAGS, tagSet } from '../dom';
import type { RuleMatch } from './rule';
import { findMarkup } from './tag-grammar';
import { mayHoldMarkup } from './tag-shape';

const INLINE = tagSet('a, abbr, b, bdi, cite, em, font, i, mark, s, small, span, strong, sub, sup, u, wbr');

/** The nearest ancestor that is not inline text markup: the line's block. */
function blockOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el && INLINE.has(el.localName)) el = el.parentElement;
  return el;
}

/** The outermost inline element around `node` (below its block) whose words are only `node`'s. */
function emptied(node: Text, block: Element | null): Node {
  let out: Node = node;
  for (let el = node.parentElement; el && el !== block && INLINE.has(el.localName) && el.textContent === node.data; el = el.parentElement) out = el;
  return out;
}

/** `data` without the spans, the words they sat between joined by one space, as the link would have rendered. */
export function withoutSpans(data: string, spans: readonly { start: number; end: number }[]): string {
  let text = '';
  let last = 0;
  for (const s of spans) {
    text += data.slice(last, s.start);
    const next = data.charAt(s.end);
    // A tag glued between two words of a spaced script ("among&lt;a href=…&gt;military") stood where a space renders (not a word-break hint's <wbr>).
    if (SPACED_LETTER.test(text.slice(-1)) && SPACED_LETTER.test(next) && !ARABIC_MARK.test(next) && !/wbr/i.test(data.slice(s.start, s.end))) text += ' ';
    // A tag between a word's space and a stop or a comma ("free of charge &lt;a href=…&gt;.") leaves no space before it.
    else if (CLOSING_MARK.test(next)) text = text.replace(/[ \t]+$/, '');
    last = s.end;
  }
  return (text + data.slice(last)).replace(/ {2,}/g, ' ');
}
// Letters of the scripts that put spaces between words (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, Devanagari, Bengali).
// Arabic script's comma, semicolon, question mark and full stop: in its letters' block, but no letters.
const ARABIC_MARK = /[\u060c\u061b\u061f\u06d4]/;
/** Marks that close a clause or a sentence, written without a space before them. */
const CLOSING_MARK = /[.,;:!?)\]…\u060c\u061b\u061f\u06d4。、，．！？：；）]/;
const SPACED_LETTER = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0531-\u058f\u05d0-\u05ea\u0600-\u06ff\u0900-\u09ff\u1e00-\u1eff]/;

export function markupAcrossNodes(root: Element): { matches: RuleMatch[]; handled: Set<Text> } {
  const matches: RuleMatch[] = [];
  const handled = new Set<Text>();
  const runs: Text[][] = [];
  let block: Element | null = null;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (closestNamed(node.parentElement, LITERAL_TAGS)) continue;
    const b = blockOf(node);
    if (b !== block || runs.length === 0) runs.push([]);
    block = b;
    runs[runs.length - 1]!.push(node);
  }
  for (const run of runs) {
    if (run.length < 2 || !run.some((t) => mayHoldMarkup(t.data))) continue;
    const starts: number[] = [];
    let joined = '';
    for (const t of run) {
      starts.push(joined.length);
      joined += t.data;
    }
    starts.push(joined.length);
    const line = blockOf(run[0]!);
    const spans = findMarkup(joined, !inBlockShowingCode(run[0]!.parentElement));
    // Only a tag across two nodes is this walk's; tags inside one node are the node walk's.
    const nodeAt = (offset: number) => starts.findIndex((s, i) => offset >= s && offset < starts[i + 1]!);
    if (!spans.some((s) => nodeAt(s.start) !== nodeAt(s.end - 1))) continue;
    const href = spans.find((s) => s.href)?.href;
    run.forEach((t, i) => {
      const from = starts[i]!;
      const to = starts[i + 1]!;
      const mine = spans.filter((s) => s.start < to && s.end > from).map((s) => ({ start: Math.max(0, s.start - from), end: Math.min(t.data.length, s.end - from) }));
      handled.add(t);
      if (mine.length === 0) return;
      const text = withoutSpans(t.data, mine);
      const base = { reason: 'link markup shown as text, cut across the line’s inline markup', text: mine.map((s) => t.data.slice(s.start, s.end)).join(' … '), ...(href ? { href } : {}) };
      if (/\S/.test(text)) matches.push({ node: t, action: { type: 'replace-text', text }, ...base });
      else {
        const gone = emptied(t, line);
        matches.push(gone === t ? { node: t, action: { type: 'replace-text', text }, ...base } : { node: gone, action: { type: 'remove' }, ...base });
      }
    });
  }
  return { matches, handled };
}
