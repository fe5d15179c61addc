// The standfirst: the sentence or two under the headline that sums the story up ("dek", "teaser",
// "chapeau", "Vorspann"). News templates set it in the article's header, beside the body's wrapper, so
// Readability — which keeps the body's block — drops it, and the story starts at its second paragraph.
// The page says which text it is: its description (the meta description, og:description) is the same
// words, shown on the page. So: the block of the page whose text is the description, after the headline
// and before the body's first paragraph, outside links, navigation, figures and asides, is the article's
// standfirst. The view shows it under the title; like the title and byline, it stays out of the body's text
// (an article benchmark's body text leaves it out too, and a reader sees it once either way).
// Guard: a description of a sentence or more (40 letters); shown once on the page as its own block (a text
// that is the description plus more is not it); not already in the article; the article's first paragraph
// found on the page after it. A description shown only in the head, or in a teaser elsewhere, changes nothing.
import { normalizeSpace, letterCount } from './text';
import { paragraphOnPage } from './title-anchor';

const MIN_LETTERS = 40;
/** Not a standfirst wherever it sits: inside a link (a teaser), navigation, a figure's caption, an aside, a form. */
const OUTSIDE = 'a, nav, aside, figure, figcaption, footer, form, script, style, template, noscript, [hidden]';

const words = (s: string) => normalizeSpace(s).replace(/[…]|\.\.\.$/g, '').toLowerCase();

const FOLLOWING = 4; // FOLLOWING (no global Node in every host)

/**
 * The smallest element of `root` whose text is `wanted` (a trailing ellipsis of a cut description allowed):
 * found from the text nodes that hold its first words, climbing while the text is shorter than wanted.
 */
function blockWithText(root: Element, wanted: string): Element | null {
  const want = words(wanted);
  const cut = /(?:…|\.\.\.)\s*$/.test(wanted);
  const head = want.split(' ').slice(0, 3).join(' ');
  // A cheap test first: the description's first word as written (most text nodes fail it).
  const first = normalizeSpace(wanted).split(' ')[0] ?? '';
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let found: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    if (!data.includes(first) || !words(data).includes(head)) continue;
    let el = node.parentElement;
    while (el && el !== root && words(el.textContent ?? '').length < want.length) el = el.parentElement;
    if (!el || el === root) continue;
    const text = words(el.textContent ?? '');
    if (!(text === want || (cut && text.startsWith(want)))) continue;
    if (found && found !== el) return null; // shown twice: a teaser or a share card repeats it; no telling which is the page's
    found = el;
  }
  return found;
}

/**
 * The article's standfirst as shown on the page, or null. `description` is the page's description (Readability's
 * excerpt: the meta description, or the first paragraph when there is none); `content` the extracted article.
 */
export function findStandfirst(doc: Document, content: Element, description: string | null | undefined): string | null {
  const desc = normalizeSpace(description ?? '');
  if (letterCount(desc) < MIN_LETTERS || !doc.body) return null;
  if (words(content.textContent ?? '').includes(words(desc).slice(0, 120))) return null;
  const block = blockWithText(doc.body, desc);
  if (!block || block.closest(OUTSIDE) || block.querySelector('a, img, h1')) return null;
  const body = paragraphOnPage(doc.body, content);
  if (!body || body.contains(block) || !(block.compareDocumentPosition(body) & FOLLOWING)) return null;
  const h1 = doc.body.getElementsByTagName('h1')[0];
  if (h1 && !(h1.compareDocumentPosition(block) & FOLLOWING)) return null;
  return normalizeSpace(block.textContent ?? '');
}
