// What the xray benches drive Firefox from: the add-on installed from `dir`, the page's tab (and its browsing
// context, to navigate it), and an extension page that calls the extension's APIs on that tab.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE, installAddon, openExtensionPage } from '../../../tests/e2e/firefox-session.mjs';
import { encyclopediaPage, midNewsPage } from '../ff-pages.mjs';

/**
 * A copy of the built extension the benches may drive: an extension page (xray.html, loading `script` when given)
 * and host access to every page, so the control page can inject into the tab without a click.
 */
export function extensionCopy(from, script = null) {
  const dir = mkdtempSync(join(tmpdir(), 'ro-xray-'));
  cpSync(from, dir, { recursive: true });
  writeFileSync(join(dir, 'xray.html'), `<!doctype html><meta charset="utf-8"><title>xray</title>${script ? `<script src="${script}"></script>` : ''}`);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['<all_urls>'];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

/** The bench's pages on `server`, those of `keys` (seed, mid, long): the seed fixture and the two generated pages under their own hosts. */
export function benchPages(server, keys) {
  const mid = midNewsPage();
  const long = encyclopediaPage();
  const html = { type: 'text/html; charset=utf-8' };
  return [
    { key: 'seed', url: server.fixtureUrl('seed-news-h2') },
    { key: 'mid', url: server.site(mid.host, mid.path, { ...html, body: mid.html }) },
    { key: 'long', url: server.site(long.host, long.path, { ...html, body: long.html }) },
  ].filter((p) => keys.includes(p.key));
}

export async function controlPage(browser, dir) {
  await installAddon(browser, dir);
  const tab = (await browser.pages())[0];
  const context = tab.mainFrame()._id;
  const control = await browser.newPage();
  await openExtensionPage(control, `${BASE}xray.html`);
  const tabId = await control.evaluate(`(async () => { const me = await browser.tabs.getCurrent(); return (await browser.tabs.query({})).find((t) => t.id !== me.id).id; })()`);
  return { tab, context, control, tabId };
}
