/** Keyboard: move between sections and open the panels; the arrow keys and Space keep scrolling the text. */
import { h } from './dom';
import { type MessageKey, t } from './i18n/index';

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
export const KEY_HELP: ReadonlyArray<[string[], MessageKey]> = [
  [['j', 'n'], 'keyNextSection'],
  [['k', 'p'], 'keyPrevSection'],
  [['J', ']'], 'keyNextChapter'],
  [['K', '['], 'keyPrevChapter'],
  [['/'], 'keyFilter'],
  [['c'], 'keyCopyLink'],
  [['↑', '↓', 'Space'], 'keyScroll'],
  [['t'], 'keySections'],
  [['s'], 'keySettings'],
  [['e'], 'keyExport'],
  [['r'], 'keyReadAloud'],
  [['o'], 'keyOpenInTab'],
  [['x'], 'keyHideBlock'],
  [['Esc'], 'keyClose'],
];

export function keysHelp(withOpenInTab: boolean): HTMLElement {
  const list = h('dl', { class: 'keys' });
  for (const [keys, what] of KEY_HELP) {
    if (what === 'keyOpenInTab' && !withOpenInTab) continue;
    const dt = h('dt', {});
    keys.forEach((key, i) => {
      if (i) dt.appendChild(document.createTextNode(' '));
      dt.appendChild(h('kbd', {}, key === 'Space' ? t('keySpace') : key));
    });
    list.append(dt, h('dd', {}, t(what)));
  }
  return h('details', { class: 'settings__keys' }, h('summary', { class: 'settings__label' }, t('keyboardShortcuts')), list);
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
