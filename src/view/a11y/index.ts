/**
 * Accessibility helpers of the view: a skip link to the article, live announcements for screen readers
 * ("article loaded", "section 3 of 9", errors), and panels that keep the keyboard inside while open and give
 * focus back to their button when they close.
 */
import { h } from '../dom';
import { t } from '../i18n/index';

/** "Skip to the article": the first stop of the tab order; moves focus to the article's title. */
export function skipLink(main: HTMLElement): HTMLAnchorElement {
  const link = h('a', { class: 'skip-link', href: '#main', 'data-action': 'skip' }, t('skipToArticle'));
  link.addEventListener('click', (event) => {
    event.preventDefault();
    const target = main.querySelector<HTMLElement>('#doc-title, .message__title') ?? main;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus(); // and scrolled into view
  });
  return link;
}

export interface Announcer {
  element: HTMLElement;
  /** Said politely (after what the reader hears now). */
  say(text: string): void;
  /** Said at once (errors). */
  alert(text: string): void;
}

/** Two visually hidden live regions; the same text twice in a row is still announced. */
export function createAnnouncer(): Announcer {
  const polite = h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite', 'data-announce': 'polite' });
  const urgent = h('div', { class: 'visually-hidden', role: 'alert', 'data-announce': 'alert' });
  const put = (region: HTMLElement, text: string) => {
    region.textContent = '';
    // A separate task: screen readers notice a change, not a node that was already there with the text.
    setTimeout(() => {
      region.textContent = text;
    }, 50);
  };
  return {
    element: h('div', { class: 'announcer' }, polite, urgent),
    say: (text) => put(polite, text),
    alert: (text) => put(urgent, text),
  };
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** The elements of `root` that Tab reaches, in order (shown ones only). */
export function focusables(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => el.tabIndex >= 0 && !el.closest('[hidden]') && el.getClientRects().length > 0);
}

/**
 * A panel opened from a button: on open, focus goes to its first control (the checked choice for a radio
 * group); Tab and Shift+Tab cycle inside it; on close, focus goes back to the button if it was inside.
 */
export function panelFocus(panel: HTMLElement, button: HTMLElement) {
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab' || panel.hidden) return;
    const items = focusables(panel);
    if (!items.length) return;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    const active = document.activeElement;
    if (event.shiftKey && (active === first || !panel.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !panel.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  });
  return {
    opened(): void {
      // The choice in force (a checked setting, the section being read), else the first control.
      const target = panel.querySelector<HTMLElement>('[aria-checked="true"], [aria-current]:not([hidden])') ?? focusables(panel)[0];
      (target ?? panel).focus({ preventScroll: true });
    },
    closed(): void {
      if (panel.contains(document.activeElement)) button.focus({ preventScroll: true });
    },
  };
}
