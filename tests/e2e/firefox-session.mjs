// Launching Firefox ESR for the extension (WebDriver BiDi, puppeteer-core) and the helper tab that opens the
// real popup: shared by the e2e suite (firefox.mjs) and `npm run bench` (scripts/bench/firefox.mjs).
// puppeteer cannot click the toolbar button in Firefox, so the popup is opened the way browsers.md
// describes: a button in an extension tab whose click handler (a real user gesture) activates the test tab
// and calls browser.action.openPopup(); that grants activeTab exactly like a toolbar click. The popup's
// document is reached through browser.extension.getViews() from that tab.
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

export const ADDON_ID = 'reader-outline@readeroutline.dev';
export const UUID = '5b0c7e52-6a4f-4d7e-9c1b-0e2f3a4b5c6d';
export const BASE = `moz-extension://${UUID}/`;
export const POPUP = "browser.extension.getViews({ type: 'popup' })[0]";

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function poll(what, check, timeout = 15_000, every = 100) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    try {
      last = await check();
      if (last) return last;
    } catch (err) {
      last = err;
    }
    await sleep(every);
  }
  throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
}

/** Opens an extension page in a tab (page.goto never resolves for moz-extension:, so poll instead). */
export async function openExtensionPage(page, url) {
  page.goto(url).catch(() => undefined);
  await poll(`${url} to load`, () => page.evaluate(`location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`));
}

/**
 * Launches headless Firefox ESR with system access (for moz-extension: navigation and the chrome scope),
 * the add-on's fixed UUID, `hosts` resolved to the loopback addresses and every other host sent to a closed
 * port (it fails at once instead of waiting on DNS); `prefs` adds or overrides preferences.
 */
export function launchFirefox({ firefoxPath, hosts = [], prefs = {}, args = [], ...options }) {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    args: ['-remote-allow-system-access', '--width=1280', '--height=900', ...args],
    ...options,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.reportingpolicy.firstRun': false,
      'app.update.disabledForTesting': true,
      // Pages served under their own site's name reach the test server (on either loopback address); every
      // other host goes to a closed port and fails at once instead of waiting on DNS; plain http stays http.
      'network.dns.localDomains': hosts.join(','),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': hosts.join(','),
      'dom.security.https_first': false,
      ...prefs,
    },
  });
}

/** Installs build/firefox as a temporary add-on; throws if it got another id. */
export async function installAddon(browser, dir = 'build/firefox') {
  const id = await browser.installExtension(resolve(dir));
  if (id !== ADDON_ID) throw new Error(`installed as ${id}`);
  return id;
}

/**
 * Opens the helper tab (the reader page without a token) next to the test tab (the other tab there is) and
 * adds the "open the popup" button (#e2e-open-popup). Resolves to { helper, testTabId, openPopup, closePopup,
 * inPopup(source) }.
 */
export async function openHelper(browser) {
  const helper = await browser.newPage();
  await openExtensionPage(helper, `${BASE}reader.html?e2e-helper`);
  const testTabId = await helper.evaluate(`(async () => {
    const me = await browser.tabs.getCurrent();
    return (await browser.tabs.query({})).find((t) => t.id !== me.id).id;
  })()`);
  await addButton(helper, 'e2e-open-popup', `browser.tabs.update(${testTabId}, { active: true }); browser.action.openPopup();`);
  const closePopup = async () => {
    await helper.evaluate(`(() => { const w = ${POPUP}; if (w) w.close(); return true; })()`);
    await poll('popup to close', () => helper.evaluate(`!${POPUP}`));
  };
  const openPopup = async () => {
    if (await helper.evaluate(`Boolean(${POPUP})`)) await closePopup();
    await helper.bringToFront();
    await helper.click('#e2e-open-popup');
    await poll('popup to open', () => helper.evaluate(`Boolean(${POPUP})`));
  };
  return { helper, testTabId, openPopup, closePopup };
}

/** Adds a button to the helper tab whose click handler runs `onClick` (source, run with a user gesture). */
export function addButton(helper, id, onClick, top = 0) {
  return helper.evaluate(`(() => {
    const b = document.createElement('button');
    b.id = ${JSON.stringify(id)};
    b.textContent = ${JSON.stringify(id)};
    b.style.cssText = 'position:fixed;top:${top}px;left:0;z-index:999;width:300px;height:80px';
    b.addEventListener('click', () => { ${onClick} });
    document.body.append(b);
    return true;
  })()`);
}
