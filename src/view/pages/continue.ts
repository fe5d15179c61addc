/**
 * Loading the rest of a multi-page article: one page at a time through the page's own tab (same origin,
 * at most MAX_PAGES pages in all), each merged into the article on screen as it comes, with a visible
 * "Page 2 of 4 added" and a Stop button. A failed page ends the loading with a message; what came stays.
 */
import type { Article } from '../../core/article';
import type { NextPage } from '../../core/pagination';
import type { ExtractResult } from '../../shared/messages';
import { h } from '../dom';
import { mergePages } from './merge';
import { t } from '../i18n/index';

export const MAX_PAGES = 10;

export interface PageLoaderOptions {
  first: Article;
  next: NextPage;
  fetchPage(url: string): Promise<ExtractResult>;
  /** Shows the article with the pages so far (`next`: where it goes on, if it does). */
  show(merged: Article, pages: number, next: NextPage | undefined): void;
  /** Where the status line goes. */
  host: HTMLElement;
  max?: number;
}

export interface PageLoader {
  stop(): void;
  readonly done: Promise<number>;
}

export function loadMorePages(options: PageLoaderOptions): PageLoader {
  const max = options.max ?? MAX_PAGES;
  const pages: Article[] = [options.first];
  const seen = new Set<string>([options.first.url.replace(/#.*/, '')]);
  const origin = (() => {
    try {
      return new URL(options.first.url).origin;
    } catch {
      return '';
    }
  })();
  let stopped = false;
  const text = h('span', { class: 'pages-status__text' });
  const stopButton = h('button', { class: 'pages-status__stop', type: 'button', 'data-action': 'stop-pages' }, t('stop'));
  const status = h('div', { class: 'pages-status', role: 'status', 'data-ro-ui': '', 'data-pages': '1' }, text, stopButton);
  options.host.appendChild(status);
  const total = (n: NextPage | undefined) => (n?.total ? Math.min(n.total, max) : null);
  const say = (message: string, busy: boolean) => {
    text.textContent = message;
    stopButton.hidden = !busy;
    status.dataset.busy = String(busy);
  };
  const finish = (message: string) => {
    say(message, false);
    setTimeout(() => status.remove(), 6000);
  };
  stopButton.addEventListener('click', () => {
    stopped = true;
    finish(t('pagesStopped', pages.length));
  });

  const run = async (): Promise<number> => {
    let next: NextPage | undefined = options.next;
    let all = total(next);
    while (next && !stopped) {
      if (pages.length >= max) {
        finish(t('pagesAtMost', pages.length, max));
        return pages.length;
      }
      const url = next.url.replace(/#.*/, '');
      if (seen.has(url) || !url.startsWith(`${origin}/`)) break;
      seen.add(url);
      const n = pages.length + 1;
      say(all ? t('loadingPageOf', n, all) : t('loadingPage', n), true);
      const result = await options.fetchPage(url);
      if (stopped) break;
      if (!result.ok) {
        finish(t('pageFailed', n, result.message));
        return pages.length;
      }
      pages.push(result.article);
      next = result.nextPage;
      options.show(mergePages(pages), pages.length, next);
      status.dataset.pages = String(pages.length);
      all = Math.max(all ?? 0, total(next) ?? 0) || null;
      if (next) say(all ? t('pageAddedOf', n, all) : t('pageAdded', n), true);
    }
    if (!stopped) finish(pages.length > 1 ? t('pagesCompleteOf', pages.length, pages.length) : t('pagesComplete', pages.length));
    return pages.length;
  };
  const done = run();
  return {
    done,
    stop() {
      stopped = true;
      status.remove();
    },
  };
}
