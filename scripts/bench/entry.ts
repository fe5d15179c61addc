// Bench entry point, bundled by scripts/bench/core.mjs with esbuild into a temp dir.
// The pipeline and plain Readability come from ONE bundle, so both run the very same Readability code.
export { ExtractionLimitError, extractArticle } from '../../src/core';
export { Readability } from '@mozilla/readability';
