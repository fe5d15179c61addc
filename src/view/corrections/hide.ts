// Hiding a block of the article: a small button on the block under the pointer or with the focus, and
// the key x for the focused block (x with no block focused focuses the first one on screen). A heading
// goes with its section. A note then offers Undo and "Keep hidden on this site", which asks for a hide
// rule (the block's tag and text signature) through the `ro-correction` event.
import { withSection } from '../../core/site-rules/apply';
import { selectorFor, signatureOf } from '../../core/site-rules/signature';
import { h, lineIcon } from '../dom';
import { UI_ONLY } from '../export/prepare';
import { CORRECTION_EVENT, type CorrectionRequest } from './panel';
import { t } from '../i18n/index';
import { hiddenNote } from './strings';

const BLOCKS = 'p, ul, ol, dl, figure, blockquote, pre, .table-wrap, h2, h3, h4, h5, h6, aside';
const EYE_OFF = ['M3 3l18 18', 'M10.6 6.1A9.7 9.7 0 0 1 12 6c5 0 8.5 4.5 9.5 6a15 15 0 0 1-2.7 3.2', 'M6.6 6.6C4.4 8 3 10 2.5 12c1 1.5 4.5 6 9.5 6 1.6 0 3-.4 4.3-1.1', 'M9.9 9.9a3 3 0 0 0 4.2 4.2'];

/** The blocks a reader can hide: the outermost of each kind (a list, not its items' paragraphs). */
function blocksIn(body: HTMLElement): HTMLElement[] {
  const all = Array.from(body.querySelectorAll<HTMLElement>(BLOCKS)).filter((el) => !el.closest('[data-ro-ui], .ro-removed'));
  return all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
}

/** The note after hiding this block ("Paragraph hidden."). */
function blockNote(el: Element): string {
  if (/^h[2-6]$/.test(el.localName)) return hiddenNote('heading');
  if (el.classList.contains('table-wrap')) return hiddenNote('table');
  return hiddenNote(el.localName);
}

/** The rule that hides this block on later visits: its tag and first words, as the core saw them. */
function ruleFor(el: Element) {
  const copy = el.cloneNode(true) as Element;
  for (const ui of Array.from(copy.querySelectorAll(`[${UI_ONLY}], .ro-removed`))) ui.remove();
  const target = el.classList.contains('table-wrap') ? (copy.querySelector('table') ?? copy) : copy;
  return { type: 'hide' as const, selector: selectorFor(target).split('.')[0]!, text: signatureOf(target) };
}

export interface Hiding {
  /** Hides the focused block (the key x); false when there is none and none on screen. */
  hideFocused(): boolean;
}

export function enableHiding(root: HTMLElement, body: HTMLElement, note: HTMLElement): Hiding {
  const control = h('button', { class: 'hide-ctl', type: 'button', 'aria-label': t('corrHideBlock'), title: t('corrHideBlockHint'), [UI_ONLY]: '', 'data-corr': 'hide' }, lineIcon(EYE_OFF, 16));
  let current: HTMLElement | null = null;
  const attach = (block: HTMLElement) => {
    if (current === block && control.parentElement === block) return;
    current = block;
    block.classList.add('ro-block');
    block.appendChild(control);
  };
  const blockOf = (target: EventTarget | null) => {
    const el = target instanceof Element ? target.closest<HTMLElement>('.ro-block, [data-ro-block]') : null;
    return el && body.contains(el) ? el : null;
  };
  for (const block of blocksIn(body)) {
    block.setAttribute('data-ro-block', '');
    if (!block.hasAttribute('tabindex')) block.setAttribute('tabindex', '-1');
  }
  body.addEventListener('mouseover', (e) => {
    const block = blockOf(e.target);
    if (block) attach(block);
  });
  body.addEventListener('focusin', (e) => {
    const block = blockOf(e.target);
    if (block) attach(block);
  });

  const hide = (block: HTMLElement) => {
    const rule = ruleFor(block);
    const name = blockNote(block);
    const blocks = withSection(block) as HTMLElement[];
    const next = blocks[blocks.length - 1]?.nextElementSibling as HTMLElement | null;
    const mark = document.createComment('hidden');
    block.before(mark);
    control.remove();
    for (const b of blocks) b.remove();
    showNote(name, rule, () => {
      mark.replaceWith(...blocks);
      block.focus();
    });
    const focusNext = next?.matches('[data-ro-block]') ? next : blocksIn(body)[0];
    focusNext?.focus();
  };

  const showNote = (name: string, rule: ReturnType<typeof ruleFor>, undo: () => void) => {
    const keep = h('button', { class: 'btn btn--primary', type: 'button', 'data-corr': 'keep-hidden' }, t('corrKeepHidden'));
    const undoButton = h('button', { class: 'btn', type: 'button', 'data-corr': 'undo' }, t('corrUndo'));
    const close = h('button', { class: 'btn btn--quiet', type: 'button', 'aria-label': t('corrDismiss') }, '×');
    const text = h('span', { class: 'hide-note__text' }, name);
    note.replaceChildren(text, keep, undoButton, close);
    note.hidden = false;
    keep.addEventListener('click', () => {
      keep.disabled = true;
      const detail: CorrectionRequest = {
        add: rule,
        done: (error) => {
          text.textContent = error ? t('corrSaveFailed', error) : t('corrKeptHidden');
          keep.hidden = !error;
          keep.disabled = false;
          undoButton.hidden = !error;
        },
      };
      root.dispatchEvent(new CustomEvent(CORRECTION_EVENT, { bubbles: true, detail }));
    });
    undoButton.addEventListener('click', () => {
      note.hidden = true;
      undo();
    });
    close.addEventListener('click', () => {
      note.hidden = true;
    });
  };

  control.addEventListener('click', (e) => {
    e.preventDefault();
    if (current) hide(current);
  });

  return {
    hideFocused() {
      const focused = blockOf(document.activeElement);
      if (focused) {
        hide(focused);
        return true;
      }
      const bar = root.querySelector('.bar')?.getBoundingClientRect().bottom ?? 0;
      const first = blocksIn(body).find((b) => b.getBoundingClientRect().top >= bar);
      first?.focus();
      return !!first;
    },
  };
}
