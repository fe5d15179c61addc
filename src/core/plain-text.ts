// `Article.text`: the article as plain text, one line per block. Unlike `textContent`, headings,
// paragraphs, list items and table rows never run into each other; preformatted text keeps its lines.
// It is the running text: figure captions and credits stay in `Article.html`, under their pictures,
// and are left out here, so the text reads (and times) as prose and not as "Photo: …" interjections.
// Ruby annotations (<rt>, <rp>: the furigana over kanji in Japanese easy-reading news) are shown over
// their characters in the view and left out here, so 子ども reads as 子ども and not as 子こども.
import { BLOCK_TAGS } from './dom';

/**
 * Elements never read: scripts and styles, captions (above), and what a sanitizer drops with its content
 * (DOMPurify's raw-text and inert elements), so the text is the same before and after sanitizing.
 */
const UNREAD = new Set(['script', 'style', 'figcaption', 'rt', 'rp', 'noscript', 'template', 'title', 'iframe', 'noembed', 'noframes', 'xmp', 'plaintext']);

export function plainText(root: Node): string {
  return plainTextParts(root, new Set()).text;
}

/**
 * The plain text, and its lines cut where each of `starts` begins (in one walk: a Range per part cost a
 * copy of the article per section). `parts[0]` is the text before the first start; `byStart` maps each
 * start found to its part's text.
 */
export function plainTextParts(root: Node, starts: ReadonlySet<Element>): { text: string; intro: string; byStart: Map<Element, string> } {
  const lines: string[] = [];
  const cuts: Array<[Element, number]> = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/[ \u00a0]+/g, ' ').replace(/^[ \t]+|[ \t]+$/g, '');
    if (t) lines.push(t);
    line = '';
  };
  const walk = (node: Node, pre: boolean): void => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (!pre) {
        line += data.replace(/\s+/g, ' ');
        return;
      }
      const parts = data.split('\n');
      parts.forEach((part, i) => {
        if (i > 0) {
          lines.push(line.replace(/\s+$/, ''));
          line = '';
        }
        line += part;
      });
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const tag = node.nodeType === 1 ? (node as Element).tagName : '';
    if (tag && UNREAD.has((node as Element).localName)) return;
    if (tag && starts.has(node as Element)) {
      flush();
      cuts.push([node as Element, lines.length]);
    }
    if (tag === 'BR') {
      flush();
      return;
    }
    const cell = tag === 'TD' || tag === 'TH';
    const block = BLOCK_TAGS.has(tag) && !cell;
    if (block) flush();
    if (cell && line.trim()) line += '\t';
    const inPre = pre || tag === 'PRE';
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child, inPre);
    if (tag === 'PRE' && !pre) {
      // Code keeps its indentation: the last line of a block goes out as it is.
      if (line.trim()) lines.push(line.replace(/\s+$/, ''));
      line = '';
    } else if (block) flush();
  };
  walk(root, false);
  flush();
  const byStart = new Map<Element, string>();
  cuts.forEach(([el, at], i) => {
    byStart.set(el, lines.slice(at, cuts[i + 1]?.[1] ?? lines.length).join('\n'));
  });
  return { text: lines.join('\n'), intro: lines.slice(0, cuts[0]?.[1] ?? lines.length).join('\n'), byStart };
}
