// Step 1: the working copy. The page's own document is never touched: everything after this runs
// on a deep clone, with a <base> so relative URLs resolve against the page's address, and without
// the parts that can never be article (scripts, styles, templates) so later steps walk less.
import { resolveLazyImages } from './media';
import { defuseClobbering } from './sanitize';

const NEVER_ARTICLE = 'script:not([type="application/ld+json"]), style, link, template, meta:not(head meta), object, embed';

export function cloneDocument(doc: Document, baseUrl: string): Document {
  const clone = doc.cloneNode(true) as Document;
  defuseClobbering(clone); // first: a clobbered form can send later steps round in circles (sanitize.ts)
  if (!clone.documentElement) return clone;
  let head = clone.head;
  if (!head) {
    head = clone.createElement('head');
    clone.documentElement.insertBefore(head, clone.documentElement.firstChild);
  }
  if (!clone.querySelector('base[href]')) {
    const base = clone.createElement('base');
    base.setAttribute('href', baseUrl);
    head.insertBefore(base, head.firstChild);
  }
  return clone;
}

/** Removes what can never be article and resolves lazy images, in the working copy. */
export function prepareWorkingCopy(clone: Document): void {
  const body = clone.body;
  if (!body) return;
  for (const el of Array.from(body.querySelectorAll(NEVER_ARTICLE))) el.remove();
  resolveLazyImages(body);
}
