// Is this page an article at all? A home page or a search page of teasers is not, nor an app's empty
// shell: the reader says so (and offers "try anyway") instead of showing one teaser list as if it were
// the story. Everything else is read, link-dense prose included: a wiki's sentences are full of links
// and are still sentences. The decision is taken on what Readability extracted, with two hints from the
// page: it declares itself an article (JSON-LD, og:type), or Readability's own cheap test accepts it.
import { isProbablyReaderable } from '@mozilla/readability';
import type { Removal } from './article';
import { linkDensity, linkLetters } from './dom';
import { letterCount, textOf } from './text';

/** Before Readability, on the page: does it declare or look like an article? (A hint, never a refusal.) */
export function looksReaderable(doc: Document, declaresArticle: boolean): boolean {
  return declaresArticle || isProbablyReaderable(doc, { minContentLength: 120, minScore: 20 });
}

const TEXT_BLOCKS = new Set(['p', 'li', 'dd', 'td', 'blockquote', 'pre', 'figcaption']);

/**
 * Letters of running text outside links: blocks (paragraphs, list items, cells) that hold a sentence's
 * worth of their own words, however many links sit between them. A teaser list's items are mostly link.
 */
function prose(content: Element): { letters: number; blocks: number } {
  let total = 0;
  let blocks = 0;
  const visit = (el: Element) => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (!TEXT_BLOCKS.has(child.localName)) {
        visit(child);
        continue;
      }
      const letters = letterCount(textOf(child));
      const own = letters - linkLetters(child.querySelectorAll('a'));
      if (own >= 60 && own >= 0.35 * letters) {
        total += own;
        blocks++;
      }
    }
  };
  visit(content);
  return { letters: total, blocks };
}

/**
 * After Readability: the extracted content reads as one piece, not a list of teasers or an empty shell.
 * `removed` are the removals made inside it before Readability: a page whose own links to other stories
 * had to be taken out of it by the dozen (headline-only lines, link boxes) was a list of stories.
 */
export function isArticleContent(content: Element, hinted: boolean, removed: readonly Removal[] = [], declared = false): boolean {
  const letters = letterCount(textOf(content));
  if (letters < (hinted ? 80 : 140)) return false;
  // The running text is walked only when a test below needs it (on a long article, none does).
  let walked: { letters: number; blocks: number } | null = null;
  const running = () => (walked ??= prose(content));
  // More links to other stories taken out than paragraphs left, on a page that does not say it is an
  // article: a page of teasers (an article with injected read-more lines keeps more paragraphs).
  const storyLinks = removed.filter((r) => r.kind === 'read-more' || r.kind === 'related-box').length;
  if (!declared && storyLinks >= 8 && storyLinks >= running().blocks) return false;
  const headings = Array.from(content.querySelectorAll('h1, h2, h3, h4, h5, h6'));
  const linkedHeadings = headings.filter((h) => h.querySelector('a[href]')).length;
  const density = linkDensity(content);
  // Teaser lists: most headings are links to other pages (on a page that says it is an article, only
  // when links also weigh in the text: articles often keep a few linked teaser headings).
  const teaserHeadings = linkedHeadings >= 3 && linkedHeadings / headings.length >= 0.5;
  if (teaserHeadings && (!hinted || density > 0.3)) return false;
  if (density < (hinted ? 0.6 : 0.45)) return true;
  // Link-dense: prose when sentences of the page's own words carry a good part of the text.
  return running().letters >= 200 && running().letters >= 0.3 * letters;
}
