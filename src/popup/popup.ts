/**
 * Popup host: shows the result of the read popup-start.js asked for on this click (early-read.ts: the tab,
 * the content script injected with activeTab), and runs forced reads.
 * `popup.html?tab=ID` targets a given tab (used when the popup page is opened in a tab).
 * Performance marks (src/view/marks.ts) time the first frame and the article painted for `npm run bench`.
 */
import type { ExtractResult } from '../shared/messages';
import { extractInTab, fetchPageInTab, findNextPageInTab, requestReaderTab, startPicker } from '../shared/tab-calls';
import { afterNextPaint, applyCachedSettings, localizeDocument, mark, mountView, t, warmArticleView } from '../view/index';
import { takeEarlyRead } from './early-read';

// The tab and the first read were asked for by popup-start.js, before this bundle was parsed.
const early = takeEarlyRead();
applyCachedSettings();
localizeDocument();

/** Runs `fn` after the next frame, or after a quarter of a second where no frame comes (a hidden page). */
function afterShown(fn: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    fn();
  };
  afterNextPaint(once);
  setTimeout(once, 250);
}

async function main(): Promise<void> {
  const tabLookup = early.tab;
  const siteRules = early.rules;
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
  let answered = false;
  early.result.then(
    () => (answered = true),
    () => (answered = true),
  );
  afterNextPaint(() => {
    mark('ro:first-frame');
    // While the page still reads: the view's first article, off the document, so the real one comes warm (warm.ts).
    if (!answered) warmArticleView(true);
  });
  try {
    const tab = await tabLookup;
    if (!tab) {
      view.showResult({ ok: false, reason: 'unscriptable', message: t('noPageInWindow') });
      return;
    }
    tabId = tab.id;
    const run = async (force: boolean) => {
      let result: ExtractResult;
      if (force) {
        view.showLoading();
        mark('ro:article-requested');
        result = await extractInTab(tab.id, tab.url, force, await siteRules);
        mark('ro:article-received', result.timing);
      } else {
        // ro:article-requested and ro:article-received were marked by the early read itself.
        result = (await early.result) ?? { ok: false, reason: 'unscriptable', message: t('noPageInWindow') };
      }
      view.showResult(result, force ? undefined : () => void run(true));
      mark('ro:article-rendered'); // the view marks ro:article-painted after the next frame
      // Whether the article goes on over further pages: asked once the result is on screen (injecting pages.js
      // and its search in the page would take the processor from the first frame's layout and paint).
      if (result.ok) afterShown(() => void findNextPageInTab(tab.id, result.article.url).then((next) => next && view.offerNextPage(next)));
    };
    await run(false);
  } catch (err) {
    view.showResult({ ok: false, reason: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}

void main();
