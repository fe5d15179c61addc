/**
 * The copy of the rendered article that exports start from: the view's body (already sanitized in this
 * page), cloned, without the view's own controls (anything marked `data-ro-ui`: popovers, buttons), with
 * footnote references and notes marked for the Markdown rules (`data-md-ref`, `data-md-note`, `data-md-notes`).
 */

/** Marks an element the view added for the screen only (left out of exports and print). */
export const UI_ONLY = 'data-ro-ui';

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

/** Links inside a note back to its reference ("↩", "^"): only meaningful on the page. */
function removeBacklinks(note: Element, refs: Set<Element>): void {
  for (const a of Array.from(note.querySelectorAll('a[href^="#"]'))) {
    const text = (a.textContent ?? '').trim();
    const id = (a.getAttribute('href') ?? '').slice(1);
    const pointsAtRef = Array.from(refs).some((r) => r.id === id || r.closest('sup')?.id === id);
    if (pointsAtRef || /^[↩↑^⤴]+$|^back$/i.test(text)) a.remove();
  }
}

/** The export copy of `body`: view controls left out, footnotes marked. */
export function exportCopy(body: Element): Element {
  const root = body.cloneNode(true) as Element;
  for (const el of Array.from(root.querySelectorAll(`[${UI_ONLY}]`))) el.remove();
  const notes = findFootnotes(root);
  const labels = new Map<Element, number>();
  for (const { ref, note } of notes) {
    if (!labels.has(note)) labels.set(note, labels.size + 1);
    const label = String(labels.get(note));
    const sup = ref.closest('sup');
    const holder = sup && (sup.textContent ?? '').trim() === (ref.textContent ?? '').trim() ? sup : ref;
    holder.setAttribute('data-md-ref', label);
  }
  const refs = new Set<Element>(notes.map((n) => n.ref));
  for (const [note, label] of labels) {
    note.setAttribute('data-md-note', String(label));
    removeBacklinks(note, refs);
    const list = note.parentElement;
    if (list && /^(OL|UL)$/.test(list.tagName) && Array.from(list.children).every((li) => labels.has(li))) {
      list.setAttribute('data-md-notes', '');
    }
  }
  return root;
}
