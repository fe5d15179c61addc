// Is this page an article at all? A home page or a search page of teasers is not: the reader says so
// (and offers "try anyway") instead of showing one teaser list as if it were the story.
import { isProbablyReaderable } from '@mozilla/readability';
import { linkDensity } from './dom';
import { letterCount, textOf } from './text';

/** Before Readability: Readability's own cheap test, or the page declaring itself an article. */
export function looksReaderable(doc: Document, declaresArticle: boolean): boolean {
  return declaresArticle || isProbablyReaderable(doc, { minContentLength: 120, minScore: 20 });
}

/** After Readability: the extracted content reads as one piece, not a list of teasers. */
export function isArticleContent(content: Element, declaresArticle: boolean): boolean {
  const letters = letterCount(textOf(content));
  if (letters < (declaresArticle ? 80 : 250)) return false;
  const headings = Array.from(content.querySelectorAll('h1, h2, h3, h4, h5, h6'));
  const linkedHeadings = headings.filter((h) => h.querySelector('a[href]')).length;
  const density = linkDensity(content);
  // Teaser lists: most headings are links to other pages (on a page that declares itself an article,
  // only when links also weigh in the text: articles often keep a few linked teaser headings).
  const teaserHeadings = linkedHeadings >= 3 && linkedHeadings / headings.length >= 0.5;
  if (teaserHeadings && (!declaresArticle || density > 0.3)) return false;
  return density < (declaresArticle ? 0.6 : 0.45);
}
