/**
 * Injected on demand (scripting.executeScript, files: ['content.js']) into the page's isolated world.
 * It defines functions on the isolated world's globalThis and, as its last statement, reads the page: the
 * injection answers with the article. A forced read ("Try anyway") calls the function with a second executeScript.
 * A multi-page article's next page is found and read by pages.js, injected after the article is shown.
 * The steps content.js leaves out (shadow roots, formulas, very deep nesting, corrections, a few rules'
 * searches: core/rare-steps.ts) come in rare.js, injected with it in the same executeScript (issue 17: one
 * round trip). A page that needs one without rare.js in it (content.js injected alone) is answered with
 * `{ needs: 'rare' }`; injecting rare.js then reads it (see RESUME_GLOBAL).
 * It never changes the live page: the core extracts from a copy of the document.
 * Every answer carries `timing`: how long the extraction ran in the page (for the popup's performance marks
 * and `npm run bench`), measured with performance.now(), which costs nothing next to the extraction.
 */
import { RareStepMissing, type RareSteps, provideRareSteps } from '../core/rare-steps';
import type { SiteRule } from '../core/site-rules/types';
import {
  AUTO_GLOBAL,
  CONTENT_GLOBAL,
  type ContentExtractFn,
  type ContentReadDocFn,
  type NeedsRare,
  NO_AUTO_GLOBAL,
  RARE_GLOBAL,
  READ_DOC_GLOBAL,
  RESUME_GLOBAL,
  RULES_GLOBAL,
} from '../shared/messages';
import type { ExtractResult } from '../shared/messages';
import { readPage } from './read-page';

const g = globalThis as unknown as Record<string, unknown>;

/** The rare steps, once rare.js has been injected into this page (this or an earlier click). */
function takeRareSteps(): void {
  provideRareSteps((g[RARE_GLOBAL] as RareSteps | undefined) ?? null);
}

/** The read that stopped for want of a rare step, until rare.js resumes it. */
let pending: [force: boolean, rules: SiteRule[] | undefined] | null = null;

const extract: ContentExtractFn = (force, rules) => {
  takeRareSteps();
  pending = null;
  const start = performance.now();
  const startedAt = performance.timeOrigin + start;
  const steps: Record<string, number> = {};
  let result: ExtractResult;
  try {
    result = readPage(document, location.href, force, 0, { siteRules: rules ?? [], steps });
  } catch (err) {
    if (!(err instanceof RareStepMissing)) throw err;
    pending = [force, rules];
    return { needs: 'rare' } satisfies NeedsRare;
  }
  const extractMs = performance.now() - start;
  return { ...result, timing: { extractMs, startedAt, steps } };
};

(globalThis as unknown as Record<string, ContentExtractFn>)[CONTENT_GLOBAL] = extract;

// The build ends content.js with a call of AUTO_GLOBAL (taken from messages.ts): the injection's completion value is the
// article read without force, so the popup's first click needs one executeScript. A caller that only wants
// the functions defined (a forced read after the page lost them) sets the no-auto flag first.
(globalThis as unknown as Record<string, () => ExtractResult | NeedsRare | undefined>)[AUTO_GLOBAL] = () => {
  if (g[NO_AUTO_GLOBAL]) {
    delete g[NO_AUTO_GLOBAL];
    return undefined;
  }
  // The reader's corrections for the site, left by the popup just before this injection (when it has any).
  const rules = Array.isArray(g[RULES_GLOBAL]) ? (g[RULES_GLOBAL] as SiteRule[]) : [];
  delete g[RULES_GLOBAL];
  return extract(false, rules);
};
// rare.js's last statement: the read that needed it, with the steps it brought (nothing when none is pending).
(globalThis as unknown as Record<string, () => ExtractResult | NeedsRare | undefined>)[RESUME_GLOBAL] = () => {
  const args = pending;
  pending = null;
  return args ? extract(...args) : undefined;
};
// For pages.js: a fetched next page goes through the same reading as the page (rare.js is injected with
// pages.js for that read, so any step it needs is there).
(globalThis as unknown as Record<string, ContentReadDocFn>)[READ_DOC_GLOBAL] = (doc, url) => {
  takeRareSteps();
  return readPage(doc, url, true);
};
