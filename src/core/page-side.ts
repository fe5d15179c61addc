// The extraction as the content script runs it in a web page: the same pipeline, with step 7 left to the
// extension page that shows the article. Every view sanitizes an Article with DOMPurify before a node of it
// enters the page (src/view/sanitize-html.ts, the lists of sanitize-config.ts), so sanitizing here too only
// cost the page a second DOMPurify (30 KB of script parsed on each click, and a walk over the article):
// the Article this returns carries the cleaned, not yet sanitized, HTML, and must go to that view and
// nowhere else. Article.text and the outline are the same either way (tests/unit/page-side.test.ts).
import type { Article, ExtractOptions } from './article';
import { runPipeline } from './pipeline';

export type { Article, ExtractOptions } from './article';
export { ExtractionLimitError } from './article';

/** The article element moved into a fragment of its own (working-copy) document, as it is. */
function detach(content: Element): DocumentFragment {
  const fragment = content.ownerDocument.createDocumentFragment();
  fragment.appendChild(content);
  return fragment;
}

export function extractForView(doc: Document, url: string, options: ExtractOptions = {}): Article | null {
  return runPipeline(doc, url, options, detach);
}
