/**
 * Renders an Article: the header (title, standfirst, byline · site · date, reading time, removals) and the body.
 * The body HTML is sanitized here, in the extension page, into DOM fragments (sanitize-html.ts; no
 * innerHTML anywhere), then links and images are made safe to use (finish.ts); a long article's body
 * comes in pieces after its first screen (body.ts).
 */
import type { Article } from '../../core/article';
import { hostName } from '../../core/url';
import { createRemovedPanel } from '../corrections/panel';
import { h, icon } from '../dom';
import { plural, t, uiAttrs } from '../i18n/index';
import { type ArticleBody, type BodyOptions, renderBody } from './body';
import { linkHref } from './finish';

function formatDate(value: string | null, lang: string | null): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value.length <= 40 ? value : null;
  try {
    return date.toLocaleDateString(lang ?? undefined, { year: 'numeric', month: 'long', day: 'numeric' });
  } catch {
    return date.toDateString();
  }
}

export interface RenderedArticle {
  header: HTMLElement;
  body: HTMLElement;
  headings: HTMLElement[];
}

export interface ArticleParts {
  header: HTMLElement;
  /** The body: whole, or its first screen with the rest to come (`body.complete`, `body.whenWhole`). */
  body: ArticleBody;
}

/** The article's header and body, the body progressive when it is long (BodyOptions). */
export function renderArticleParts(article: Article, options: BodyOptions = {}): ArticleParts {
  const site = article.siteName || hostName(article.url);
  const date = formatDate(article.publishedTime, article.lang);
  const metaParts = [article.byline, site, date].filter((p): p is string => Boolean(p && p.trim()));
  const meta = h('p', { class: 'doc__meta' });
  metaParts.forEach((part, i) => {
    if (i) meta.appendChild(h('span', { class: 'sep', 'aria-hidden': 'true' }, '·'));
    meta.appendChild(h('span', { class: i === 0 && article.byline ? 'doc__byline' : null }, part));
  });
  const source = h(
    'a',
    { class: 'doc__source', href: linkHref(article.url, article.url), target: '_blank', rel: 'noopener noreferrer', title: t('openOriginal'), dir: 'ltr' },
    hostName(article.url) || t('originalPage'),
    icon('external', 12),
  );
  const body = renderBody(article, options);
  const factParts: HTMLElement[] = [h('span', { class: 'doc__time', ...uiAttrs() }, plural('readTime', article.readingMinutes))];
  const removed = createRemovedPanel(article, body.element, body); // corrections/: what was removed, shown in place, restored
  if (removed) factParts.push(removed);
  factParts.push(source);
  const facts = h('div', { class: 'doc__facts' });
  factParts.forEach((part, i) => {
    if (i) facts.appendChild(h('span', { class: 'sep', 'aria-hidden': 'true' }, '·'));
    facts.appendChild(part);
  });
  const header = h(
    'header',
    { class: 'doc__header' },
    h('h1', { class: 'doc__title', id: 'doc-title', tabindex: -1 }, article.title || t('untitled')),
    article.standfirst ? h('p', { class: 'doc__standfirst' }, article.standfirst) : null,
    metaParts.length ? meta : null,
    facts,
  );
  return { header, body };
}

/** The article rendered whole, in one pass (exports, tests, and every article the view shows short). */
export function renderArticle(article: Article): RenderedArticle {
  const { header, body } = renderArticleParts(article, { progressive: false });
  return { header, body: body.element, headings: headingsOf(body.element) };
}

export const headingsOf = (body: HTMLElement) => Array.from(body.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6'));
