// Public entry of the core: everything the content script, the CLI and the tests need.
export type { Article, ExtractOptions, OutlineEntry, Removal, RemovalKind } from './article';
export { ExtractionLimitError } from './article';
export { extractArticle } from './extract';
