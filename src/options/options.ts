/**
 * The options page: the reader's corrections per site (storage.sync, src/shared/site-rules-store.ts).
 * Lists each site's rules in words, deletes one rule or a whole site, edits a site's rules as JSON, and
 * exports and imports them all as one JSON file. Every write is checked (schema and storage.sync quotas):
 * bad JSON or rules over the limits are refused with a message and nothing is changed.
 */
import browser from 'webextension-polyfill';
import { RULE_LIMITS, type SiteRule, jsonBytes } from '../core/site-rules';
import { SITE_PREFIX, importRules, loadAllRules, saveSiteRules } from '../shared/site-rules-store';
import { h } from '../view/dom';
import { refusalText } from '../view/corrections/strings';
import { plural, t } from '../view/i18n/index';
import { applyCachedSettings, localizeDocument } from '../view/index';
import { kindWords } from './strings';

applyCachedSettings();
localizeDocument();
document.title = t('optTitle');

const main = document.getElementById('options')!;
const status = h('p', { class: 'options__status', role: 'status', 'aria-live': 'polite' });
const sites = h('div', { class: 'options__sites' });
const paste = h('textarea', { class: 'options__json', id: 'import-json', rows: 8, spellcheck: 'false', 'aria-label': t('optPasteLabel') });
const file = h('input', { type: 'file', accept: 'application/json,.json', class: 'visually-hidden', id: 'import-file', tabindex: -1 });

const say = (text: string, bad = false) => {
  status.textContent = text;
  status.classList.toggle('is-error', bad);
};

function describe(rule: SiteRule): string {
  const short = (s: string) => (s.length > 70 ? `${s.slice(0, 69)}…` : s);
  if (rule.type === 'hide') return t('optHide', short(rule.text));
  if (rule.type === 'keep') return rule.text ? t('optKeepItem', kindWords(rule.kind), short(rule.text)) : t('optKeepKind', kindWords(rule.kind));
  return t('optContainer', rule.text ? `${rule.selector} (“${short(rule.text)}”)` : rule.selector);
}

async function save(host: string, rules: unknown, done: string): Promise<boolean> {
  const r = await saveSiteRules(host, rules);
  if (!r.ok) say(t('optNotSaved', refusalText(r)), true);
  else say(done);
  return r.ok;
}

function siteSection(host: string, rules: SiteRule[]): HTMLElement {
  const list = h('ul', { class: 'options__rules' });
  rules.forEach((rule, i) => {
    const what = describe(rule);
    const del = h('button', { class: 'btn btn--small', type: 'button', 'data-opt': 'delete', 'aria-label': t('optRemoveLabel', what) }, t('optRemove'));
    del.addEventListener('click', () => void save(host, rules.filter((_, j) => j !== i), t('optRemoved', host)));
    list.appendChild(h('li', { class: 'options__rule', 'data-type': rule.type }, h('span', { class: 'options__what' }, what), del));
  });
  const editor = h('textarea', { class: 'options__json', rows: 6, spellcheck: 'false', 'aria-label': t('optEditLabel', host), hidden: true });
  const saveButton = h('button', { class: 'btn btn--primary btn--small', type: 'button', 'data-opt': 'save', hidden: true }, t('optSave'));
  const cancel = h('button', { class: 'btn btn--small', type: 'button', hidden: true }, t('optCancel'));
  const edit = h('button', { class: 'btn btn--small', type: 'button', 'data-opt': 'edit', 'aria-expanded': 'false' }, t('optEdit'));
  const removeSite = h('button', { class: 'btn btn--small btn--danger', type: 'button', 'data-opt': 'delete-site' }, t('optRemoveSite'));
  const setEditing = (on: boolean) => {
    editor.hidden = saveButton.hidden = cancel.hidden = !on;
    edit.setAttribute('aria-expanded', String(on));
    if (on) {
      editor.value = JSON.stringify(rules, null, 2);
      editor.focus();
    }
  };
  edit.addEventListener('click', () => setEditing(Boolean(editor.hidden)));
  cancel.addEventListener('click', () => setEditing(false));
  saveButton.addEventListener('click', () => {
    let value: unknown;
    try {
      value = JSON.parse(editor.value);
    } catch (err) {
      say(t('optNotSaved', t('optNotJsonShort', err instanceof Error ? err.message : String(err))), true);
      return;
    }
    void save(host, value, t('optSaved', host));
  });
  removeSite.addEventListener('click', () => void save(host, [], t('optRemoved', host)));
  const size = jsonBytes(rules, `${SITE_PREFIX}${host}`);
  return h(
    'section',
    { class: 'options__site', 'data-site': host },
    h(
      'div',
      { class: 'options__site-head' },
      h('h2', { class: 'options__host' }, host),
      h('span', { class: 'options__count' }, `${plural('optRules', rules.length)} · ${t('optBytes', String(size), String(RULE_LIMITS.itemBytes))}`),
      edit,
      removeSite,
    ),
    list,
    editor,
    h('div', { class: 'options__edit-actions' }, saveButton, cancel),
  );
}

async function render(): Promise<void> {
  const all = await loadAllRules();
  const hosts = Object.keys(all).sort();
  sites.replaceChildren(...(hosts.length ? hosts.map((host) => siteSection(host, all[host]!)) : [h('p', { class: 'options__empty' }, t('optEmpty'))]));
  main.dataset.sites = String(hosts.length);
}

async function importText(text: string): Promise<void> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    say(t('optNotJson', err instanceof Error ? err.message : String(err)), true);
    return;
  }
  const r = await importRules(value);
  if (r.ok) say(plural('optImported', r.sites ?? 0));
  else say(t('optRefused', refusalText(r)), true);
}

async function exportAll(): Promise<void> {
  const all = await loadAllRules();
  const json = JSON.stringify(all, null, 2);
  paste.value = json;
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = h('a', { href: url, download: 'reader-outline-corrections.json', hidden: true });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  say(plural('optExported', Object.keys(all).length));
}

function build(): void {
  const exportButton = h('button', { class: 'btn', type: 'button', 'data-opt': 'export' }, t('optExport'));
  const importButton = h('button', { class: 'btn', type: 'button', 'data-opt': 'import' }, t('optImportPasted'));
  const fileButton = h('button', { class: 'btn', type: 'button', 'data-opt': 'import-file' }, t('optImportFile'));
  exportButton.addEventListener('click', () => void exportAll());
  importButton.addEventListener('click', () => void importText(paste.value));
  fileButton.addEventListener('click', () => file.click());
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (chosen)
      void chosen.text().then((text) => {
        paste.value = text;
        return importText(text);
      });
    file.value = '';
  });
  main.replaceChildren(
    h('h1', { class: 'options__title' }, t('optHeading')),
    h('p', { class: 'options__intro' }, t('optIntro')),
    status,
    sites,
    h(
      'section',
      { class: 'options__io' },
      h('h2', { class: 'options__host' }, t('optExportHeading')),
      h('p', { class: 'options__intro' }, t('optExportText')),
      h('div', { class: 'options__io-actions' }, exportButton, fileButton, importButton, file),
      h('label', { class: 'options__label', for: 'import-json' }, t('optPasteLabel')),
      paste,
    ),
  );
  main.removeAttribute('aria-busy');
}

build();
void render();
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && Object.keys(changes).some((k) => k.startsWith(SITE_PREFIX))) void render();
});
