/**
 * @jest-environment jsdom
 */
// A long article in the view, acted on before its rest has come in (src/view/shown.ts, render/body.ts):
// the outline is there from the first screen; a jump to a later section, a section key and a correction put
// the rest in first, then do what was asked; the sections are announced; and the rest comes in by itself
// after the first frame.
import '../support/jsdom-globals';
import type { Article } from '../../src/core';
import { stubViewDom } from '../support/view-dom';

jest.mock('webextension-polyfill', () => ({
  __esModule: true,
  default: {
    storage: { sync: { get: async () => ({}), set: async () => undefined }, onChanged: { addListener: () => undefined } },
    runtime: { openOptionsPage: async () => undefined },
  },
}));
const { mountView }: typeof import('../../src/view/view') = require('../../src/view/view');

beforeAll(stubViewDom);

const SECTIONS = 12;
const para = (s: number, i: number) => `<p>Section ${s} paragraph ${i}. ${'The canal ran on past the mill. '.repeat(12)}</p>`;
function longArticle(): Article {
  let html = '<div id="readability-page-1">';
  for (let s = 1; s <= SECTIONS; s++) {
    html += `<h2 id="s${s}">Part ${s}</h2>`;
    for (let i = 0; i < 12; i++) html += para(s, i);
    if (s === SECTIONS) html += '<p>Near the end <span id="ro-at-0"></span>the story closes.</p>';
  }
  html += '</div>';
  return {
    title: 'The long canal', byline: null, siteName: 'S', url: 'https://example.com/canal', publishedTime: null, lang: 'en', dir: 'ltr',
    excerpt: '', standfirst: null, leadImage: null, html, text: '', wordCount: 9000, readingMinutes: 40, introMinutes: 0,
    removed: [{ kind: 'read-more', rule: 'read-more', reason: 'a read-more line', text: 'Read more: the mill', href: 'https://example.com/mill', anchor: 'ro-at-0' }],
    outline: Array.from({ length: SECTIONS }, (_, i) => ({ id: `s${i + 1}`, level: 1, text: `Part ${i + 1}`, minutes: 3 })),
  };
}

const mount = () => {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const view = mountView(root, { mode: 'tab' });
  view.showResult({ ok: true, article: longArticle() });
  return { root, view };
};
const body = (root: HTMLElement) => root.querySelector<HTMLElement>('.doc__body')!;

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

// First: the key listeners are document-wide, so the views of later tests would answer the key too.
test('the section key moves on through a body still coming in', () => {
  const { root } = mount();
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, cancelable: true }));
  // The rest is in and the scroll-spy runs (jsdom lays nothing out, so where it moved is the e2e tests' part).
  expect(body(root).querySelector(`#s${SECTIONS}`)).not.toBeNull();
  expect(root.classList.contains('is-reading')).toBe(true);
});

test('the first screen comes with the whole outline; the rest is not in yet', () => {
  const { root } = mount();
  expect(body(root).querySelector('#s1')).not.toBeNull();
  expect(body(root).querySelector(`#s${SECTIONS}`)).toBeNull();
  const links = root.querySelectorAll('[data-outline="side"] .outline__link');
  expect(links.length).toBe(SECTIONS);
  expect(root.querySelector('.removed summary')?.textContent).toBe('1 injected link removed');
});

test('a jump to the last section puts the rest in first, then goes there and says so', () => {
  const { root } = mount();
  root.querySelectorAll<HTMLAnchorElement>('[data-outline="side"] .outline__link')[SECTIONS - 1]!.click();
  const last = body(root).querySelector<HTMLElement>(`#s${SECTIONS}`);
  expect(last).not.toBeNull();
  expect(document.activeElement).toBe(last);
  expect(body(root).querySelectorAll('p').length).toBe(SECTIONS * 12 + 1);
  jest.advanceTimersByTime(100);
  expect(root.querySelector('[data-announce="polite"]')?.textContent).toBe(`Section ${SECTIONS} of ${SECTIONS}: Part ${SECTIONS}`);
  // The headings got their links once they were in, as in a one-pass rendering.
  expect(last!.querySelector('[data-action="copy-section-link"]')).not.toBeNull();
});

test('"show in text" before the rest is in: the rest comes in, and the removed line is shown at its place', () => {
  const { root } = mount();
  expect(body(root).querySelector('#ro-at-0')).toBeNull();
  root.querySelector<HTMLButtonElement>('.removed__group[data-kind="read-more"] [data-corr="show-kind"]')!.click();
  const mark = body(root).querySelector('.ro-removed[data-kind="read-more"]');
  expect(mark).not.toBeNull();
  expect(mark!.previousElementSibling?.id).toBe('ro-at-0');
});

test('left alone, the rest comes in after the first frame, in pieces, and the tools get the whole body', () => {
  const { root } = mount();
  expect(root.querySelector<HTMLElement>('[data-action="export"]')?.hidden ?? true).toBe(true);
  jest.advanceTimersByTime(5_000);
  expect(body(root).querySelectorAll('p').length).toBe(SECTIONS * 12 + 1);
  expect(body(root).querySelectorAll('[data-ro-block]').length).toBeGreaterThan(SECTIONS * 12);
});
