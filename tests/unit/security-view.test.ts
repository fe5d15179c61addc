/**
 * @jest-environment jsdom
 */
// The view on a hostile Article, as if storage had been tampered with or the core had a hole: every vector
// of tests/security/vectors.mjs unsanitized in Article.html, and hostile URLs and markup in the other fields.
// The rendered DOM must hold none of the dangerous constructs, and nothing may run in this window (jest's
// jsdom runs scripts and inline handlers, so a handler that survived would fire on the events below).
import '../support/jsdom-globals';
import type { Article } from '../../src/core/article';
import { renderArticle } from '../../src/view/render';
import { findDangers } from '../security/dangers.mjs';
import { vectorsFor } from '../security/vectors.mjs';

const ORIGIN = 'http://127.0.0.1:9';
const EVENTS = ['load', 'error', 'click', 'mouseover', 'focus', 'toggle', 'submit', 'begin', 'pointerenter'];

function hostileArticle(html: string): Article {
  const js = `<img src=x onerror="(window.__canary=window.__canary||[]).push('field')">`;
  return {
    title: `Title ${js}`,
    byline: `By ${js}`,
    siteName: `Site ${js}`,
    url: 'javascript:(window.__canary=window.__canary||[]).push("url")',
    publishedTime: `<script>x</script>`,
    lang: 'en" onclick="x',
    dir: 'ltr',
    excerpt: js,
    standfirst: js,
    leadImage: 'javascript:(window.__canary=window.__canary||[]).push("lead")',
    html,
    text: '',
    wordCount: 1,
    readingMinutes: 1,
    outline: [{ id: 'x" onclick="y', level: 1, text: js, minutes: 1, anchor: 'javascript:alert(1)" onclick="y' }],
    introMinutes: 0,
    removed: [{ kind: 'clutter', rule: 'r', reason: js, text: js, href: 'javascript:1' }],
  };
}

function fire(root: Element): string[] {
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const type of EVENTS) el.dispatchEvent(new Event(type));
  }
  const w = window as unknown as { __canary?: string[] };
  const fired = w.__canary ?? [];
  delete w.__canary;
  return fired;
}

const VECTORS = vectorsFor(ORIGIN);

test.each(VECTORS.map((v) => [v.id, v.html] as const))('%s: rendered without anything dangerous, nothing runs', (_id, html) => {
  const { header, body } = renderArticle(hostileArticle(`<p>Before.</p>${html}<p>After.</p>`));
  const root = document.createElement('article');
  root.append(header, body);
  document.body.append(root);
  expect(findDangers(root)).toEqual([]);
  expect(fire(root)).toEqual([]);
  root.remove();
});

test('the hostile fields render as text, and the source link is not a javascript: or data: URL', () => {
  const { header } = renderArticle({ ...hostileArticle('<p>x</p>'), url: 'data:text/html,<script>1</script>' });
  expect(header.querySelector('img, script')).toBeNull();
  expect(header.querySelector('.doc__title')?.textContent).toContain('<img src=x onerror=');
  expect(header.querySelector('.doc__source')?.hasAttribute('href')).toBe(false);
  expect(renderArticle(hostileArticle('<p>x</p>')).header.querySelector('.doc__source')?.hasAttribute('href')).toBe(false);
});

test('the check can fail: a handler put in after rendering is seen and fires', () => {
  const { body } = renderArticle(hostileArticle('<p>x</p>'));
  document.body.append(body);
  body.querySelector('p')!.setAttribute('onclick', "(window.__canary=window.__canary||[]).push('late')");
  expect(findDangers(body)).toEqual(['p[onclick]']);
  expect(fire(body)).toEqual(['late']);
  body.remove();
});
