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
