/**
 * @jest-environment jsdom
 */
// Issue 7, security half, at unit level: every XSS/injection vector of tests/security/vectors.mjs, inside
// article-looking pages, through the whole pipeline (extractArticle, force) and through the sanitizer alone.
// The sanitized Article.html must hold none of the dangerous constructs (findDangers), must stay free of them
// after a second parse (mutation XSS), and nothing in it may run where scripts do run (jsdom canaries).
import '../support/jsdom-globals';
import { extractArticle } from '../../src/core';
import { serialize } from '../../src/core/dom';
import { sanitizeArticle } from '../../src/core/sanitize';
import { firedCanaries, parsed } from '../security/canary-run';
import { findDangers } from '../security/dangers.mjs';
import { securityPages } from '../security/pages.mjs';
import { CATEGORIES, VECTORS, vectorsFor } from '../security/vectors.mjs';
import { pageFromHtml } from '../support/fixtures';

const ORIGIN = 'http://127.0.0.1:9';
const PAGES = securityPages(ORIGIN);

test('the corpus: at least 100 vectors, unique ids, every category of the issue', () => {
  expect(VECTORS.length).toBeGreaterThanOrEqual(100);
  expect(new Set(VECTORS.map((v) => v.id)).size).toBe(VECTORS.length);
  expect(CATEGORIES).toEqual(['script', 'handler', 'url', 'svg-mathml', 'frame-object', 'meta-base-form', 'css', 'clobbering', 'mutation']);
  for (const category of CATEGORIES) expect(VECTORS.filter((v) => v.category === category).length).toBeGreaterThanOrEqual(10);
});

describe.each(PAGES.map((p) => [p.name, p] as const))('%s, through the whole pipeline', (_name, page) => {
  const url = `${ORIGIN}${page.path}`;
  const doc = pageFromHtml(page.html, url);
  const before = doc.documentElement.outerHTML;
  const article = extractArticle(doc, url, { force: true })!;

  test('is read as an article that keeps most of the blocks around the vectors', () => {
    expect(article).not.toBeNull();
    expect(article.title).toBe(page.title);
    // Notes in figure captions are in html only (Article.text leaves captions out).
    const kept = page.vectors.filter((v) => article.text.includes(`Note ${v.id}.`) || article.html.includes(`Note ${v.id}.`));
    expect(kept.length).toBeGreaterThanOrEqual(Math.ceil(page.vectors.length * 0.8));
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test('Article.html has no dangerous construct, even parsed twice', () => {
    const once = parsed(article.html);
    expect(findDangers(once, { allowEmbeds: true })).toEqual([]);
    expect(findDangers(parsed(once.innerHTML), { allowEmbeds: true })).toEqual([]);
  });

  test('no canary fires where scripts run', () => {
    expect(firedCanaries(article.html, url)).toEqual([]);
  });
});

describe('each vector, through the sanitizer alone', () => {
  const doc = pageFromHtml('<!doctype html><body></body>', `${ORIGIN}/alone/`);
  const results = vectorsFor(ORIGIN).map((v) => {
    const holder = doc.createElement('div');
    holder.innerHTML = v.html; // the page's own parse (jsdom, scripts off): nothing runs here
    const html = serialize(sanitizeArticle(holder, doc.defaultView as unknown as Window));
    return [v.id, v.category, html] as const;
  });

  test.each(results)('%s (%s)', (_id, _category, html) => {
    expect(findDangers(parsed(html), { allowEmbeds: true })).toEqual([]);
    expect(findDangers(parsed(parsed(html).innerHTML), { allowEmbeds: true })).toEqual([]);
  });

  test('all of them together, where scripts run: no canary fires', () => {
    expect(firedCanaries(results.map((r) => r[2]).join('\n'), `${ORIGIN}/alone/`)).toEqual([]);
  });
});

describe('the checks themselves catch what they look for', () => {
  test('findDangers reports each kind of construct', () => {
    const body = parsed(
      '<script>x</script><img src=x onerror=y><a href=" java\tscript:z">a</a><iframe srcdoc="<b>"></iframe>' +
        '<svg><a xlink:href="javascript:1"><animate attributeName="href"></animate></a></svg><p style="x">s</p>' +
        '<img name="getElementById"><img srcset="javascript:1 1x"><form action="/"></form><a href="data:text/html,x">d</a>',
    );
    const found = findDangers(body, { allowEmbeds: true });
    for (const kind of ['script element', 'img[onerror]', 'a[href]=javascript:', 'iframe element', 'iframe[srcdoc]', 'a[xlink:href]=javascript:', 'animate element', 'p[style]', 'img[name]=getElementById (clobbers document)', 'img[srcset]=javascript:', 'form element', 'a[href]=data:']) {
      expect(found).toContain(kind);
    }
    expect(findDangers(parsed('<iframe src="https://www.youtube.com/embed/abc" sandbox="allow-scripts"></iframe><img src="data:image/png;base64,AA"><a href="https://x.test/" target="_blank" rel="noopener noreferrer">x</a>'), { allowEmbeds: true })).toEqual([]);
  });

  test('unsanitized, the vectors do fire where scripts run (the canaries work)', () => {
    const fired = new Set(firedCanaries(vectorsFor(ORIGIN).map((v) => v.html).join('\n'), `${ORIGIN}/raw/`));
    expect(fired.size).toBeGreaterThanOrEqual(40);
  });

  test('firedCanaries sees an inline handler and a script that run', () => {
    const js = (id: string) => `(window.__canary=window.__canary||[]).push('${id}')`;
    expect(firedCanaries(`<script>${js('s')}</script><p onclick="${js('h')}">x</p>`, `${ORIGIN}/`).sort()).toEqual(['h', 's']);
  });
});
