/** The view's other states: a message instead of an article, a note above one, and the loading skeleton. */
import { h, icon } from '../dom';
import { t } from '../i18n/index';
import { absolute } from './finish';

export interface MessageSpec {
  kind: 'not-article' | 'unscriptable' | 'error';
  title: string;
  text: string;
  action?: { label: string; run: () => void };
  /** A page to open in a new tab instead (a frame's address). */
  link?: { label: string; href: string };
}

export function renderMessage(spec: MessageSpec): HTMLElement {
  const button = spec.action
    ? h('button', { class: 'btn btn--primary', type: 'button', 'data-action': 'try-anyway' }, spec.action.label)
    : null;
  if (button && spec.action) button.addEventListener('click', spec.action.run);
  const href = spec.link ? absolute(spec.link.href, spec.link.href) : null;
  const link =
    spec.link && href && !href.startsWith('data:')
      ? h('a', { class: 'btn btn--primary btn--link', href, target: '_blank', rel: 'noopener noreferrer', 'data-action': 'open-link' }, spec.link.label)
      : null;
  return h(
    'section',
    { class: `message message--${spec.kind}`, 'data-message': spec.kind },
    h('div', { class: 'message__icon', 'aria-hidden': 'true' }, icon(spec.kind === 'unscriptable' ? 'lock' : spec.kind === 'error' ? 'alert' : 'book', 28)),
    h('h1', { class: 'message__title' }, spec.title),
    h('p', { class: 'message__text' }, spec.text),
    button,
    link,
  );
}

/** A one-line note above the article (for an article read from a page still loading). */
export function renderNotice(text: string): HTMLElement {
  return h('p', { class: 'notice', role: 'status', 'data-notice': '' }, text);
}

export function renderLoading(): HTMLElement {
  return h(
    'div',
    { class: 'loading', role: 'status', 'aria-label': t('loading') },
    h('div', { class: 'skel skel--kicker' }),
    h('div', { class: 'skel skel--title' }),
    h('div', { class: 'skel skel--title skel--short' }),
    h('div', { class: 'skel skel--meta' }),
    h('div', { class: 'skel skel--line' }),
    h('div', { class: 'skel skel--line' }),
    h('div', { class: 'skel skel--line skel--short' }),
    h('p', { class: 'loading__label' }, t('loading')),
  );
}
