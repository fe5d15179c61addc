// What the xray benches drive Firefox from: the add-on installed from `dir`, the page's tab (and its browsing
// context, to navigate it), and an extension page that calls the extension's APIs on that tab.
import { BASE, installAddon, openExtensionPage } from '../../../tests/e2e/firefox-session.mjs';

export async function controlPage(browser, dir) {
  await installAddon(browser, dir);
  const tab = (await browser.pages())[0];
  const context = tab.mainFrame()._id;
  const control = await browser.newPage();
  await openExtensionPage(control, `${BASE}xray.html`);
  const tabId = await control.evaluate(`(async () => { const me = await browser.tabs.getCurrent(); return (await browser.tabs.query({})).find((t) => t.id !== me.id).id; })()`);
  return { tab, context, control, tabId };
}
