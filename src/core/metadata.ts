// Page metadata Readability does not give (or gives unreliably): lead image, publisher, language,
// direction, and whether the page declares itself an article. Read from the page, never written.
import { normalizeSpace } from './text';
import { absoluteUrl } from './url';

export interface PageMetadata {
  leadImage: string | null;
  /** The page's canonical address (link rel=canonical, og:url), absolute, or null. */
  canonicalUrl: string | null;
  /** The headline the page declares (og:title, JSON-LD headline). */
  title: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  publishedTime: string | null;
  author: string | null;
  /** The page says it is an article (og:type=article or a JSON-LD Article/NewsArticle/BlogPosting …). */
  declaresArticle: boolean;
}

type Json = Record<string, unknown>;
const ARTICLE_TYPES = /^(Article|NewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|AnalysisNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|LiveBlogPosting|SocialMediaPosting|Review|Recipe|HowTo|DiscussionForumPosting|QAPage|Question|APIReference|Guide|Thesis|Chapter|EncyclopediaArticle)$/;

type MetaTags = Map<string, string | null>;

/**
 * The page's elements of one name, in document order: `querySelectorAll(name)`. By name, then each attribute test
 * as a selector makes it (`type` and `rel` values ignore ASCII case in an HTML document): jsdom's engine took
 * several times as long over `link[rel="canonical"]` and `script[type="application/ld+json"]` on a whole page.
 */
const named = (doc: Document, name: string) => Array.from(doc.getElementsByTagName(name));
const valued = (doc: Document, value: string) => new RegExp(`^${value.replace(/[+/]/g, '\\$&')}$`, doc.contentType.includes('/html') ? 'i' : '');
const linkHref = (doc: Document, rel: string) => {
  const test = valued(doc, rel);
  return named(doc, 'link').find((el) => test.test(el.getAttribute('rel') ?? '\0'))?.getAttribute('href');
};

/** The content of each page's first `<meta>` per property, name and itemprop: one pass, then lookups. */
function metaTags(doc: Document): MetaTags {
  const tags: MetaTags = new Map();
  for (const el of named(doc, 'meta')) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr);
      if (key !== null && !tags.has(key)) tags.set(key, el.getAttribute('content'));
    }
  }
  return tags;
}

function meta(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key);
    if (value && value.trim()) return value.trim();
  }
  return null;
}

function jsonLdNodes(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v as Json);
      const graph = (v as Json)['@graph'];
      if (graph) visit(graph);
    }
  };
  const jsonLd = valued(doc, 'application/ld+json');
  for (const script of named(doc, 'script').filter((el) => jsonLd.test(el.getAttribute('type') ?? '\0'))) {
    try {
      visit(JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')));
    } catch {
      // A broken JSON-LD block is common; ignore it.
    }
  }
  return out;
}

function types(node: Json): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join(', ') || null;
  if (v && typeof v === 'object' && typeof (v as Json).name === 'string') return (v as Json).name as string;
  return null;
}

function imageOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return imageOf(v[0]);
  if (v && typeof v === 'object') return (((v as Json).url ?? (v as Json).contentUrl) as string | undefined) ?? null;
  return null;
}

const RTL_LANGS = /^(ar|he|iw|fa|ur|ps|sd|ug|yi|dv|ckb|syr)(-|$)/i;

export function readMetadata(doc: Document, url: string): PageMetadata {
  const nodes = jsonLdNodes(doc);
  const tags = metaTags(doc);
  const article = nodes.find((n) => types(n).some((t) => ARTICLE_TYPES.test(t)));
  const html = doc.documentElement;
  const lang = html?.getAttribute('lang')?.trim() || meta(tags, 'og:locale')?.replace('_', '-') || meta(tags, 'content-language') || null;
  const dirAttr = (html?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase();
  const dir = dirAttr === 'rtl' || dirAttr === 'ltr' ? dirAttr : lang && RTL_LANGS.test(lang) ? 'rtl' : null;
  const image =
    meta(tags, 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src') ??
    (article ? imageOf(article.image) : null) ??
    linkHref(doc, 'image_src') ??
    null;
  const publisher = article ? nameOf(article.publisher) : null;
  const siteName =
    meta(tags, 'og:site_name', 'application-name') ??
    publisher ??
    nameOf(nodes.find((n) => types(n).some((t) => /^(WebSite|Organization|NewsMediaOrganization)$/.test(t)))?.name ?? null);
  const ogType = meta(tags, 'og:type');
  return {
    leadImage: absoluteUrl(image, url),
    canonicalUrl: absoluteUrl(linkHref(doc, 'canonical') ?? meta(tags, 'og:url'), url),
    title: meta(tags, 'og:title', 'twitter:title') ?? (article && typeof article.headline === 'string' ? article.headline : null),
    siteName: siteName ? normalizeSpace(siteName) : null,
    lang,
    dir,
    publishedTime:
      meta(tags, 'article:published_time', 'datePublished', 'pubdate', 'date') ??
      (article && typeof article.datePublished === 'string' ? article.datePublished : null),
    author: (article ? nameOf(article.author) : null) ?? meta(tags, 'author', 'article:author', 'byl'),
    declaresArticle: !!article || /article|blog|post/i.test(ogType ?? ''),
  };
}
