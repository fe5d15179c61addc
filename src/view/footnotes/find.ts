/**
 * Footnotes in a rendered article: a short in-article link (a number, a letter, a mark, or anything inside
 * <sup>) to a note elsewhere in the article, which is the list item around its target (or the target
 * itself for a paragraph-style note). Used by the popovers (popover.ts) and the Markdown export.
 */

/** A footnote reference's words: a number, a letter or a short mark, maybe in brackets. */
const REF_TEXT = /^\[?\s*(\d{1,4}|[a-z]{1,2}|[*†‡§¶]{1,3})\s*\]?$/i;

/** Each id in `root` and its first element in document order (as a lookup by id would find it). */
function idsIn(root: Element): Map<string, Element> {
  const ids = new Map<string, Element>();
  for (const el of Array.from(root.querySelectorAll('[id]'))) if (!ids.has(el.id)) ids.set(el.id, el);
  return ids;
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
  // One map of the ids, not a walk of every [id] per reference: on a long article with hundreds of
  // references and ids the walks took 130 ms in Chromium (1 MB encyclopedia page).
  let ids: Map<string, Element> | null = null;
  for (const a of Array.from(root.querySelectorAll<HTMLAnchorElement>('a[href^="#"]'))) {
    const id = decodeURIComponent((a.getAttribute('href') ?? '').slice(1));
    if (!id) continue;
    const text = (a.textContent ?? '').trim();
    if (!REF_TEXT.test(text) && !(a.closest('sup') && text.length <= 6)) continue;
    ids ??= idsIn(root);
    const target = ids.get(id) ?? null;
    if (!target || target.contains(a) || /^H[1-6]$/.test(target.tagName)) continue;
    const note = noteElement(target);
    if (!note || note.contains(a)) continue;
    found.push({ ref: a, note });
  }
  return found;
}

