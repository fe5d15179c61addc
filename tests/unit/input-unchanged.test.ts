/**
 * @jest-environment node
 */
// The core works on a clone: the document it is given is byte-for-byte the same afterwards.
import { extractArticle } from '../../src/core';
import { fixtureCases, loadFixture } from '../support/fixtures';

test.each(fixtureCases())('%s: the page is unchanged after extraction', (name) => {
  const { doc, expected } = loadFixture(name);
  const before = doc.documentElement.outerHTML;
  const title = doc.title;
  extractArticle(doc, expected.url);
  extractArticle(doc, expected.url, { force: true });
  expect(doc.documentElement.outerHTML).toBe(before);
  expect(doc.title).toBe(title);
});
