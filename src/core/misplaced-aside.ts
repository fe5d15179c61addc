// An article inside an <aside>. Readability removes every <aside> with all it holds, which is right for
// sidebars and wrong on pages whose templates wrap the whole story in one (a CMS's "content pane" aside):
// there it returns nothing at all. An aside that holds most of the page's paragraph text is the page's
// content, whatever its tag says: in the working copy it becomes a <div>.
import { elementsNamed, tagSet } from './dom';
import { letterCount } from './text';

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
    if (!aside.isConnected || (inside.get(aside) ?? 0) < total / 2) continue;
    const div = aside.ownerDocument.createElement('div');
    for (const attr of Array.from(aside.attributes)) div.setAttributeNode(attr.cloneNode() as Attr);
    while (aside.firstChild) div.appendChild(aside.firstChild);
    aside.replaceWith(div);
  }
}
