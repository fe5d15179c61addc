// The e2e suite in Chromium: the real popup through page.triggerExtensionAction (CDP Extensions.triggerAction),
// which grants activeTab exactly as a click on the toolbar button does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { correctionsSuite } from './corrections.mjs';
import { checkSeedArticle, clickClosing, expr, headingPosition, inView, markCopyButton } from './checks.mjs';
import { outlineSuite } from './outline.mjs';
import { paritySuite, placeholderImage } from './parity.mjs';
import { robustnessSuite } from './robustness.mjs';
import { securitySuite } from './security.mjs';
import { toolsSuite } from './tools.mjs';
import { a11ySuite } from './a11y.mjs';
import { articleIn, localeSuite } from './locales.mjs';
import { chromiumDriver } from './security-drivers.mjs';

const POPUP_TIMEOUT = 15_000;
const closeAll = (pages) => Promise.all(pages.map((p) => p?.close().catch(() => undefined)));

export async function chromiumSuite(context) {
  const { test, server, expected, artifacts, pages, chromiumPath, hosts, parity } = context;
  const userDataDir = mkdtempSync(join(tmpdir(), 'ro-e2e-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    enableExtensions: true,
    pipe: true,
    userDataDir,
    defaultViewport: null,
    args: [
      '--window-size=1280,900',
      '--screen-info={1600x1000}',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--hide-scrollbars',
      '--force-color-profile=srgb',
      // Pages served under their own site's name reach this server; every other host fails at once.
      `--host-resolver-rules=${[...hosts.map((h) => `MAP ${h} 127.0.0.1`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ')}`,
    ],
  });
  try {
    const id = await browser.installExtension(resolve('build/chrome'));
    const sw = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${id}/`), {
      timeout: 10_000,
    });
    const worker = await sw.worker();
    const ext = (await browser.extensions()).get(id);
    const base = `chrome-extension://${id}/`;
    const page = (await browser.pages())[0] ?? (await browser.newPage());

    const v = (p, fn, ...args) => p.evaluate(expr('window', fn, ...args));
    const waitState = async (p, states) => {
      await p.waitForFunction(
        (s) => s.includes(document.getElementById('app')?.dataset.state ?? ''),
        { timeout: POPUP_TIMEOUT },
        states,
      );
      return v(p, inView.state);
    };
    /** Clicks the toolbar button for `page`; resolves to the popup's page. */
    const openPopup = async () => {
      await page.bringToFront();
      const seen = new Set((await browser.targets()).map((t) => t));
      await page.triggerExtensionAction(ext);
      const target = await browser.waitForTarget((t) => !seen.has(t) && t.url().startsWith(`${base}popup.html`), {
        timeout: POPUP_TIMEOUT,
      });
      const pop = await target.asPage();
      return pop;
    };

    let popup;
    let reader;

    await test('popup on the seed article: title, six outline entries, clean text, images', async () => {
      await page.goto(pages.article, { waitUntil: 'load' });
      const before = await page.evaluate(() => document.documentElement.outerHTML);
      popup = await openPopup();
      await waitState(popup, ['article']);
      await popup.waitForFunction(expr('window', inView.imagesLoaded), { timeout: 10_000 });
      const article = await v(popup, inView.article, 'inline');
      checkSeedArticle(article, expected, 'popup');
      if (!article.facts || !/min read/.test(article.facts)) throw new Error(`no reading time: ${article.facts}`);
      await popup.screenshot({ path: join(artifacts, 'chromium-popup-light.png') });
      const after = await page.evaluate(() => document.documentElement.outerHTML);
      if (before !== after) throw new Error('the live page DOM changed after the popup ran');
    });

    await test('popup: clicking the third outline entry scrolls to its section and highlights it', async () => {
      await v(popup, inView.clickOutline, 'inline', 2);
      // The section at the top, then the entry marked: the mark follows the scroll's last frame (as in firefox.mjs, one wait for both).
      await popup.waitForFunction(
        expr('window', (w) => {
          const link = w.document.querySelectorAll('[data-outline="inline"] .outline__link')[2];
          const h = w.document.getElementById(link.getAttribute('href').slice(1));
          const bar = w.document.querySelector('.bar').getBoundingClientRect().height;
          const top = h.getBoundingClientRect().top;
          return w.scrollY > 0 && top >= bar - 2 && top <= bar + 40;
        }),
        { timeout: 5000 },
      );
      await popup
        .waitForFunction(expr('window', (w) => w.document.querySelectorAll('[data-outline="inline"] .outline__link')[2].getAttribute('aria-current') === 'location'), { timeout: 5000 })
        .catch(() => {
          throw new Error('the third entry is not marked current');
        });
      await v(popup, inView.press, 'j');
      await popup.waitForFunction(
        expr('window', (w) => w.document.querySelectorAll('[data-outline="inline"] .outline__link')[3].getAttribute('aria-current') === 'location'),
        { timeout: 5000 },
      );
      await popup.screenshot({ path: join(artifacts, 'chromium-popup-section.png') });
      await popup.click('[data-action="sections"]');
      const menu = await v(popup, (w) => [...w.document.querySelectorAll('[data-outline="menu"] .outline__link')].length);
      if (menu !== expected.outline.length) throw new Error(`sections menu has ${menu} entries`);
      await popup.screenshot({ path: join(artifacts, 'chromium-popup-sections-menu.png') });
      await popup.keyboard.press('Escape');
    });

    await test('open in tab: the same article in a reader tab with a sticky side outline', async () => {
      const seen = new Set(await browser.targets());
      await clickClosing(popup, '[data-action="open-tab"]');
      const target = await browser.waitForTarget((t) => !seen.has(t) && t.url().startsWith(`${base}reader.html?a=`), {
        timeout: POPUP_TIMEOUT,
      });
      reader = await target.asPage();
      await waitState(reader, ['article']);
      await reader.waitForFunction(expr('window', inView.imagesLoaded), { timeout: 10_000 });
      const article = await v(reader, inView.article, 'side');
      checkSeedArticle(article, expected, 'reader tab');
      if (article.navPosition !== 'sticky') throw new Error(`side outline is ${article.navPosition}, not sticky`);
      const order = await worker.evaluate(async () => {
        const tabs = await chrome.tabs.query({ currentWindow: true });
        const r = tabs.find((t) => t.url?.includes('/reader.html?a='));
        return { reader: r?.index, opener: tabs.find((t) => t.id === r?.openerTabId)?.index };
      });
      if (order.reader !== order.opener + 1) throw new Error(`reader tab not next to its page: ${JSON.stringify(order)}`);
      await reader.screenshot({ path: join(artifacts, 'chromium-reader-light.png') });
      await v(reader, inView.clickOutline, 'side', 2);
      await reader.waitForFunction(
        expr('window', (w) => {
          const link = w.document.querySelectorAll('[data-outline="side"] .outline__link')[2];
          const top = w.document.getElementById(link.getAttribute('href').slice(1)).getBoundingClientRect().top;
          return link.getAttribute('aria-current') === 'location' && top > 0 && top < 140;
        }),
        { timeout: 5000 },
      );
      await reader.screenshot({ path: join(artifacts, 'chromium-reader-section.png') });
    });

    // Pages in background tabs get no animation frames: poll those on a timer.
    const bg = { timeout: 5000, polling: 100 };

    await test('settings: dark theme applies live in both views and is kept after reopening', async () => {
      popup = await openPopup();
      await waitState(popup, ['article']);
      await v(popup, inView.setTheme, 'dark');
      await popup.waitForFunction(() => document.documentElement.dataset.theme === 'dark', { timeout: 5000 });
      await popup.screenshot({ path: join(artifacts, 'chromium-popup-settings-dark.png') });
      await v(popup, inView.closeSettings);
      await popup.evaluate(() => window.scrollTo(0, 0));
      await popup.screenshot({ path: join(artifacts, 'chromium-popup-dark.png') });
      await reader.waitForFunction(() => document.documentElement.dataset.theme === 'dark', bg);
      await popup.close();
      await reader.bringToFront();
      await reader.screenshot({ path: join(artifacts, 'chromium-reader-dark.png') });
      popup = await openPopup();
      const state = await waitState(popup, ['article']);
      if (state.theme !== 'dark' || !state.checked.includes('dark')) throw new Error(`after reopening: ${JSON.stringify(state)}`);
      await v(popup, inView.setTheme, 'sepia');
      await popup.waitForFunction(() => document.documentElement.dataset.theme === 'sepia', { timeout: 5000 });
      await v(popup, inView.closeSettings);
      await popup.screenshot({ path: join(artifacts, 'chromium-popup-sepia.png') });
      await reader.waitForFunction(() => document.documentElement.dataset.theme === 'sepia', bg);
      await popup.close();
      await reader.bringToFront();
      await reader.screenshot({ path: join(artifacts, 'chromium-reader-sepia.png') });
      popup = await openPopup();
      await waitState(popup, ['article']);
      await v(popup, inView.setTheme, 'light');
      await reader.waitForFunction(() => document.documentElement.dataset.theme === 'light', bg);
      await popup.close();
    });

    await test('settings: font, size, width and spacing apply live in the reader tab', async () => {
      popup = await openPopup();
      await waitState(popup, ['article']);
      for (const [key, value] of [['font', 'sans'], ['size', '1'], ['size', '1'], ['width', 'wide'], ['leading', 'loose']]) {
        await v(popup, inView.setSetting, key, value);
      }
      await reader.waitForFunction(() => document.documentElement.style.getPropertyValue('--leading') === '1.85', bg);
      const t = await v(reader, inView.typography);
      if (t.font !== 'sans' || t.size !== '20px' || t.measure !== '80ch' || t.fontSize !== '20px' || /serif/i.test(t.family.split(',')[0])) {
        throw new Error(`reader typography: ${JSON.stringify(t)}`);
      }
      for (const [key, value] of [['font', 'serif'], ['size', '-1'], ['size', '-1'], ['width', 'medium'], ['leading', 'normal']]) {
        await v(popup, inView.setSetting, key, value);
      }
      await reader.waitForFunction(() => document.documentElement.style.getPropertyValue('--leading') === '1.65', bg);
      await popup.close();
    });

    await test('keys: j/k move between sections in the reader tab', async () => {
      await reader.bringToFront();
      await reader.evaluate(() => window.scrollTo(0, 0));
      await reader.waitForFunction(() => !document.querySelector('[data-outline="side"] [aria-current]'), bg);
      for (const key of ['j', 'j', 'k']) await reader.keyboard.press(key);
      await reader.waitForFunction(
        (text) => document.querySelector('[data-outline="side"] [aria-current="location"]')?.textContent === text,
        bg,
        expected.outline[0].text,
      );
    });

    await test('first frame: popup.html shows a calm loading state before any script runs', async () => {
      const bare = await browser.newPage();
      await bare.setJavaScriptEnabled(false);
      await bare.setViewport({ width: 640, height: 600 });
      await bare.goto(`${base}popup.html`);
      const label = await bare.$eval('.loading__label', (el) => el.textContent);
      if (!/Reading/.test(label)) throw new Error(`loading label: ${label}`);
      await bare.screenshot({ path: join(artifacts, 'chromium-popup-loading.png') });
      await bare.close();
    });

    await test('a home page of teasers: the not-an-article message with "Try anyway"', async () => {
      await page.goto(pages.home, { waitUntil: 'load' });
      popup = await openPopup();
      const state = await waitState(popup, ['not-article', 'article']);
      if (state.state !== 'not-article' || !state.tryAnyway) throw new Error(`got ${JSON.stringify(state)}`);
      await popup.screenshot({ path: join(artifacts, 'chromium-popup-not-article.png') });
      await popup.click('[data-action="try-anyway"]');
      const forced = await waitState(popup, ['article', 'not-article']);
      if (forced.state === 'not-article' && forced.tryAnyway) throw new Error('"Try anyway" offered again');
      await popup.close();
    });

    await test('an unscriptable page (chrome://version): the browser-does-not-allow message', async () => {
      await page.goto('chrome://version');
      popup = await openPopup();
      const state = await waitState(popup, ['unscriptable', 'error', 'article', 'not-article']);
      if (state.state !== 'unscriptable' || !/does not let extensions/.test(state.message ?? '')) {
        throw new Error(`got ${JSON.stringify(state)}`);
      }
      await popup.screenshot({ path: join(artifacts, 'chromium-popup-unscriptable.png') });
      await popup.close();
    });

    let opop = null;
    let oreader = null;
    await outlineSuite(context, {
      name: 'chromium',
      notes: context.notes,
      galleries: true,
      goto: (url) => page.goto(url, { waitUntil: 'load' }),
      openPopup: async () => {
        await opop?.close().catch(() => undefined);
        opop = await openPopup();
        await waitState(opop, ['article']);
      },
      popup: (fn, ...args) => v(opop, fn, ...args),
      popupClick: (selector) => opop.click(selector),
      popupKey: (key) => opop.keyboard.press(key),
      popupType: (_variant, text) => opop.keyboard.type(text),
      popupShot: (path) => opop.screenshot({ path }),
      setTheme: async (theme) => {
        await v(opop, inView.setTheme, theme);
        await opop.waitForFunction((t) => document.documentElement.dataset.theme === t, { timeout: 5000 }, theme);
        await v(opop, inView.closeSettings);
      },
      openReader: async () => {
        const seen = new Set(await browser.targets());
        await clickClosing(opop, '[data-action="open-tab"]');
        const target = await browser.waitForTarget((t) => !seen.has(t) && t.url().startsWith(`${base}reader.html?a=`), { timeout: POPUP_TIMEOUT });
        opop = null; // the popup closes itself
        oreader = await target.asPage();
        await oreader.bringToFront();
        await waitState(oreader, ['article']);
      },
      reader: (fn, ...args) => v(oreader, fn, ...args),
      readerShot: (path) => oreader.screenshot({ path }),
      closeReader: async () => {
        await oreader?.close().catch(() => undefined);
        oreader = null;
      },
      copyLinkInReader: async (heading) => {
        await browser.defaultBrowserContext().overridePermissions(base.slice(0, -1), ['clipboard-read', 'clipboard-sanitized-write']);
        await oreader.bringToFront();
        await v(oreader, markCopyButton, heading);
        await oreader.click('[data-e2e-copy]');
        return oreader.waitForFunction(() => navigator.clipboard.readText().then((t) => (t.includes(':~:text=') ? t : false)), { timeout: 5000 }).then((h) => h.jsonValue());
      },
      openLink: async (link, heading) => {
        const tab = await browser.newPage();
        await tab.goto(link, { waitUntil: 'load' });
        await new Promise((r) => setTimeout(r, 800));
        const at = await tab.evaluate(expr('window', headingPosition, heading));
        await tab.close();
        return at;
      },
    });
    await closeAll([opop, oreader]);

    await browser.defaultBrowserContext().overridePermissions(base.slice(0, -1), ['clipboard-read', 'clipboard-sanitized-write']);
    const downloadDir = mkdtempSync(join(tmpdir(), 'ro-e2e-downloads-'));
    const cdp = await browser.target().createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloadDir });
    const openReaderOn = async (url) => {
      await page.goto(url, { waitUntil: 'load' });
      const pop = await openPopup();
      await waitState(pop, ['article']);
      const seen = new Set(await browser.targets());
      await clickClosing(pop, '[data-action="open-tab"]');
      const target = await browser.waitForTarget((t) => !seen.has(t) && t.url().startsWith(`${base}reader.html?a=`), { timeout: POPUP_TIMEOUT });
      const tab = await target.asPage();
      await waitState(tab, ['article']);
      return tab;
    };
    await a11ySuite(context, {
      name: 'chromium',
      openPopup: async (url) => {
        await page.goto(url, { waitUntil: 'load' });
        return articleIn(await openPopup()); // 25 s, and once more if a loaded machine overran the budget
      },
      openReader: openReaderOn,
      // CDP directly: puppeteer's emulateMediaFeatures refuses forced-colors.
      // The session stays open: detaching it would drop the emulation.
      emulateMedia: async (p, features) => {
        p.a11yCdp ??= await p.createCDPSession();
        await p.a11yCdp.send('Emulation.setEmulatedMedia', { features });
      },
    });
    await localeSuite(context, 'chromium');
    await toolsSuite(context, {
      name: 'chromium',
      downloadDir,
      openReader: openReaderOn,
      readClipboard: (p) => p.evaluate(() => navigator.clipboard.readText()),
      openPopupOn: async (url) => {
        await page.goto(url, { waitUntil: 'load' });
        const pop = await openPopup();
        await waitState(pop, ['article']);
        return {
          run: (fn, ...args) => v(pop, fn, ...args),
          click: (selector) => pop.click(selector),
          page: pop,
          shot: (file) => pop.screenshot({ path: join(artifacts, file) }),
          close: () => pop.close(),
        };
      },
      printShot: async (p, path) => {
        await p.emulateMediaType('print');
        await p.screenshot({ path, fullPage: true });
      },
      screenMedia: (p) => p.emulateMediaType(null),
    });
    rmSync(downloadDir, { recursive: true, force: true });
    await correctionsSuite(context, {
      name: 'chromium',
      goto: (url) => page.goto(url, { waitUntil: 'load' }),
      reload: () => page.reload({ waitUntil: 'load' }),
      live: () => page.evaluate(() => document.documentElement.outerHTML),
      openPopup: async () => {
        const pop = await openPopup();
        await waitState(pop, ['article']);
        return { run: (fn, ...args) => v(pop, fn, ...args), key: (k) => pop.keyboard.press(k), shot: (file) => pop.screenshot({ path: join(artifacts, file) }), close: () => pop.close() };
      },
      openOptions: async () => {
        const tab = await browser.newPage();
        await tab.setViewport({ width: 900, height: 760 });
        await tab.goto(`${base}options.html`, { waitUntil: 'load' });
        return { run: (fn, ...args) => v(tab, fn, ...args), shot: (file) => tab.screenshot({ path: join(artifacts, file) }), close: () => tab.close() };
      },
      pageKey: (k) => page.keyboard.press(k),
      pageHover: (selector) => page.hover(selector),
      pageClick: (selector) => page.click(selector),
      pageShot: (file) => page.screenshot({ path: join(artifacts, file) }),
      readers: async () => new Set(await browser.targets()),
      newReader: async (seen) => {
        const target = await browser.waitForTarget((t) => !seen.has(t) && t.url().startsWith(`${base}reader.html?a=`), { timeout: POPUP_TIMEOUT });
        const tab = await target.asPage();
        await waitState(tab, ['article']);
        return { run: (fn, ...args) => v(tab, fn, ...args), shot: (file) => tab.screenshot({ path: join(artifacts, file) }), close: () => tab.close() };
      },
    });
    await securitySuite({ test, server }, chromiumDriver({ browser, page, ext, base }));
    let robust = null;
    await robustnessSuite(context, {
      name: 'chromium',
      page,
      goto: async (url, { wait = true } = {}) => {
        const loading = page.goto(url, { waitUntil: 'load', timeout: 30_000 });
        if (wait) await loading;
        else loading.catch(() => undefined);
      },
      waitLoaded: (path = '') =>
        page.waitForFunction((p) => document.readyState === 'complete' && (!p || location.pathname === p), { timeout: 20_000, polling: 100 }, path),
      openPopup: async () => {
        robust = await openPopup();
      },
      popup: (fn, ...args) => robust.evaluate(expr('window', fn, ...args)),
      closePopup: async () => {
        await robust?.close().catch(() => undefined);
        robust = null;
      },
    });
    // Last: 22 real pages with their own scripts are the heaviest load the browser gets here.
    if (parity) {
      let pop = null;
      await paritySuite(context, parity, {
        name: 'chromium',
        /** Answers every image request of the test tab with a picture (CDP Fetch, images only); resolves to the undo. */
        stubImages: async () => {
          const cdp = await page.createCDPSession();
          cdp.on('Fetch.requestPaused', ({ requestId, request }) => {
            const body = Buffer.from(placeholderImage(request.url)).toString('base64');
            const responseHeaders = [{ name: 'content-type', value: 'image/svg+xml' }];
            cdp.send('Fetch.fulfillRequest', { requestId, responseCode: 200, responseHeaders, body }).catch(() => undefined);
          });
          await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*', resourceType: 'Image', requestStage: 'Request' }] });
          return async () => {
            await cdp.send('Fetch.disable').catch(() => undefined);
            await cdp.detach().catch(() => undefined);
          };
        },
        goto: async (url) => {
          await page.goto(url, { waitUntil: 'load', timeout: 10_000 }).catch((err) => {
            if (!/timeout/i.test(err.message)) throw err;
          });
          return page.url();
        },
        openPopup: async () => {
          pop = await openPopup();
        },
        read: (source) => pop.evaluate(`(${source})(window)`),
        closePopup: async () => {
          await pop?.close().catch(() => undefined);
          pop = null;
        },
        screenshot: (path) => pop.screenshot({ path }),
      });
    }
  } finally {
    await browser.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
