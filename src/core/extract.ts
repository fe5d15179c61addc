// The core's public extraction for Node and the tests (and any host that shows Article.html as it is):
// the pipeline with DOMPurify as step 7, so Article.html is sanitized HTML.
import type { Article, ExtractOptions } from './article';
import { runPipeline } from './pipeline';
import { sanitizeArticle } from './sanitize';

export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): Article | null {
  return runPipeline(doc, url, options, sanitizeArticle);
}
