/**
 * The view's top bar: the sections button (with the section being read), the reader tab's name and title,
 * the reading tools' buttons, reading settings, and in the popup "Open in tab". view.ts wires the buttons.
 */
import { h, icon } from './dom';
import { t } from './i18n/index';

export interface Bar {
  bar: HTMLElement;
  sectionsButton: HTMLButtonElement;
  sectionsLabel: HTMLElement;
  settingsButton: HTMLButtonElement;
  openButton: HTMLButtonElement | null;
  barTitle: HTMLElement;
}

export function createBar(popup: boolean, toolButtons: HTMLButtonElement[]): Bar {
  const sectionsLabel = h('span', { class: 'bar__current' }, t('contents'));
  const sectionsButton = h(
    'button',
    { class: 'bar__sections', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'outline-panel', 'data-action': 'sections', hidden: true },
    icon('list'),
    sectionsLabel,
    icon('chevron', 16),
  );
  const settingsButton = h(
    'button',
    { class: 'bar__btn', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'settings-panel', title: t('withKey', t('readingSettings'), 's'), 'data-action': 'settings' },
    icon('type', 20),
    h('span', { class: 'visually-hidden' }, t('readingSettings')),
  );
  const openButton = popup
    ? h('button', { class: 'bar__btn bar__btn--primary', type: 'button', title: t('withKey', t('openInReaderTab'), 'o'), 'data-action': 'open-tab', hidden: true }, icon('external', 16), h('span', {}, t('openInTab')))
    : null;
  const brand = h('span', { class: 'bar__brand' }, icon('book', 20), h('span', { class: 'bar__name' }, t('extName')));
  const barTitle = h('span', { class: 'bar__title', 'aria-hidden': 'true' });
  const bar = h(
    'header',
    { class: 'bar' },
    popup ? null : brand,
    sectionsButton,
    popup ? null : barTitle,
    h('span', { class: 'bar__spacer' }),
    ...toolButtons,
    settingsButton,
    openButton,
  );
  return { bar, sectionsButton, sectionsLabel, settingsButton, openButton, barTitle };
}
