/**
 * Injected on demand (scripting.executeScript, files: ['content.js']) into the page's isolated world.
 * It only defines a function on the isolated world's globalThis; a second executeScript calls it.
 * It never changes the live page: the core extracts from a copy of the document.
 * Every answer carries `timing`: how long the extraction ran in the page (for the popup's performance marks
 * and `npm run bench`), measured with performance.now(), which costs nothing next to the extraction.
 */
import { CONTENT_GLOBAL, type ContentExtractFn, type ContentNextPageFn, NEXT_PAGE_GLOBAL } from '../shared/messages';
import { readNextPage } from './next-page';
import { readPage } from './read-page';

const extract: ContentExtractFn = (force, rules) => {
  const start = performance.now();
  const startedAt = performance.timeOrigin + start;
  const result = readPage(document, location.href, force, 0, rules);
  const extractMs = performance.now() - start;
  return { ...result, timing: { extractMs, startedAt } };
};

(globalThis as unknown as Record<string, ContentExtractFn>)[CONTENT_GLOBAL] = extract;
(globalThis as unknown as Record<string, ContentNextPageFn>)[NEXT_PAGE_GLOBAL] = (url) => readNextPage(url, location.origin);
