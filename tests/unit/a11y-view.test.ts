/**
 * @jest-environment jsdom
 */
// The view's accessibility without a browser (issue 16): a skip link first, landmarks, announcements for
// screen readers ("Article loaded", "Section 2 of 3", errors), and panels that take focus, keep Tab inside
// and give focus back to their button when they close. (Layout-dependent parts run in the e2e tests.)
import '../support/jsdom-globals';
import type { Article } from '../../src/core';
import { stubViewDom } from '../support/view-dom';

const mockSet = jest.fn(async (_items: Record<string, unknown>) => undefined);
jest.mock('webextension-polyfill', () => ({
  __esModule: true,
  default: {
    storage: { sync: { get: async () => ({}), set: (items: Record<string, unknown>) => mockSet(items) }, onChanged: { addListener: () => undefined } },
  },
}));
const { mountView }: typeof import('../../src/view/view') = require('../../src/view/view');
const { panelFocus, createAnnouncer }: typeof import('../../src/view/a11y/index') = require('../../src/view/a11y/index');

beforeAll(stubViewDom);

const article: Article = {
  title: 'Tides of the harbour', byline: null, siteName: 'S', url: 'https://example.com/a', publishedTime: null, lang: 'en', dir: 'ltr',
  excerpt: '', standfirst: null, leadImage: null, html: '<h2 id="a">One</h2><p>Text.</p><h2 id="b">Two</h2><p>Text.</p><h2 id="c">Three</h2><p>Text.</p>',
  text: 'Text.', wordCount: 3, readingMinutes: 1, introMinutes: 0, removed: [],
  outline: [
    { id: 'a', level: 1, text: 'One', minutes: 1 },
    { id: 'b', level: 1, text: 'Two', minutes: 1 },
    { id: 'c', level: 1, text: 'Three', minutes: 1 },
  ],
};

const mount = () => {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const view = mountView(root, { mode: 'tab' });
  return { root, view };
};
const announced = (root: HTMLElement, kind: 'polite' | 'alert') => root.querySelector(`[data-announce="${kind}"]`)?.textContent;

describe('the view', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test('the skip link comes first, then the banner; main, navigation and article are there', () => {
    const { root, view } = mount();
    view.showResult({ ok: true, article });
    expect(root.firstElementChild?.matches('a.skip-link[href="#main"]')).toBe(true);
    expect(root.children[1]?.tagName).toBe('HEADER');
    expect(root.querySelector('main#main article.doc')).not.toBeNull();
    expect(root.querySelector('nav[data-outline="side"]')?.getAttribute('aria-label')).toBe('Sections');
    for (const svg of Array.from(root.querySelectorAll('svg'))) expect(svg.getAttribute('aria-hidden')).toBe('true');
  });

  test('the skip link moves focus to the article title', () => {
    const { root, view } = mount();
    view.showResult({ ok: true, article });
    root.querySelector<HTMLAnchorElement>('.skip-link')!.click();
    expect(document.activeElement?.id).toBe('doc-title');
  });

  test('"Article loaded" and "Section 2 of 3" are announced; an error is an alert', () => {
    const { root, view } = mount();
    view.showResult({ ok: true, article });
    jest.advanceTimersByTime(100);
    expect(announced(root, 'polite')).toBe('Article loaded: Tides of the harbour');
    // A pick in the outline (the keys j/k take the same path; the key listeners are document-wide, so views
    // of earlier tests would answer them here).
    root.querySelectorAll<HTMLAnchorElement>('[data-outline="side"] .outline__link')[1]!.click();
    jest.advanceTimersByTime(100);
    expect(announced(root, 'polite')).toBe('Section 2 of 3: Two');
    view.showResult({ ok: false, reason: 'error', message: 'boom' });
    jest.advanceTimersByTime(100);
    expect(announced(root, 'alert')).toBe('Error: Something went wrong');
  });

  test('the settings panel takes focus on the checked choice and gives it back to its button on Esc', () => {
    const { root, view } = mount();
    view.showResult({ ok: true, article });
    const button = root.querySelector<HTMLButtonElement>('[data-action="settings"]')!;
    button.focus();
    button.click();
    const panel = root.querySelector<HTMLElement>('#settings-panel')!;
    expect(panel.hidden).toBe(false);
    expect(panel.contains(document.activeElement)).toBe(true);
    expect(document.activeElement?.getAttribute('aria-checked')).toBe('true');
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(panel.hidden).toBe(true);
    expect(document.activeElement).toBe(button);
  });
});

test('a settings choice is one Tab stop; the arrow keys move along it and pick', () => {
  const { root, view } = mount();
  view.showResult({ ok: true, article });
  const themes = Array.from(root.querySelectorAll<HTMLButtonElement>('[data-setting="theme"]'));
  expect(themes.map((b) => b.tabIndex)).toEqual([-1, -1, -1, 0]); // 'system' (Auto) is checked by default
  themes[3]!.focus();
  themes[3]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
  expect((document.activeElement as HTMLElement).dataset.value).toBe('light');
  expect(mockSet).toHaveBeenLastCalledWith({ readerSettings: expect.objectContaining({ theme: 'light' }) });
  themes[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true, cancelable: true }));
  expect((document.activeElement as HTMLElement).dataset.value).toBe('system');
});

describe('panelFocus', () => {
  test('Tab from the last control goes to the first, Shift+Tab from the first to the last', () => {
    const panel = document.createElement('div');
    const opener = document.createElement('button');
    panel.innerHTML = '<button id="p1">1</button><input id="p2"><button id="p3">3</button>';
    document.body.replaceChildren(opener, panel);
    const focus = panelFocus(panel, opener);
    focus.opened();
    expect(document.activeElement?.id).toBe('p1');
    document.getElementById('p3')!.focus();
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    document.activeElement!.dispatchEvent(tab);
    expect([tab.defaultPrevented, document.activeElement?.id]).toEqual([true, 'p1']);
    const back = new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, cancelable: true });
    document.activeElement!.dispatchEvent(back);
    expect([back.defaultPrevented, document.activeElement?.id]).toEqual([true, 'p3']);
    const middle = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    document.getElementById('p2')!.focus();
    document.activeElement!.dispatchEvent(middle);
    expect(middle.defaultPrevented).toBe(false); // the browser moves on inside the panel
    focus.closed();
    expect(document.activeElement).toBe(opener);
  });

  test('the announcer says the same text twice', () => {
    jest.useFakeTimers();
    const a = createAnnouncer();
    a.say('Section 1 of 2');
    jest.advanceTimersByTime(60);
    a.say('Section 1 of 2');
    expect(a.element.textContent).toBe('');
    jest.advanceTimersByTime(60);
    expect(a.element.textContent).toBe('Section 1 of 2');
    jest.useRealTimers();
  });
});
