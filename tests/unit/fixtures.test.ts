/**
 * @jest-environment node
 */
// Every fixture page through the whole pipeline, checked against its expected.json: title, byline,
// outline, kinds removed, sentences that must be there and junk that must not, citations kept as
// links, keyword links unlinked, images resolved. Regenerate with `npm run fixtures:regenerate`.
import { extractArticle } from '../../src/core';
import { fixtureCases, loadFixture, pageFromHtml, squash } from '../support/fixtures';

const cases = fixtureCases();

test('there are fixture pages', () => {
  expect(cases.length).toBeGreaterThanOrEqual(12);
});

describe.each(cases)('%s', (name) => {
  const { doc, expected } = loadFixture(name);
  // Correctness, not speed: the time budget is lifted so a loaded machine cannot fail a page (npm run bench measures speed).
  const article = extractArticle(doc, expected.url, { timeBudgetMs: 60_000 });

  if (!expected.article) {
    test('is not an article', () => expect(article).toBeNull());
    test('"try anyway" still extracts something', () => {
      expect(extractArticle(doc, expected.url, { force: true, timeBudgetMs: 60_000 })).not.toBeNull();
    });
    return;
  }

  test('is an article', () => expect(article).not.toBeNull());
  if (!article) return;
  const text = squash(article.text);
  const html = pageFromHtml(`<body>${article.html}`, expected.url);

  test('title, byline, language and direction', () => {
    if (expected.title !== undefined) expect(article.title).toBe(expected.title);
    if (expected.byline) {
      // Lenient: the page's byline line and its metadata name the author in different words.
      const [got, want] = [squash(article.byline ?? ''), squash(expected.byline)];
      expect(got.length > 0 && (want.includes(got) || got.includes(want.replace(/^By\s+/i, '')))).toBe(true);
    }
    if (expected.lang) expect(article.lang ?? '').toMatch(new RegExp(`^${expected.lang}`, 'i'));
    if (expected.dir) expect(article.dir).toBe(expected.dir);
    // The standfirst under the headline: null when the page shows none apart from the body.
    if (expected.standfirst !== undefined) expect(article.standfirst).toBe(expected.standfirst);
  });

  test('outline', () => {
    if (!expected.outline) return;
    expect(article.outline.map(({ level, text }) => ({ level, text }))).toEqual(expected.outline);
    for (const entry of article.outline) {
      const heading = html.getElementById(entry.id);
      expect(heading?.tagName).toMatch(/^H[2-4]$/);
      expect(squash(heading?.textContent ?? '')).toBe(entry.text);
    }
  });

  test('kinds of injected links removed', () => {
    if (!expected.removedKinds) return;
    const kinds = [...new Set(article.removed.map((r) => r.kind).filter((k) => k !== 'clutter' && k !== 'page-chrome'))].sort();
    expect(kinds).toEqual([...expected.removedKinds].sort());
  });

  test.each(expected.present ?? [])('has: %s', (phrase) => expect(text).toContain(squash(phrase)));
  test.each(expected.absent ?? [])('has not: %s', (phrase) => expect(text).not.toContain(squash(phrase)));

  test('citations stay links; keyword links lose their link but keep their words', () => {
    const hrefs = Array.from(html.querySelectorAll('a[href]')).map((a) => a.getAttribute('href'));
    for (const href of expected.keptLinks ?? []) expect(hrefs).toContain(href);
    const linkTexts = Array.from(html.querySelectorAll('a')).map((a) => squash(a.textContent ?? ''));
    for (const words of expected.unlinkedWords ?? []) {
      expect(text).toContain(words);
      expect(linkTexts).not.toContain(words);
    }
  });

  test('images', () => {
    const srcs = Array.from(html.querySelectorAll('img')).map((i) => i.getAttribute('src'));
    for (const src of expected.images ?? []) expect(srcs).toContain(src);
    if (expected.leadImage !== undefined) expect(article.leadImage).toBe(expected.leadImage);
  });

  test('captions stay under their pictures in html and out of the running text', () => {
    const captions = Array.from(html.querySelectorAll('figcaption')).map((c) => squash(c.textContent ?? ''));
    for (const caption of expected.captions ?? []) {
      expect(captions.some((c) => c.includes(squash(caption)))).toBe(true);
      expect(text).not.toContain(squash(caption));
    }
  });
});

test('a page read from another address (a local copy, a cache) still knows its own site by its canonical URL', () => {
  const { doc, expected } = loadFixture('seed-news-h2');
  const local = extractArticle(doc, 'http://127.0.0.1:8642/seed-news-h2/')!;
  const kinds = [...new Set(local.removed.map((r) => r.kind).filter((k) => k !== 'clutter' && k !== 'page-chrome'))].sort();
  expect(kinds).toEqual([...(expected.removedKinds ?? [])].sort());
});
