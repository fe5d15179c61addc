/**
 * The reader tab's reading position: saved as the reader scrolls (at most twice a second, and when the
 * tab is hidden or closed), offered back when the same article is opened again ("Continue where you left
 * off · 43 %"). A position is a reading block and a fraction of it, so it lands on the same sentence after
 * the window or the text size changed.
 */
import { h } from '../dom';
import { articleKey, loadPosition, type PositionStorage, type ReadingPosition, savePosition } from './store';
import { t } from '../i18n/index';

const SAVE_EVERY_MS = 500;
/** Positions this close to the start or the end are not worth offering. */
const START = 0.03;
const END = 0.97;

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, pre, blockquote, figure, table, dt, dd, hr';

export function readingBlocks(body: Element): HTMLElement[] {
  return Array.from(body.querySelectorAll<HTMLElement>(BLOCKS)).filter((el) => !el.closest('[data-ro-ui]'));
}

/** Where the reading stands: the first block whose bottom is below the top edge (the bar's bottom). */
export function currentPosition(body: Element, topEdge: number, now = Date.now()): ReadingPosition | null {
  const blocks = readingBlocks(body);
  if (!blocks.length) return null;
  let block = blocks.length - 1;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]!.getBoundingClientRect().bottom > topEdge) {
      block = i;
      break;
    }
  }
  const rect = blocks[block]!.getBoundingClientRect();
  const within = rect.height > 0 ? Math.min(1, Math.max(0, (topEdge - rect.top) / rect.height)) : 0;
  const max = document.documentElement.scrollHeight - window.innerHeight;
  const progress = max > 0 ? Math.min(1, Math.max(0, window.scrollY / max)) : 1;
  return { block, within, progress, at: now };
}

/** Scrolls so that the saved block and fraction are at the top edge again. */
export function restorePosition(body: Element, position: ReadingPosition, topEdge: number): boolean {
  const target = readingBlocks(body)[position.block];
  if (!target) return false;
  const rect = target.getBoundingClientRect();
  window.scrollTo({ top: window.scrollY + rect.top + rect.height * position.within - topEdge, behavior: 'auto' });
  return true;
}

export interface PositionTracker {
  stop(): void;
}

/**
 * Tracks the article in `body` and, when a position was saved for it before, shows the offer in `offerHost`
 * (prepended). `topEdge` gives the height of the bar over the text.
 */
export function trackPosition(
  storage: PositionStorage,
  article: { url: string; title: string },
  body: HTMLElement,
  offerHost: HTMLElement,
  topEdge: () => number,
): PositionTracker {
  const key = articleKey(article.url, article.title);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let moved = false;
  let offer: HTMLElement | null = null;

  const save = () => {
    timer = undefined;
    if (stopped || !body.isConnected) return;
    const position = currentPosition(body, topEdge());
    if (!position) return;
    // Read to the end: nothing to come back to. Near the start: keep what was saved before.
    if (position.progress >= END) void savePosition(storage, key, null).catch(() => undefined);
    else if (position.progress > START) void savePosition(storage, key, position).catch(() => undefined);
  };
  const onScroll = () => {
    moved = true;
    if (offer && window.scrollY > 200) dismiss();
    if (!timer) timer = setTimeout(save, SAVE_EVERY_MS);
  };
  const onHide = () => {
    if (document.visibilityState === 'hidden' && moved) save();
  };
  const dismiss = () => {
    offer?.remove();
    offer = null;
  };
  window.addEventListener('scroll', onScroll, { passive: true });
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', onHide);

  void loadPosition(storage, key)
    .then((saved) => {
      if (stopped || !saved || saved.progress <= START || saved.progress >= END || moved) return;
      const go = h('button', { class: 'btn btn--primary resume__go', type: 'button', 'data-action': 'resume' }, t('resume'));
      const close = h('button', { class: 'resume__close', type: 'button', 'aria-label': t('startFromTop'), title: t('startFromTop') }, h('span', { 'aria-hidden': 'true' }, '×'));
      offer = h(
        'div',
        { class: 'resume', role: 'status', 'data-ro-ui': '', 'data-resume': String(Math.round(saved.progress * 100)) },
        go,
        h('span', { class: 'resume__pct' }, t('percentRead', Math.round(saved.progress * 100))),
        close,
      );
      go.addEventListener('click', () => {
        dismiss();
        restorePosition(body, saved, topEdge());
      });
      close.addEventListener('click', dismiss);
      offerHost.prepend(offer);
    })
    .catch(() => undefined);

  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
      dismiss();
      window.removeEventListener('scroll', onScroll);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onHide);
    },
  };
}
