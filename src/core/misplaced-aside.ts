// An article inside an <aside>. Readability removes every <aside> with all it holds, which is right for
// sidebars and wrong on pages whose templates wrap the whole story in one (a CMS's "content pane" aside):
// there it returns nothing at all. An aside that holds most of the page's paragraph text is the page's
// content, whatever its tag says: in the working copy it becomes a <div>.
import { childElements, elementsNamed, renameElement, tagSet } from './dom';
import { inStoryFlow, markBox, plainBox } from './story-boxes';
import { countWords, letterCount } from './text';

const P = tagSet('p');

/** Renames the asides holding half or more of the body's paragraph text (outermost first) to divs. */
export function unwrapArticleAsides(body: Element, asides: readonly Element[]): void {
  if (asides.length === 0) return;
  // One walk over the paragraphs, each counted for the asides above it (no live collections: jsdom's are slow).
  const inside = new Map<Element, number>(asides.map((a) => [a, 0]));
  let total = 0;
  for (const p of elementsNamed(body, P)) {
    const letters = letterCount(p.textContent ?? '');
    total += letters;
    for (let up = p.parentElement; up && up !== body; up = up.parentElement) {
      const sum = inside.get(up);
      if (sum !== undefined) inside.set(up, sum + letters);
    }
  }
  if (total < 200) return;
  for (const aside of asides) {
    if (!aside.isConnected) continue;
    if ((inside.get(aside) ?? 0) >= total / 2) renameElement(aside, 'div');
    else if (isFactBox(aside)) markBox(renameElement(aside, 'div'), 'div');
  }
}

const HEADING = tagSet('h2, h3, h4, h5, h6');

/**
 * A fact box set in the story's flow ("How to apply" over its steps, "What we know" over its points): an aside
 * between two paragraphs of the story, or closing a section before the next one's heading (story-boxes.ts), a
 * heading over prose of its own, hardly linked. It is the story's, and Readability drops it with the sidebars; a
 * box of links (related stories) or a bare pull quote stays an aside.
 */
function isFactBox(aside: Element): boolean {
  if (!inStoryFlow(aside)) return false;
  const kids = childElements(aside);
  if (!kids.some((k) => HEADING.has(k.localName))) return false;
  const words = kids.filter((k) => k.localName === 'p' || k.localName === 'ul' || k.localName === 'ol').reduce((n, k) => n + countWords(k.textContent ?? ''), 0);
  return words >= 12 && plainBox(aside);
}
