// What a reading of a working copy can hold at most, known before Readability runs on it. Readability keeps,
// moves and renames the copy's nodes (an <h1> becomes an <h2>, a div of text a <p>) and drops the rest; it never
// adds text. So its content has no more letters than the copy's body and no more headings than the body's
// <h1>–<h6>. The wide reading (pipeline.ts) reshapes the same copy (collapsing wrapper stacks keeps every node;
// flattening rows keeps a row's blocks and drops only its loose text): a wide reading that could not be taken
// even at this bound is not made (the second Readability run it saves was made on about a third of pages and
// taken on a few).
//
// Readability also drops, in every attempt, the first <h1> or <h2> its walk meets whose words are mostly the
// article's title (its _headerDuplicatesTitle, _textSimilarity > 0.75), unless that header went first with a hidden
// or removed block: either way one such header is missing from the reading. So when the copy holds one (asked with
// the title the first reading found, which a reading of the same copy with its stacks collapsed finds again: it
// reads the head, the JSON-LD and the <h1>s, none of which collapsing changes), the reading has one heading fewer
// than the copy at most. That header is most often the page's only heading beside the story's (session 12: of the 45
// bench pages where a wide reading was made for its headings, 2 took it).
//
// The page's own letters (its text outside links, as ownLetters counts them) are bounded too, for a copy asked
// with `links`: a link whose text Readability cannot take out of a link stays one, so its letters are never own.
// Readability turns a link into something else only when its href starts with "javascript:" (_fixRelativeUris: it
// becomes its text, or a <span>), or when the link is its top candidate or a sibling of it that it keeps (renamed
// to a <div>), which needs a score, given only to the ancestors of what it scores (a <p>, div, section, h2–h6, td,
// pre, the <p> a run of <br>s becomes). And each attempt after the first reads the copy parsed again from its
// HTML, where the parser splits a link off another, drops one in a <select> and reads one in a <textarea> as text.
// So a link holding only text-level elements, in none of those places, keeps its letters in a link: Readability
// only moves, wraps and renames the blocks around it, or drops it whole; collapsing stacks merges divs, and
// flattening rows moves a row's blocks, such a link among them whole. (Session 14: 3 of the 37 wide readings of
// the bench pages spared; the rest have the own letters, or a heading more in the copy than in the reading.)
// tests/unit/reading-bound.test.ts holds each bound against Readability on generated trees.
import { Readability } from '@mozilla/readability';
import { closestNamed } from './dom';
import { letterCount } from './text';

/**
 * At most this many letters and h2–h6 headings in a reading of the copy; `headers`: the text of each <h1> and <h2>;
 * `links` (when asked for): the letters of the copy's links, all of them (as ownLetters subtracts them) and
 * those Readability keeps inside a link (see above): `letters - links.kept` own letters at most in a reading.
 */
export interface ReadingBound {
  letters: number;
  headings: number;
  headers: string[];
  links?: { all: number; kept: number };
}

/** Elements whose text Readability removes before its walk (its _removeScripts, _prepDocument): a header holding one is not compared. */
const REMOVED_FIRST = 'script, noscript, style';

/** The bound of a reading of the working copy whose body is `body` (see above); with `links`, its links' letters too. */
export function readingBound(body: Element, links = false): ReadingBound {
  const headers: string[] = [];
  for (const h of Array.from(body.querySelectorAll('h1, h2'))) if (!h.querySelector(REMOVED_FIRST)) headers.push(h.textContent ?? '');
  const bound: ReadingBound = { letters: letterCount(body.textContent ?? ''), headings: body.querySelectorAll('h1, h2, h3, h4, h5, h6').length, headers };
  if (links) bound.links = linkLetters(body);
  return bound;
}

/** Letters a reading of the copy holds outside links at most (see above). */
export function ownAtMost(bound: ReadingBound): number {
  return bound.letters - (bound.links?.kept ?? 0);
}

/**
 * Letters in a reading's paragraphs of prose (proseLetters) at most: its letters, unless paragraphs may nest and
 * count their letters twice. Readability makes a <p> of a div without blocks, of a run of <br>s, of a single-cell
 * table's cell, and around a div's runs of phrasing content (its _isPhrasingContent); so a <p>, div, table, cell
 * or <br> inside a <p> or inside such phrasing content may end up a paragraph inside a paragraph.
 */
export function proseAtMost(bound: ReadingBound, body: Element): number {
  return mayNest(body, false) ? Number.POSITIVE_INFINITY : bound.letters;
}

/**
 * Readability's phrasing content (its own PHRASING_ELEMS), with the <font> it makes a <span>: wrapped in a <p>
 * whatever it holds. (It counts a link, <del> or <ins> as phrasing only when all it holds is: then a block in it
 * with letters sits in phrasing content too, or has none.)
 */
const PHRASING = new Set([...(Readability.prototype as unknown as { PHRASING_ELEMS: string[] }).PHRASING_ELEMS.map((name) => name.toLowerCase()), 'font']);
const BECOMES_P = new Set(['p', 'div', 'table', 'td', 'br']);

/**
 * True when a paragraph-to-be with letters sits inside a paragraph or phrasing content (one without letters adds
 * none; a <br> right in a <p> does not nest: Readability makes that <p> a div).
 */
function mayNest(el: Element, inside: boolean): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    const name = child.localName;
    if (inside && (name === 'br' ? el.localName !== 'p' : BECOMES_P.has(name) && letterCount(child.textContent ?? '') > 0)) return true;
    if (mayNest(child, inside || name === 'p' || PHRASING.has(name))) return true;
  }
  return false;
}

/**
 * What a link may hold and stay one, in the copy and parsed again (see above): text-level elements only. A block
 * may be or become one that Readability scores, a <br> run becomes a <p>, the parser splits an <a> off an <a>, and
 * a block in a link in a <p> closes them both, and the parser's copies of the link stop at a table cell.
 */
const TEXT_LEVEL = new Set(
  'span b strong i em small big u s strike mark code kbd samp tt var sub sup abbr acronym cite dfn q time data bdi bdo wbr img picture source font del ins label svg g path use circle rect ellipse line polyline polygon defs symbol'.split(' '),
);

function textLevelOnly(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (!TEXT_LEVEL.has(child.localName) || !textLevelOnly(child)) return false;
  return true;
}

/**
 * Where a link does not stay one when its HTML is parsed again: in another link; in a select, where the parser
 * drops it, or in an element whose content it reads as text; in a template, whose content is not its children.
 */
const NOT_AROUND = new Set(['a', 'select', 'option', 'optgroup', 'datalist', 'textarea', 'title', 'style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext', 'template']);
/** A link Readability unwraps (its test is case-sensitive, and on the attribute as written). */
const SCRIPT_LINK = /^javascript:/;

/** The letters of every link under `body`, and of the ones Readability keeps as links (see above). */
function linkLetters(body: Element): { all: number; kept: number } {
  let all = 0;
  let kept = 0;
  for (const a of Array.from(body.querySelectorAll('a'))) {
    const letters = letterCount(a.textContent ?? '');
    all += letters;
    if (letters && !SCRIPT_LINK.test(a.getAttribute('href') ?? '') && textLevelOnly(a) && !closestNamed(a.parentElement, NOT_AROUND)) kept += letters;
  }
  return { all, kept };
}

/** Readability's _textSimilarity(title, header) > 0.75: the header's words, less those of the title, are under a quarter of its text. */
function duplicatesTitle(title: string, header: string): boolean {
  const tokens = (s: string) => s.toLowerCase().split(/\W+/g).filter(Boolean);
  const [a, b] = [tokens(title), tokens(header)];
  if (!a.length || !b.length) return false;
  return 1 - b.filter((t) => !a.includes(t)).join(' ').length / b.join(' ').length > 0.75;
}

/** The bound's headings for a reading of the copy (reshaped or not) whose Readability title is `title`. */
export function headingsAtMost(bound: ReadingBound, title: string): number {
  return bound.headings - (bound.headers.some((h) => duplicatesTitle(title, h)) ? 1 : 0);
}
