/**
 * The article as Markdown, converted by turndown (with the GFM plugin for tables and strikethrough) from
 * the view's own rendered body: the DOM that DOMPurify already cleaned in this page, so the Markdown can
 * carry nothing the sanitizer removed. A YAML front matter block names the article (title, byline, site,
 * URL, date, reading time); footnotes become GFM footnotes; code blocks keep their language; images
 * stay remote links (`![alt](https://…)`), never copied in.
 */
import { gfm } from '@joplin/turndown-plugin-gfm';
import TurndownService from 'turndown';
import type { Article } from '../../core/article';
import { exportCopy } from './prepare';

/** One YAML scalar: a JSON string is a valid YAML double-quoted scalar (quotes, colons, newlines escaped). */
function yamlString(value: string): string {
  return JSON.stringify(value);
}

export function frontMatter(article: Article, savedAt: Date): string {
  const lines = ['---', `title: ${yamlString(article.title || 'Untitled')}`];
  if (article.byline) lines.push(`byline: ${yamlString(article.byline)}`);
  if (article.siteName) lines.push(`site: ${yamlString(article.siteName)}`);
  if (article.url) lines.push(`url: ${yamlString(article.url)}`);
  if (article.publishedTime) lines.push(`date: ${yamlString(article.publishedTime)}`);
  if (article.lang) lines.push(`lang: ${yamlString(article.lang)}`);
  lines.push(`reading_time: ${yamlString(`${article.readingMinutes} min`)}`);
  lines.push(`saved: ${yamlString(savedAt.toISOString())}`);
  lines.push('---');
  return lines.join('\n');
}

/** The language of a code block: `class="language-x"` on the code or the pre (kept through both sanitizers). */
function codeLanguage(pre: Element): string {
  const code = pre.querySelector('code');
  const cls = `${code?.getAttribute('class') ?? ''} ${pre.getAttribute('class') ?? ''}`;
  return /(?:^|\s)language-([\w+#.-]{1,30})/.exec(cls)?.[1] ?? '';
}

function service(): TurndownService {
  const td = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '*',
    hr: '---',
  });
  td.use(gfm);
  // Text is escaped for Markdown; '<' too, so a sentence about "<div>" can never be read back as raw HTML.
  const markdownEscape = td.escape.bind(td);
  td.escape = (text: string) => markdownEscape(text).replace(/</g, '\\<');
  td.addRule('fenced-code-with-language', {
    filter: (node) => node.nodeName === 'PRE',
    replacement: (_content, node) => {
      const pre = node as HTMLElement;
      const text = (pre.textContent ?? '').replace(/\n$/, '');
      const fence = '`'.repeat(Math.max(3, ...Array.from(text.matchAll(/`{3,}/g), (m) => m[0].length + 1)));
      return `\n\n${fence}${codeLanguage(pre)}\n${text}\n${fence}\n\n`;
    },
  });
  td.addRule('footnote-reference', {
    filter: (node) => (node as Element).hasAttribute('data-md-ref'),
    replacement: (_content, node) => `[^${(node as Element).getAttribute('data-md-ref')}]`,
  });
  td.addRule('footnote-definition', {
    filter: (node) => (node as Element).hasAttribute('data-md-note'),
    replacement: (content, node) => {
      const body = content.trim().replace(/\n/g, '\n    ');
      return `\n[^${(node as Element).getAttribute('data-md-note')}]: ${body}\n`;
    },
  });
  td.addRule('footnote-list', {
    filter: (node) => (node as Element).hasAttribute('data-md-notes'),
    replacement: (content) => `\n\n${content.trim()}\n\n`,
  });
  td.addRule('figure-caption', {
    filter: 'figcaption',
    replacement: (content) => (content.trim() ? `\n\n*${content.trim()}*\n\n` : ''),
  });
  // Images are links to their pictures on the web; an image without an address is dropped.
  td.addRule('image-link', {
    filter: 'img',
    replacement: (_content, node) => {
      const img = node as HTMLImageElement;
      const src = img.getAttribute('src') ?? '';
      if (!/^https?:/i.test(src)) return '';
      const alt = (img.getAttribute('alt') ?? '').replace(/[[\]\\]/g, '\\$&').replace(/\s+/g, ' ');
      return `![${alt}](${src.replace(/[()\s]/g, (c) => encodeURIComponent(c))})`;
    },
  });
  // Media that only a browser can play: their poster card and links were made by the view (embeds).
  td.remove(['video', 'audio', 'source', 'track', 'button']);
  return td;
}

/** The article as a Markdown document: front matter, the title as a heading, the standfirst, then the body. */
export function articleMarkdown(article: Article, body: Element, savedAt = new Date()): string {
  const td = service();
  const markdown = td.turndown(exportCopy(body) as HTMLElement);
  const title = td.escape(article.title || 'Untitled').replace(/\s+/g, ' ');
  // The standfirst under the title, in italics, as the page set it under its headline.
  const standfirst = article.standfirst ? `_${td.escape(article.standfirst).replace(/\s+/g, ' ')}_\n\n` : '';
  return `${frontMatter(article, savedAt)}\n\n# ${title}\n\n${standfirst}${markdown.trim()}\n`;
}
