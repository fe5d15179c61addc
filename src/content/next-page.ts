// The next page of a multi-page article, read in the page's own context: the content script fetches it
// from the page's origin (same-origin only, so no host permission and no request the page could not make
// itself), parses it into an inert document (DOMParser: no scripts run, nothing loads) and reads it
// through the same core as the first page (content.js's reader). The view asks for one page at a time and
// merges them. Part of pages.js, injected only for multi-page articles.
import { findNextPage } from '../core/pagination';
import { type ContentReadDocFn, type ExtractResult, NAVIGATED_MESSAGE, READ_DOC_GLOBAL } from '../shared/messages';

/** Pages larger than this are not fetched (a page of an article is far smaller). */
const MAX_BYTES = 8_000_000;
const TIMEOUT_MS = 15_000;

export async function readNextPage(url: string, origin: string): Promise<ExtractResult> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return { ok: false, reason: 'error', message: 'Not an address.' };
  }
  if (target.origin !== origin) return { ok: false, reason: 'error', message: 'The next page is on another site: not fetched.' };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(target.href, { credentials: 'same-origin', redirect: 'follow', signal: controller.signal, headers: { accept: 'text/html' } });
    if (!response.ok) return { ok: false, reason: 'error', message: `The next page answered ${response.status}.` };
    const finalUrl = response.url || target.href;
    if (new URL(finalUrl).origin !== origin) return { ok: false, reason: 'error', message: 'The next page moved to another site: not read.' };
    if (!/html/i.test(response.headers.get('content-type') ?? 'text/html')) return { ok: false, reason: 'error', message: 'The next page is not a web page.' };
    const html = await response.text();
    if (html.length > MAX_BYTES) return { ok: false, reason: 'too-big', message: 'The next page is too large.' };
    const read = (globalThis as unknown as Record<string, ContentReadDocFn | undefined>)[READ_DOC_GLOBAL];
    if (typeof read !== 'function') return { ok: false, reason: 'navigated', message: NAVIGATED_MESSAGE };
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const result = read(doc, finalUrl);
    if (!result.ok) return result;
    const nextPage = findNextPage(doc, result.article.url || finalUrl); // with its own next page, when it has one
    return nextPage ? { ...result, nextPage } : result;
  } catch (err) {
    const aborted = err instanceof DOMException && err.name === 'AbortError';
    return { ok: false, reason: 'error', message: aborted ? 'The next page took too long to load.' : `The next page could not be loaded (${err instanceof Error ? err.message : String(err)}).` };
  } finally {
    clearTimeout(timer);
  }
}
