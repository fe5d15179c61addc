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

/**
 * The article element moved into a fragment of its own (working-copy) document, without inline event
 * handlers and `<base>`, `<meta>`, `<link>` (empty elements). Not for safety: the view's DOMPurify is the gate
 * and drops all of them anyway, so what is shown does not change. But Chromium checks an extension page's CSP
 * as soon as a parsed element gets an `on…` attribute or a `<base href>`, even in the inert document DOMPurify
 * parses into, and reports a blocked script or base URI (tests/e2e/security.mjs fails on any report).
 */
const EMPTY_HEAD_TAGS = new Set(['base', 'meta', 'link']);

function detach(content: Element): DocumentFragment {
  for (const el of [content, ...Array.from(content.querySelectorAll('*'))]) {
    if (EMPTY_HEAD_TAGS.has(el.localName)) el.remove();
    else for (const name of el.getAttributeNames()) if (name.toLowerCase().startsWith('on')) el.removeAttribute(name);
  }
  const fragment = content.ownerDocument.createDocumentFragment();
  fragment.appendChild(content);
  return fragment;
}

export function extractForView(doc: Document, url: string, options: ExtractOptions = {}): Article | null {
  return runPipeline(doc, url, options, detach);
}
