import { Readability } from '@mozilla/readability';
import type { Article, ExtractOptions } from './article';

// Bootstrap version: replaced by the full pipeline.
export function extractArticle(doc: Document, url: string, _options: ExtractOptions = {}): Article | null {
  const parsed = new Readability(doc.cloneNode(true) as Document).parse();
  if (!parsed) return null;
  const text = parsed.textContent ?? '';
  const words = text.split(/\s+/).filter(Boolean).length;
  return {
    title: parsed.title ?? '', byline: parsed.byline ?? null, siteName: parsed.siteName ?? new URL(url).hostname,
    url, publishedTime: parsed.publishedTime ?? null, lang: parsed.lang ?? null, dir: parsed.dir === 'rtl' ? 'rtl' : 'ltr',
    excerpt: parsed.excerpt ?? '', leadImage: null, html: parsed.content ?? '', text, wordCount: words,
    readingMinutes: Math.max(1, Math.round(words / 238)), outline: [], removed: [],
  };
}
