// An article inside an <aside>. Readability removes every <aside> with all it holds, which is right for
// sidebars and wrong on pages whose templates wrap the whole story in one (a CMS's "content pane" aside):
// there it returns nothing at all. An aside that holds most of the page's paragraph text is the page's
// content, whatever its tag says: in the working copy it becomes a <div>.
import { childElements, elementsNamed, linkDensity, tagSet } from './dom';
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
    if (aside.isConnected && ((inside.get(aside) ?? 0) >= total / 2 || isFactBox(aside))) asDiv(aside);
  }
}

function asDiv(aside: Element): void {
  const div = aside.ownerDocument.createElement('div');
  for (const attr of Array.from(aside.attributes)) div.setAttributeNode(attr.cloneNode() as Attr);
  while (aside.firstChild) div.appendChild(aside.firstChild);
  aside.replaceWith(div);
}

const HEADING = tagSet('h2, h3, h4, h5, h6');
const PROSE_NEIGHBOUR = 12;

/** The story goes on beside it: a paragraph of prose, or the rest of a paragraph the box broke (its text, then an empty `<p>`). */
function proseBeside(el: Element, way: 'previousSibling' | 'nextSibling'): boolean {
  for (let n = el[way]; n; n = n[way]) {
    const text = n.textContent ?? '';
    if (!text.trim()) continue;
    if (n.nodeType === 3) return countWords(text) >= 3;
    if ((n as Element).localName === 'figure') continue; // a picture of the story between them
    return (n as Element).localName === 'p' && countWords(text) >= PROSE_NEIGHBOUR;
  }
  return false;
}

/**
 * A fact box set in the story's flow ("How to apply" over its steps, "What we know" over its points): an aside
 * between two paragraphs of the story, a heading over prose of its own, hardly linked. It is the story's, and
 * Readability drops it with the sidebars; a box of links (related stories) or a bare pull quote stays an aside.
 */
function isFactBox(aside: Element): boolean {
  if (!proseBeside(aside, 'previousSibling') || !proseBeside(aside, 'nextSibling')) return false;
  const kids = childElements(aside);
  if (!kids.some((k) => HEADING.has(k.localName))) return false;
  const words = kids.filter((k) => k.localName === 'p' || k.localName === 'ul' || k.localName === 'ol').reduce((n, k) => n + countWords(k.textContent ?? ''), 0);
  return words >= 12 && linkDensity(aside) < 0.25 && !aside.querySelector('form, nav, iframe');
}
