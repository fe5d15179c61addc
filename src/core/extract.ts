// The core's public extraction for Node and the tests (and any host that shows Article.html as it is):
// the pipeline with DOMPurify as step 7, so Article.html is sanitized HTML.
import type { Article, ExtractOptions } from './article';
import { RARE_STEPS } from './all-rare-steps';
import { runPipeline } from './pipeline';
import { provideRareSteps } from './rare-steps';
import { sanitizeArticle } from './sanitize';

// Here every step is at hand: no page waits for a second script.
provideRareSteps(RARE_STEPS);

export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): Article | null {
  return runPipeline(doc, url, options, sanitizeArticle);
}
