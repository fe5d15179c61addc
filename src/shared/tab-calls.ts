/**
 * The extension-page side of the calls into a tab and of the reader-tab hand-over: the injection of
 * rare.js and content.js that answers with the article (one round trip; a forced read calls its function), the next-page
 * lookup and fetch through pages.js, and the `storage.session` hand-over. Kept apart from messages.ts so the content script never bundles the
 * extension API polyfill.
 */
import browser from 'webextension-polyfill';
import {
  CONTENT_GLOBAL,
  type ContentExtractFn,
  type ContentPagesApi,
  type ExtractResult,
  type FailureReason,
  type Message,
  NAVIGATED_MESSAGE,
  type NeedsRare,
  NO_AUTO_GLOBAL,
  RARE_SCRIPT,
  RULES_GLOBAL,
  PAGES_GLOBAL,
  type ReaderHandOff,
  UNSCRIPTABLE_MESSAGE,
  isUnscriptableUrl,
  needsRare,
} from './messages';
import type { NextPage } from '../core/pagination';
import type { SiteRule } from '../core/site-rules/types';

function callPages(op: 'find' | 'read', url: string, name: string, navigated: string): NextPage | null | Promise<ExtractResult> | ExtractResult {
  const api = (globalThis as unknown as Record<string, ContentPagesApi | undefined>)[name];
  if (!api) return op === 'find' ? null : { ok: false, reason: 'navigated', message: navigated };
  return op === 'find' ? api.find(url) : api.read(url);
}

/**
 * Injects pages.js and asks it `op` about `url`; what it answered, unchecked. content.js is not injected again:
 * it is still in the page from the first read (its own injection would read the page again), and a page that
 * lost it has moved on, so pages.js answers "navigated" there. A read comes with rare.js, for any rare step
 * the fetched page needs. Throws what executeScript throws.
 */
async function askPages(tabId: number, op: 'find' | 'read', url: string): Promise<unknown> {
  await browser.scripting.executeScript({ target: { tabId }, files: op === 'read' ? [RARE_SCRIPT, 'pages.js'] : ['pages.js'] });
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, func: callPages, args: [op, url, PAGES_GLOBAL, NAVIGATED_MESSAGE] });
  return injection?.result;
}

/**
 * Reads the next page of a multi-page article through the tab it came from (its content script fetches it
 * from the page's own origin). Never throws; a tab that moved on or closed gives a failure.
 */
export async function fetchPageInTab(tabId: number, url: string): Promise<ExtractResult> {
  try {
    const value = await askPages(tabId, 'read', url);
    return isExtractResult(value) ? value : failure('error', 'The page did not answer.');
  } catch (err) {
    return failure('navigated', `The original tab is gone or has moved on (${err instanceof Error ? err.message : String(err)}).`);
  }
}

function isNextPage(value: unknown): value is NextPage {
  const v = value as NextPage | null;
  return typeof v === 'object' && v !== null && typeof v.url === 'string' && typeof v.page === 'number' && (v.total === null || typeof v.total === 'number');
}

/**
 * Asks the tab, once its article is shown, whether the article goes on over further pages. Never throws:
 * a tab that moved on, or a page without pagination, gives null.
 */
export async function findNextPageInTab(tabId: number, articleUrl: string): Promise<NextPage | null> {
  try {
    const value = await askPages(tabId, 'find', articleUrl);
    return isNextPage(value) ? value : null;
  } catch {
    return null;
  }
}

const HANDOFF_PREFIX = 'reader:';
const HANDOFF_INDEX = 'reader-index';
const HANDOFF_KEEP = 20;

/** How long the popup waits for the page to answer (a page busy in its own script never answers). */
const ANSWER_TIMEOUT_MS = 10_000;

function failure(reason: FailureReason, message: string): ExtractResult {
  return { ok: false, reason, message };
}

/**
 * Runs in the page's isolated world (serialised by executeScript): calls the content script's function.
 * It is missing only when the tab moved to another document between the two injections.
 */
function callContentScript(force: boolean, name: string, navigated: string, rules: SiteRule[]): ExtractResult | NeedsRare {
  const fn = (globalThis as unknown as Record<string, ContentExtractFn | undefined>)[name];
  if (typeof fn !== 'function') return { ok: false, reason: 'navigated', message: navigated };
  return fn(force, rules);
}

/**
 * Runs in the page: leaves a value where content.js's next injection finds it (the site's corrections for
 * its own read, or the flag that it should only define its functions).
 */
function setPageGlobal(name: string, value: unknown): void {
  (globalThis as unknown as Record<string, unknown>)[name] = value;
}

function isExtractResult(value: unknown): value is ExtractResult {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** executeScript errors that mean the document went away under us (Chromium and Firefox wordings). */
const NAVIGATED = /frame.*(removed|not found|detached)|no frame with|document.*(unloaded|destroyed|navigat)|message manager disconnected|actor .*destroyed|page.*(closed|navigated|unloaded)|context (was )?(invalidated|destroyed)/i;

/**
 * Reads the tab's top frame: injecting content.js answers with the article (one round trip); a forced read
 * calls the content script's function, injecting it first if the page lost it. Never throws, never hangs.
 */
export async function extractInTab(tabId: number, url: string | undefined, force = false, rules: SiteRule[] = []): Promise<ExtractResult> {
  if (isUnscriptableUrl(url)) return failure('unscriptable', UNSCRIPTABLE_MESSAGE);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<ExtractResult>((resolve) => {
    timer = setTimeout(
      () => resolve(failure('error', `The page did not answer within ${ANSWER_TIMEOUT_MS / 1000} seconds: it may be busy running its own scripts. Try again in a moment.`)),
      ANSWER_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([inject(tabId, url, force, rules), timeout]);
  } finally {
    clearTimeout(timer);
  }
}


async function inject(tabId: number, url: string | undefined, force: boolean, rules: SiteRule[]): Promise<ExtractResult> {
  // injectImmediately: a page still loading is read as it is, instead of after it finishes loading.
  const target = { tabId };
  const call = async () => {
    const [injection] = await browser.scripting.executeScript({ target, func: callContentScript, args: [force, CONTENT_GLOBAL, NAVIGATED_MESSAGE, rules], injectImmediately: true });
    return injection?.result as unknown;
  };
  // A page that needed a rare step without rare.js in it (content.js answered `{ needs: 'rare' }`): injecting
  // rare.js resumes the read and answers with it; without a completion value, the function is asked again.
  const settle = async (value: unknown): Promise<unknown> => {
    if (!needsRare(value)) return value;
    const [injection] = await browser.scripting.executeScript({ target, files: [RARE_SCRIPT], injectImmediately: true });
    return isExtractResult(injection?.result) ? injection.result : call();
  };
  try {
    let value: unknown;
    if (!force) {
      // A site with corrections: one more round trip leaves them where content.js's own read finds them.
      if (rules.length) await browser.scripting.executeScript({ target, func: setPageGlobal, args: [RULES_GLOBAL, rules], injectImmediately: true });
      // rare.js goes in with content.js, one round trip for every page: the injection answers with the last
      // file's value. Injected only when content.js asked for it, it cost a quarter of pages (the seed among
      // them) a second round trip and the part of the read done before the step was missed (26 ms on the
      // seed page, 280–600 ms on the long encyclopedia page, Firefox); parsing it costs about 4 ms (issue 17).
      const [injection] = await browser.scripting.executeScript({ target, files: [RARE_SCRIPT, 'content.js'], injectImmediately: true });
      value = await settle(injection?.result);
      // No completion value (a browser that drops it, or a new document in between): ask the function.
      if (!isExtractResult(value)) value = await settle(await call());
    } else {
      value = await settle(await call());
      if (isExtractResult(value) && !value.ok && value.reason === 'navigated') {
        // The page lost content.js (or never had it): define it without reading, then read with force.
        await browser.scripting.executeScript({ target, func: setPageGlobal, args: [NO_AUTO_GLOBAL, true], injectImmediately: true });
        await browser.scripting.executeScript({ target, files: [RARE_SCRIPT, 'content.js'], injectImmediately: true });
        value = await settle(await call());
      }
    }
    if (isExtractResult(value)) return value;
    return failure('error', 'The page did not answer.');
  } catch (err) {
    // Thrown for pages the browser protects (stores, PDF viewer, error pages), without activeTab access,
    // or when the page navigated away during the injection.
    const text = err instanceof Error ? err.message : String(err);
    if (NAVIGATED.test(text)) return failure('navigated', NAVIGATED_MESSAGE);
    if (/cannot (access|be scripted)|missing host permission|extensions gallery|not allowed|no tab|permission/i.test(text)) {
      // Firefox revokes activeTab when the tab navigates, so a page that moved on during the injection
      // reports a missing permission: it was readable a moment ago, and now it is elsewhere or loading.
      if (url && (await tabMovedOn(tabId, url))) return failure('navigated', NAVIGATED_MESSAGE);
      return failure('unscriptable', UNSCRIPTABLE_MESSAGE);
    }
    return failure('unscriptable', `${UNSCRIPTABLE_MESSAGE} (${text})`);
  }
}

/** The tab is gone, loading, or at another address (its URL hidden: activeTab no longer covers it). */
async function tabMovedOn(tabId: number, url: string): Promise<boolean> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  return !tab || tab.status === 'loading' || tab.url !== url;
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

/** Opens the in-page picker in the tab (the popup closes itself after: the reader points at the page). */
export async function startPicker(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['picker.js'] });
}
