/**
 * Footnotes in a rendered article: a short in-article link (a number, a letter, a mark, or anything inside
 * <sup>) to a note elsewhere in the article, which is the list item around its target (or the target
 * itself for a paragraph-style note). Used by the popovers (popover.ts) and the Markdown export.
 */

/** A footnote reference's words: a number, a letter or a short mark, maybe in brackets. */
const REF_TEXT = /^\[?\s*(\d{1,4}|[a-z]{1,2}|[*†‡§¶]{1,3})\s*\]?$/i;

function inArticle(root: Element, id: string): Element | null {
  for (const el of Array.from(root.querySelectorAll('[id]'))) if (el.id === id) return el;
  return null;
}

/** The element that holds a note: the list item around the target, or the target itself. */
function noteElement(target: Element): Element | null {
  const item = target.closest('li');
  if (item) return item;
  return /^(P|DIV|ASIDE|DD|SPAN)$/.test(target.tagName) ? target : null;
}

export interface Footnote {
  ref: HTMLAnchorElement;
  note: Element;
}

/** Footnote references in `root`: short `#id` links (or inside <sup>) to a note elsewhere in the article. */
export function findFootnotes(root: Element): Footnote[] {
  const found: Footnote[] = [];
  for (const a of Array.from(root.querySelectorAll<HTMLAnchorElement>('a[href^="#"]'))) {
    const id = decodeURIComponent((a.getAttribute('href') ?? '').slice(1));
    if (!id) continue;
    const text = (a.textContent ?? '').trim();
    if (!REF_TEXT.test(text) && !(a.closest('sup') && text.length <= 6)) continue;
    const target = inArticle(root, id);
    if (!target || target.contains(a) || /^H[1-6]$/.test(target.tagName)) continue;
    const note = noteElement(target);
    if (!note || note.contains(a)) continue;
    found.push({ ref: a, note });
  }
  return found;
}

