// Call-to-action boxes: the template's box that asks the reader to do something — write a letter to the
// editor, support the site, take out the product the guide is about ("We want to hear what you think about
// this article. Submit a letter to the editor …", "A Word to Our Loyal Readers: Support …"). Their words are each
// site's own; the name the template gives the box is the marketing trade's one: a CTA (c-letters-cta,
// custom-cta-letter, fluid-cta-module, ctaBox). Readability strips the classes, so the rule runs on the page,
// before it.
// Guard: "cta" as a whole part of the class or id (not inside a word: "dictator", "actas"); a box's length; no
// headline, article or main inside and under three paragraphs of prose (a wrapper so named around the story
// stays); never inside literal text.
import { classAndId } from '../dom';
import type { Rule } from '../rules/rule';
import { findNamedBoxes, withLettersUpTo } from './named-boxes';

/** Letters of a call box at most: the longest seen (a fact-checker's appeal for support) runs to 900. */
const BOX_LETTERS = 1200;

/** "cta" as a whole part of a name: c-letters-cta, cta_box, ctaBox, CTA-Banner. */
const CTA_NAME = /(?:^|[^a-zA-Z])(?:cta|CTA)(?![a-z])|[a-z]Cta(?![a-z])/;

function named(el: Element): boolean {
  const name = classAndId(el);
  if (!name || !name.toLowerCase().includes('cta')) return false;
  return CTA_NAME.test(name);
}

export const callBoxes: Rule = {
  name: 'call-boxes',
  kind: 'page-chrome',
  description: 'A box the template names a call to action (a whole "cta" in its class or id), of a box’s length, with no headline, article or main and under three paragraphs of prose.',
  find: (root) =>
    findNamedBoxes(root, {
      named,
      fits: withLettersUpTo(BOX_LETTERS),
      reason: 'a call-to-action box the template sets beside the story',
    }),
};
