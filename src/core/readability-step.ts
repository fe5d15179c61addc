// Step 3: Readability, bounded. `maxElemsToParse` refuses huge pages; the pipeline's deadline is
// checked while Readability walks the DOM, so a pathological page stops instead of hanging the popup.
import { Readability } from '@mozilla/readability';
import type { Limits } from './limits';

export interface ReadabilityResult {
  content: Element;
  title: string;
  byline: string | null;
  dir: string | null;
  lang: string | null;
  excerpt: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

type Walker = { _getNextNode(node: Node, ignoreSelfAndKids?: boolean): Node | null };

export function runReadability(doc: Document, limits: Limits): ReadabilityResult | null {
  const reader = new Readability<Element>(doc, {
    maxElemsToParse: limits.maxElements,
    // Readability would walk the article to strip its classes; the sanitizer drops every class anyway,
    // and no step in between reads them.
    keepClasses: true,
    serializer: (node) => node as Element,
  });
  // Readability's DOM walk goes through _getNextNode: check the clock there, every 512 steps.
  const walker = reader as unknown as Walker;
  const next = walker._getNextNode.bind(reader);
  let steps = 0;
  walker._getNextNode = (node, ignore) => {
    if ((++steps & 511) === 0) limits.checkTime();
    return next(node, ignore);
  };
  const parsed = reader.parse();
  if (!parsed?.content) return null;
  return {
    content: parsed.content,
    title: parsed.title ?? '',
    byline: parsed.byline ?? null,
    dir: parsed.dir ?? null,
    lang: parsed.lang ?? null,
    excerpt: parsed.excerpt ?? null,
    siteName: parsed.siteName ?? null,
    publishedTime: parsed.publishedTime ?? null,
  };
}
