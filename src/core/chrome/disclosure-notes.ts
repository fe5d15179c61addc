// Disclosure notes: the publisher's standing notice set on every post ("Advertising disclosure: we may receive
// compensation for some of the links…", "This post contains references to products from our advertisers…",
// "Opinions expressed here are the author's alone…"), above or below the story. Its words change from site to
// site and language to language; the name the template gives the box does not: themes and ad plugins call it
// a disclosure or a disclaimer (editorial-disclosure, ad-disclosure, product-disclosure, comments-disclaimer).
// Readability strips the classes, so the rule runs on the page, before it.
// Guard: a box (class or id with a word disclosure/disclaimer) of a notice's length, with no headline,
// article or main inside and under three paragraphs of prose: a wrapper so named around the story stays.
import { classAndId } from '../dom';
import type { Rule } from '../rules/rule';
import { letterCount } from '../text';
import { findNamedBoxes } from './named-boxes';

/** The word in a class or id, as a whole part of a name (ad-disclosure, disclaimerText, Footer-disclaimer-2gf0t). */
const NOTE_NAME = /(?:^|[^a-z])(?:disclos(?:ure|ures)|disclaimers?)(?![a-z])|[a-z](?:Disclos(?:ure|ures)|Disclaimers?)(?![a-z])/;
/** Letters of a notice at most: the longest seen (an advertiser's full policy in a post's box) run to 700. */
const NOTICE_LETTERS = 1000;

function named(el: Element): boolean {
  const name = classAndId(el);
  if (!name) return false;
  const lower = name.toLowerCase();
  return (lower.includes('disclos') || lower.includes('disclaim')) && NOTE_NAME.test(name);
}

export const disclosureNotes: Rule = {
  name: 'disclosure-notes',
  kind: 'page-chrome',
  description: 'A box the template names a disclosure or disclaimer (advertising, affiliate or opinion notice), of a notice’s length, with no headline, article or main and under three paragraphs of prose.',
  find: (root) =>
    findNamedBoxes(root, {
      named,
      fits: (text) => letterCount(text) <= NOTICE_LETTERS,
      alsoInside: true,
      reason: 'a disclosure or disclaimer notice the template sets on every post',
    }),
};
