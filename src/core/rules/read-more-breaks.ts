// Read-more lines among a paragraph's lines broken with <br>, for read-more-line.ts: the last line, the last lines one under
// the other, or a line between two lines of prose.
//   <p>…the council said on Tuesday.<br><strong>Read more:</strong> <a href="/2024/05/…">Another story</a></p>
// The breaks and the lines go, the prose stays. Each line is what read-more-line.ts asks of a block: one to three headline
// links to stories of the site and at most a short label on one side of them, and nothing else.
import { BLOCK_TAGS, linkLetters } from '../dom';
import { SPACELESS_SCRIPT, letterCount, textOf } from '../text';
import { absoluteUrl } from '../url';
import { ENDS_IN_STOP, middleLines, nodesText, paragraphTail } from './paragraph-tail';
import { PROSE, isOtherStory, labelOf } from './read-more-tail';
import type { RuleContext, RuleMatch } from './rule';
import { isHeadline, isShortLabel } from './story-link';

/** The first story a line of a paragraph links to when the line is a read-more line (headline links to stories of the site, a short label at most), else null. */
function readMoreLink(line: readonly Node[], ctx: RuleContext): string | null {
  if (line.some((n) => n.nodeType === 1 && (BLOCK_TAGS.has((n as Element).tagName) || (n as Element).querySelector('br')))) return null;
  const links = line.flatMap((n): Element[] => (n.nodeName === 'A' ? [n as Element] : n.nodeType === 1 ? [...ctx.linksOf(n as Element)] : []));
  const hrefs = new Set(links.map((a) => absoluteUrl(a.getAttribute('href'), ctx.pageUrl) ?? ''));
  if (links.length === 0 || hrefs.size > 3) return null;
  // Stories are pages, not files: "… the call for applications here as a PDF to pass on." is a sentence of the text.
  for (const h of hrefs) if (!isOtherStory(h, ctx)) return null;
  if (!links.every((a) => isHeadline(textOf(a)))) return null;
  const label = labelOf(line, links);
  // Words after the links that end as a sentence are the rest of one, not a label ("… here as a PDF to pass on.").
  // (A stop alone after the link ends the line, not a sentence of words: "Pas le temps de lire ? <a>Écoutez cet article</a>.")
  const end = line[line.length - 1];
  if (label === null || !isShortLabel(label) || (label && end?.nodeType === 3 && letterCount(end.nodeValue ?? '') > 0 && /[.!?。]\s*$/.test(label))) return null;
  return [...hrefs][0] ?? '';
}

/** The read-more line (or lines) ending a paragraph after a line break, or one between two lines of prose; null when there is none. */
export function readMoreTail(p: Element, ctx: RuleContext): RuleMatch | null {
  const tail = paragraphTail(p);
  if (!tail) return null; // one line
  // Prose of its own before the line, not a list of links over it ("Подробнее<br>1. <a>…</a><br>2. <a>…</a>" is one read-more block).
  // Several lines of them: readMoreRun.
  const href = proseBefore(tail.prose) ? readMoreLink(tail.line, ctx) : null;
  if (href === null) return readMoreRun(p, ctx) ?? readMoreMidLine(p, ctx);
  return { node: tail.node, with: tail.with, action: { type: 'remove' }, reason: 'read-more line ending a paragraph', text: nodesText(tail.line).trim(), href };
}

/** Prose of its own before a paragraph's last lines: fifty letters, or a sentence ending in its stop (an address's or a poem's short lines are none). */
function proseBefore(nodes: readonly Node[]): boolean {
  const own = letterCount(nodesText(nodes)) - linkedLetters(nodes);
  // (Thai, Lao, Burmese and Khmer end a sentence with a space or nothing: a sentence's letters are enough there.)
  return own >= 50 || (own >= PROSE && (ENDS_IN_STOP.test(nodesText(nodes).trim()) || SPACELESS_SCRIPT.test(nodesText(nodes))));
}

/**
 * Two or more read-more lines ending a paragraph, one under the other ("…further inquiries.<br>Read more: <a>…</a><br>Read more:
 * <a>…</a>"): each line is one, and the prose is what comes before the first. The lines and the breaks before them go.
 */
function readMoreRun(p: Element, ctx: RuleContext): RuleMatch | null {
  const kids = [...p.childNodes];
  const starts = [0, ...kids.flatMap((n, i) => (n.nodeName === 'BR' ? [i + 1] : []))];
  const lines = starts.map((s, k) => kids.slice(s, k + 1 < starts.length ? starts[k + 1]! - 1 : kids.length));
  const blank = (line: Node[]) => !/\S/.test(nodesText(line));
  let k = lines.length;
  const texts: string[] = [];
  let href: string | null = null;
  for (; k > 0; k--) {
    const line = lines[k - 1]!;
    if (blank(line)) continue;
    const found = readMoreLink(line, ctx);
    if (found === null) break;
    href = found;
    texts.unshift(nodesText(line).trim());
  }
  const run = texts.length;
  if (run < 2 || href === null) return null;
  if (k === 0 || !proseBefore(lines.slice(0, k).flat())) return null;
  // From the break that ends the prose's last line: the breaks, the lines, to the paragraph's end.
  const from = starts[k]! - 1;
  return { node: kids[from]!, with: kids.slice(from + 1), action: { type: 'remove' }, reason: 'read-more lines ending a paragraph', text: texts.join(' '), href };
}

/** Letters of the links among `nodes` (each a link, or the links inside an element). */
const linkedLetters = (nodes: readonly Node[]): number =>
  linkLetters(nodes.flatMap((n) => (n.nodeType !== 1 ? [] : (n as Element).localName === 'a' ? [n as Element] : Array.from((n as Element).querySelectorAll('a')))));

/**
 * A read-more line between two lines of prose in a paragraph broken into lines ("…the action.<br><b>Related:</b> <a>Headline</a><br>Members
 * voted…"): the line and the break before it go, the prose on both sides stays.
 */
function readMoreMidLine(p: Element, ctx: RuleContext): RuleMatch | null {
  for (const { line, node } of middleLines(p)) {
    const href = readMoreLink(line, ctx);
    if (href !== null) return { node, with: line, action: { type: 'remove' }, reason: 'read-more line between lines of a paragraph', text: nodesText(line).trim(), href };
  }
  return null;
}
