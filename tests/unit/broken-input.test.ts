/**
 * @jest-environment node
 */
// Broken and extreme pages through the core (extractArticle on jsdom documents): each gives an article
// or null (→ a message in the views) or an ExtractionLimitError (→ the too-large message), never another
// error, and the page is unchanged afterwards. The CLI's side (charsets, 20 MB, 10 000 levels) is in
// cli-broken-input.test.ts; the browsers' side in tests/e2e/robustness.mjs.
import { JSDOM, VirtualConsole } from 'jsdom';
import { ExtractionLimitError, extractArticle } from '../../src/core';
import { copyWithDepthCap, mayBeTooDeep } from '../../src/core/deep-tree';
import { Limits } from '../../src/core/limits';
import type { Article } from '../../src/core';
import { BROKEN_URL, brokenBytes, brokenPage, deepPage } from '../support/broken-pages';
import { loadFixture, pageFromHtml } from '../support/fixtures';

const HEADINGS = ['A light on the reef', 'Keeping the log', 'After automation'];

/** Extracts twice (as is, and forced) and checks the page is unchanged. */
function extract(doc: Document, url = BROKEN_URL): { article: Article | null; forced: Article | null } {
  const before = doc.documentElement?.outerHTML ?? '';
  const article = extractArticle(doc, url);
  const forced = extractArticle(doc, url, { force: true });
  expect(doc.documentElement?.outerHTML ?? '').toBe(before);
  return { article, forced };
}

test('an empty document: no article, even forced', () => {
  const { article, forced } = extract(pageFromHtml('', BROKEN_URL));
  expect(article).toBeNull();
  expect(forced).toBeNull();
});

test('a frameset page: no article in the top document (the content script reads same-origin frames)', () => {
  expect(extract(brokenPage('frameset.html')).article).toBeNull();
  expect(extract(brokenPage('frame-article.html')).article?.outline.map((o) => o.text)).toEqual(HEADINGS);
});

test('a page of iframes only: no article', () => {
  const { article, forced } = extract(brokenPage('iframes.html'));
  expect(article).toBeNull();
  expect(forced).toBeNull();
});

test('no <body> tag in HTML: the parser adds one, the article is read', () => {
  expect(extract(brokenPage('no-body.html')).article?.outline.map((o) => o.text)).toEqual(HEADINGS);
});

test('no <body> element in XHTML: the content under <html> is read', () => {
  const doc = brokenPage('no-body.xhtml');
  expect(doc.body).toBeNull();
  expect(extract(doc).article?.outline.map((o) => o.text)).toEqual(HEADINGS);
});

test('the body removed by a script: no article, no error', () => {
  const doc = brokenPage('body-removed.html');
  doc.body.remove();
  const { article, forced } = extract(doc);
  expect(article).toBeNull();
  expect(forced).toBeNull();
});

test('XHTML served as XML: read like HTML (element names keep their case in XML documents)', () => {
  const doc = brokenPage('article.xhtml');
  expect(doc.documentElement.tagName).toBe('html'); // an XML document
  const article = extract(doc).article!;
  expect(article.title).toBe('The last night of the Skerry Point light');
  expect(article.outline.map((o) => o.text)).toEqual(HEADINGS);
  expect(article.text).toMatch(/Keepers wrote <lamp lit> at dusk\s— and never missed a watch\./);
  expect(article.text).not.toMatch(/Harbours|Wrecks|© Coast Notes/);
  expect(article.html).not.toMatch(/<[A-Z]/);
  expect(article.html).toContain('<h2 id="ro-keeping-the-log">');
});

test('800 levels of nesting: the article, from a copy with the wrappers dropped (10 000 levels: see the CLI tests)', () => {
  const doc = pageFromHtml(deepPage(800), BROKEN_URL);
  const article = extract(doc).article!;
  expect(article.outline.map((o) => o.text)).toEqual(['First part', 'Second part']);
  expect(article.wordCount).toBeGreaterThan(200);
});

test('deep-tree: every page deeper than 512 levels is caught by sampling; the capped copy keeps every word', () => {
  const stairs = (n: number) => `<!doctype html><title>Stairs</title><body>${'<div>step '.repeat(n)}${'</div>'.repeat(n)}`;
  expect(mayBeTooDeep(pageFromHtml(stairs(200), BROKEN_URL))).toBe(false);
  const doc = pageFromHtml(stairs(520), BROKEN_URL);
  expect(mayBeTooDeep(doc)).toBe(true);
  const copy = copyWithDepthCap(doc.documentElement, doc.implementation.createHTMLDocument(''), 8);
  let depth = 0;
  for (const el of Array.from(copy.querySelectorAll('*'))) {
    let d = 0;
    for (let p: Element | null = el; p; p = p.parentElement) d++;
    depth = Math.max(depth, d);
  }
  expect(depth).toBe(9);
  expect(copy.textContent).toBe(doc.documentElement.textContent);
  expect(copy.querySelectorAll('div')).toHaveLength(520);
});

test('a page over the element limit: ExtractionLimitError before any work', () => {
  const { doc, expected } = loadFixture('longform-nested');
  expect(() => extractArticle(doc, expected.url, { maxElements: 200 })).toThrow(ExtractionLimitError);
});

test('a page with more text than the limit (20 MB of text in few elements): ExtractionLimitError before any work', () => {
  const doc = pageFromHtml(`<!doctype html><title>t</title><body><article><p>${'words of text '.repeat(30_000)}</p></article>`, BROKEN_URL);
  expect(() => new Limits(200_000, 1500, 100_000).checkSize(doc)).toThrow(/420000 characters of text, limit 100000/);
  doc.querySelector('p')!.insertAdjacentHTML('beforebegin', `<script type="application/json">${'x'.repeat(300_000)}</script>`);
  expect(() => new Limits(200_000, 1500, 500_000).checkSize(doc)).not.toThrow(); // script text does not count
});

test('content in open shadow roots (declarative templates): read with its slots filled; closed roots stay private', () => {
  const article = extract(brokenPage('shadow-declarative.html')).article!;
  expect(article.title).toBe('The last night of the Skerry Point light');
  expect(article.outline.map((o) => o.text)).toEqual(HEADINGS);
  expect(article.text).toContain('The lighthouse on Skerry Point was lit for the last time');
  expect(article.text).toContain('The last keeper, Margaret Doyle'); // a shadow root inside a shadow root
  expect(article.text).toContain('The archive plans to publish'); // a named slot's fallback
  expect(article.text).not.toContain('Fallback text that must not show');
  expect(article.text).not.toContain('Closed root secret');
});

test('content in open shadow roots attached by script: read, and the page (shadow roots too) is unchanged', () => {
  const doc = brokenPage('shadow-script.html'); // scripts do not run in jsdom here: attach the roots as they would
  const page = doc.querySelector('story-page')!;
  const root = page.attachShadow({ mode: 'open' });
  root.innerHTML = `<article><h1><slot name="title">Untitled</slot></h1><h2>A light on the reef</h2><slot></slot>
    <story-section></story-section><h2>After automation</h2><p>${'The archive plans to publish the copied logs next spring. '.repeat(3)}</p></article>`;
  root.querySelector('story-section')!.attachShadow({ mode: 'open' }).innerHTML =
    `<h2>Keeping the log</h2><p>${'The last keeper, Margaret Doyle, kept a log in a careful round hand. '.repeat(3)}</p>`;
  doc.querySelector('secret-note')!.attachShadow({ mode: 'closed' }).innerHTML = '<p>Closed root secret: this stays private.</p>';
  const shadowBefore = root.innerHTML;
  const article = extract(doc).article!;
  expect(article.outline.map((o) => o.text)).toEqual(HEADINGS);
  expect(article.text).toContain('The lighthouse on Skerry Point was lit');
  expect(article.text).toContain('Margaret Doyle');
  expect(article.text).not.toContain('Closed root secret');
  expect(root.innerHTML).toBe(shadowBefore);
});

test('a page still loading (cut off half-way): what is there, or nothing, without an error', () => {
  const html = brokenBytes('frame-article.html').toString('utf8');
  for (const share of [0.2, 0.5, 0.8]) {
    const { article } = extract(pageFromHtml(html.slice(0, Math.round(html.length * share)), BROKEN_URL));
    if (share >= 0.8) expect(article?.outline.length).toBeGreaterThanOrEqual(2);
  }
});

test('legacy charsets, decoded by the parser from <meta charset>: the text is right', () => {
  const ru = extract(brokenPage('windows-1251.html')).article!;
  expect(ru.title).toBe('Последняя ночь маяка на мысе Скерри');
  expect(ru.text).toContain('Маяк на мысе Скерри зажгли в последний раз');
  const ja = extract(brokenPage('shift_jis.html')).article!;
  expect(ja.title).toBe('スケリー岬灯台の最後の夜');
  expect(ja.text).toContain('スケリー岬の灯台は、岬の名の由来となった岩礁');
});

test('a page redefining built-ins in its own realm (scripts run in jsdom here) does not reach the core', () => {
  // The core's JavaScript built-ins are Node's, not the page window's. The DOM (prototypes, and the page's
  // document, which DOMPurify uses) is shared with the page in jsdom: the CLI never runs page scripts
  // (cli-broken-input.test.ts), and in browsers the content script's isolated world has its own DOM
  // wrappers (tests/e2e/robustness.mjs checks both browsers with the whole of tamper.html).
  const html = brokenBytes('tamper.html')
    .toString('utf8')
    .replace(/Node\.prototype\.cloneNode[\s\S]*?configurable: true \}\);/, '');
  const dom = new JSDOM(html, { url: BROKEN_URL, runScripts: 'dangerously', virtualConsole: new VirtualConsole() });
  expect(() => dom.window.eval('[1].map((x) => x)')).toThrow('tampered by the page');
  const article = extract(dom.window.document).article!;
  expect(article.outline.map((o) => o.text)).toEqual(HEADINGS);
});
