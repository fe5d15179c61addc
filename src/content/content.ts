/**
 * Injected on demand (scripting.executeScript, files: ['content.js']) into the page's isolated world.
 * It only defines a function on the isolated world's globalThis; a second executeScript calls it.
 * It never changes the live page: the core extracts from a copy of the document.
 */
import { CONTENT_GLOBAL, type ContentExtractFn } from '../shared/messages';
import { readPage } from './read-page';

const extract: ContentExtractFn = (force) => {
  const started = performance.now();
  const result = readPage(document, location.href, force);
  return { ...result, ms: Math.round(performance.now() - started) };
};

(globalThis as unknown as Record<string, ContentExtractFn>)[CONTENT_GLOBAL] = extract;
