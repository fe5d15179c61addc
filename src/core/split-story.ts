// A story split across rows: page builders (WordPress's Visual Composer, Elementor, TYPO3's content elements,
// Jimdo modules, grid "row" containers) set a story's paragraphs in a run of sibling blocks of one shape,
// each its own stack of columns and wrappers. Readability scores inside one of them and joins only siblings
// of its top candidate, which sits levels below the row: it returns one row of the story.
// Seen on the page: the reading's first paragraph sits in a block (below the article's region) whose parent
// holds more blocks of the same tag and class (a named class: a bare <div> is no shape) that hold two or more
// prose paragraphs the reading does not (a subscribe box or a quote card beside the story holds one). Then the
// pipeline reads again with the rows flattened in its working copy: each row of that shape gives way to the
// blocks it holds (paragraphs, headings, lists, figures, tables, text-only divs), so the story's blocks are
// siblings under one parent and Readability scores them together. The reading is kept only when it holds the
// first reading's start and a fifth more prose (pipeline.ts): rows of teasers or comments bring no prose.
import { BLOCK_TAGS, hasBlockChild, namedShape as shape, proseParagraphs } from './dom';
import { hiddenToReadability } from './hidden';
import { letterCount, normalizeSpace } from './text';
import { paragraphOnPage } from './title-anchor';

/** Levels climbed from the paragraph to find its row. */
const MAX_CLIMB = 10;
/** A paragraph of prose, as the pipeline counts them elsewhere. */
const PROSE_LETTERS = 80;

/** True when the reading (its text, `read`) holds the start of paragraph `p`. */
const isRead = (p: Element, read: string) => read.includes(normalizeSpace(p.textContent ?? '').slice(0, 60));

/** Prose paragraphs under `el` that the reading (its text, `read`) does not hold, counted up to `enough`. */
function unreadProse(el: Element, read: string, enough: number): number {
  return proseParagraphs(el, PROSE_LETTERS, enough, (p) => !isRead(p, read));
}

/** Unread prose paragraphs in the other rows: a row of a subscribe box or a quote card holds one. */
const UNREAD_PARAGRAPHS = 2;

interface Rows {
  parent: Element;
  kind: string;
}

/** The rows above paragraph `p` (a named block whose same-shape siblings hold unread prose), or null. */
function rowsAbove(p: Element, root: Element, read: string): Rows | null {
  let row: Element = p;
  for (let up = 0; up < MAX_CLIMB && row.parentElement && row !== root; up++, row = row.parentElement) {
    const parent = row.parentElement;
    const kind = shape(row);
    // A paragraph is no row, and a bare <div> is no shape: a builder names its rows.
    if (row.localName === 'p' || kind.endsWith('.')) continue;
    let unread = 0;
    for (let sib = parent.firstElementChild; sib && unread < UNREAD_PARAGRAPHS; sib = sib.nextElementSibling) {
      if (sib !== row && shape(sib) === kind) unread += unreadProse(sib, read, UNREAD_PARAGRAPHS - unread);
    }
    if (unread >= UNREAD_PARAGRAPHS) return { parent, kind };
  }
  return null;
}

/** Unread prose paragraphs tried as the start of rows the reading took none of. */
const TRIES = 6;

/**
 * The rows of the story under `root`: the ones the reading `content` took one of ('took'), or, when the reading
 * took none (a header's lead, a teaser list) and `beside` asks for them, rows found from the page's unread prose
 * ('beside'); else null.
 */
function rowsOf(root: Element, content: Element, beside: boolean): (Rows & { took: boolean }) | null {
  const read = normalizeSpace(content.textContent ?? '');
  const p = paragraphOnPage(root, content);
  const took = p && rowsAbove(p, root, read);
  if (took) return { ...took, took: true };
  if (!beside) return null;
  const ps = root.getElementsByTagName('p');
  for (let i = 0, tries = 0; i < ps.length && tries < TRIES; i++) {
    const q = ps[i]!;
    if (letterCount(q.textContent ?? '') < PROSE_LETTERS || isRead(q, read)) continue;
    tries++;
    const beside = rowsAbove(q, root, read);
    if (beside) return { ...beside, took: false };
  }
  return null;
}

/** Letters in the reading's paragraphs of prose (a comment line, a teaser's blurb or a label is none). */
export function proseLetters(content: Element): number {
  let n = 0;
  const ps = content.getElementsByTagName('p');
  for (let i = 0; i < ps.length; i++) {
    const letters = letterCount(ps[i]!.textContent ?? '');
    if (letters >= PROSE_LETTERS) n += letters;
  }
  return n;
}

/**
 * 'took' when the reading `content` of the page took one of several same-shape rows of its story, 'beside'
 * when it took none of rows that hold unread prose (looked for only when `beside` asks), null when neither.
 */
export function splitAcrossRows(doc: Document, content: Element, region: Element | null, beside: boolean): 'took' | 'beside' | null {
  const root = region ?? doc.body;
  const rows = root && rowsOf(root, content, beside);
  return rows ? (rows.took ? 'took' : 'beside') : null;
}

/** The blocks a row holds, outermost first: its paragraphs, headings, lists, figures, tables, articles, text-only divs. */
function blocksOf(el: Element, out: Element[]): Element[] {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    // An <article> inside a row is a unit (a teaser card, an embedded post): it moves whole. So does a hidden
    // block (a dialog shown on a click), which Readability then drops with all it holds.
    if (hiddenToReadability(child)) {
      out.push(child);
      continue;
    }
    const wrapper = /^(div|section|span)$/.test(child.localName) && hasBlockChild(child);
    if (wrapper) blocksOf(child, out);
    else if (BLOCK_TAGS.has(child.tagName) || child.localName === 'img' || child.localName === 'picture') out.push(child);
    else if (child.textContent?.trim()) out.push(child);
  }
  return out;
}

/**
 * In the working copy: every row of the story's shape that holds prose gives way to the blocks it holds. Rows
 * of that shape without a paragraph of prose (a teaser grid, a newsletter box) stay whole, to be scored apart.
 * Returns how many rows gave way (0: the tree is unchanged).
 */
export function flattenRows(root: Element, content: Element): number {
  const rows = rowsOf(root, content, true); // called only when the page's rows were found, either way
  if (!rows) return 0;
  let flattened = 0;
  for (const row of Array.from(rows.parent.children)) {
    if (shape(row) === rows.kind && unreadProse(row, '', 1) > 0) {
      row.replaceWith(...blocksOf(row, []));
      flattened++;
    }
  }
  return flattened;
}
