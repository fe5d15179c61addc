/**
 * Reader tab host: shows the article the popup (or the shortcut) already extracted, found in
 * storage.session under the token in the URL (`reader.html?a=TOKEN`). It does not extract again,
 * except on "Try anyway" for a page that did not look like an article.
 */
import type { ExtractResult } from '../shared/messages';
import { extractInTab, fetchPageInTab, findNextPageInTab, loadHandOff } from '../shared/tab-calls';
import { afterNextPaint, applyCachedSettings, localizeDocument, mark, mountView, t } from '../view/index';

applyCachedSettings();
localizeDocument();

async function main(): Promise<void> {
  /** The tab the article came from: further pages of a multi-page article are read through it. */
  let source: number | null = null;
  const view = mountView(document.getElementById('app')!, {
    mode: 'tab',
    fetchPage: (url) =>
      source === null ? Promise.resolve({ ok: false, reason: 'error', message: t('sourceUnknown') }) : fetchPageInTab(source, url),
  });
  view.showLoading();
  afterNextPaint(() => mark('ro:first-frame'));
  try {
    const token = new URLSearchParams(location.search).get('a') ?? '';
    const handOff = await loadHandOff(token);
    if (!handOff) {
      view.showResult({
        ok: false,
        reason: 'error',
        message: t('readerExpired'),
      });
      return;
    }
    const from = handOff.sourceTabId;
    source = from;
    // A multi-page article handed over before the popup knew it goes on: ask its tab (still at that article).
    const offerPages = (result: ExtractResult) => {
      if (from !== null && result.ok && !result.nextPage) void findNextPageInTab(from, result.article.url).then((next) => next && view.offerNextPage(next));
    };
    const retry =
      from !== null
        ? async () => {
            view.showLoading();
            const result = await extractInTab(from, undefined, true);
            view.showResult(result);
            offerPages(result);
          }
        : undefined;
    view.showResult(handOff.result, retry && (() => void retry()));
    mark('ro:article-rendered'); // the view marks ro:article-painted after the next frame
    offerPages(handOff.result);
  } catch (err) {
    view.showResult({ ok: false, reason: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}

void main();
