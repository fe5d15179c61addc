// Date stamps after the story: "Aktualisiert am 17.01.2021.", "21.01.2022", "12.10.2015, 19:16 Uhr", "Le 29/01/2020",
// "page revision: 8, last edited: 17 Jun 2018", and the page's own address printed under them ("Permalink: https://…").
// The view shows the date in its header; header-lines takes these stamps above the story, this rule below it.
// Guard: only the run of such lines at the very end, after a paragraph of running text; a stamp is a short line (four
// words at most besides the date and the time, and at most one word after the date: "Uhr", "CET") holding a whole date (day,
// month and year, or a <time>); never a heading, a link, a list item, a table cell or a quotation (an embedded tweet's
// "— Name (@name) May 5, 2023"), nor a line of an event list ("30.11.2022 - Band - Venue": words after the date).
import type { Rule, RuleContext, RuleMatch } from '../rules/rule';
import { isSamePage } from '../url';
import { isRunningText, type TextUnit, textUnits } from './units';
import { unicodeRegExp } from '../unicode-class';

/** A whole date: 17.01.2021, 29/01/2020, 2021-01-17, 17. Januar 2021, 17 Jun 2018, June 17, 2018. */
const DATE = unicodeRegExp(String.raw`\b(?:\d{1,2}[./]\s?\d{1,2}[./]\s?(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s+\p{L}{3,}\.?\s+\d{4}|\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4})\b`);
const TIME = /\b\d{1,2}[:.]\d\d\b(?!\.\d)/g;
const WORD = unicodeRegExp(String.raw`\p{L}`);
const MAX_WORDS = 4;
const PLACES = 'h1, h2, h3, h4, h5, h6, li, td, th, dd, dt, blockquote';

const wordsIn = (text: string) => text.split(/\s+/).filter((w) => WORD.test(w)).length;

function isStamp(unit: TextUnit, ctx: RuleContext): boolean {
  if (unit.words > MAX_WORDS + 6 || /^[—–-]/.test(unit.text)) return false;
  const found = DATE.exec(unit.text);
  if (!found && !(unit.el.localName === 'time' || unit.el.querySelector('time'))) return false;
  if (unit.el.closest(PLACES) || ctx.linksOf(unit.el).length > 0) return false;
  if (!found) return unit.words <= MAX_WORDS + 2;
  const after = unit.text.slice(found.index + found[0].length).replace(TIME, ' ');
  const before = unit.text.slice(0, found.index).replace(TIME, ' ');
  return wordsIn(after) <= 1 && wordsIn(before) + wordsIn(after) <= MAX_WORDS;
}

/** "Permalink: https://…" or the address alone, when it is this page's. */
function isOwnAddress(unit: TextUnit, ctx: RuleContext): boolean {
  const m = /^(?:[^\s:]+(?:\s[^\s:]+)?\s?:\s*)?(https?:\/\/\S+)$/.exec(unit.text);
  if (m === null || unit.el.closest(PLACES)) return false;
  // The same page, with or without the host's "www." (a site printing its address one way, served the other).
  const bare = (u: string) => u.replace(/^(https?:\/\/)www\./i, '$1');
  return isSamePage(bare(m[1]!), bare(ctx.pageUrl));
}

export const trailingDates: Rule = {
  name: 'trailing-dates',
  kind: 'clutter',
  description: 'The run of date stamps ("Aktualisiert am 17.01.2021.") and the page’s own printed address at the very end, after running text.',
  find(root, ctx) {
    const units = ctx.kept(textUnits, root);
    let start = units.length;
    while (start > 0 && (isStamp(units[start - 1]!, ctx) || isOwnAddress(units[start - 1]!, ctx))) start--;
    if (start === units.length || !units.slice(0, start).some(isRunningText)) return [];
    // At least one date: an address alone is header-lines' to judge, not a stamp.
    const run = units.slice(start);
    if (!run.some((u) => isStamp(u, ctx))) return [];
    return run.map((u): RuleMatch => ({ node: u.el, action: { type: 'remove' }, reason: isStamp(u, ctx) ? 'a date stamp after the story' : 'the page’s own address, after the story', text: u.text }));
  },
};
