/**
 * Injected on demand (scripting.executeScript, files: ['content.js']) into the page's isolated world.
 * It only defines a function on the isolated world's globalThis; a second executeScript calls it.
 * It never changes the live page: the core extracts from a clone of the document.
 */
import { ExtractionLimitError, extractArticle } from '../core/index';
import { CONTENT_GLOBAL, type ContentExtractFn, type ExtractResult, UNSCRIPTABLE_MESSAGE } from '../shared/messages';

const extract: ContentExtractFn = (force) => {
  try {
    if (document.contentType && !/html|xml/i.test(document.contentType)) {
      // PDF viewers, images and plain files opened directly: there is no article markup to read.
      return { ok: false, reason: 'unscriptable', message: UNSCRIPTABLE_MESSAGE } satisfies ExtractResult;
    }
    const article = extractArticle(document, location.href, { force });
    if (!article) {
      return {
        ok: false,
        reason: 'not-article',
        message: 'This page doesn’t look like an article (it may be a home page, a list or an app).',
      } satisfies ExtractResult;
    }
    // Plain JSON across the boundary (structured clone of a JSON round-trip is safe in both browsers).
    return { ok: true, article: JSON.parse(JSON.stringify(article)) } satisfies ExtractResult;
  } catch (err) {
    if (err instanceof ExtractionLimitError) {
      return { ok: false, reason: 'too-big', message: `This page is too large to read here (${err.message}).` };
    }
    return { ok: false, reason: 'error', message: err instanceof Error ? err.message : String(err) };
  }
};

(globalThis as unknown as Record<string, ContentExtractFn>)[CONTENT_GLOBAL] = extract;
