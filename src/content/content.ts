/**
 * Injected on demand (scripting.executeScript, files: ['content.js']) into the page's isolated world.
 * It defines functions on the isolated world's globalThis and, as its last statement, reads the page: the
 * injection answers with the article. A forced read ("Try anyway") calls the function with a second executeScript.
 * A multi-page article's next page is found and read by pages.js, injected after the article is shown.
 * It never changes the live page: the core extracts from a copy of the document.
 * Every answer carries `timing`: how long the extraction ran in the page (for the popup's performance marks
 * and `npm run bench`), measured with performance.now(), which costs nothing next to the extraction.
 */
import type { SiteRule } from '../core/site-rules/types';
import { AUTO_GLOBAL, CONTENT_GLOBAL, type ContentExtractFn, type ContentReadDocFn, NO_AUTO_GLOBAL, READ_DOC_GLOBAL, RULES_GLOBAL } from '../shared/messages';
import type { ExtractResult } from '../shared/messages';
import { readPage } from './read-page';

const extract: ContentExtractFn = (force, rules) => {
  const start = performance.now();
  const startedAt = performance.timeOrigin + start;
  const steps: Record<string, number> = {};
  const result = readPage(document, location.href, force, 0, { siteRules: rules ?? [], steps });
  const extractMs = performance.now() - start;
  return { ...result, timing: { extractMs, startedAt, steps } };
};

(globalThis as unknown as Record<string, ContentExtractFn>)[CONTENT_GLOBAL] = extract;

// The build ends content.js with a call of AUTO_GLOBAL (taken from messages.ts): the injection's completion value is the
// article read without force, so the popup's first click needs one executeScript. A caller that only wants
// the functions defined (a forced read after the page lost them) sets the no-auto flag first.
(globalThis as unknown as Record<string, () => ExtractResult | undefined>)[AUTO_GLOBAL] = () => {
  const g = globalThis as unknown as Record<string, unknown>;
  if (g[NO_AUTO_GLOBAL]) {
    delete g[NO_AUTO_GLOBAL];
    return undefined;
  }
  // The reader's corrections for the site, left by the popup just before this injection (when it has any).
  const rules = Array.isArray(g[RULES_GLOBAL]) ? (g[RULES_GLOBAL] as SiteRule[]) : [];
  delete g[RULES_GLOBAL];
  return extract(false, rules);
};
// For pages.js: a fetched next page goes through the same reading as the page.
(globalThis as unknown as Record<string, ContentReadDocFn>)[READ_DOC_GLOBAL] = (doc, url) => readPage(doc, url, true);
