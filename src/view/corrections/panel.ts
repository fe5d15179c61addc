// The list of what was removed, in the article's header: grouped by kind, each item with its text, its
// link target and the rule's reason. From here the reader shows items in the text (one kind, or all),
// hides them again, restores one, and asks to keep a kind or an item on this site: those requests leave as
// a bubbling `ro-correction` event (a site rule), saved by the view's host code (./index.ts), so this
// module stays free of extension APIs.
import type { Article, Removal, RemovalKind } from '../../core/article';
import { signatureOfText } from '../../core/site-rules/signature';
import type { SiteRule } from '../../core/site-rules/types';
import { h } from '../dom';
import type { Completion } from '../render/body';
import { RemovedInPlace, safeHref } from './in-place';
import { num, plural, t, uiAttrs } from '../i18n/index';
import { kindGroup } from './strings';

/**
 * A correction the reader asks to keep for this site (detail of the `ro-correction` event): a rule to add,
 * or the hide rules to forget whose signature starts the hidden text.
 */
export type CorrectionRequest = ({ add: SiteRule } | { forgetHidden: string }) & {
  /** Called with null once saved, or with the reason it was not. */
  done?: (error: string | null) => void;
};

export const CORRECTION_EVENT = 'ro-correction';

/** Kinds that are the site's own furniture rather than something injected into the story. */
const FURNITURE: ReadonlySet<RemovalKind> = new Set(['clutter', 'page-chrome']);
const LINKS: ReadonlySet<RemovalKind> = new Set(['leaked-markup', 'read-more', 'keyword-link', 'affiliate-link']);
const ORDER: RemovalKind[] = ['correction', 'leaked-markup', 'read-more', 'related-box', 'keyword-link', 'affiliate-link', 'follow-call', 'clutter', 'page-chrome'];

function request(from: HTMLElement, what: { add: SiteRule } | { forgetHidden: string }, button: HTMLButtonElement, doneLabel: string): void {
  button.disabled = true;
  const detail: CorrectionRequest = {
    ...what,
    done: (error) => {
      button.textContent = error ? t('corrSaveFailed', error) : doneLabel;
      button.disabled = !error;
    },
  };
  from.dispatchEvent(new CustomEvent(CORRECTION_EVENT, { bubbles: true, detail }));
}

function summaryText(injected: Removal[], hidden: number, applied: number): string {
  const parts: string[] = [];
  if (injected.length) {
    const links = injected.every((r) => LINKS.has(r.kind));
    parts.push(plural(links ? 'removedLinks' : 'removedItems', injected.length));
  }
  if (hidden) parts.push(plural('corrHiddenByYou', hidden));
  else if (applied) parts.push(plural('corrApplied', applied));
  return parts.join(' · ');
}

/** The header's "N injected items removed" with its panel; null when nothing injected was removed or hidden. */
export { request as requestCorrection };

/**
 * `completion`: a long article's body still coming in (render/body.ts). Which items have a place in the text
 * is known once it is all in; a button pressed before then puts the rest in first.
 */
export function createRemovedPanel(article: Article, body: HTMLElement, completion?: Completion): HTMLElement | null {
  const all = article.removed;
  const injected = all.filter((r) => !FURNITURE.has(r.kind) && r.kind !== 'correction');
  const hidden = all.filter((r) => r.kind === 'correction').length;
  const reports = article.corrections ?? [];
  const applied = reports.filter((c) => c.status === 'applied').length;
  if (!injected.length && !hidden && !applied) return null;
  const items = new RemovedInPlace(body, all, article.url, () => completion?.finish());
  const whenWhole = (fn: () => void) => (completion ? completion.whenWhole(fn) : fn());
  const panel = h('div', { class: 'removed__panel' });
  const showAll = h('button', { class: 'removed__btn', type: 'button', 'data-corr': 'show-all', 'aria-pressed': 'false' }, t('corrShowAll'));
  panel.append(h('div', { class: 'removed__bar' }, showAll));
  const kindButtons: Array<() => void> = [];

  for (const kind of ORDER) {
    const indexes = all.map((r, i) => (r.kind === kind ? i : -1)).filter((i) => i >= 0);
    if (!indexes.length) continue;
    let placeable: number[] = [];
    const toggle = h('button', { class: 'removed__btn', type: 'button', 'data-corr': 'show-kind', 'aria-pressed': 'false' }, t('corrShowKind'));
    whenWhole(() => {
      placeable = indexes.filter((i) => items.placeable(i));
      toggle.disabled = !placeable.length;
    });
    const setShown = (on: boolean) => {
      completion?.finish();
      for (const i of placeable) on ? items.show(i) : items.unshow(i);
      toggle.setAttribute('aria-pressed', String(on));
      toggle.textContent = on ? t('corrHideKind') : t('corrShowKind');
    };
    toggle.addEventListener('click', () => setShown(toggle.getAttribute('aria-pressed') !== 'true'));
    kindButtons.push(() => setShown(showAll.getAttribute('aria-pressed') === 'true'));
    const keep =
      kind === 'correction'
        ? null
        : h('button', { class: 'removed__btn removed__btn--quiet', type: 'button', 'data-corr': 'keep-kind' }, t('corrKeepKind'));
    keep?.addEventListener('click', () => request(keep, { add: { type: 'keep', kind } }, keep, t('corrKeptKind')));
    const list = h('ul', { class: 'removed__list' });
    for (const i of indexes) list.appendChild(itemRow(all[i]!, i, items, article.url, whenWhole));
    panel.appendChild(
      h(
        'section',
        { class: 'removed__group', 'data-kind': kind },
        h('div', { class: 'removed__head' }, h('h2', { class: 'removed__name' }, `${kindGroup(kind)} (${num(indexes.length)})`), toggle, keep),
        list,
      ),
    );
  }
  if (!kindButtons.length) showAll.parentElement?.remove(); // only corrections to report
  showAll.addEventListener('click', () => {
    const on = showAll.getAttribute('aria-pressed') !== 'true';
    showAll.setAttribute('aria-pressed', String(on));
    showAll.textContent = on ? t('corrHideAll') : t('corrShowAll');
    for (const set of kindButtons) set();
  });
  if (reports.length) {
    const manage = h('button', { class: 'removed__btn removed__btn--quiet', type: 'button', 'data-corr': 'manage' }, t('corrManage'));
    panel.appendChild(h('p', { class: 'removed__applied', 'data-corrections': `${applied}/${reports.length}` }, reports.length > applied ? t('corrReportStale', applied, reports.length - applied) : t('corrReport', applied), ' ', manage));
  }
  return h('details', { class: 'removed', 'data-removed': injected.length, ...uiAttrs() }, h('summary', {}, summaryText(injected, hidden, applied)), panel);
}

function itemRow(r: Removal, i: number, items: RemovedInPlace, base: string, whenWhole: (fn: () => void) => void): HTMLElement {
  const href = safeHref(r.href, base);
  const restore = h('button', { class: 'removed__btn', type: 'button', 'data-corr': 'restore' }, t('corrRestore'));
  whenWhole(() => {
    restore.disabled = !items.placeable(i);
  });
  const keep =
    r.kind === 'correction'
      ? h('button', { class: 'removed__btn removed__btn--quiet', type: 'button', 'data-corr': 'forget' }, t('corrForget'))
      : h('button', { class: 'removed__btn removed__btn--quiet', type: 'button', 'data-corr': 'keep-item', hidden: true }, t('corrKeepItem'));
  restore.addEventListener('click', () => {
    if (!items.restore(i)) return;
    restore.textContent = t('corrRestored');
    restore.disabled = true;
    keep.hidden = false;
  });
  keep.addEventListener('click', () => {
    if (r.kind === 'correction') request(keep, { forgetHidden: r.text }, keep, t('corrForgotten'));
    else request(keep, { add: { type: 'keep', kind: r.kind, text: signatureOfText(r.text) } }, keep, t('corrKeptItem'));
  });
  return h(
    'li',
    { class: 'removed__item', 'data-removal': i },
    h('span', { class: 'removed__text', dir: 'auto' }, r.text || r.reason),
    href ? h('span', { class: 'removed__href', dir: 'ltr' }, href) : null,
    h('span', { class: 'removed__reason', lang: 'en', dir: 'auto' }, r.reason), // the core's rules explain themselves in English
    h('span', { class: 'removed__actions' }, restore, keep),
  );
}
