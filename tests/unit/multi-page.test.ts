/**
 * @jest-environment jsdom
 */
// Multi-page articles: the next page found from rel=next and numbered pagination, never from links to other
// stories; the pages merged into one article with one outline; the loader (one page at a time, same origin,
// at most 10 pages, a visible status, Stop) against a stubbed fetch through the tab.
import '../support/jsdom-globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/core';
import { extractArticle } from '../../src/core';
import { findNextPage, pageTemplate } from '../../src/core/pagination';
import type { ExtractResult } from '../../src/shared/messages';
import { loadMorePages } from '../../src/view/pages/continue';
import { mergePages } from '../../src/view/pages/merge';
import { renderArticle } from '../../src/view/render';
import { FIXTURES, pageFromHtml } from '../support/fixtures';

const BASE = 'https://www.harbourlight-magazine.com/features/the-last-pilchard-works/';
const file = (name: string) => readFileSync(join(FIXTURES, 'magazine-three-pages', name), 'utf8');
const pageDoc = (n: number) => pageFromHtml(file(n === 1 ? 'source.html' : `page-${n}.html`), n === 1 ? BASE : `${BASE}${n}/`);
const pageArticle = (n: number): Article => {
  const article = extractArticle(pageDoc(n), n === 1 ? BASE : `${BASE}${n}/`, { force: true, timeBudgetMs: 60_000 });
  if (!article) throw new Error(`page ${n}`);
  return article;
};

describe('finding the next page', () => {
  test.each([
    ['https://ex.org/story/', 'https://ex.org/story', 1],
    ['https://ex.org/story/2/', 'https://ex.org/story', 2],
    ['https://ex.org/story/page/3', 'https://ex.org/story', 3],
    ['https://ex.org/story?page=4', 'https://ex.org/story', 4],
    ['https://ex.org/story.html', 'https://ex.org/story.html', 1],
    ['https://ex.org/story-2.html', 'https://ex.org/story.html', 2],
  ])('%s is page %s of %s', (url, template, page) => {
    expect(pageTemplate(url)).toEqual({ template, page });
  });

  test('the fixture pages: 1 → 2 → 3 → none, with the total from the pagination block', () => {
    expect(findNextPage(pageDoc(1), BASE)).toEqual({ url: `${BASE}2/`, page: 1, total: 3 });
    expect(findNextPage(pageDoc(2), `${BASE}2/`)).toEqual({ url: `${BASE}3/`, page: 2, total: 3 });
    expect(findNextPage(pageDoc(3), `${BASE}3/`)).toBeNull();
  });

  const doc = (body: string, head = '') => pageFromHtml(`<html><head>${head}</head><body>${body}</body></html>`, 'https://news.example/2025/05/harbour-wall/');
  const here = 'https://news.example/2025/05/harbour-wall/';

  test('rel=next to another story, "Next story" links and teaser lists are not pages of this article', () => {
    expect(findNextPage(doc('<a rel="next" href="/2025/05/bus-timetable/">Next story ›</a>', '<link rel="next" href="/2025/05/ferry-fares/">'), here)).toBeNull();
    expect(findNextPage(doc('<ul><li><a href="/2025/05/a/">1</a></li><li><a href="/2025/05/b/">2</a></li></ul>'), here)).toBeNull();
    expect(findNextPage(doc('<a href="/2025/05/harbour-wall-2/">Next story</a>'), here)).toBeNull();
  });

  test('another site is never the next page', () => {
    expect(findNextPage(doc('', '<link rel="next" href="https://other.example/2025/05/harbour-wall/2/">'), here)).toBeNull();
  });

  test('a numbered link must lead to the page its number says; a gap is no sequence', () => {
    expect(findNextPage(doc('<a href="/2025/05/harbour-wall/5/">2</a>'), here)).toBeNull();
    expect(findNextPage(doc('<a href="/2025/05/harbour-wall/3/">3</a>'), here)).toBeNull();
    expect(findNextPage(doc('<nav><a href="/2025/05/harbour-wall/2/">2</a> <a href="/2025/05/harbour-wall/2/">Next</a></nav>'), here)?.url).toBe(`${here}2/`);
  });

  test('a number in an article id is not a page', () => {
    const d = pageFromHtml('<a rel="next" href="/story/124">Next</a>', 'https://news.example/story/123');
    expect(findNextPage(d, 'https://news.example/story/123')).toBeNull();
  });
});

describe('merging the pages', () => {
  const pages = [pageArticle(1), pageArticle(2), pageArticle(3)];
  const merged = mergePages(pages);

  test('one outline across the pages, unique ids that match the headings', () => {
    expect(merged.outline.map((e) => e.text)).toEqual(['A trade older than the town', 'The smell of the place', 'Decline', 'The last season', 'What remains']);
    const ids = merged.outline.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const { headings } = renderArticle(merged);
    expect(headings.map((h) => h.id)).toEqual(ids);
  });

  test('the text of every page, in order, with the first page’s title and address; words and time added up', () => {
    expect(merged.title).toBe('The last pilchard works');
    expect(merged.url).toBe(BASE);
    const text = merged.text;
    expect(text.indexOf('The building is still there')).toBeLessThan(text.indexOf('Everyone who worked at the works talks about the smell'));
    expect(text.indexOf('Everyone who worked')).toBeLessThan(text.indexOf('The final season was in the autumn of 2005'));
    expect(merged.wordCount).toBe(pages.reduce((s, p) => s + p.wordCount, 0));
    expect(merged.html).toContain('<hr aria-label="Page 3">');
    expect(merged.html).not.toContain('More features');
  });
});

describe('loading the further pages', () => {
  const first = pageArticle(1);
  const byUrl: Record<string, ExtractResult> = {
    [`${BASE}2/`]: { ok: true, article: pageArticle(2), nextPage: { url: `${BASE}3/`, page: 2, total: 3 } },
    [`${BASE}3/`]: { ok: true, article: pageArticle(3) },
  };

  test('fetches page by page, shows each merge and says how far it got', async () => {
    const host = document.createElement('div');
    const shown: number[] = [];
    const fetched: string[] = [];
    const loader = loadMorePages({
      first,
      next: { url: `${BASE}2/`, page: 1, total: 3 },
      fetchPage: async (url) => {
        fetched.push(url);
        expect(host.querySelector('.pages-status')?.textContent).toContain(`Loading page ${fetched.length + 1} of 3`);
        return byUrl[url] ?? { ok: false, reason: 'error', message: 'missing' };
      },
      show: (_merged, n) => shown.push(n),
      host,
    });
    expect(await loader.done).toBe(3);
    expect(fetched).toEqual([`${BASE}2/`, `${BASE}3/`]);
    expect(shown).toEqual([2, 3]);
    expect(host.querySelector('.pages-status')?.textContent).toContain('Page 3 of 3 added');
  });

  test('Stop ends the loading; what came stays', async () => {
    const host = document.createElement('div');
    let release: (r: ExtractResult) => void = () => undefined;
    const shown: number[] = [];
    const loader = loadMorePages({
      first,
      next: { url: `${BASE}2/`, page: 1, total: 3 },
      fetchPage: () => new Promise((r) => (release = r)),
      show: (_m, n) => shown.push(n),
      host,
    });
    await Promise.resolve();
    host.querySelector<HTMLButtonElement>('[data-action="stop-pages"]')?.click();
    release(byUrl[`${BASE}2/`]!);
    expect(await loader.done).toBe(1);
    expect(shown).toEqual([]);
    expect(host.querySelector('.pages-status')?.textContent).toContain('Stopped');
  });

  test('at most 10 pages; a page seen before or on another site ends it; a failure is said', async () => {
    const endless = (n: number): ExtractResult => ({ ok: true, article: { ...first, outline: [] }, nextPage: { url: `${BASE}${n + 1}/`, page: n, total: null } });
    const fetched: string[] = [];
    const fetchPage = async (url: string) => {
      fetched.push(url);
      return endless(Number(/(\d+)\/$/.exec(url)?.[1]));
    };
    const loader = loadMorePages({ first, next: { url: `${BASE}2/`, page: 1, total: null }, fetchPage, show: () => undefined, host: document.createElement('div') });
    expect(await loader.done).toBe(10);
    expect(fetched.length).toBe(9);

    const loop = loadMorePages({ first, next: { url: BASE, page: 1, total: null }, fetchPage: async () => byUrl[`${BASE}3/`]!, show: () => undefined, host: document.createElement('div') });
    expect(await loop.done).toBe(1);
    const away = loadMorePages({ first, next: { url: 'https://elsewhere.example/x/2/', page: 1, total: null }, fetchPage: async () => byUrl[`${BASE}3/`]!, show: () => undefined, host: document.createElement('div') });
    expect(await away.done).toBe(1);

    const host = document.createElement('div');
    const failing = loadMorePages({ first, next: { url: `${BASE}2/`, page: 1, total: 3 }, fetchPage: async () => ({ ok: false, reason: 'error', message: 'The next page answered 404.' }), show: () => undefined, host });
    expect(await failing.done).toBe(1);
    expect(host.textContent).toContain('Page 2 could not be added: The next page answered 404.');
  });
});
