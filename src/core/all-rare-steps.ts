// The whole table of rare-steps.ts, for whatever provides it: the core's extraction for the CLI and the
// tests (extract.ts), and the content script's second file, injected only into a page that needs it
// (src/content/rare.ts).
import { crossReferenceNotes } from './chrome/cross-reference-notes';
import { tocBoxes } from './chrome/toc-boxes';
import { isCommentPolicy } from './clutter/comment-policy-words';
import { findIssuerBoilerplate } from './clutter/issuer-boilerplate-start';
import { findTeaserCards } from './clutter/teaser-card-runs';
import { copyWithDepthCap } from './deep-tree';
import { linkEmbeds } from './embeds';
import { keepMath } from './math';
import type { RareSteps } from './rare-steps';
import { relativeUrl, relativizeUrls } from './relative-urls';
import { findLeakedMarkup } from './rules/leaked-markup-spans';
import { flattenShadowRoots } from './shadow-dom';
import { SiteCorrections } from './site-rules/apply';

export const RARE_STEPS: RareSteps = { copyWithDepthCap, crossReferenceNotes, findIssuerBoilerplate, findLeakedMarkup, findTeaserCards, flattenShadowRoots, isCommentPolicy, keepMath, linkEmbeds, relativeUrl, relativizeUrls, SiteCorrections, tocBoxes };
