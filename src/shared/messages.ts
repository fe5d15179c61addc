/**
 * Everything that crosses extension contexts, typed in one place:
 * - what the content script returns from the page (`ExtractResult`),
 * - the runtime messages between the popup and the background (`Message`),
 * - the hand-over of an extracted article to a reader tab (`storage.session`, keyed by a token in the URL),
 * - the two-step injection (`executeScript` files, then func) used by the popup and the background.
 */
import browser from 'webextension-polyfill';
import type { Article } from '../core/article';
import type { NextPage } from '../core/pagination';
import type { ContainerRule, SiteRule } from '../core/site-rules/types';

/** Why a page could not be shown as an article. */
export type FailureReason =
  | 'not-article' // extractArticle returned null: offer "Try anyway"
  | 'unscriptable' // the browser does not let extensions read this page
  | 'too-big' // ExtractionLimitError
  | 'frames' // the page's content is in frames none of which could be read as an article (`url`: the main frame)
  | 'empty' // no text at all (an empty document, a body removed by a script)
  | 'loading' // still loading, nothing to read yet
  | 'navigated' // the page went away (navigated, reloaded) while it was being read
  | 'error'; // anything else that went wrong

/**
 * How long the content script took, measured in the page (performance.now() around extractArticle).
 * `startedAt` is the wall-clock time of the start (the page's performance.timeOrigin + now), so another
 * context can place it on its own timeline. Optional: only the content script sets it.
 */
export interface ExtractTiming {
  extractMs: number;
  startedAt: number;
}

export type ExtractResult =
  | {
      ok: true;
      article: Article;
      /** The page was still loading when it was read: the article may be incomplete. */
      partial?: boolean;
      /** The article goes on at this address (a multi-page article); the view fetches it through the page. */
      nextPage?: NextPage;
      timing?: ExtractTiming;
    }
  | { ok: false; reason: FailureReason; message: string; url?: string; timing?: ExtractTiming };

/** Name of the function the content script puts on its isolated world's globalThis. */
export const CONTENT_GLOBAL = '__readerOutlineExtract';

/** `rules`: the reader's corrections for the page's site (storage.sync, site-rules-store.ts). */
export type ContentExtractFn = (force: boolean, rules?: SiteRule[]) => ExtractResult;

/** Name of the content script's function that reads the next page of a multi-page article. */
export const NEXT_PAGE_GLOBAL = '__readerOutlineNextPage';

export type ContentNextPageFn = (url: string) => Promise<ExtractResult>;

function callNextPage(url: string, name: string, navigated: string): Promise<ExtractResult> | ExtractResult {
  const fn = (globalThis as unknown as Record<string, ContentNextPageFn | undefined>)[name];
  if (typeof fn !== 'function') return { ok: false, reason: 'navigated', message: navigated };
  return fn(url);
}

/**
 * Reads the next page of a multi-page article through the tab it came from (its content script fetches it
 * from the page's own origin). Never throws; a tab that moved on or closed gives a failure.
 */
export async function fetchPageInTab(tabId: number, url: string): Promise<ExtractResult> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      func: callNextPage,
      args: [url, NEXT_PAGE_GLOBAL, NAVIGATED_MESSAGE],
    });
    const value: unknown = injection?.result;
    return isExtractResult(value) ? value : failure('error', 'The page did not answer.');
  } catch (err) {
    return failure('navigated', `The original tab is gone or has moved on (${err instanceof Error ? err.message : String(err)}).`);
  }
}

/** The in-page picker (content/picker.ts) → background: the block the reader picked as the article. */
export type PickedMessage = { type: 'picked'; rule: ContainerRule };

/** Runtime messages (popup → background; the picker → background). */
export type Message = { type: 'open-reader'; result: ExtractResult; sourceTabId: number | null } | PickedMessage;

/** What a reader tab finds in storage.session under its token. */
export interface ReaderHandOff {
  result: ExtractResult;
  sourceTabId: number | null;
  createdAt: number;
}

const HANDOFF_PREFIX = 'reader:';
const HANDOFF_INDEX = 'reader-index';
const HANDOFF_KEEP = 20;

/** URLs no extension may script (checked before trying, so the message is immediate). */
const UNSCRIPTABLE: RegExp[] = [
  /^(chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|data|blob|javascript):/i,
  /^https?:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons|accounts-static\.cdn\.mozilla\.net)(\/|$)/i,
];

export function isUnscriptableUrl(url: string | undefined): boolean {
  if (!url) return false; // unknown: try, and let executeScript decide
  return UNSCRIPTABLE.some((re) => re.test(url));
}

/** How long the popup waits for the page to answer (a page busy in its own script never answers). */
const ANSWER_TIMEOUT_MS = 10_000;

export const NAVIGATED_MESSAGE = 'The page changed while it was being read (it moved to another address or reloaded). Click Reader Outline again to read it.';

export const UNSCRIPTABLE_MESSAGE =
  'Your browser does not let extensions read this page (browser pages, add-on stores, the PDF viewer and page sources are protected).';

function failure(reason: FailureReason, message: string): ExtractResult {
  return { ok: false, reason, message };
}

/**
 * Runs in the page's isolated world (serialised by executeScript): calls the content script's function.
 * It is missing only when the tab moved to another document between the two injections.
 */
function callContentScript(force: boolean, name: string, navigated: string, rules: SiteRule[]): ExtractResult {
  const fn = (globalThis as unknown as Record<string, ContentExtractFn | undefined>)[name];
  if (typeof fn !== 'function') return { ok: false, reason: 'navigated', message: navigated };
  return fn(force, rules);
}

function isExtractResult(value: unknown): value is ExtractResult {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** executeScript errors that mean the document went away under us (Chromium and Firefox wordings). */
const NAVIGATED = /frame.*(removed|not found|detached)|no frame with|document.*(unloaded|destroyed|navigat)|message manager disconnected|actor .*destroyed|page.*(closed|navigated|unloaded)|context (was )?(invalidated|destroyed)/i;

/**
 * Injects content.js into the tab's top frame, then asks it for the article. Never throws, never hangs.
 * `onInjected` (optional) is called between the two steps (the popup marks it for the bench).
 */
export async function extractInTab(
  tabId: number,
  url: string | undefined,
  force = false,
  onInjected?: () => void,
  rules: SiteRule[] = [],
): Promise<ExtractResult> {
  if (isUnscriptableUrl(url)) return failure('unscriptable', UNSCRIPTABLE_MESSAGE);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<ExtractResult>((resolve) => {
    timer = setTimeout(
      () => resolve(failure('error', `The page did not answer within ${ANSWER_TIMEOUT_MS / 1000} seconds: it may be busy running its own scripts. Try again in a moment.`)),
      ANSWER_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([inject(tabId, force, onInjected, rules), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function inject(tabId: number, force: boolean, onInjected: (() => void) | undefined, rules: SiteRule[]): Promise<ExtractResult> {
  try {
    // injectImmediately: a page still loading is read as it is, instead of after it finishes loading.
    await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'], injectImmediately: true });
    onInjected?.();
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      func: callContentScript,
      args: [force, CONTENT_GLOBAL, NAVIGATED_MESSAGE, rules],
      injectImmediately: true,
    });
    const value: unknown = injection?.result;
    if (isExtractResult(value)) return value;
    return failure('error', 'The page did not answer.');
  } catch (err) {
    // Thrown for pages the browser protects (stores, PDF viewer, error pages), without activeTab access,
    // or when the page navigated away during the injection.
    const text = err instanceof Error ? err.message : String(err);
    if (NAVIGATED.test(text)) return failure('navigated', NAVIGATED_MESSAGE);
    if (/cannot (access|be scripted)|missing host permission|extensions gallery|not allowed|no tab|permission/i.test(text)) {
      return failure('unscriptable', UNSCRIPTABLE_MESSAGE);
    }
    return failure('unscriptable', `${UNSCRIPTABLE_MESSAGE} (${text})`);
  }
}

function newToken(): string {
  return crypto.randomUUID();
}

/** Stores a result for a reader tab and returns the reader page URL that will find it. */
export async function storeHandOff(result: ExtractResult, sourceTabId: number | null): Promise<string> {
  const token = newToken();
  const handOff: ReaderHandOff = { result, sourceTabId, createdAt: Date.now() };
  const got = await browser.storage.session.get(HANDOFF_INDEX);
  const index = Array.isArray(got[HANDOFF_INDEX]) ? (got[HANDOFF_INDEX] as string[]) : [];
  index.push(token);
  const dropped = index.splice(0, Math.max(0, index.length - HANDOFF_KEEP));
  await browser.storage.session.set({ [HANDOFF_PREFIX + token]: handOff, [HANDOFF_INDEX]: index });
  if (dropped.length) await browser.storage.session.remove(dropped.map((t) => HANDOFF_PREFIX + t));
  return browser.runtime.getURL(`reader.html?a=${token}`);
}

export async function loadHandOff(token: string): Promise<ReaderHandOff | null> {
  if (!/^[\w-]{8,64}$/.test(token)) return null;
  const key = HANDOFF_PREFIX + token;
  const got = await browser.storage.session.get(key);
  const value = got[key] as ReaderHandOff | undefined;
  return value && isExtractResult(value.result) ? value : null;
}

/** Opens a reader tab next to the source tab with the given result (background side). */
export async function openReaderTab(result: ExtractResult, sourceTabId: number | null): Promise<void> {
  const url = await storeHandOff(result, sourceTabId);
  let index: number | undefined;
  let windowId: number | undefined;
  if (sourceTabId !== null) {
    try {
      const tab = await browser.tabs.get(sourceTabId);
      index = tab.index + 1;
      windowId = tab.windowId;
    } catch {
      // the source tab is gone: open at the end
    }
  }
  await browser.tabs.create({
    url,
    index,
    windowId,
    active: true,
    ...(sourceTabId !== null ? { openerTabId: sourceTabId } : {}),
  });
}

/** Popup → background: open the reader tab (the background outlives the popup, which closes on tab switch). */
export async function requestReaderTab(result: ExtractResult, sourceTabId: number | null): Promise<void> {
  const message: Message = { type: 'open-reader', result, sourceTabId };
  await browser.runtime.sendMessage(message);
}

export function isMessage(value: unknown): value is Message {
  const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : null;
  return type === 'open-reader' || type === 'picked';
}

/** Opens the in-page picker in the tab (the popup closes itself after: the reader points at the page). */
export async function startPicker(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['picker.js'] });
}
