/**
 * @jest-environment jsdom
 */
// The extension side of broken pages, without a browser: how extractInTab names what went wrong (the page
// navigated away, the page never answered), and how the view shows each new state (frames with a link,
// empty, still loading with "Try again", the page changed, an article read while loading).
import '../support/jsdom-globals';
import type { Article } from '../../src/core';
import type { ExtractResult } from '../../src/shared/messages';

const executeScript = jest.fn();
const getTab = jest.fn();
jest.mock('webextension-polyfill', () => ({
  __esModule: true,
  default: {
    scripting: { executeScript: (...args: unknown[]) => executeScript(...args) },
    tabs: { get: (...args: unknown[]) => getTab(...args) },
    storage: { sync: { get: async () => ({}), set: async () => undefined }, onChanged: { addListener: () => undefined } },
  },
}));

// Loaded after the mock (the esbuild transform does not hoist jest.mock above imports).
const { NAVIGATED_MESSAGE, UNSCRIPTABLE_MESSAGE }: typeof import('../../src/shared/messages') = require('../../src/shared/messages');
const { extractInTab }: typeof import('../../src/shared/tab-calls') = require('../../src/shared/tab-calls');
const { mountView }: typeof import('../../src/view/view') = require('../../src/view/view');
const { readPage }: typeof import('../../src/content/read-page') = require('../../src/content/read-page');

beforeAll(() => {
  window.matchMedia = ((query: string) => ({ matches: false, media: query, addEventListener: () => undefined })) as unknown as typeof window.matchMedia;
  window.scrollTo = () => undefined;
});
beforeEach(() => {
  executeScript.mockReset();
  getTab.mockReset();
});

describe('extractInTab', () => {
  test.each([
    ['Frame with ID 0 was removed.'],
    ['No frame with id 0 in tab 12.'],
    ['Message manager disconnected'],
    ["Actor 'Conduits' destroyed before query 'RunListener' was resolved"],
  ])('the page went away during the injection (%s): "navigated"', async (error) => {
    executeScript.mockRejectedValue(new Error(error));
    expect(await extractInTab(1, 'https://example.com/')).toEqual({ ok: false, reason: 'navigated', message: NAVIGATED_MESSAGE });
  });

  // Firefox revokes activeTab when the tab navigates: the second call fails with a missing permission.
  test('a missing permission on a tab that moved on (loading, or its address hidden now): "navigated"', async () => {
    executeScript.mockRejectedValue(new Error('Missing host permission for the tab'));
    getTab.mockResolvedValue({ status: 'complete', url: undefined });
    expect(await extractInTab(1, 'https://example.com/')).toMatchObject({ ok: false, reason: 'navigated' });
    getTab.mockResolvedValue({ status: 'loading', url: 'https://example.com/' });
    expect(await extractInTab(1, 'https://example.com/')).toMatchObject({ ok: false, reason: 'navigated' });
  });

  test('a missing permission on a tab still at its address: the browser protects it, "unscriptable"', async () => {
    executeScript.mockRejectedValue(new Error('Missing host permission for the tab'));
    getTab.mockResolvedValue({ status: 'complete', url: 'https://example.com/' });
    expect(await extractInTab(1, 'https://example.com/')).toEqual({ ok: false, reason: 'unscriptable', message: UNSCRIPTABLE_MESSAGE });
  });

  test('one call on a click: injecting rare.js and content.js answers with the result, injected immediately (a page still loading is read as it is)', async () => {
    executeScript.mockResolvedValue([{ result: { ok: false, reason: 'empty', message: 'empty' } }]);
    expect(await extractInTab(1, 'https://example.com/')).toMatchObject({ reason: 'empty' });
    expect(executeScript.mock.calls.map(([options]) => [(options as { files?: string[] }).files, (options as { injectImmediately?: boolean }).injectImmediately])).toEqual([[['rare.js', 'content.js'], true]]);
  });

  test('a forced read ("Try anyway") calls the function the first read left in the page: one call', async () => {
    const g = globalThis as unknown as Record<string, unknown>;
    g.__readerOutlineExtract = (force: boolean) => ({ ok: false, reason: 'not-article', message: `force ${force}` });
    executeScript.mockImplementation(async (options: { func?: (...a: unknown[]) => unknown; args?: unknown[] }) =>
      options.func ? [{ result: options.func(...(options.args ?? [])) }] : [{}],
    );
    expect(await extractInTab(1, 'https://example.com/', true)).toMatchObject({ message: 'force true' });
    expect(executeScript).toHaveBeenCalledTimes(1);
    delete g.__readerOutlineExtract;
  });

  test('a forced read on a page that lost content.js: it is injected again without reading (the no-auto flag), then called', async () => {
    const g = globalThis as unknown as Record<string, unknown>;
    executeScript.mockImplementation(async (options: { files?: string[]; func?: (...a: unknown[]) => unknown; args?: unknown[] }) => {
      if (options.files) {
        expect(g.__readerOutlineNoAuto).toBe(true); // set before the file runs: it only defines its functions
        delete g.__readerOutlineNoAuto;
        g.__readerOutlineExtract = () => ({ ok: false, reason: 'empty', message: 'read with force' });
        return [{}];
      }
      return [{ result: options.func?.(...(options.args ?? [])) }];
    });
    expect(await extractInTab(1, 'https://example.com/', true)).toMatchObject({ message: 'read with force' });
    expect(executeScript).toHaveBeenCalledTimes(4);
    delete g.__readerOutlineExtract;
  });

  test('no completion value, and the content script is gone when asked (a new document in between): "navigated"', async () => {
    executeScript.mockImplementation(async (options: { func?: (...a: unknown[]) => unknown; args?: unknown[] }) =>
      options.func ? [{ result: options.func(...(options.args ?? [])) }] : [{}],
    );
    expect(await extractInTab(1, 'https://example.com/')).toMatchObject({ ok: false, reason: 'navigated' });
  });

  test('a page that never answers (busy in its own script): a message after 10 s, not a spinner forever', async () => {
    jest.useFakeTimers();
    executeScript.mockReturnValue(new Promise(() => undefined));
    const pending = extractInTab(1, 'https://example.com/');
    jest.advanceTimersByTime(10_000);
    expect(await pending).toMatchObject({ ok: false, reason: 'error', message: expect.stringMatching(/did not answer within 10 seconds/) });
    jest.useRealTimers();
  });
});

describe('readPage (the content script)', () => {
  const page = (html: string) => new DOMParser().parseFromString(html, 'text/html');

  test('an empty page, a page of frames, a page that is not an article: each its own answer', () => {
    expect(readPage(page(''), 'https://example.com/', false)).toMatchObject({ ok: false, reason: 'empty' });
    const frames = readPage(page('<frameset><frame src="https://other.example/story.html"></frameset>'), 'https://example.com/', false);
    expect(frames).toMatchObject({ ok: false, reason: 'frames', url: 'https://other.example/story.html' });
    const list = page(`<ul>${'<li><a href="/x">A teaser headline for another story</a></li>'.repeat(20)}</ul>`);
    expect(readPage(list, 'https://example.com/', false)).toMatchObject({ ok: false, reason: 'not-article' });
  });
});

describe('the view', () => {
  const show = (result: ExtractResult, retry?: () => void) => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    mountView(root, { mode: 'popup' }).showResult(result, retry);
    return root;
  };

  test('frames: the title, the message and a link that opens the frame in a new tab', () => {
    const root = show({ ok: false, reason: 'frames', message: 'This page shows its content in frames.', url: 'https://other.example/story.html' });
    expect(root.dataset.state).toBe('frames');
    expect(root.querySelector('.message__title')?.textContent).toBe('This page is made of frames');
    const link = root.querySelector<HTMLAnchorElement>('[data-action="open-link"]')!;
    expect([link.href, link.target, link.rel]).toEqual(['https://other.example/story.html', '_blank', 'noopener noreferrer']);
  });

  test('a frame link that is not http(s) is not offered', () => {
    const root = show({ ok: false, reason: 'frames', message: 'frames', url: 'javascript:alert(1)' });
    expect(root.querySelector('[data-action="open-link"]')).toBeNull();
  });

  test('empty, still loading (with "Try again"), the page changed', () => {
    expect(show({ ok: false, reason: 'empty', message: 'This page is empty.' }).querySelector('.message__title')?.textContent).toBe('This page is empty');
    const retry = jest.fn();
    const loading = show({ ok: false, reason: 'loading', message: 'Still loading.' }, retry);
    loading.querySelector<HTMLButtonElement>('[data-action="try-anyway"]')!.click();
    expect(retry).toHaveBeenCalled();
    expect(show({ ok: false, reason: 'navigated', message: NAVIGATED_MESSAGE }).querySelector('.message__title')?.textContent).toBe('The page changed');
  });

  test('an article read while the page was loading carries a notice; the extraction time is kept for the tests', () => {
    const article: Article = {
      title: 'T', byline: null, siteName: 'S', url: 'https://example.com/a', publishedTime: null, lang: 'en', dir: 'ltr', excerpt: '', standfirst: null,
      leadImage: null, html: '<p>Text.</p>', text: 'Text.', wordCount: 1, readingMinutes: 1, outline: [], introMinutes: 1, removed: [],
    };
    const root = show({ ok: true, article, partial: true, timing: { extractMs: 12, startedAt: 0 } });
    expect(root.querySelector('[data-notice]')?.textContent).toMatch(/still loading/);
    expect(root.dataset.ms).toBe('12');
    expect(show({ ok: true, article }).querySelector('[data-notice]')).toBeNull();
  });
});
