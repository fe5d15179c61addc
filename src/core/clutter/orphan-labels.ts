// Labels left without what they labelled: "Related coverage", "Lesen Sie auch:", "Mehr Themen:" over a
// box of links that an earlier rule (or Readability) removed, "Leave a reply" over a removed form, or a heading with nothing under it at the
// end of the article. Alone they read as a stray line, and the view would list an empty section.
// Guard: a heading or a short line with no link and no sentence (an amount with its unit is a value, no label), and either (a) the very next thing
// in the article is the place where a related box, read-more line or call was removed before
// Readability (teaser cards of other stories: only a heading or a colon line, as a sign-off may precede them), or
// (b) nothing follows it at all (no text, embed or picture; empty wrappers are passed over) and it is a heading
// or a label of a few words ending with a colon.
import type { RemovalKind } from '../article';
import { isRemovalMarker } from '../removals';
import type { Rule, RuleContext, RuleMatch } from '../rules/rule';
import { isLabelLine } from '../rules/story-link';
import { SPACELESS_SCRIPT, letterCount, pairedCjkWords, textOf } from '../text';
import { endsLikeSentence, isMedia, type TextUnit, textUnits } from './units';
import { unicodeRegExp } from '../unicode-class';

const MAX_WORDS = 8;
/** Removals whose label goes with them: boxes and lines pointing elsewhere (not a wiki's cross-reference notes). */
const LABELLED: ReadonlySet<RemovalKind> = new Set(['read-more', 'related-box', 'follow-call']);
const HEADING = /^H[2-6]$/;

function isLabel(unit: TextUnit, ctx: RuleContext): boolean {
  // A longer line is a label only when it is not a sentence and no heading ("More stories you may have missed:").
  // (Chinese and Japanese count a word per character: two make a word here, as a keyword's length counts them.)
  const long = pairedCjkWords(unit.text, unit.words) > MAX_WORDS;
  if (unit.words === 0 || (long && !isLabelLine(unit.text)) || ctx.linksOf(unit.el).length > 0) return false;
  // Thai, Lao, Burmese and Khmer write a clause without spaces, one "word" to the counts above: there a line of more
  // letters than a label's that does not end in a colon is a sentence ("ทีมชาติไทยเอาชนะเวียดนาม 2-1 ในนัดชิงชนะเลิศ").
  if (SPACELESS_SCRIPT.test(unit.text) && letterCount(unit.text) > 24 && !/[:：]$/.test(unit.text)) return false;
  // An amount with its unit ("1 545 500 EUROS", "42 km") says a value, as a total over a call for donations does: it
  // labels nothing. A bare count ("2" over a removed comment form) still goes.
  const letters = unit.text.match(unicodeRegExp(String.raw`\p{L}`, 'g'))?.length ?? 0;
  if (letters > 0 && (unit.text.match(unicodeRegExp(String.raw`\p{N}`, 'g'))?.length ?? 0) >= letters) return false;
  if (HEADING.test(unit.el.tagName)) return !long;
  if (unit.el.tagName === 'LI' || unit.el.closest('table, li')) return false;
  return /[:?：]$/.test(unit.text) || !endsLikeSentence(unit.text);
}

/**
 * A paragraph a line was cut from after its words (a read-more or a call run on at its end: the removal's marker follows
 * its text): the story's paragraph, however short what is left of it, unless that ends in a colon (a label over links
 * removed from the same paragraph: "Diese Artikel könnten euch auch interessieren:<br><a>…</a>").
 */
function cutAfterText(el: Element): boolean {
  let text = false;
  for (const n of el.childNodes) {
    if (isRemovalMarker(n)) return text;
    if (n.textContent?.trim()) text = true;
  }
  return false;
}

/**
 * What a wrapper without text holds first, in one walk: the removal marker it opens with, before any picture, embed
 * or table (the pictures a removed teaser left behind sit after the place where its link was removed), or the
 * first such picture; null when it holds neither (empty anchors).
 */
function firstInside(wrapper: Element): Node | null {
  const walker = wrapper.ownerDocument.createTreeWalker(wrapper, 1 | 128 /* SHOW_ELEMENT | SHOW_COMMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 8) {
      if (isRemovalMarker(node)) return node;
    } else if (isMedia(node as Element)) return node;
  }
  return null;
}

/** The next node after `el` in document order, outside it: whitespace and wrappers with neither text nor media skipped. */
function nextNode(el: Element, root: Element): Node | null {
  for (let node: Node | null = el; node && node !== root; node = node.parentNode) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === 3 && !(next as Text).data.trim()) continue;
      if (next.nodeType === 8 && !isRemovalMarker(next)) continue;
      if (next.nodeType === 1 && !(next as Element).textContent?.trim() && !(next as Element).firstChild) continue;
      if (next.nodeType === 1 && !(next as Element).textContent?.trim()) {
        // A textless wrapper: its removal marker, itself when it is or holds a picture or embed, else nothing (empty anchors).
        const first = firstInside(next as Element);
        if (isRemovalMarker(first)) return first;
        if (first || isMedia(next as Element)) return next;
        continue;
      }
      return next;
    }
  }
  return null;
}

/** The removal whose marker opens `box`, before any text in it, if any. */
function removalBefore(box: Element, ctx: RuleContext): { kind: RemovalKind } | null {
  const walker = box.ownerDocument.createTreeWalker(box, 4 | 128 /* SHOW_TEXT | SHOW_COMMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      if ((node as Text).data.trim()) return null;
    } else if (isRemovalMarker(node)) return ctx.removalAt?.(node as Comment) ?? null;
  }
  return null;
}

export const orphanLabels: Rule = {
  name: 'orphan-labels',
  kind: 'clutter',
  description: 'A heading or short label line whose box of links was removed right after it, or a heading/colon label with nothing after it at the end.',
  find(root, ctx) {
    const units = ctx.kept(textUnits, root);
    const matches: RuleMatch[] = [];
    units.forEach((unit, i) => {
      if (i === 0 || !isLabel(unit, ctx) || (!/[:：]$/.test(unit.text) && cutAfterText(unit.el))) return;
      const next = nextNode(unit.el, root);
      if (isRemovalMarker(next)) {
        const removal = ctx.removalAt?.(next as Comment);
        if (removal && LABELLED.has(removal.kind)) matches.push({ node: unit.el, action: { type: 'remove' }, reason: `label of a removed ${removal.kind.replace('-', ' ')}`, text: unit.text });
        else if (removal?.rule === 'page-forms') matches.push({ node: unit.el, action: { type: 'remove' }, reason: 'label of a removed form', text: unit.text });
        // Cards of products or stories follow a sign-off as often as a label: only a heading or a colon line labels them.
        else if (removal?.rule === 'teaser-cards' && (HEADING.test(unit.el.tagName) || /[:：]$/.test(unit.text))) {
          matches.push({ node: unit.el, action: { type: 'remove' }, reason: 'label of removed teaser cards', text: unit.text });
        }
        return;
      }
      // A label after the link it labelled, in a box the removal left with nothing else ("<blockquote><p>[link]</p><cite>You may
      // also like</cite></blockquote>"): a pull-quote's or a card's caption line of the removed story.
      // (The line is the box's own text, "<cite>" inline in the quote, or a block of the box.)
      for (const box of [unit.el, unit.el.parentElement]) {
        if (!box || box === root || textOf(box) !== unit.text) continue;
        const removal = removalBefore(box, ctx);
        if (removal && LABELLED.has(removal.kind)) {
          matches.push({ node: box, action: { type: 'remove' }, reason: `label left after a removed ${removal.kind.replace('-', ' ')}, alone in its box`, text: unit.text });
          return;
        }
      }
      // Nothing after it at all (no text, no embed, no picture): a heading, or a short colon label.
      const endLabel = HEADING.test(unit.el.tagName) || (unit.words <= 4 && /[:：]$/.test(unit.text));
      if (i === units.length - 1 && next === null && endLabel) {
        matches.push({ node: unit.el, action: { type: 'remove' }, reason: 'a label with nothing after it, at the end of the article', text: unit.text });
      }
    });
    return matches;
  },
};
