/**
 * The popup's first article costs more to show than any later one: the popup is a new document on every
 * click, so the view's code is compiled on its first use, and DOMPurify sets itself up on its first
 * sanitizing. The popup spends that time waiting for the page to read its article anyway (issue 17: in
 * Firefox the page's read takes 150–400 ms after the popup's first frame). `warmArticleView` shows a small
 * made-up article once, off the document, while it waits: the same sanitizing, finishing, header and
 * outline, so that the real one finds them ready. Nothing of it is inserted, and it holds no picture or
 * frame, so nothing is loaded.
 */
import type { Article } from '../core/article';
import { h } from './dom';
import { ShownArticle, type ShownHost } from './shown';

const SAMPLE: Article = {
  title: 'Reader Outline',
  byline: 'Reader Outline',
  siteName: 'Reader Outline',
  url: 'https://example.com/a/b',
  publishedTime: '2026-01-01T00:00:00Z',
  lang: 'en',
  dir: 'ltr',
  excerpt: 'A paragraph.',
  standfirst: 'A standfirst.',
  leadImage: null,
  html:
    '<p>A paragraph with <a href="https://example.com/c">a link</a>, <em>emphasis</em> and <a href="#fn1">a note</a>.</p>' +
    '<h2 id="s1">A section</h2><p>Another paragraph.</p><ul><li>An item</li></ul><blockquote><p>A quote.</p></blockquote>' +
    '<h3 id="s2">A subsection</h3><table><tbody><tr><td>A cell</td></tr></tbody></table><p id="fn1">A note.</p>',
  text: 'A paragraph with a link, emphasis and a note.\nA section\nAnother paragraph.\nAn item\nA quote.\nA subsection\nA cell\nA note.',
  wordCount: 20,
  readingMinutes: 1,
  outline: [
    { id: 's1', level: 1, text: 'A section', minutes: 0 },
    { id: 's2', level: 2, text: 'A subsection', minutes: 0 },
  ],
  introMinutes: 1,
  removed: [],
};

/** Shows the sample article once, off the document (never throws: a failure only leaves the view cold). */
export function warmArticleView(popup: boolean): void {
  try {
    // The article's own constructor uses only these of its host (the rest is for an article on the page).
    const host = { popup, outlinePanel: h('div'), side: h('aside'), pick: () => undefined, closePanels: () => undefined, copied: () => undefined, whole: () => undefined };
    const shown = new ShownArticle(SAMPLE, host as unknown as ShownHost, { progressive: false });
    shown.cancel();
  } catch {
    // nothing to warm
  }
}
