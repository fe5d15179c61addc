/**
 * The copy of the rendered article that exports start from: the view's body (already sanitized in this
 * page), cloned, without the view's own controls (anything marked `data-ro-ui`: popovers, buttons), with
 * footnote references and notes marked for the Markdown rules (`data-md-ref`, `data-md-note`, `data-md-notes`).
 */
import { findFootnotes } from '../footnotes/find';

/** Marks an element the view added for the screen only (left out of exports and print). */
export const UI_ONLY = 'data-ro-ui';

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
  for (const el of Array.from(root.querySelectorAll(`[${UI_ONLY}], button`))) el.remove(); // the view's controls
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
