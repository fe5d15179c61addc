// The pitch of a call box that the block rule reads apart from its calls: a short block between two calls ("Get the
// morning briefing" / "The day's five stories that matter, in your inbox before breakfast." / [Sign up]). Alone, such a
// line asks nothing; between the calls it is their box's text.
// Guard: 30 words at most, no link of its own, not a quotation, speaking to the reader or as us. (Tried and dropped: a
// block of "our" offer right before one call — "Wir freuen uns, die Inhalte kostenlos zur Verfügung stellen zu können",
// a press office's quoted "We have no further comment" went with it on the benchmarks.)
import { holdsNamed, tagSet } from '../dom';
import { countWords, textOf } from '../text';
import { addressesReader, speaksAsUs } from './call-lexicon';
import { saysYou } from './call-modal';
import type { RuleContext, RuleMatch } from './rule';

/** A quotation's marks: a speaker's words, whoever "we" are in them. */
const QUOTED = /["“”„«»「」]/;
const MEDIA = tagSet('img, picture, video, audio, iframe, table, ul, ol, form');

/** The element before `el` among its siblings, passing over empty ones. */
function previous(el: Element): Element | null {
  let s = el.previousElementSibling;
  while (s && !/\S/.test(s.textContent ?? '') && !s.querySelector('img, a')) s = s.previousElementSibling;
  return s;
}

/** A short block of words alone: no link, no picture or list, 30 words at most. */
function shortLine(el: Element, ctx: RuleContext): string | null {
  if (ctx.linksOf(el).length || holdsNamed(el, MEDIA)) return null;
  const text = textOf(el);
  const words = countWords(text);
  return words > 0 && words <= 30 ? text : null;
}

export function callPitches(found: ReadonlyMap<Element, RuleMatch>, ctx: RuleContext): RuleMatch[] {
  const pitches: RuleMatch[] = [];
  for (const call of found.keys()) {
    const before = previous(call);
    if (!before || found.has(before)) continue;
    const text = shortLine(before, ctx);
    if (!text) continue;
    const above = previous(before);
    if (!above || !found.has(above) || QUOTED.test(text)) continue;
    if (saysYou(text) || speaksAsUs(text) || addressesReader(text)) pitches.push({ node: before, action: { type: 'remove' }, reason: 'pitch between two calls to act', text });
  }
  return pitches;
}
