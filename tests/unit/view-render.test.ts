/**
 * @jest-environment jsdom
 */
// The view's article rendering, on an Article from the core: links and footnotes.
import '../support/jsdom-globals';
import { extractArticle } from '../../src/core';
import { renderArticle } from '../../src/view/render';
import { loadFixture } from '../support/fixtures';

test('footnote links stay in the reader; other links open the source in a new tab', () => {
  const { doc, expected } = loadFixture('reference-tables');
  const { body } = renderArticle(extractArticle(doc, expected.url)!);
  const footnote = body.querySelector<HTMLAnchorElement>('a[href^="#fn"]');
  expect(footnote).not.toBeNull();
  expect(footnote!.hasAttribute('target')).toBe(false);
  expect(body.querySelector(footnote!.getAttribute('href')!)).not.toBeNull();
  const external = Array.from(body.querySelectorAll('a[href^="http"]'));
  expect(external.length).toBeGreaterThan(0);
  for (const a of external) expect([a.getAttribute('target'), a.getAttribute('rel')]).toEqual(['_blank', 'noopener noreferrer']);
});

test('an encyclopedia article reports no injected links: its cross-references and edit links are furniture', () => {
  const { doc, expected } = loadFixture('encyclopedia-wiki');
  const article = extractArticle(doc, expected.url, { timeBudgetMs: 60_000 })!;
  // The page's own furniture was taken out…
  expect(article.removed.some((r) => r.rule === 'cross-references')).toBe(true);
  expect(article.removed.some((r) => r.rule === 'section-edit-links')).toBe(true);
  // …and none of it is told to the reader as injected.
  const rendered = renderArticle(article);
  const note = [rendered.header, rendered.body].map((el) => el.querySelector('.removed')).find(Boolean);
  expect(note ?? null).toBeNull();
});

test('a page with injected links says how many, and only those', () => {
  const { doc, expected } = loadFixture('seed-news-h2');
  const article = extractArticle(doc, expected.url, { timeBudgetMs: 60_000 })!;
  const rendered = renderArticle(article);
  const note = [rendered.header, rendered.body].map((el) => el.querySelector('.removed')).find(Boolean) as HTMLElement | undefined;
  const injected = article.removed.filter((r) => r.kind !== 'clutter' && r.kind !== 'page-chrome').length;
  expect(injected).toBeGreaterThan(0);
  expect(note?.getAttribute('data-removed')).toBe(String(injected));
});

test('the standfirst shows once, under the title in the header, and not again in the body', () => {
  const { doc, expected } = loadFixture('de-regional-news-standfirst');
  const article = extractArticle(doc, expected.url, { timeBudgetMs: 60_000 })!;
  const { header, body } = renderArticle(article);
  const dek = header.querySelector('.doc__standfirst');
  expect(dek?.textContent).toBe(expected.standfirst);
  expect(dek?.previousElementSibling?.classList.contains('doc__title')).toBe(true);
  expect(body.textContent).not.toContain('Ab dem 1. Mai fährt eine zweite Fähre');
});
