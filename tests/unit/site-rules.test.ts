/**
 * @jest-environment node
 */
// Site rules (the reader's corrections, src/core/site-rules/) through the whole pipeline on the seed news
// page with its full site chrome: every kind of correction is applied and reported, still found when the
// page's markup shifts (other ids and classes, an extra wrapper), does nothing and is reported stale when
// it no longer matches; every removal keeps its place in the article; bad rules are refused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../src/core';
import type { ExtractOptions } from '../../src/core/article';
import { RULE_LIMITS, type SiteRule, checkRule, checkRuleSet, checkRules, jsonBytes, selectorFor, signatureOf } from '../../src/core/site-rules';
import { FIXTURES, pageFromHtml, readExpected, squash } from '../support/fixtures';

const NAME = 'seed-news-h2';
const url = readExpected(NAME).url;
const source = readFileSync(join(FIXTURES, NAME, 'source.html'), 'utf8');
const read = (html: string, siteRules?: SiteRule[], extra: ExtractOptions = {}) => {
  const article = extractArticle(pageFromHtml(html, url), url, { timeBudgetMs: 60_000, ...(siteRules ? { siteRules } : {}), ...extra });
  if (!article) throw new Error('no article');
  return article;
};
/** The same page as a later visit might serve it: other ids and classes, each paragraph in an extra wrapper. */
const shifted = source
  .replace(/\bid="(?!c-)([\w-]+)"/g, 'id="v2-$1"')
  .replace(/class="comments-area"/, 'class="discussion-block"')
  .replace(/<p>/g, '<div class="para-wrap"><p>')
  .replace(/<\/p>\n/g, '</p></div>\n');

const plain = read(source);
const bodyOf = (html: string) => pageFromHtml(`<body>${html}`, url).body;
const paragraph = Array.from(bodyOf(plain.html).querySelectorAll('p')).find((p) => p.textContent?.startsWith('Officials in Kyiv'))!;
const hideParagraph: SiteRule = { type: 'hide', selector: selectorFor(paragraph), text: signatureOf(paragraph) };

test('without rules: no corrections report, and every removal keeps its place in the article', () => {
  expect(plain.corrections).toBeUndefined();
  const body = bodyOf(plain.html);
  const kinds = new Set(plain.removed.map((r) => r.kind));
  for (const kind of ['leaked-markup', 'related-box', 'read-more', 'follow-call', 'keyword-link', 'affiliate-link']) expect(kinds.has(kind as never)).toBe(true);
  for (const r of plain.removed.filter((r) => r.kind !== 'clutter')) {
    expect(r.anchor).toMatch(/^ro-at-\d+$/);
    const span = body.querySelector(`#${r.anchor}`);
    expect(span?.localName).toBe('span');
    expect(span?.textContent).toBe('');
  }
  // The keyword link's words are in the element its place span opens.
  const nato = plain.removed.find((r) => r.kind === 'keyword-link' && r.text === 'NATO')!;
  expect(body.querySelector(`#${nato.anchor}`)!.parentElement!.textContent).toContain('NATO');
  // Leaked markup: the place is where the markup stood, inside the sentence it interrupted.
  const leaked = body.querySelector(`#${plain.removed.find((r) => r.kind === 'leaked-markup')!.anchor}`)!;
  expect(leaked.previousSibling?.textContent).toMatch(/raising concerns among $/);
  expect(leaked.nextSibling?.textContent).toMatch(/^military analysts/);
  // The related box stood between the two paragraphs it was cut from.
  const box = body.querySelector(`#${plain.removed.find((r) => r.kind === 'related-box')!.anchor}`)!;
  expect(box.closest('p')).toBeNull();
});

test('a rule signature is small: tag, first words', () => {
  expect(hideParagraph).toEqual({ type: 'hide', selector: 'p', text: expect.stringMatching(/^Officials in Kyiv said on Monday/) });
  expect(hideParagraph.type === 'hide' && hideParagraph.text.length).toBeLessThanOrEqual(80);
  expect(jsonBytes([hideParagraph])).toBeLessThan(150);
});

describe.each([
  ['as served', source],
  ['with other ids and classes and an extra wrapper', shifted],
])('hide a paragraph (%s)', (_label, html) => {
  const article = read(html, [hideParagraph]);
  test('it is gone from the text and the html', () => {
    expect(article.text).not.toContain('Officials in Kyiv said on Monday');
    expect(article.html).not.toContain('Officials in Kyiv said on Monday');
    expect(article.text).toContain('We are watching every road');
  });
  test('reported applied, and listed as a correction removal with its place', () => {
    expect(article.corrections).toEqual([{ index: 0, type: 'hide', status: 'applied', count: 1, label: hideParagraph.type === 'hide' ? hideParagraph.text : '' }]);
    const r = article.removed.find((x) => x.kind === 'correction')!;
    expect(r.text).toMatch(/^Officials in Kyiv/);
    expect(bodyOf(article.html).querySelector(`#${r.anchor}`)).not.toBeNull();
  });
});

test('hide a heading: its whole section goes, and the outline loses it', () => {
  const rule: SiteRule = { type: 'hide', selector: 'h2', text: 'The International Community Reacts' };
  for (const html of [source, shifted]) {
    const article = read(html, [rule]);
    expect(article.outline.map((o) => o.text)).not.toContain('The International Community Reacts');
    expect(article.outline).toHaveLength(plain.outline.length - 1);
    expect(article.text).not.toContain('China, North Korea');
    expect(article.text).toContain('With North Korean troops potentially joining');
    expect(article.corrections?.[0]).toMatchObject({ status: 'applied', count: 1 });
  }
});

test('keep a kind here ("never remove keyword links"): the links stay, counted', () => {
  for (const html of [source, shifted]) {
    const article = read(html, [{ type: 'keep', kind: 'keyword-link' }]);
    expect(article.removed.some((r) => r.kind === 'keyword-link')).toBe(false);
    const links = Array.from(bodyOf(article.html).querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(links).toContain('https://www.northgate-tribune.com/tag/nato/');
    expect(article.corrections).toEqual([{ index: 0, type: 'keep', status: 'applied', count: 2, label: 'keyword-link' }]);
  }
});

test('restore one item for the site: that read-more line stays, the other removals still go', () => {
  const rr = plain.removed.find((r) => r.kind === 'read-more')!;
  const article = read(source, [{ type: 'keep', kind: 'read-more', text: rr.text.slice(0, 40) }]);
  expect(squash(article.text)).toContain('Zelensky says North Korean units could reach the front');
  expect(article.removed.some((r) => r.kind === 'read-more')).toBe(false);
  expect(article.removed.some((r) => r.kind === 'follow-call')).toBe(true);
  expect(article.corrections?.[0]).toMatchObject({ type: 'keep', status: 'applied', count: 1 });
});

test('a picked container: the article is read from that block, even when its classes change', () => {
  const doc = pageFromHtml(source, url);
  const comments = doc.querySelector('.comments-area')!;
  const rule: SiteRule = { type: 'container', selector: selectorFor(comments), text: signatureOf(comments) };
  expect(rule).toMatchObject({ selector: 'section.comments-area', text: expect.stringMatching(/^Comments \(3\)/) });
  for (const html of [source, shifted]) {
    const article = read(html, [rule]);
    expect(article.text).toContain('Good reporting from the border');
    expect(article.text).not.toContain('Officials in Kyiv said on Monday');
    expect(article.corrections).toEqual([{ index: 0, type: 'container', status: 'applied', count: 1, label: rule.text }]);
  }
});

test('rules that no longer match do nothing and are reported stale', () => {
  const stale: SiteRule[] = [
    { type: 'hide', selector: 'p', text: 'A paragraph this page never had' },
    { type: 'container', selector: 'div.story-body-gone', text: 'Nothing here starts like this' },
    { type: 'keep', kind: 'leaked-markup', text: 'markup this page never leaked' },
  ];
  const article = read(source, stale);
  expect(article.html).toBe(plain.html);
  expect(article.removed).toEqual(plain.removed);
  expect(article.corrections?.map((c) => c.status)).toEqual(['stale', 'stale', 'stale']);
});

describe('malformed or oversized rules are refused with a message', () => {
  test.each([
    [null, /not an object/],
    [{ type: 'script', selector: 'p' }, /unknown type/],
    [{ type: 'hide', selector: 'p' }, /"text" must be/],
    [{ type: 'hide', selector: 'p:has(script)', text: 'x' }, /not a tag-and-class selector/],
    [{ type: 'hide', selector: 'img[onerror=alert(1)]', text: 'x' }, /not a tag-and-class selector/],
    [{ type: 'hide', selector: `p${'.a'.repeat(120)}`, text: 'x' }, /longer than 200/],
    [{ type: 'hide', selector: 'p', text: 'x'.repeat(121) }, /longer than 120/],
    [{ type: 'keep', kind: 'everything' }, /unknown removal kind/],
    [{ type: 'hide', selector: 'p', text: 'x', code: 'alert(1)' }, /unknown field "code"/],
  ])('%j', (rule, message) => {
    const checked = checkRule(rule);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error).toMatch(message);
  });
  test('a well-formed rule passes, with only its own fields', () => {
    expect(checkRule({ type: 'hide', selector: ' div.promo ', text: 'Subscribe' })).toEqual({ ok: true, value: { type: 'hide', selector: 'div.promo', text: 'Subscribe' } });
  });
  test('too many rules for a site, one bad rule in a list, a bad host name, a site over 8 KB', () => {
    const many = Array.from({ length: RULE_LIMITS.perSite + 1 }, () => ({ type: 'keep', kind: 'clutter' }));
    expect(checkRules(many)).toMatchObject({ ok: false, error: expect.stringMatching(/more than 50/) });
    expect(checkRules([{ type: 'keep', kind: 'clutter' }, { type: 'hide' }])).toMatchObject({ ok: false, error: expect.stringMatching(/rules\[1\]/) });
    expect(checkRuleSet({ 'not a host/..': [] })).toMatchObject({ ok: false, error: expect.stringMatching(/not a site's host name/) });
    expect(checkRuleSet([])).toMatchObject({ ok: false, error: expect.stringMatching(/one JSON object/) });
    const big = Array.from({ length: 50 }, (_, i) => ({ type: 'hide', selector: `div.${'a'.repeat(150)}`, text: `${i} ${'y'.repeat(115)}` }));
    expect(checkRuleSet({ 'news.example': big })).toMatchObject({ ok: false, error: expect.stringMatching(/more than 8000/) });
    expect(checkRuleSet({ 'WWW.News.Example': [{ type: 'keep', kind: 'keyword-link' }] })).toEqual({ ok: true, value: { 'news.example': [{ type: 'keep', kind: 'keyword-link' }] } });
  });
});

describe('a page where the extraction takes the wrong block (a long partner feature under a short story)', () => {
  const name = 'wrong-block-partner-feature';
  const pageUrl = readExpected(name).url;
  const html = readFileSync(join(FIXTURES, name, 'source.html'), 'utf8');
  const extract = (page: string, siteRules?: SiteRule[]) => extractArticle(pageFromHtml(page, pageUrl), pageUrl, { timeBudgetMs: 60_000, ...(siteRules ? { siteRules } : {}) })!;
  const story = pageFromHtml(html, pageUrl).querySelector('.story-text')!;
  const rule: SiteRule = { type: 'container', selector: selectorFor(story), text: signatureOf(story) };

  test('without a correction, the partner feature is read as part of the article', () => {
    expect(extract(html).text).toContain('Why the coast is the place to spend your retirement');
  });
  test.each([
    ['as served', html],
    ['with its classes renamed and a wrapper added', html.replace('<div class="story-text">', '<div class="wrap-2026"><div class="article-body-v2">').replace('    </div>\n    <div class="share-bar">', '    </div></div>\n    <div class="share-bar">')],
  ])('the picked container (%s): the story alone, reported applied', (_label, page) => {
    expect(rule.type === 'container' && rule.selector).toBe('div.story-text');
    const article = extract(page, [rule]);
    expect(article.title).toBe('Harbour wall repairs to begin in March after storm damage');
    expect(article.text).toContain('A drop-in session about the closures is planned');
    expect(article.text).not.toContain('retirement');
    expect(article.corrections?.[0]).toMatchObject({ type: 'container', status: 'applied' });
  });
});
