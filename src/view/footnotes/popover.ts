/**
 * Footnotes in the reading view: hovering or focusing a reference shows its note in a popover beside it;
 * a click jumps to the note (the link's own #id), and the note gets a "Back to the text" link that
 * returns to the reference it was reached from. The popover and the buttons are screen-only (`data-ro-ui`):
 * exports and print leave them out.
 */
import { h } from '../dom';
import { findFootnotes } from './find';
import { t } from '../i18n/index';

const SHOW_DELAY_MS = 120;
const HIDE_DELAY_MS = 200;

/** The note's content for the popover: a copy without ids (no duplicates) and without its back links. */
function noteContent(note: Element, refIds: Set<string>): DocumentFragment {
  const copy = note.cloneNode(true) as Element;
  for (const el of Array.from(copy.querySelectorAll('[id]'))) el.removeAttribute('id');
  for (const el of Array.from(copy.querySelectorAll('[data-ro-ui]'))) el.remove();
  for (const a of Array.from(copy.querySelectorAll('a[href^="#"]'))) {
    const id = (a.getAttribute('href') ?? '').slice(1);
    if (refIds.has(id) || /^[↩↑^⤴]+$/.test((a.textContent ?? '').trim())) a.remove();
  }
  const fragment = document.createDocumentFragment();
  while (copy.firstChild) fragment.appendChild(copy.firstChild);
  return fragment;
}

/** Adds popovers and back buttons to the footnotes of a rendered body. Returns how many references it found. */
export function enhanceFootnotes(body: HTMLElement): number {
  const notes = findFootnotes(body);
  if (!notes.length) return 0;
  const pop = h('div', { class: 'fn-pop', role: 'tooltip', id: 'ro-fn-pop', hidden: true, 'data-ro-ui': '' });
  body.appendChild(pop);
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const refIds = new Set<string>();
  /** The reference each note was last reached from (for "Back to the text"). */
  const cameFrom = new Map<Element, HTMLElement>();

  const hide = () => {
    clearTimeout(showTimer);
    pop.hidden = true;
  };
  const show = (ref: HTMLElement, note: Element) => {
    clearTimeout(hideTimer);
    pop.replaceChildren(noteContent(note, refIds));
    pop.hidden = false;
    const at = ref.getBoundingClientRect();
    const box = body.getBoundingClientRect();
    const width = Math.min(360, box.width);
    pop.style.width = `${width}px`;
    pop.style.top = `${at.bottom - box.top + 6}px`;
    pop.style.left = `${Math.max(0, Math.min(at.left - box.left - 24, box.width - width))}px`;
  };
  pop.addEventListener('mouseenter', () => clearTimeout(hideTimer));
  pop.addEventListener('mouseleave', () => {
    hideTimer = setTimeout(hide, HIDE_DELAY_MS);
  });

  notes.forEach(({ ref, note }, i) => {
    const holder = (ref.closest('sup') as HTMLElement | null) ?? ref;
    if (!holder.id && !ref.id) holder.id = `ro-fnref-${i + 1}`;
    refIds.add(holder.id || ref.id);
    ref.setAttribute('aria-describedby', 'ro-fn-pop');
    ref.classList.add('fn-ref');
    const open = () => {
      clearTimeout(hideTimer);
      clearTimeout(showTimer);
      showTimer = setTimeout(() => show(ref, note), SHOW_DELAY_MS);
    };
    const close = () => {
      clearTimeout(showTimer);
      hideTimer = setTimeout(hide, HIDE_DELAY_MS);
    };
    ref.addEventListener('mouseenter', open);
    ref.addEventListener('focus', () => {
      clearTimeout(showTimer);
      show(ref, note);
    });
    ref.addEventListener('mouseleave', close);
    ref.addEventListener('blur', close);
    ref.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !pop.hidden) {
        hide();
        event.preventDefault();
        event.stopPropagation();
      }
    });
    ref.addEventListener('click', () => {
      hide();
      cameFrom.set(note, ref);
      note.classList.add('fn-note--target');
    });
  });

  // The way back is a link to the reference (a plain in-article link, like the page's own back links); the
  // click goes to the reference the note was reached from, centred, with the focus on it.
  for (const note of new Set(notes.map((n) => n.note))) {
    note.classList.add('fn-note');
    const firstRef = notes.find((n) => n.note === note)?.ref;
    const holder = (firstRef?.closest('sup') as HTMLElement | null) ?? firstRef;
    const back = h('a', { class: 'fn-back', href: `#${holder?.id || firstRef?.id || ''}`, 'data-ro-ui': '' }, t('backToText'));
    back.addEventListener('click', (event) => {
      const ref = cameFrom.get(note) ?? firstRef;
      if (!ref) return;
      event.preventDefault();
      note.classList.remove('fn-note--target');
      ref.scrollIntoView({ block: 'center' });
      ref.focus({ preventScroll: true });
    });
    note.appendChild(back);
  }
  return notes.length;
}
