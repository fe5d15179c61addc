/** The reading settings panel: segmented choices that save to storage.sync and apply at once. */
import { h } from './dom';
import { type MessageKey, t } from './i18n/index';
import {
  currentSettings,
  FONTS,
  LEADINGS,
  type Settings,
  SIZE_MAX,
  SIZE_MIN,
  saveSettings,
  THEMES,
  WIDTHS,
} from './settings';

const LABELS: Record<string, MessageKey> = {
  light: 'themeLight',
  sepia: 'themeSepia',
  dark: 'themeDark',
  system: 'themeSystem',
  serif: 'fontSerif',
  sans: 'fontSans',
  readable: 'fontReadable',
  narrow: 'widthNarrow',
  medium: 'widthMedium',
  wide: 'widthWide',
  compact: 'spacingCompact',
  normal: 'spacingNormal',
  loose: 'spacingLoose',
  open: 'spacingOpen',
};
/** Choices whose name needs a word more (a tooltip, and the accessible description). */
const HINTS: Record<string, MessageKey> = { readable: 'fontReadableHint', open: 'spacingOpenHint' };

type ChoiceKey = 'theme' | 'font' | 'width' | 'leading';

function save(patch: Partial<Settings>): void {
  void saveSettings({ ...currentSettings(), ...patch }).catch(() => undefined);
}

function segmented(key: ChoiceKey, label: string, values: readonly string[]): HTMLElement {
  const group = h('div', { class: `seg seg--${key}`, role: 'radiogroup', 'aria-label': label });
  for (const value of values) {
    const preview =
      key === 'theme'
        ? h('span', { class: `swatch swatch--${value}`, 'aria-hidden': 'true' }, 'Aa')
        : key === 'font'
          ? h('span', { class: `font-sample font-sample--${value}`, 'aria-hidden': 'true' }, 'Aa')
          : null;
    const button = h(
      'button',
      { class: 'seg__option', type: 'button', role: 'radio', 'data-setting': key, 'data-value': value, title: HINTS[value] ? t(HINTS[value]) : null },
      preview,
      h('span', { class: 'seg__label' }, LABELS[value] ? t(LABELS[value]) : value),
    );
    button.addEventListener('click', () => save({ [key]: value } as Partial<Settings>));
    group.appendChild(button);
  }
  group.addEventListener('keydown', (event) => moveChoice(group, event));
  return h('div', { class: 'settings__row' }, h('span', { class: 'settings__label' }, label), group);
}

/**
 * A radio group is one Tab stop (the checked choice); the arrow keys move to the next or previous choice and
 * pick it, as in any radio group (left and right follow the writing direction).
 */
function moveChoice(group: HTMLElement, event: KeyboardEvent): void {
  const rtl = getComputedStyle(group).direction === 'rtl';
  const step = { ArrowDown: 1, ArrowUp: -1, ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
  if (!step || event.altKey || event.ctrlKey || event.metaKey) return;
  const options = Array.from(group.querySelectorAll<HTMLButtonElement>('[role="radio"]'));
  const at = options.indexOf(event.target as HTMLButtonElement);
  if (at < 0) return;
  event.preventDefault();
  const next = options[(at + step + options.length) % options.length]!;
  next.focus();
  next.click();
}

function sizeStepper(): HTMLElement {
  const value = h('output', { class: 'stepper__value', 'data-size-value': '' });
  // The visible "A−" is a picture of the action: hidden from the accessible name, which is the words.
  const smaller = h('button', { class: 'stepper__btn', type: 'button', title: t('smallerText'), 'data-size': '-1' }, h('span', { 'aria-hidden': 'true', dir: 'ltr' }, 'A−'), h('span', { class: 'visually-hidden' }, t('smallerText')));
  const larger = h('button', { class: 'stepper__btn stepper__btn--big', type: 'button', title: t('largerText'), 'data-size': '1' }, h('span', { 'aria-hidden': 'true', dir: 'ltr' }, 'A+'), h('span', { class: 'visually-hidden' }, t('largerText')));
  smaller.addEventListener('click', () => save({ size: Math.max(SIZE_MIN, currentSettings().size - 1) }));
  larger.addEventListener('click', () => save({ size: Math.min(SIZE_MAX, currentSettings().size + 1) }));
  return h(
    'div',
    { class: 'settings__row' },
    h('span', { class: 'settings__label' }, t('size')),
    h('div', { class: 'stepper' }, smaller, value, larger),
  );
}

export interface SettingsPanel {
  element: HTMLElement;
  sync(settings: Settings): void;
}

export function createSettingsPanel(keysHelp: HTMLElement): SettingsPanel {
  const element = h(
    'div',
    { class: 'panel settings', id: 'settings-panel', role: 'dialog', 'aria-label': t('readingSettings'), 'data-panel': 'settings', hidden: true },
    segmented('theme', t('theme'), THEMES),
    segmented('font', t('font'), FONTS),
    sizeStepper(),
    segmented('width', t('width'), WIDTHS),
    segmented('leading', t('spacing'), LEADINGS),
    keysHelp,
  );
  const sync = (settings: Settings) => {
    for (const button of Array.from(element.querySelectorAll<HTMLButtonElement>('[data-setting]'))) {
      const key = button.dataset.setting as ChoiceKey;
      const checked = settings[key] === button.dataset.value;
      button.setAttribute('aria-checked', String(checked));
      button.tabIndex = checked ? 0 : -1; // one Tab stop per group; the arrows move inside it
    }
    const out = element.querySelector('[data-size-value]');
    if (out) out.textContent = t('sizeValue', settings.size);
    for (const button of Array.from(element.querySelectorAll<HTMLButtonElement>('[data-size]'))) {
      button.disabled = button.dataset.size === '1' ? settings.size >= SIZE_MAX : settings.size <= SIZE_MIN;
    }
  };
  sync(currentSettings());
  return { element, sync };
}
