// Licence and copyright notes: the publisher's standing line on the terms of the text or its pictures, set
// in the story's container ("Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND …", "Materiał
// chroniony prawem autorskim – wszelkie prawa zastrzeżone …"). Its words change with the site and the
// language; the name the template gives the box does not: a field or a block named for the licence or the
// copyright (field-name-field-lizenz, licenceInfo, article-copyright). A page footer so named is the footers
// rule's; this one is the note inside the story's block that Readability keeps. Readability strips the
// classes, so the rule runs on the page, before it.
// Guard: a box (not a link, not a heading: a README's "License" section heading stays) whose class or id
// holds the word as a whole part of a name, of a notice's length (eight words at least: a shorter one is a
// picture's credit, left to the caption rules, which read it with its caption), with no headline, article,
// main, heading or picture inside (a picture's box named for its licence is the picture's) and under three
// paragraphs of prose: a wrapper so named around a story or a licence's full text stays.
import { classAndId } from '../dom';
import type { Rule } from '../rules/rule';
import { countWords, letterCount } from '../text';
import { findNamedBoxes } from './named-boxes';

/** The word as a whole part of a name (cc-license, field-lizenz, licenceInfo, Footer-copyright-2ju8F, imageCopyright). */
const NOTE_NAME = /(?:^|[^a-z])(?:copyrights?|licen[cs]e|lizenz|licencja|licencia)(?![a-z])|[a-z](?:Copyrights?|Licen[cs]e|Lizenz)(?![a-z])/;
/** Words of a notice at least: a shorter line ("© Agency / Name") is a picture's credit, the caption rules' to read with its caption. */
const NOTICE_WORDS = 8;
/** Letters of a notice at most (as disclosure notes): a licence's full text is longer. */
const NOTICE_LETTERS = 1000;
/** Not a note: a link (a footer's licence link), a heading (a section titled "License"), the page's body. */
const NOT_A_BOX = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'body', 'html']);
/** A heading or a picture inside: a section, or a picture's box with its credit (the picture stays, with its caption). */
const INSIDE = 'h1, h2, h3, h4, h5, h6, img, picture, video, figure, iframe';

function named(el: Element): boolean {
  if (NOT_A_BOX.has(el.localName)) return false;
  const name = classAndId(el);
  if (!name) return false;
  const lower = name.toLowerCase();
  return (lower.includes('copyright') || lower.includes('licen') || lower.includes('lizenz')) && NOTE_NAME.test(name);
}

export const licenceNotes: Rule = {
  name: 'licence-notes',
  kind: 'page-chrome',
  description: 'A box the template names for the licence or copyright (a text’s licence, a rights notice), of a notice’s length (eight words or more), with no heading, article or main and under three paragraphs of prose.',
  find: (root) =>
    findNamedBoxes(root, {
      named,
      fits: (text) => countWords(text) >= NOTICE_WORDS && letterCount(text) <= NOTICE_LETTERS,
      refuses: (el) => el.querySelector(INSIDE) !== null,
      reason: 'a licence or copyright notice the template sets in the story’s block',
    }),
};
