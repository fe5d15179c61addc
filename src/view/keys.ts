/** Keyboard: move between sections and open the panels; the arrow keys and Space keep scrolling the text. */
import { h } from './dom';

export interface KeyActions {
  nextSection(): void;
  previousSection(): void;
  nextTopSection(): void;
  previousTopSection(): void;
  /** Focuses the outline's filter box; false when there is none. */
  findSection(): boolean;
  /** Copies a link to the section being read; false when there is none. */
  copySectionLink(): boolean;
  toggleOutline(): void;
  toggleSettings(): void;
  toggleExport?: () => void;
  readAloud?: () => void;
  closePanels(): boolean;
  openInTab?: () => void;
}

/** Shown in the settings panel; the same table drives the docs. */
export const KEY_HELP: ReadonlyArray<[string[], string]> = [
  [['j', 'n'], 'next section'],
  [['k', 'p'], 'previous section'],
  [['J', ']'], 'next chapter (first-level section)'],
  [['K', '['], 'previous chapter'],
  [['/'], 'filter the sections (long outlines)'],
  [['c'], 'copy a link to this section'],
  [['↑', '↓', 'Space'], 'scroll'],
  [['t'], 'sections list'],
  [['s'], 'settings'],
  [['e'], 'copy, save or print'],
  [['r'], 'read aloud from this section'],
  [['o'], 'open in tab'],
  [['x'], 'hide the block with the focus'],
  [['Esc'], 'close'],
];

export function keysHelp(withOpenInTab: boolean): HTMLElement {
  const list = h('dl', { class: 'keys' });
  for (const [keys, what] of KEY_HELP) {
    if (what === 'open in tab' && !withOpenInTab) continue;
    const dt = h('dt', {});
    keys.forEach((key, i) => {
      if (i) dt.appendChild(document.createTextNode(' '));
      dt.appendChild(h('kbd', {}, key));
    });
    list.append(dt, h('dd', {}, what));
  }
  return h('details', { class: 'settings__keys' }, h('summary', { class: 'settings__label' }, 'Keyboard shortcuts'), list);
}

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName);
}

export function bindKeys(actions: KeyActions): void {
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    let handled = true;
    switch (event.key) {
      case 'j':
      case 'n':
        actions.nextSection();
        break;
      case 'k':
      case 'p':
        actions.previousSection();
        break;
      case 'J':
      case ']':
        actions.nextTopSection();
        break;
      case 'K':
      case '[':
        actions.previousTopSection();
        break;
      case '/':
        handled = actions.findSection();
        break;
      case 'c':
        handled = actions.copySectionLink();
        break;
      case 't':
        actions.toggleOutline();
        break;
      case 's':
        actions.toggleSettings();
        break;
      case 'r':
        if (actions.readAloud) actions.readAloud();
        else handled = false;
        break;
      case 'e':
        if (actions.toggleExport) actions.toggleExport();
        else handled = false;
        break;
      case 'o':
        if (actions.openInTab) actions.openInTab();
        else handled = false;
        break;
      case 'Escape':
        handled = actions.closePanels();
        break;
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
  });
}
