// Lines above the article's first paragraph that the view already shows or that belong to the page
// around the story: the byline, the date and "Updated …" stamps, a breadcrumb trail, photo credits,
// "Caption"/"Close" gallery buttons, kicker labels, view counters and reading-time lines, and the page's own
// address printed for print layouts. Readability keeps them when they share a container with the story.
// Guard: only before the first paragraph of running text; headings (but one that is the author's name and nothing
// else: a byline set in a heading), pictures, captions and table cells (and the cells of a table laid out with
// blocks: an ingredient grid) stay, and so does any line that reads as a sentence (a one-line lede or a standfirst).
import type { Rule, RuleContext, RuleMatch } from '../rules/rule';
import { countWords, textOf } from '../text';
import { isSamePage } from '../url';
import { endsLikeSentence, holdsMedia, isRunningText, type TextUnit, textUnits } from './units';
import { unicodeRegExp } from '../unicode-class';

const YEAR_OR_TIME = /\b(1[89]\d\d|20\d\d)\b|\b\d{1,2}:\d\d\b/;

/** A short line whose numbers say when: a date, a time, a `<time>` element. */
function isDateLine(unit: TextUnit): boolean {
  if (unit.words > 16 || !/\d/.test(unit.text)) return false;
  // A bare year is a timeline's entry heading, not a dateline.
  if (/^\d{4}$/.test(unit.text)) return false;
  if (unit.el.querySelector('time') !== null || unit.el.tagName === 'TIME') return true;
  // Mostly the date: a place, a month, "Updated", a name; a standfirst that mentions a year says more.
  const wordsWithoutDigits = unit.text.split(/\s+/).filter((w) => unicodeRegExp(String.raw`\p{L}`).test(w) && !/\d/.test(w)).length;
  if (/\b\d{1,2}:\d\d\b/.test(unit.text)) return true; // a clock time: a timestamp line, whatever else it says
  return wordsWithoutDigits <= 8 && YEAR_OR_TIME.test(unit.text);
}

function isBylineLine(unit: TextUnit, ctx: RuleContext): boolean {
  if (unit.words > 12) return false;
  const text = unit.text.toLowerCase();
  return (ctx.authors ?? []).some((name) => name.length >= 4 && text.includes(name.toLowerCase()));
}

/** The line is one of the article's author names and nothing else ("Mark Lavin", "By Mark Lavin"). */
function isAuthorName(unit: TextUnit, ctx: RuleContext): boolean {
  const text = unit.text.toLowerCase().replace(/^(by|von|par|por|di|door)\s+/, '');
  return (ctx.authors ?? []).some((name) => name.length >= 4 && text === name.toLowerCase());
}

/**
 * A label: a few capitalised words and no sentence or number (credits, kickers, buttons; a score line stays),
 * or up to four words around one small number ("4 Min Read", "Part 2": reading-time and series labels).
 */
function isLabelLine(unit: TextUnit): boolean {
  // A line that ends in a comma opens what follows (a letter's "Liebe Leserinnen und Leser,"): no label does.
  if (unit.words > 6 || endsLikeSentence(unit.text) || /,$/.test(unit.text)) return false;
  const numbers = unit.text.match(/\d+/g) ?? [];
  if (numbers.length > 1 || (numbers.length === 1 && (unit.words > 4 || (numbers[0] as string).length > 3))) return false;
  const words = unit.text.split(/\s+/).filter((w) => unicodeRegExp(String.raw`[\p{L}\p{N}]`).test(w));
  const capitalised = words.filter((w) => /^[^\p{L}]*(\p{Lu}|\p{N})/u.test(w)).length;
  return capitalised / Math.max(1, words.length) >= 0.5;
}

/** A breadcrumb's separator: an arrow or chevron between words, or opening the line ("> Blog > News > Headline"). */
const CRUMB = /(?:^|\s)[›»>→](?:\s|$)/;

/**
 * A breadcrumb trail set as a line of text: three crumbs at least, split by arrows or chevrons, each but the
 * last a few words and no sentence (a section's name); the last may be the headline. A credit's "/" and "|"
 * are not crumbs' separators.
 */
function isTrail(unit: TextUnit): boolean {
  if (unit.words > 30 || !CRUMB.test(unit.text)) return false;
  const crumbs = unit.text.split(/(?:^|\s)[›»>→](?=\s|$)/).map((c) => c.trim()).filter(Boolean);
  if (crumbs.length < 3) return false;
  return crumbs.slice(0, -1).every((c) => countWords(c) <= 4 && !endsLikeSentence(c));
}

/** A counter: a count written with thousands separators or a K/M suffix ("2.289", "1,204", "12K"), alone on its line. */
const COUNT = /^\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+$|^\d+(?:[.,]\d)?\s?[KkMm]$/;

/** A reading-time or similar meta line: a label, a colon and one small number with its unit ("Tempo de leitura: 1 minuto"). */
const LABELLED_NUMBER = /^[^\d:]{2,30}[:：]\s*\d{1,3}\s*[^\s\d.!?]{0,12}\.?$/;
const COUNTER = 'counter above the article (views, reads, shares)';
const LABEL = 'label line above the article (credit, kicker or button)';

function isOwnAddress(unit: TextUnit, ctx: RuleContext): boolean {
  return /^https?:\/\/\S+$/.test(unit.text) && isSamePage(unit.text, ctx.pageUrl);
}

/** A line in bold from end to end: a section heading set as a bold paragraph (the outline promotes it). */
function isBoldLine(unit: TextUnit): boolean {
  const bold = Array.from(unit.el.querySelectorAll('strong, b')).filter((b) => !b.parentElement?.closest('strong, b'));
  return bold.length > 0 && bold.map((b) => textOf(b)).join(' ').length >= unit.text.length - 1;
}

/** Why `unit` goes, or null; `previous` is the reason the unit before it went (null: it stayed). */
function why(unit: TextUnit, ctx: RuleContext, previous: string | null): string | null {
  if (isDateLine(unit)) return 'date line above the article';
  if (isTrail(unit)) return 'breadcrumb trail above the article';
  if (COUNT.test(unit.text)) return COUNTER;
  // The counter's unit on a line of its own under it ("2.289" / "letture").
  if (previous === COUNTER && unit.words <= 2 && !endsLikeSentence(unit.text)) return COUNTER;
  if (unit.words <= 6 && LABELLED_NUMBER.test(unit.text)) return 'reading-time or meta line above the article';
  if (isBylineLine(unit, ctx)) return 'byline above the article (shown in the header)';
  if (isLabelLine(unit)) return LABEL;
  return null;
}

function inTable(el: Element, root: Element): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) if (node.localName === 'table') return true;
  return false;
}

/** An element's shape: its tag and its children's tags with how many children each has. */
const shape = (el: Element) => el.localName + Array.from(el.children, (c) => c.localName + c.childElementCount).join();

/**
 * A cell of a table laid out with blocks: the nearest block around `el` (up to three levels) that holds more than
 * one is its row, each of whose cells holds a few words (an arrow icon beside a menu entry, a step's paragraph beside
 * its number: no such row), and that row (or its wrapper) is one of four siblings at least of the same shape: a
 * recipe's ingredient rows ("135 g" | "Butter"), a data sheet's ("Gewicht" | "12 kg"). Its short lines are data, not
 * labels; a link is a menu's entry, not a cell.
 */
function inGrid(el: Element, root: Element): boolean {
  if (el.closest('a') || el.querySelector('a')) return false;
  let row = el.parentElement;
  for (let i = 0; row && row !== root && row.childElementCount < 2 && i < 2; i++) row = row.parentElement;
  if (!row || row === root || row.childElementCount < 2) return false;
  if (Array.from(row.children).some((c) => !c.textContent?.trim() || countWords(textOf(c)) > 12)) return false;
  for (let item: Element | null = row, j = 0; item && item !== root && j < 2; item = item.parentElement, j++) {
    const key = shape(item);
    const siblings = item.parentElement ? Array.from(item.parentElement.children) : [];
    if (siblings.filter((s) => shape(s) === key).length >= 4) return true;
  }
  return false;
}

export const headerLines: Rule = {
  name: 'header-lines',
  kind: 'clutter',
  description: 'Byline, date, breadcrumb, credit, counter and label lines above the first paragraph of running text; never headings, pictures, captions or sentences.',
  find(root, ctx) {
    const matches: RuleMatch[] = [];
    // Label lines go only when running text follows them: a reading of short lines alone (a drug's data sheet, a
    // three-line post, a gallery's captions) has no first paragraph for them to stand above, and they are its text.
    let previous: string | null = null;
    let ran = false;
    for (const unit of ctx.kept(textUnits, root)) {
      if (isRunningText(unit)) {
        ran = true;
        break;
      }
      // Headings, pictures and list items (a summary's bullet points) are the article's, not its furniture.
      if (isOwnAddress(unit, ctx)) {
        // Print layouts put the page's address beside the logo: the line goes, logo and all.
        matches.push({ node: unit.el, action: { type: 'remove' }, reason: "the page's own address (print header)", text: unit.text });
        continue;
      }
      // A heading that is the byline's name and nothing else (a card template sets the author in an <h5>): a byline.
      if (/^H[1-6]$/.test(unit.el.tagName) && isAuthorName(unit, ctx)) {
        matches.push({ node: unit.el, action: { type: 'remove' }, reason: 'byline above the article (shown in the header)', text: unit.text });
        previous = null;
        continue;
      }
      if (/^(H[1-6]|LI)$/.test(unit.el.tagName) || holdsMedia(unit.el) || isBoldLine(unit)) continue;
      // A table's cells are data (an infobox's rows, a results table), not lines of the page's header.
      if (inTable(unit.el, root)) continue;
      let reason = why(unit, ctx, previous);
      if (reason === LABEL && inGrid(unit.el, root)) reason = null;
      previous = reason;
      if (reason) matches.push({ node: unit.el, action: { type: 'remove' }, reason, text: unit.text });
    }
    return ran ? matches : matches.filter((m) => m.reason !== LABEL);
  },
};
