/**
 * The view's panels (settings, the sections menu, export): one open at a time, each with its button
 * (aria-expanded), the focus taken in and given back (a11y/), closed by Escape, a click outside, or
 * picking a section.
 */
import { panelFocus } from './a11y/index';

export interface Panels {
  setOpen(panel: HTMLElement, open: boolean): void;
  /** Opens the panel if it is closed, closes it if open. */
  toggle(panel: HTMLElement): void;
  /** Closes every panel; true when one was open. */
  closeAll(): boolean;
}

/** `onOpen`: a panel was opened by toggle (its button, a key). */
export function createPanels(pairs: Array<[HTMLElement, HTMLButtonElement]>, onOpen: (panel: HTMLElement) => void = () => undefined): Panels {
  const focusOf = new Map(pairs.map(([p, b]) => [p, panelFocus(p, b)]));
  const setOpen = (panel: HTMLElement, open: boolean) => {
    for (const [p, b] of pairs) {
      const on = p === panel ? open : false;
      const was = !p.hidden;
      p.hidden = !on;
      b.setAttribute('aria-expanded', String(on));
      if (on && !was) focusOf.get(p)?.opened();
      else if (!on && was) focusOf.get(p)?.closed();
    }
  };
  const panels: Panels = {
    setOpen,
    toggle(panel) {
      setOpen(panel, panel.hidden !== false);
      if (!panel.hidden) onOpen(panel);
    },
    closeAll() {
      const wasOpen = pairs.some(([p]) => !p.hidden);
      for (const [p] of pairs) setOpen(p, false);
      return wasOpen;
    },
  };
  for (const [p, b] of pairs) b.addEventListener('click', () => panels.toggle(p));
  document.addEventListener('click', (event) => {
    const target = event.target as Node;
    for (const [p, b] of pairs) if (!p.hidden && !p.contains(target) && !b.contains(target)) setOpen(p, false);
  });
  return panels;
}
