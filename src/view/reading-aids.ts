/** Small parts of the reading view around the outline: the reading-progress bar and a passing note. */
import { h } from './dom';
import { t } from './i18n/index';

export interface ProgressBar {
  element: HTMLElement;
  set(fraction: number): void;
}

/** A thin bar along the bottom edge of the top bar: how far through the article the reader is. */
export function createProgressBar(): ProgressBar {
  const fill = h('div', { class: 'progress__fill' });
  const element = h(
    'div',
    { class: 'progress', role: 'progressbar', 'aria-label': t('readingProgress'), 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': 0, 'data-progress': '0' },
    fill,
  );
  let last = -1;
  return {
    element,
    set(fraction) {
      const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 1000) / 10;
      if (percent === last) return;
      last = percent;
      fill.style.transform = `scaleX(${percent / 100})`;
      element.setAttribute('aria-valuenow', String(Math.round(percent)));
      element.dataset.progress = String(percent);
    },
  };
}

export interface Toast {
  element: HTMLElement;
  show(text: string): void;
}

/** A note that shows for a moment at the bottom of the view ("Link copied"), read out by screen readers. */
export function createToast(): Toast {
  const element = h('div', { class: 'toast', role: 'status', 'aria-live': 'polite', hidden: true });
  let timer = 0;
  return {
    element,
    show(text) {
      element.textContent = text;
      element.hidden = false;
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        element.hidden = true;
      }, 2600);
    },
  };
}
