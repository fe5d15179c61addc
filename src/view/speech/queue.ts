/**
 * What read aloud reads: the article's running text, block by block (paragraphs, headings, list items,
 * quotes, table cells), cut into sentences. Code, captions, formulas, footnote marks and the view's own
 * controls are not read. Each sentence knows its block, its section (for skipping by section) and the
 * text nodes it spans (for the highlight).
 */
import { sentenceSpans } from './sentences';

export interface SpeechItem {
  /** What is spoken: the sentence with its spaces collapsed. */
  text: string;
  block: HTMLElement;
  /** Index of the section (heading) it belongs to; -1 before the first heading. */
  section: number;
  /** The sentence's extent in the page, for the highlight. */
  range(): Range | null;
}

const READ = 'p, h1, h2, h3, h4, h5, h6, li, dt, dd, blockquote, td, th';
/** Not read: code, pictures and their captions, formulas, footnote marks, the view's controls. */
const SKIP = 'pre, code, figcaption, figure, math, svg, sup, script, style, [data-ro-ui], [aria-hidden="true"]';

interface Piece {
  node: Text;
  /** Offset of this node's first character in the block's text. */
  at: number;
}

function blockText(block: HTMLElement): { text: string; pieces: Piece[] } {
  const pieces: Piece[] = [];
  let text = '';
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (parent && parent !== block && parent.closest(SKIP) && block.contains(parent.closest(SKIP))) continue;
    pieces.push({ node, at: text.length });
    text += node.data;
  }
  return { text, pieces };
}

/** The text node and offset of a character offset: the node it starts in, or for an end, the node it ends in. */
function point(pieces: Piece[], offset: number, end: boolean): [Text, number] | null {
  for (const piece of pieces) {
    const length = piece.node.length;
    const inside = end ? offset > piece.at && offset <= piece.at + length : offset >= piece.at && offset < piece.at + length;
    if (inside) return [piece.node, offset - piece.at];
  }
  return null;
}

/** The sentences of `body` in reading order; `headings` are the sections' headings, in order. */
export function buildQueue(body: HTMLElement, headings: HTMLElement[], lang: string | null): SpeechItem[] {
  const blocks = Array.from(body.querySelectorAll<HTMLElement>(READ)).filter(
    (el) => !el.closest(SKIP) && !el.querySelector(READ.replace(/, (td|th)/g, '')),
  );
  const items: SpeechItem[] = [];
  let section = -1;
  for (const block of blocks) {
    while (section + 1 < headings.length) {
      const next = headings[section + 1]!;
      const at = next === block || Boolean(next.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING);
      if (!at) break;
      section++;
    }
    const { text, pieces } = blockText(block);
    const blockLang = block.closest('[lang]')?.getAttribute('lang') || lang;
    for (const span of sentenceSpans(text, blockLang)) {
      const spoken = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
      if (!spoken) continue;
      items.push({
        text: spoken,
        block,
        section,
        range: () => {
          const start = point(pieces, span.start, false);
          const end = point(pieces, span.end, true);
          if (!start || !end) return null;
          const range = block.ownerDocument.createRange();
          try {
            range.setStart(start[0], start[1]);
            range.setEnd(end[0], end[1]);
          } catch {
            return null;
          }
          return range;
        },
      });
    }
  }
  return items;
}
