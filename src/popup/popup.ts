/**
 * Popup host: finds the tab, injects the content script on this click (activeTab), shows the result.
 * `popup.html?tab=ID` targets a given tab (used when the popup page is opened in a tab).
 * Performance marks (src/view/marks.ts) time the first frame and the article painted for `npm run bench`.
 */
import browser from 'webextension-polyfill';
import { hostName } from '../core/url';
import type { ExtractResult } from '../shared/messages';
import { loadSiteRules } from '../shared/site-rules-store';
import { extractInTab, fetchPageInTab, findNextPageInTab, requestReaderTab, startPicker } from '../shared/tab-calls';
import { afterNextPaint, applyCachedSettings, localizeDocument, mark, mountView, t } from '../view/index';

mark('ro:popup-start');
applyCachedSettings();
localizeDocument();

async function targetTab(): Promise<{ id: number; url: string | undefined } | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param));
    return tab.id === undefined ? null : { id: tab.id, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab && tab.id !== undefined ? { id: tab.id, url: tab.url } : null;
}

async function main(): Promise<void> {
  // Ask for the tab first: the browser answers while the view builds its first frame.
  const tabLookup = targetTab();
  const siteRules = tabLookup.then((tab) => (tab ? loadSiteRules(hostName(tab.url ?? '')) : [])).catch(() => []);
  const root = document.getElementById('app')!;
  let tabId: number | null = null;
  const inTab = new URLSearchParams(location.search).has('tab');
  root.dataset.pick = 'on'; // "Pick the article…": the picker opens on the page and the popup closes
  root.addEventListener('ro-pick', () => {
    if (tabId !== null) void startPicker(tabId).then(() => inTab || window.close());
  });
  const view = mountView(root, {
    mode: 'popup',
    onOpenInTab: (result: ExtractResult) => {
      void requestReaderTab(result, tabId)
        .then(() => {
          if (!inTab) window.close();
        })
        .catch((err: unknown) => view.showResult({ ok: false, reason: 'error', message: String(err) }));
    },
    fetchPage: (url) =>
      tabId === null ? Promise.resolve({ ok: false, reason: 'error', message: t('noTab') }) : fetchPageInTab(tabId, url),
  });
  view.showLoading();
  afterNextPaint(() => mark('ro:first-frame'));
  try {
    const tab = await tabLookup;
    if (!tab) {
      view.showResult({ ok: false, reason: 'unscriptable', message: t('noPageInWindow') });
      return;
    }
    tabId = tab.id;
    const run = async (force: boolean) => {
      if (force) view.showLoading();
      mark('ro:article-requested');
      const rules = await siteRules; // the reader's corrections for this site (read while the tab was looked up)
      const result = await extractInTab(tab.id, tab.url, force, rules);
      mark('ro:article-received', result.timing);
      view.showResult(result, force ? undefined : () => void run(true));
      mark('ro:article-rendered'); // the view marks ro:article-painted after the next frame
      if (result.ok) void findNextPageInTab(tab.id, result.article.url).then((next) => next && view.offerNextPage(next));
    };
    await run(false);
  } catch (err) {
    view.showResult({ ok: false, reason: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}

void main();
