/**
 * @jest-environment node
 */
// Property-based tests of the core on generated pages (fast-check, fixed seed): nested elements of every
// kind an article and a hostile page use, with hostile attributes (handlers, javascript: URLs, quotes that
// try to break out) and raw text that may itself be markup. Whatever the page, the core
// - never throws (except ExtractionLimitError, the too-large message),
// - never returns HTML with scripts, handlers, javascript: URLs, forms, styles or frames outside the
//   allowed video players,
// - returns outline ids that each name a heading in its html, in order,
// - leaves the page as it was.
import fc from 'fast-check';
import { ExtractionLimitError, extractArticle } from '../../src/core';
import type { Article } from '../../src/core';
import { pageFromHtml } from '../support/fixtures';

const URL_ = 'https://news.example/2024/05/story/';

const TAGS = [
  'div', 'p', 'span', 'section', 'article', 'main', 'aside', 'nav', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'a', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'b', 'strong', 'em', 'blockquote', 'figure', 'figcaption', 'pre', 'code',
  'script', 'style', 'iframe', 'form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'template', 'noscript',
  'object', 'embed', 'video', 'img', 'br', 'hr', 'details', 'summary', 'font', 'center', 'x-widget',
];
const VOID = new Set(['input', 'img', 'br', 'hr', 'embed']);
const ATTRS = [
  'id', 'class', 'href', 'src', 'srcset', 'title', 'style', 'onclick', 'onerror', 'onload', 'onmouseover', 'data-src',
  'formaction', 'action', 'xlink:href', 'tabindex', 'name', 'slot', 'shadowrootmode', 'is', 'lang', 'dir',
];
const VALUES = [
  'javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)',
  'https://news.example/2024/05/other/', '/tag/energy/', '#note-1', 'alert(1)', 'x" onmouseover="alert(1)', "x' onerror='alert(1)",
  'content article-body', 'open', 'https://www.youtube.com/embed/abc', 'rtl', 'ro-heading', '', '</p><script>alert(1)</script>',
];
const WORDS = [
  'the', 'council', 'budget', 'river', 'energy', 'report', 'said', 'Read more:', 'Follow us on', 'Related', '&amp;', '&lt;', '<',
  '>', '"', '“', 'مرحبا', '東京', '\u00a0', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'slug/” title=”x”>',
];

const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 25 }).map((w) => w.join(' '));
const attr = fc.tuple(fc.constantFrom(...ATTRS), fc.constantFrom(...VALUES)).map(([n, v]) => ` ${n}="${v.replace(/"/g, '&quot;')}"`);

const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(attr, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, attrs, kids]) => (VOID.has(tag) ? `<${tag}${attrs.join('')}>` : `<${tag}${attrs.join('')}>${kids.join('')}</${tag}>`)),
  ),
}));

/** A heading with paragraphs after it: what makes an outline (bare generated trees rarely have one). */
const section = fc
  .tuple(fc.constantFrom('h1', 'h2', 'h3', 'h4', 'h5'), fc.array(attr, { maxLength: 2 }), text, fc.array(node, { maxLength: 2 }), fc.array(text, { minLength: 1, maxLength: 3 }))
  .map(([h, attrs, title, inside, paragraphs]) => `<${h}${attrs.join('')}>${title}${inside.join('')}</${h}>${paragraphs.map((p) => `<p>${p} ${p} ${p}</p>`).join('')}`);

const page = fc
  .tuple(fc.boolean(), text, fc.array(fc.oneof(node, section), { minLength: 1, maxLength: 8 }))
  .map(
    ([declares, title, body]) =>
      `<!doctype html><html><head><title>${title}</title>${declares ? '<meta property="og:type" content="article">' : ''}</head><body>${body.join('')}</body></html>`,
  );

/** Extracts, allowing only the too-large error. */
function tryExtract(doc: Document, force: boolean): Article | null {
  try {
    return extractArticle(doc, URL_, { force });
  } catch (err) {
    if (err instanceof ExtractionLimitError) return null;
    throw err;
  }
}

const PLAYER = /^https:\/\/(www\.)?(youtube\.com|youtube-nocookie\.com)\/embed\/|^https:\/\/player\.vimeo\.com\/video\//;

const URL_ATTRS = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'cite', 'background', 'data']);

/** The article's HTML parsed back (in one shared jsdom window: a window per page would double the run time). */
const checker = pageFromHtml('<!doctype html><body>', URL_);
function parsed(html: string): DocumentFragment {
  const template = checker.createElement('template');
  template.innerHTML = html;
  return template.content;
}

/** What must never be in the article's HTML; returns the first problem found. */
function unsafe(html: string): string | null {
  const root = parsed(html);
  const bad = root.querySelector('script, style, form, input, button, textarea, select, object, embed, template, link, meta, base');
  if (bad) return `<${bad.localName}>`;
  for (const frame of Array.from(root.querySelectorAll('iframe'))) {
    if (!PLAYER.test(frame.getAttribute('src') ?? '')) return `iframe ${frame.getAttribute('src')}`;
  }
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const { name, value } of Array.from(el.attributes)) {
      if (/^on/i.test(name) || name === 'style') return `${name} on <${el.localName}>`;
      const script = /^\s*(javascript|vbscript|data):/i.test(value) && !(name === 'src' && el.localName === 'img');
      if (URL_ATTRS.has(name) && script) return `${name}="${value}"`;
    }
  }
  return null;
}

/** Outline ids that do not name a heading of the html, in order. */
function strayOutline(article: Article): string[] {
  const headings = Array.from(parsed(article.html).querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => h.id);
  let at = 0;
  const stray: string[] = [];
  for (const { id } of article.outline) {
    const found = headings.indexOf(id, at);
    if (found === -1) stray.push(id);
    else at = found + 1;
  }
  return stray;
}

test('on generated pages the core never throws, never returns unsafe HTML, and its outline points at its headings', () => {
  fc.assert(
    fc.property(page, fc.boolean(), (html, force) => {
      const doc = pageFromHtml(html, URL_);
      const before = doc.documentElement.outerHTML;
      const article = tryExtract(doc, force);
      expect(doc.documentElement.outerHTML).toBe(before);
      if (!article) return;
      expect(unsafe(article.html)).toBeNull();
      expect(strayOutline(article)).toEqual([]);
      expect(new Set(article.outline.map((o) => o.id)).size).toBe(article.outline.length);
    }),
    { seed: 20240507, numRuns: 100 },
  );
}, 60_000);
