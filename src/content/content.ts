/**
 * Injected on demand (scripting.executeScript, files: ['content.js']) into the page's isolated world.
 * It only defines functions on the isolated world's globalThis; a second executeScript calls them.
 * A multi-page article's next page is found and read by pages.js, injected after the article is shown.
 * It never changes the live page: the core extracts from a copy of the document.
 * Every answer carries `timing`: how long the extraction ran in the page (for the popup's performance marks
 * and `npm run bench`), measured with performance.now(), which costs nothing next to the extraction.
 */
import { CONTENT_GLOBAL, type ContentExtractFn, type ContentReadDocFn, READ_DOC_GLOBAL } from '../shared/messages';
import { readPage } from './read-page';

const extract: ContentExtractFn = (force) => {
  const start = performance.now();
  const startedAt = performance.timeOrigin + start;
  const steps: Record<string, number> = {};
  const result = readPage(document, location.href, force, 0, steps);
  const extractMs = performance.now() - start;
  return { ...result, timing: { extractMs, startedAt, steps } };
};

(globalThis as unknown as Record<string, ContentExtractFn>)[CONTENT_GLOBAL] = extract;
// For pages.js: a fetched next page goes through the same reading as the page.
(globalThis as unknown as Record<string, ContentReadDocFn>)[READ_DOC_GLOBAL] = (doc, url) => readPage(doc, url, true);
