// Bench entry point, bundled by scripts/bench/core.mjs with esbuild into a temp dir.
// The pipeline and plain Readability come from ONE bundle, so both run the very same Readability code.
// The pipeline timed is the one the content script runs in the page (src/core/page-side.ts): the view,
// not the page, sanitizes. `extractArticleSanitized` (the CLI's, with DOMPurify) is there for comparison.
export { ExtractionLimitError, extractArticle as extractArticleSanitized } from '../../src/core';
export { extractForView as extractArticle } from '../../src/core/page-side';
export { Readability } from '@mozilla/readability';
