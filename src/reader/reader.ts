/**
 * Reader tab host: shows the article the popup (or the shortcut) already extracted, found in
 * storage.session under the token in the URL (`reader.html?a=TOKEN`). It does not extract again,
 * except on "Try anyway" for a page that did not look like an article.
 */
import { extractInTab, loadHandOff } from '../shared/messages';
import { afterNextPaint, applyCachedSettings, mark, mountView } from '../view/index';

applyCachedSettings();

async function main(): Promise<void> {
  const view = mountView(document.getElementById('app')!, { mode: 'tab' });
  view.showLoading();
  afterNextPaint(() => mark('ro:first-frame'));
  try {
    const token = new URLSearchParams(location.search).get('a') ?? '';
    const handOff = await loadHandOff(token);
    if (!handOff) {
      view.showResult({
        ok: false,
        reason: 'error',
        message: 'This reader tab has expired: articles are kept until the browser closes. Open the page again and click Reader Outline.',
      });
      return;
    }
    const source = handOff.sourceTabId;
    const retry =
      source !== null
        ? async () => {
            view.showLoading();
            view.showResult(await extractInTab(source, undefined, true));
          }
        : undefined;
    view.showResult(handOff.result, retry && (() => void retry()));
    mark('ro:article-rendered'); // the view marks ro:article-painted after the next frame
  } catch (err) {
    view.showResult({ ok: false, reason: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}

void main();
