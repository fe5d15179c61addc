/**
 * Everything that crosses extension contexts, typed in one place:
 * - what the content script returns from the page (`ExtractResult`),
 * - the runtime messages between the popup and the background (`Message`),
 * - the hand-over of an extracted article to a reader tab (`storage.session`, keyed by a token in the URL),
 * - the constants both sides of the two-step injection share (the calls themselves: tab-calls.ts, so that
 *   content.js carries no extension API).
 */
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
  /** Milliseconds per pipeline step in the page (src/core/step-times.ts), for the bench and the marks. */
  steps?: Record<string, number>;
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
export type ContentExtractFn = (force: boolean, rules?: SiteRule[]) => ExtractResult | NeedsRare;

/**
 * content.js's answer when the page needs a step it does not carry (core/rare-steps.ts): nothing was read.
 * Injecting RARE_SCRIPT then answers with the article (its last statement calls RESUME_GLOBAL).
 */
export interface NeedsRare {
  needs: 'rare';
}

export function needsRare(value: unknown): value is NeedsRare {
  return typeof value === 'object' && value !== null && (value as { needs?: unknown }).needs === 'rare';
}

/** The script with the rare steps; it leaves them on the isolated world's globalThis under RARE_GLOBAL. */
export const RARE_SCRIPT = 'rare.js';
export const RARE_GLOBAL = '__readerOutlineRare';
/** rare.js ends with a call of this (added by the build): content.js's read left pending, done again with the steps. */
export const RESUME_GLOBAL = '__readerOutlineResume';

/**
 * content.js ends with a call of this (added by the build): the file's injection itself answers with the
 * article, one round trip instead of two. Set NO_AUTO_GLOBAL before injecting it to only define the functions.
 */
export const AUTO_GLOBAL = '__readerOutlineAuto';
export const NO_AUTO_GLOBAL = '__readerOutlineNoAuto';
/** The reader's corrections for the site, left in the page for content.js's own read (set only when there are any). */
export const RULES_GLOBAL = '__readerOutlineRules';

/** Name of the content script's function that reads a document other than the page (a fetched next page). */
export const READ_DOC_GLOBAL = '__readerOutlineReadDoc';

export type ContentReadDocFn = (doc: Document, url: string) => ExtractResult;

/**
 * Name of what pages.js puts on the isolated world's globalThis: a multi-page article's next page, found
 * on the page and read through content.js. Injected only after the article is shown, so neither the
 * lookup nor its code is on the way to the first paint.
 */
export const PAGES_GLOBAL = '__readerOutlinePages';

export interface ContentPagesApi {
  /** The next page of the article at `articleUrl`, from the page's links (core/pagination.ts). */
  find(articleUrl: string): NextPage | null;
  /** Fetches and reads a next page from the page's own origin, with its own next page. */
  read(url: string): Promise<ExtractResult>;
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

/** URLs no extension may script (checked before trying, so the message is immediate). */
const UNSCRIPTABLE: RegExp[] = [
  /^(chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|data|blob|javascript):/i,
  /^https?:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons|accounts-static\.cdn\.mozilla\.net)(\/|$)/i,
];

export function isUnscriptableUrl(url: string | undefined): boolean {
  if (!url) return false; // unknown: try, and let executeScript decide
  return UNSCRIPTABLE.some((re) => re.test(url));
}

export const NAVIGATED_MESSAGE = 'The page changed while it was being read (it moved to another address or reloaded). Click Reader Outline again to read it.';

export const UNSCRIPTABLE_MESSAGE =
  'Your browser does not let extensions read this page (browser pages, add-on stores, the PDF viewer and page sources are protected).';

export function isMessage(value: unknown): value is Message {
  const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : null;
  return type === 'open-reader' || type === 'picked';
}
