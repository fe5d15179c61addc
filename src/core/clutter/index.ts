// Clutter rules, run on the extracted article after Readability: what Readability keeps inside the
// story's container but a reader does not want.
import type { Rule } from '../rules/rule';
import { authorSignOff } from './author-sign-off';
import { closingHeading } from './closing-heading';
import { codeLeftovers } from './code-leftovers';
import { commentPolicy } from './comment-policy';
import { contactBlocks } from './contact-blocks';
import { continueLinks } from './continue-links';
import { headerLines } from './header-lines';
import { iconControls } from './icon-controls';
import { issuerBoilerplate } from './issuer-boilerplate';
import { linkRows } from './link-rows';
import { lookAlikeLetters } from './look-alike-letters';
import { looseCaptions } from './loose-captions';
import { orphanLabels } from './orphan-labels';
import { postMetaLine } from './post-meta-line';
import { promoLines } from './promo-lines';
import { slideCounters } from './slide-counters';
import { teaserCards } from './teaser-cards';
import { trailingDates } from './trailing-dates';
import { trailingStubs } from './trailing-stubs';

export const CLUTTER_RULES: readonly Rule[] = [teaserCards, headerLines, contactBlocks, authorSignOff, looseCaptions, slideCounters, iconControls, promoLines, linkRows, continueLinks, lookAlikeLetters, codeLeftovers, commentPolicy, issuerBoilerplate, postMetaLine, orphanLabels, trailingDates, trailingStubs, closingHeading];
