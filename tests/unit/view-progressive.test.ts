/**
 * @jest-environment jsdom
 */
// A long article's body comes in pieces (src/view/render/body.ts, pieces.ts): the first screen, then the
// rest, each piece sanitized as it goes in. The pieces together must build exactly the body the one-pass
// rendering builds (same nodes, same attributes, same order), on real articles and on every hostile vector,
// wherever the cuts fall; and whatever needs the whole body puts the rest in first.
import '../support/jsdom-globals';
import { extractArticle } from '../../src/core';
import type { Article } from '../../src/core/article';
import { type BodyOptions, renderBody } from '../../src/view/render';
import { findDangers } from '../security/dangers.mjs';
import { vectorsFor } from '../security/vectors.mjs';
import { loadFixture } from '../support/fixtures';

/** Tiny budgets, so even a fixture article comes in dozens of pieces and its wrappers are cut. */
const TINY: BodyOptions = { progressive: true, aboveHtml: 0, aboveChars: 0, firstChars: 700, pieceChars: 300, finishChars: 300 };

function compare(article: Article, options = TINY) {
  const one = renderBody(article, { progressive: false });
  const chunked = renderBody(article, options);
  const first = { complete: chunked.complete, text: chunked.element.textContent?.length ?? 0 };
  chunked.finish();
  return { one: one.element, chunked: chunked.element, first, pieces: chunked.pieces };
}

const fixtureArticles = (() => {
  const cache = new Map<string, Article>();
  return (name: string) => {
    if (!cache.has(name)) {
      const { doc, expected } = loadFixture(name);
      cache.set(name, extractArticle(doc, expected.url, { timeBudgetMs: 60_000 })!);
    }
    return cache.get(name)!;
  };
})();

const FIXTURES = ['encyclopedia-wiki', 'longform-nested', 'reference-tables', 'news-video-embeds', 'guide-tables-footnotes', 'explainer-math-references', 'lazy-images', 'blog-code', 'rtl-arabic', 'seed-news-h2'];

test.each(FIXTURES)('%s: the pieces build the one-pass body, node for node', (name) => {
  const article = fixtureArticles(name);
  const { one, chunked, first, pieces } = compare(article);
  expect(first.complete).toBe(false);
  expect(first.text).toBeLessThan(one.textContent!.length);
  expect(pieces).toBeGreaterThan(3);
  expect(chunked.outerHTML).toBe(one.outerHTML);
  expect(chunked.isEqualNode(one)).toBe(true);
});

test('a long article made of every fixture above, in nested wrappers: same body, and its first screen is short', () => {
  const base = fixtureArticles('encyclopedia-wiki');
  const inner = FIXTURES.map((n) => fixtureArticles(n).html).join('\n');
  const html = `<div id="outer"><section><div>${inner}</div><p>Tail of the section.</p></section><p>The end.</p></div>`;
  const article = { ...base, html, leadImage: 'https://example.org/lead.jpg' };
  const { one, chunked, first, pieces } = compare(article, { progressive: true, firstChars: 2_000, pieceChars: 1_500, finishChars: 1_500 });
  expect(html.length).toBeGreaterThan(60_000);
  expect(first.text).toBeLessThan(4_000);
  expect(pieces).toBeGreaterThan(20);
  expect(chunked.outerHTML).toBe(one.outerHTML);
});

test('the lead picture: first when no picture survives anywhere, decided even when the first screen has none', () => {
  const base = fixtureArticles('seed-news-h2');
  const text = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} ${'words '.repeat(40)}</p>`).join('');
  for (const later of ['', '<p><img src="https://example.org/a.jpg"></p>', '<p><img src="javascript:alert(1)"></p>', '<noscript><img src="https://example.org/b.jpg"></noscript>']) {
    const article = { ...base, leadImage: 'https://example.org/lead.jpg', html: `<div>${text(30)}${later}${text(30)}</div>` };
    const { one, chunked } = compare(article);
    expect(chunked.outerHTML).toBe(one.outerHTML);
  }
});

const VECTORS = vectorsFor('http://127.0.0.1:9');
const cutCounts: number[] = [];
const filler = (n: number) => Array.from({ length: n }, (_, i) => `<p>Filler ${i} ${'text '.repeat(30)}</p>`).join('');

test.each(VECTORS.map((v) => [v.id, v.html] as const))('%s: in pieces as in one pass, and nothing dangerous', (_id, vector) => {
  const base = fixtureArticles('seed-news-h2');
  // The vector in the first screen, across a cut wrapper, and in a later piece inside nested wrappers.
  const html = `<div>${vector}${filler(8)}<section>${filler(6)}${vector}${filler(6)}</section><div><div>${filler(10)}${vector}</div>${filler(4)}</div></div>${vector}`;
  const { one, chunked, pieces } = compare({ ...base, html, leadImage: null });
  // A frame that could become a cut wrapper's child keeps that wrapper whole, and an unclosed or foreign
  // element swallows what follows it; most vectors still come in several pieces (checked below).
  cutCounts.push(pieces);
  expect(chunked.outerHTML).toBe(one.outerHTML);
  expect(findDangers(chunked)).toEqual([]);
});

test('most vectors came in several pieces (the comparisons above were of cut bodies)', () => {
  expect(cutCounts.length).toBe(VECTORS.length);
  expect(cutCounts.filter((n) => n > 3).length).toBeGreaterThan(VECTORS.length * 0.8);
});

test('an Article whose HTML parses into a frameset renders empty, in pieces or not', () => {
  const base = fixtureArticles('seed-news-h2');
  const { one, chunked } = compare({ ...base, html: `<div><frameset><frame src="https://example.org/x.html"></frameset>`, leadImage: null });
  expect(one.childNodes.length).toBe(0);
  expect(chunked.outerHTML).toBe(one.outerHTML);
});

test('the check can fail: one node changed in a later piece shows', () => {
  const article = fixtureArticles('encyclopedia-wiki');
  const { one, chunked } = compare(article);
  const last = chunked.querySelectorAll('p');
  last[last.length - 1]!.setAttribute('data-x', '1');
  expect(chunked.outerHTML).not.toBe(one.outerHTML);
});

test('short articles are rendered in one pass; long ones start with their first screen', () => {
  const base = fixtureArticles('seed-news-h2');
  expect(renderBody(base).complete).toBe(true);
  const long = { ...base, html: `<div>${filler(600)}</div>` };
  const body = renderBody(long);
  expect(body.complete).toBe(false);
  const shown = body.element.textContent!.length;
  expect(shown).toBeGreaterThan(9_000);
  expect(shown).toBeLessThan(12_000);
  let whole = false;
  body.whenWhole(() => {
    whole = true;
  });
  body.finish();
  expect(whole).toBe(true);
  expect(body.element.querySelectorAll('p').length).toBe(600);
});
