/**
 * Renders an Article: the header (title, byline · site · date, reading time, removals) and the body.
 * The body HTML is sanitized here, in the extension page, into a DOM fragment (sanitize-html.ts; no
 * innerHTML anywhere), then links and images are made safe to use.
 */
import type { Article } from '../core/article';
import { createRemovedPanel } from './corrections/panel';
import { hostName } from '../core/url';
import { h, icon } from './dom';
import { finishMedia } from './embeds/cards';
import { enhanceFootnotes } from './footnotes/popover';
import { sanitizeArticleHtml } from './sanitize-html';
import { plural, t, uiAttrs } from './i18n/index';

/** A link target: an absolute http(s) URL, or null (no javascript:, no data: documents). */
function linkHref(value: string | null, base: string): string | null {
  const url = absolute(value, base);
  return url && !url.startsWith('data:') ? url : null;
}

function absolute(value: string | null, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'data:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Links open in a new tab; images load from absolute URLs; tables scroll sideways on their own. */
function finishBody(root: HTMLElement, article: Article): void {
  const ids = new Set(Array.from(root.querySelectorAll('[id]'), (el) => el.id));
  for (const a of Array.from(root.querySelectorAll('a'))) {
    const raw = a.getAttribute('href') ?? '';
    // Footnote and in-article links stay in the reader (the core keeps them as #id on purpose).
    if (raw.startsWith('#') && ids.has(raw.slice(1))) {
      a.removeAttribute('target');
      continue;
    }
    const href = linkHref(raw, article.url);
    if (!href) {
      a.removeAttribute('href');
      continue;
    }
    a.setAttribute('href', href);
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
  }
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const src = absolute(img.getAttribute('src'), article.url);
    if (!src) {
      img.remove();
      continue;
    }
    img.setAttribute('src', src);
    img.setAttribute('decoding', 'async');
    img.removeAttribute('loading'); // a popup is small: lazy images would wait for a scroll that may not come
    img.setAttribute('referrerpolicy', 'no-referrer');
    if (!img.hasAttribute('alt')) img.setAttribute('alt', '');
    img.addEventListener('error', () => img.setAttribute('hidden', ''), { once: true });
  }
  for (const table of Array.from(root.querySelectorAll('table'))) {
    if (table.parentElement?.classList.contains('table-wrap')) continue;
    const wrap = h('div', { class: 'table-wrap', tabindex: 0 });
    table.replaceWith(wrap);
    wrap.appendChild(table);
  }
  finishMedia(root);
  for (const heading of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    heading.setAttribute('tabindex', '-1');
  }
}

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

export function renderArticle(article: Article): RenderedArticle {
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
  const body = h('div', { class: 'doc__body' });
  body.appendChild(sanitizeArticleHtml(article.html));
  const lead = absolute(article.leadImage, article.url);
  if (lead && !body.querySelector('img')) {
    body.prepend(h('figure', { class: 'doc__lead' }, h('img', { src: lead, alt: '' })));
  }
  finishBody(body, article);
  enhanceFootnotes(body);
  const factParts: HTMLElement[] = [h('span', { class: 'doc__time', ...uiAttrs() }, plural('readTime', article.readingMinutes))];
  const removed = createRemovedPanel(article, body); // corrections/: what was removed, shown in place, restored
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
    metaParts.length ? meta : null,
    facts,
  );

  const headings = Array.from(body.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6'));
  return { header, body, headings };
}

export interface MessageSpec {
  kind: 'not-article' | 'unscriptable' | 'error';
  title: string;
  text: string;
  action?: { label: string; run: () => void };
  /** A page to open in a new tab instead (a frame's address). */
  link?: { label: string; href: string };
}

export function renderMessage(spec: MessageSpec): HTMLElement {
  const button = spec.action
    ? h('button', { class: 'btn btn--primary', type: 'button', 'data-action': 'try-anyway' }, spec.action.label)
    : null;
  if (button && spec.action) button.addEventListener('click', spec.action.run);
  const href = spec.link ? absolute(spec.link.href, spec.link.href) : null;
  const link =
    spec.link && href && !href.startsWith('data:')
      ? h('a', { class: 'btn btn--primary btn--link', href, target: '_blank', rel: 'noopener noreferrer', 'data-action': 'open-link' }, spec.link.label)
      : null;
  return h(
    'section',
    { class: `message message--${spec.kind}`, 'data-message': spec.kind },
    h('div', { class: 'message__icon', 'aria-hidden': 'true' }, icon(spec.kind === 'unscriptable' ? 'lock' : spec.kind === 'error' ? 'alert' : 'book', 28)),
    h('h1', { class: 'message__title' }, spec.title),
    h('p', { class: 'message__text' }, spec.text),
    button,
    link,
  );
}

/** A one-line note above the article (for an article read from a page still loading). */
export function renderNotice(text: string): HTMLElement {
  return h('p', { class: 'notice', role: 'status', 'data-notice': '' }, text);
}

export function renderLoading(): HTMLElement {
  return h(
    'div',
    { class: 'loading', role: 'status', 'aria-label': t('loading') },
    h('div', { class: 'skel skel--kicker' }),
    h('div', { class: 'skel skel--title' }),
    h('div', { class: 'skel skel--title skel--short' }),
    h('div', { class: 'skel skel--meta' }),
    h('div', { class: 'skel skel--line' }),
    h('div', { class: 'skel skel--line' }),
    h('div', { class: 'skel skel--line skel--short' }),
    h('p', { class: 'loading__label' }, t('loading')),
  );
}
