// An article inside an <aside>. Readability removes every <aside> with all it holds, which is right for
// sidebars and wrong on pages whose templates wrap the whole story in one (a CMS's "content pane" aside):
// there it returns nothing at all. An aside that holds most of the page's paragraph text is the page's
// content, whatever its tag says: in the working copy it becomes a <div>.
import { letterCount } from './text';

function paragraphLetters(root: Element): number {
  let n = 0;
  const ps = root.getElementsByTagName('p');
  for (let i = 0; i < ps.length; i++) n += letterCount(ps[i]?.textContent ?? '');
  return n;
}

/** Renames the asides holding half or more of the body's paragraph text (outermost first) to divs. */
export function unwrapArticleAsides(body: Element, asides: readonly Element[]): void {
  if (asides.length === 0) return;
  const total = paragraphLetters(body);
  if (total < 200) return;
  for (const aside of asides) {
    if (!aside.isConnected || paragraphLetters(aside) < total / 2) continue;
    const div = aside.ownerDocument.createElement('div');
    for (const attr of Array.from(aside.attributes)) div.setAttributeNode(attr.cloneNode() as Attr);
    while (aside.firstChild) div.appendChild(aside.firstChild);
    aside.replaceWith(div);
  }
}
