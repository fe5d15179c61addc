/**
 * Injected on demand (scripting.executeScript, files: ['content.js']) into the page's isolated world.
 * It only defines a function on the isolated world's globalThis; a second executeScript calls it.
 * It never changes the live page: the core extracts from a clone of the document.
 * Every answer carries `timing`: how long extractArticle ran in the page (for the popup's performance marks
 * and `npm run bench`), measured with performance.now(), which costs nothing next to the extraction.
 */
import { ExtractionLimitError, extractArticle } from '../core/index';
import { CONTENT_GLOBAL, type ContentExtractFn, type ExtractResult, type ExtractTiming, UNSCRIPTABLE_MESSAGE } from '../shared/messages';

function run(force: boolean, timing: ExtractTiming): ExtractResult {
  const start = performance.now();
  timing.startedAt = performance.timeOrigin + start;
  try {
    if (document.contentType && !/html|xml/i.test(document.contentType)) {
      // PDF viewers, images and plain files opened directly: there is no article markup to read.
      return { ok: false, reason: 'unscriptable', message: UNSCRIPTABLE_MESSAGE };
    }
    const article = extractArticle(document, location.href, { force });
    timing.extractMs = performance.now() - start;
    if (!article) {
      return {
        ok: false,
        reason: 'not-article',
        message: 'This page doesn’t look like an article (it may be a home page, a list or an app).',
      };
    }
    // Plain JSON across the boundary (structured clone of a JSON round-trip is safe in both browsers).
    return { ok: true, article: JSON.parse(JSON.stringify(article)) };
  } catch (err) {
    timing.extractMs = performance.now() - start;
    if (err instanceof ExtractionLimitError) {
      return { ok: false, reason: 'too-big', message: `This page is too large to read here (${err.message}).` };
    }
    return { ok: false, reason: 'error', message: err instanceof Error ? err.message : String(err) };
  }
}

const extract: ContentExtractFn = (force) => {
  const timing: ExtractTiming = { extractMs: 0, startedAt: 0 };
  const result = run(force, timing);
  result.timing = timing;
  return result;
};

(globalThis as unknown as Record<string, ContentExtractFn>)[CONTENT_GLOBAL] = extract;
