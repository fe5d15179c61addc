// A slideshow's position lines: "1 von 17" under each of a recipe's step photos, "Bild 3 von 10", "2/5",
// "Image 1 of / 4" beside a gallery. The slideshow's script is gone in the reader, which shows the pictures one
// after the other; the counter is the widget's, not the story's.
// Guard: a line that is only a position — at most two words of label, a number, a separator (a slash or one short
// word), then a number at least as large — taken when the article repeats it for two positions or more of the same
// count under the same label (1/5, 2/5 …), or when it sits in a small wrapper with a picture. A rating ("Review
// 8/10"), a score or "Part 1 of 3" in a sentence appears once, away from pictures; headings and table cells (a
// recipe's "1/4" and "3/4" cups) are never taken.
import type { Rule, RuleMatch } from '../rules/rule';
import { letterCount, textOf } from '../text';
import { holdsMedia, type TextUnit, textUnits } from './units';

const COUNTER = /^([^\d]{0,20}?)\s*(\d{1,3})\s*(?:\/|[^\s\d/]{1,4})\s*\/?\s*(\d{1,3})$/;
/** Levels climbed from a lone counter to the gallery it belongs to, and the letters that wrapper may hold. */
const CLIMB = 3;
const GALLERY_LETTERS = 400;

interface Counter {
  unit: TextUnit;
  label: string;
  at: number;
  of: number;
}

function counterOf(unit: TextUnit): Counter | null {
  // A table's cells are data: a recipe's quantities ("1/4", "3/4"), a results column.
  if (unit.words > 6 || /^H[1-6]$/.test(unit.el.tagName) || unit.el.closest('td, th')) return null;
  const m = COUNTER.exec(unit.text);
  if (!m) return null;
  const label = (m[1] ?? '').trim().toLowerCase();
  const at = Number(m[2]);
  const of = Number(m[3]);
  if (at < 1 || of < 2 || at > of || label.split(/\s+/).length > 2) return null;
  return { unit, label, at, of };
}

/** True when a wrapper a few levels up holds a picture and little text: the gallery the counter counts. */
function besidePicture(el: Element, root: Element): boolean {
  let up: Element | null = el.parentElement;
  for (let i = 0; up && up !== root && i < CLIMB; i++, up = up.parentElement) {
    if (letterCount(textOf(up)) > GALLERY_LETTERS) return false;
    if (holdsMedia(up) && up.querySelector('img, picture, video')) return true;
  }
  return false;
}

export const slideCounters: Rule = {
  name: 'slide-counters',
  kind: 'clutter',
  description: 'A slideshow’s position line ("1 von 17", "2/5", "Image 1 of 4"): repeated for several positions of one count, or beside a picture.',
  find(root, ctx) {
    const counters: Counter[] = [];
    for (const unit of ctx.kept(textUnits, root)) {
      // A cheap look first: a position line ends in a digit.
      if (/\d$/.test(unit.text)) {
        const c = counterOf(unit);
        if (c) counters.push(c);
      }
    }
    const matches: RuleMatch[] = [];
    for (const c of counters) {
      const positions = new Set(counters.filter((o) => o.label === c.label && o.of === c.of).map((o) => o.at));
      if (positions.size >= 2 || besidePicture(c.unit.el, root)) {
        matches.push({ node: c.unit.el, action: { type: 'remove' }, reason: `a slideshow’s position line (${c.at} of ${c.of})`, text: c.unit.text });
      }
    }
    return matches;
  },
};
