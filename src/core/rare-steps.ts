// Steps only some pages need: open shadow roots flattened in, pages nested deeper than browsers nest,
// typeset formulas, players and embedded posts made links, the reader's corrections for a site, the
// relative URLs of a page read without its address (the CLI's case), and the searches of rules that find
// something on few pages (leaked markup, tables of contents, cross-reference notes, teaser cards,
// press-release boilerplate, comment policies), each behind the rule's cheap test. The pipeline reaches them
// through this table,
// after a cheap test on the page says it needs one, so that the content script can leave their code out of
// content.js and carry it in rare.js (src/content/rare.ts), injected with content.js in one round trip. The
// CLI and the tests get the whole table with the core's extraction (extract.ts).
import type { crossReferenceNotes } from './chrome/cross-reference-notes';
import type { tocBoxes } from './chrome/toc-boxes';
import type { isCommentPolicy } from './clutter/comment-policy-words';
import type { findIssuerBoilerplate } from './clutter/issuer-boilerplate-start';
import type { findTeaserCards } from './clutter/teaser-card-runs';
import type { copyWithDepthCap } from './deep-tree';
import type { linkEmbeds } from './embeds';
import type { keepMath } from './math';
import type { relativeUrl, relativizeUrls } from './relative-urls';
import type { findLeakedMarkup } from './rules/leaked-markup-spans';
import type { flattenShadowRoots } from './shadow-dom';
import type { SiteCorrections } from './site-rules/apply';

export interface RareSteps {
  copyWithDepthCap: typeof copyWithDepthCap;
  crossReferenceNotes: typeof crossReferenceNotes;
  findLeakedMarkup: typeof findLeakedMarkup;
  findIssuerBoilerplate: typeof findIssuerBoilerplate;
  findTeaserCards: typeof findTeaserCards;
  isCommentPolicy: typeof isCommentPolicy;
  flattenShadowRoots: typeof flattenShadowRoots;
  keepMath: typeof keepMath;
  linkEmbeds: typeof linkEmbeds;
  relativeUrl: typeof relativeUrl;
  relativizeUrls: typeof relativizeUrls;
  SiteCorrections: typeof SiteCorrections;
  tocBoxes: typeof tocBoxes;
}

/** Thrown when a page needs a step of the table and the table was not provided: nothing is read then. */
export class RareStepMissing extends Error {
  constructor(readonly step: keyof RareSteps) {
    super(`The step ${step} is needed on this page and was not loaded.`);
    this.name = 'RareStepMissing';
  }
}

let table: RareSteps | null = null;

/** Makes the steps available to the pipeline (null: none, as in a content.js injected alone). */
export function provideRareSteps(steps: RareSteps | null): void {
  table = steps;
}

/** The step `name`, for a page that needs it; throws RareStepMissing when the table was not provided. */
export function rareStep<K extends keyof RareSteps>(name: K): RareSteps[K] {
  if (!table) throw new RareStepMissing(name);
  return table[name];
}
