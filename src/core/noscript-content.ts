// Page content inside <noscript>, as a page is parsed without scripts (the CLI, jsdom): a blog engine
// that renders its posts from a template keeps a copy of the post in <noscript>, and a stray
// `<noscript><div>` left unclosed swallows the whole page into the noscript element. Browsers run
// scripts, see <noscript> as plain text, and show the page; Readability drops every <noscript>, so
// without this step such a saved page has no article. A <noscript> parsed as elements that holds
// paragraphs of text is unwrapped in the working copy. (In a browser the element has no children.)
import { paragraphLetters } from './dom';

const MIN_LETTERS = 200;

/** Unwraps the <noscript> elements (outermost) whose parsed content holds paragraphs of text. */
export function unwrapNoscriptContent(noscripts: readonly Element[]): void {
  for (const el of noscripts) {
    if (!el.isConnected || !el.firstElementChild || paragraphLetters(el) < MIN_LETTERS) continue;
    const parent = el.parentNode;
    if (!parent) continue;
    while (el.firstChild) parent.insertBefore(el.firstChild, el);
    el.remove();
  }
}
