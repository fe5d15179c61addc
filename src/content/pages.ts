/**
 * pages.js: injected (scripting.executeScript, files) only once an article is on screen, to find whether it
 * goes on over further pages, and again with content.js to read one of them. Keeping it out of content.js
 * keeps the lookup and its code off the way to the first paint. Like content.js, it never changes the page.
 */
import { findNextPage } from '../core/pagination';
import { type ContentPagesApi, PAGES_GLOBAL } from '../shared/messages';
import { readNextPage } from './next-page';

const api: ContentPagesApi = {
  find: (articleUrl) => findNextPage(document, articleUrl || location.href),
  read: (url) => readNextPage(url, location.origin),
};
(globalThis as unknown as Record<string, ContentPagesApi>)[PAGES_GLOBAL] = api;
