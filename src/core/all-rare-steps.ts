// The whole table of rare-steps.ts, for whatever provides it: the core's extraction for the CLI and the
// tests (extract.ts), and the content script's second file, injected only into a page that needs it
// (src/content/rare.ts).
import { copyWithDepthCap } from './deep-tree';
import { linkEmbeds } from './embeds';
import { keepMath } from './math';
import type { RareSteps } from './rare-steps';
import { relativeUrl, relativizeUrls } from './relative-urls';
import { findLeakedMarkup } from './rules/leaked-markup-spans';
import { flattenShadowRoots } from './shadow-dom';
import { SiteCorrections } from './site-rules/apply';

export const RARE_STEPS: RareSteps = { copyWithDepthCap, findLeakedMarkup, flattenShadowRoots, keepMath, linkEmbeds, relativeUrl, relativizeUrls, SiteCorrections };
