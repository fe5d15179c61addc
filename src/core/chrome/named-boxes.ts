// The shared find of the chrome rules that know a box by the name its template gives it (author-boxes, call-boxes,
// disclosure-notes, licence-notes): each says which names, which lengths and what else rules a box out; the walk,
// the page-part and prose guards and the match are the same for all.
// Guard (every such rule): never inside literal text; no headline, article or main inside (hasPagePart) and under
// three paragraphs of prose: a wrapper so named around the story stays.
import { closestNamed, elementsWhere, hasPagePart, LITERAL_TAGS, proseParagraphs } from '../dom';
import type { RuleMatch } from '../rules/rule';
import { letterCount, textOf } from '../text';

/** Paragraphs of this many letters, three of them, are a story's, not a box's. */
const PROSE_LETTERS = 80;

export interface NamedBox {
  /** The template's name for such a box (its class or id). */
  named: (el: Element) => boolean;
  /** The box's text is of such a box's length. */
  fits: (text: string) => boolean;
  /** What else rules it out (a picture inside, a comment around it). */
  refuses?: (el: Element) => boolean;
  /** Boxes so named inside one already taken are matched too (disclosure-notes, as it always did: once the outer box is gone, the runner skips them). */
  alsoInside?: boolean;
  reason: string;
}

/** A `fits` for a box of some text and at most `max` letters (call-boxes, newsletter-boxes). */
export function withLettersUpTo(max: number): (text: string) => boolean {
  return (text) => {
    const letters = letterCount(text);
    return letters > 0 && letters <= max;
  };
}

/** The boxes under `root` that `box` describes, each to be removed. */
export function findNamedBoxes(root: Element, box: NamedBox): RuleMatch[] {
  const matches: RuleMatch[] = [];
  for (const el of elementsWhere(root, box.named)) {
    if (!box.alsoInside && matches.some((m) => m.node.contains(el))) continue; // inside a box already taken
    if (closestNamed(el, LITERAL_TAGS) || hasPagePart(el) || box.refuses?.(el)) continue;
    const text = textOf(el);
    if (!box.fits(text) || proseParagraphs(el, PROSE_LETTERS, 3) >= 3) continue;
    matches.push({ node: el, action: { type: 'remove' }, reason: box.reason, text });
  }
  return matches;
}
