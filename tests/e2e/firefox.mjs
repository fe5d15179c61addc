// The e2e suite in Firefox ESR (WebDriver BiDi). The browser, the add-on and the helper tab that opens the real
// popup (a button whose click calls browser.action.openPopup(), which grants activeTab like a toolbar click)
// come from firefox-session.mjs. The popup's document is reached through browser.extension.getViews() from
// that tab, and screenshotted with drawSnapshot from the chrome scope.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { correctionsSuite } from './corrections.mjs';
import { BASE, installAddon, launchFirefox, openExtensionPage, openHelper, POPUP, poll, sleep } from './firefox-session.mjs';
import { checkSeedArticle, expr, headingPosition, inView, markCopyButton } from './checks.mjs';
import { outlineSuite } from './outline.mjs';
import { paritySuite, placeholderImage } from './parity.mjs';
import { securitySuite } from './security.mjs';
import { firefoxDriver } from './security-drivers.mjs';
import { robustnessSuite } from './robustness.mjs';
import { toolsSuite } from './tools.mjs';
import { a11ySuite } from './a11y.mjs';
import { articleIn, localeSuite } from './locales.mjs';

const READER = "browser.extension.getViews({ type: 'tab' }).find((w) => w.location.search.startsWith('?a='))";
/** The reader tab opened last (the outline tests open several). */
const LAST_READER = "browser.extension.getViews({ type: 'tab' }).filter((w) => w.location.search.startsWith('?a=')).pop()";

/** Sets an outline's filter box, as typing would (the popup is reached through another page here). */
const typeFilterIn = (w, variant, text) => {
  const box = w.document.querySelector(`[data-outline="${variant}"] .outline__search`);
  box.value = text;
  box.dispatchEvent(new w.Event('input', { bubbles: true }));
  return true;
};

export async function firefoxSuite(context) {
  const { test, server, expected, artifacts, pages, firefoxPath, hosts, parity } = context;
  const profileParent = mkdtempSync(join(tmpdir(), 'ro-e2e-firefox-'));
  const downloadDir = mkdtempSync(join(tmpdir(), 'ro-e2e-downloads-'));
  const browser = await launchFirefox({
    firefoxPath,
    hosts,
    prefs: {
      // Downloads go to a folder of the test's own, without asking.
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false, // an open downloads panel keeps the action popup from opening
    },
  });
  try {
    await installAddon(browser);
    const page = (await browser.pages())[0];
    await page.setViewport({ width: 1280, height: 860 });
    await page.goto(pages.article, { waitUntil: 'load' });

    // The helper: an extension tab (the reader page without a token) with the "open the popup" button.
    const { helper, testTabId, openPopup, closePopup } = await openHelper(browser);

    const inPopup = (fn, ...args) => helper.evaluate(expr(POPUP, fn, ...args));
    const inReader = (fn, ...args) => helper.evaluate(expr(READER, fn, ...args));
    const waitPopup = (states) =>
      poll(`popup state ${states}`, async () => {
        const s = await inPopup(inView.state);
        return states.includes(s.state) ? s : false;
      });
    const chromeContext = async () => {
      const tree = await browser.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
      return tree.result.contexts[0].context;
    };
    /** Screenshot of the real popup panel (drawSnapshot of the popup browser, from the chrome scope). */
    const popupShot = async (name) => {
      const scrollY = await helper.evaluate(`${POPUP}.scrollY`); // drawSnapshot takes document coordinates
      const context = await chromeContext();
      const res = await browser.connection.send('script.evaluate', {
        expression: `(async () => {
          const b = document.querySelector('browser.webextension-popup-browser');
          const r = b.getBoundingClientRect();
          const bmp = await b.browsingContext.currentWindowGlobal.drawSnapshot(new DOMRect(0, ${scrollY}, r.width, r.height), 1, 'white');
          const c = document.createElement('canvas');
          c.width = bmp.width; c.height = bmp.height;
          c.getContext('2d').drawImage(bmp, 0, 0);
          return c.toDataURL('image/png');
        })()`,
        target: { context },
        awaitPromise: true,
      });
      const url = res.result.result.value;
      writeFileSync(join(artifacts, name), Buffer.from(url.split(',')[1], 'base64'));
    };
    const readerPage = async (last = false) => {
      const pages = await browser.pages();
      for (const p of last ? pages.reverse() : pages) {
        const href = await Promise.race([p.evaluate('location.href').catch(() => ''), sleep(1000).then(() => '')]);
        if (href.startsWith(`${BASE}reader.html?a=`)) return p;
      }
      return null;
    };

    await test('popup on the seed article: title, six outline entries, clean text, images', async () => {
      const before = await page.evaluate(() => document.documentElement.outerHTML);
      await openPopup();
      await waitPopup(['article']);
      await poll('images to load', () => inPopup(inView.imagesLoaded), 10_000);
      const article = await inPopup(inView.article, 'inline');
      checkSeedArticle(article, expected, 'popup');
      await popupShot('firefox-popup-light.png');
      const after = await page.evaluate(() => document.documentElement.outerHTML);
      if (before !== after) throw new Error('the live page DOM changed after the popup ran');
    });

    await test('popup: clicking the third outline entry scrolls to its section and highlights it', async () => {
      await inPopup(inView.clickOutline, 'inline', 2);
      await poll('section 3 at the top', async () => {
        const pos = await inPopup(inView.sectionPosition, 'inline', 2);
        return pos.scrollY > 0 && pos.top >= pos.bar - 2 && pos.top <= pos.bar + 40 && pos.current === 'location';
      });
      await inPopup(inView.press, 'j');
      await poll('j to move to section 4', async () => (await inPopup(inView.currentSection)) === expected.outline[3].text);
      await sleep(600);
      await popupShot('firefox-popup-section.png');
    });

    /**
     * The popup showing the seed article, as the tests above leave it; opened here when it is not (a test run
     * alone with --grep, or after a failure), so that the tests below do not depend on the ones above.
     */
    const seedPopup = async () => {
      const open = await helper.evaluate(`Boolean(${POPUP})`);
      if (open && page.url() === new URL(pages.article).href && (await inPopup(inView.state)).state === 'article') return;
      await page.bringToFront();
      await page.goto(pages.article, { waitUntil: 'load' });
      await openPopup();
      await waitPopup(['article']);
    };
    /** "Open in tab" from the seed article's popup; resolves to the reader tab's page. */
    const openSeedReader = async () => {
      await seedPopup();
      await inPopup(inView.click, '[data-action="open-tab"]');
      await poll('reader tab', async () => (await inReader(inView.state)).state === 'article');
      const tab = await poll('reader page handle', readerPage, 5000);
      await tab.setViewport({ width: 1280, height: 860 });
      return tab;
    };

    let reader;
    await test('open in tab: the same article in a reader tab with a sticky side outline', async () => {
      reader = await openSeedReader();
      const order = await helper.evaluate(`(async () => {
        const tabs = await browser.tabs.query({ currentWindow: true });
        const r = tabs.find((t) => (t.url || '').includes('/reader.html?a='));
        return { reader: r && r.index, opener: (tabs.find((t) => t.id === ${testTabId}) || {}).index };
      })()`);
      if (order.reader !== order.opener + 1) throw new Error(`reader tab not next to its page: ${JSON.stringify(order)}`);
      await poll('reader images', () => inReader(inView.imagesLoaded), 10_000);
      const article = await inReader(inView.article, 'side');
      checkSeedArticle(article, expected, 'reader tab');
      if (article.navPosition !== 'sticky') throw new Error(`side outline is ${article.navPosition}, not sticky`);
      await reader.screenshot({ path: join(artifacts, 'firefox-reader-light.png') });
      await inReader(inView.clickOutline, 'side', 2);
      await poll('side entry 3 current', async () => {
        const pos = await inReader(inView.sectionPosition, 'side', 2);
        return pos.current === 'location' && pos.top > 0 && pos.top < 140;
      });
    });

    await test('settings: dark theme applies live in both views and is kept after reopening', async () => {
      reader ??= await openSeedReader(); // the reader tab "open in tab" left, or one of this test's own
      await openPopup();
      await waitPopup(['article']);
      await inPopup(inView.setTheme, 'dark');
      await poll('dark popup', async () => (await inPopup(inView.state)).theme === 'dark');
      await popupShot('firefox-popup-settings-dark.png');
      await inPopup(inView.closeSettings);
      await popupShot('firefox-popup-dark.png');
      await poll('dark reader', async () => (await inReader(inView.state)).theme === 'dark');
      if (reader) {
        await reader.bringToFront();
        await reader.screenshot({ path: join(artifacts, 'firefox-reader-dark.png') });
      }
      await closePopup();
      await openPopup();
      const state = await waitPopup(['article']);
      if (state.theme !== 'dark' || !state.checked.includes('dark')) throw new Error(`after reopening: ${JSON.stringify(state)}`);
      await inPopup(inView.setTheme, 'light');
      await poll('light reader', async () => (await inReader(inView.state)).theme === 'light');
      await closePopup();
    });

    await test('a home page of teasers: the not-an-article message with "Try anyway"', async () => {
      await page.goto(pages.home, { waitUntil: 'load' });
      await openPopup();
      const state = await waitPopup(['not-article', 'article']);
      if (state.state !== 'not-article' || !state.tryAnyway) throw new Error(`got ${JSON.stringify(state)}`);
      await popupShot('firefox-popup-not-article.png');
      await inPopup(inView.click, '[data-action="try-anyway"]');
      const forced = await poll('forced result', async () => {
        const s = await inPopup(inView.state);
        return s.state === 'article' || (s.state === 'not-article' && !s.tryAnyway) ? s : false;
      });
      if (!forced) throw new Error('no result after "Try anyway"');
      await closePopup();
    });

    await test('an unscriptable page (about:robots): the browser-does-not-allow message', async () => {
      // page.goto does not resolve for about: pages over BiDi: start it and wait for the tab to settle.
      page.goto('about:robots').catch(() => undefined);
      await sleep(300);
      await poll('about:robots to load', () =>
        helper.evaluate(`browser.tabs.get(${testTabId}).then((t) => t.status === 'complete' && t.title !== 'Northgate Tribune')`),
      );
      await openPopup();
      const state = await waitPopup(['unscriptable', 'error', 'article', 'not-article']);
      if (state.state !== 'unscriptable' || !/does not let extensions/.test(state.message ?? '')) {
        throw new Error(`got ${JSON.stringify(state)}`);
      }
      await popupShot('firefox-popup-unscriptable.png');
      await closePopup();
    });

    let outlineReader = null;
    /** The system clipboard's text, read from the chrome scope (headless Firefox keeps a clipboard of its own). */
    const clipboardText = async () => {
      const res = await browser.connection.send('script.evaluate', {
        expression: `(() => {
          const t = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
          t.init(null);
          t.addDataFlavor('text/plain');
          Services.clipboard.getData(t, Services.clipboard.kGlobalClipboard, null);
          const out = {};
          t.getTransferData('text/plain', out);
          return out.value.QueryInterface(Ci.nsISupportsString).data;
        })()`,
        target: { context: await chromeContext() },
        awaitPromise: false,
      });
      return res.result.result?.value ?? '';
    };
    await outlineSuite(context, {
      name: 'firefox',
      notes: context.notes,
      galleries: false,
      goto: async (url) => {
        await page.bringToFront();
        await page.goto(url, { waitUntil: 'load' });
      },
      openPopup: async () => {
        await openPopup();
        await waitPopup(['article']);
      },
      popup: inPopup,
      popupClick: (selector) => inPopup(inView.click, selector),
      popupKey: (key) => inPopup(inView.pressHere, key),
      popupType: (variant, text) => inPopup(typeFilterIn, variant, text),
      popupShot: (path) => popupShot(relative(artifacts, path)),
      setTheme: async (theme) => {
        await inPopup(inView.setTheme, theme);
        await poll(`${theme} popup`, async () => (await inPopup(inView.state)).theme === theme);
        await inPopup(inView.closeSettings);
      },
      openReader: async () => {
        // A reader tab left open by an earlier test is already 'article': wait for the new one to exist first.
        const readers = `browser.extension.getViews({ type: 'tab' }).filter((w) => w.location.search.startsWith('?a=')).length`;
        const before = await helper.evaluate(readers);
        await inPopup(inView.click, '[data-action="open-tab"]');
        await poll('a new reader tab', async () => (await helper.evaluate(readers)) > before);
        await poll('reader tab', async () => (await helper.evaluate(expr(LAST_READER, inView.state))).state === 'article');
        outlineReader = await poll('reader page handle', () => readerPage(true), 5000);
        await outlineReader.setViewport({ width: 1280, height: 860 });
        await outlineReader.bringToFront();
      },
      reader: (fn, ...args) => helper.evaluate(expr(LAST_READER, fn, ...args)),
      readerShot: (path) => outlineReader.screenshot({ path }),
      closeReader: async () => {
        await outlineReader?.close().catch(() => undefined);
        outlineReader = null;
      },
      copyLinkInReader: async (heading) => {
        await outlineReader.bringToFront();
        await helper.evaluate(expr(LAST_READER, markCopyButton, heading));
        await outlineReader.click('[data-e2e-copy]');
        return poll('the link on the clipboard', async () => {
          const text = await clipboardText();
          return text.includes(':~:text=') ? text : false;
        }, 5000);
      },
      openLink: async (link, heading) => {
        await page.bringToFront();
        await page.goto(link, { waitUntil: 'load' });
        await sleep(800);
        return page.evaluate(expr('window', headingPosition, heading));
      },
    });
    await outlineReader?.close().catch(() => undefined);
    const readClipboard = clipboardText;
    const setMedium = async (href, medium) => {
      await browser.connection.send('script.evaluate', {
        expression: `(() => {
          const b = gBrowser.browsers.find((x) => x.currentURI.spec === ${JSON.stringify(href)});
          b.browsingContext.mediumOverride = ${JSON.stringify(medium)};
          return true;
        })()`,
        target: { context: await chromeContext() },
        awaitPromise: false,
      });
    };
    const openReaderOn = async (url, title) => {
        await page.bringToFront();
        // A player frame the test server cannot serve fails the BiDi navigation although the page loaded.
        await page.goto(url, { waitUntil: 'load' }).catch(() => undefined);
        await poll('the page to load', () => page.evaluate((u) => location.href === u && document.readyState === 'complete', url), 15_000);
        await openPopup();
        await waitPopup(['article']);
        await inPopup(inView.click, '[data-action="open-tab"]');
        const find = async () => {
          for (const p of await browser.pages()) {
            const ok = await Promise.race([
              p.evaluate((t) => location.href.includes('/reader.html?a=') && document.title.startsWith(t) && document.getElementById('app')?.dataset.state === 'article', title).catch(() => false),
              sleep(1000).then(() => false),
            ]);
            if (ok) return p;
          }
          return null;
        };
        const tab = await poll('the reader tab for the page', find, 15_000, 200);
        await tab.setViewport({ width: 1280, height: 860 });
        return tab;
    };
    await a11ySuite(context, {
      name: 'firefox',
      // The real popup grants activeTab on the test tab; the same popup page then runs in a tab of its own
      // (popup.html?tab=ID), where puppeteer can inject axe and type (the popup panel is chrome-scope).
      openPopup: async (url) => {
        await page.bringToFront();
        await page.goto(url, { waitUntil: 'load' }).catch(() => undefined);
        await poll('the page to load', () => page.evaluate((u) => location.href === u && document.readyState === 'complete', url), 15_000);
        await openPopup();
        await waitPopup(['article']);
        await closePopup();
        const tab = await browser.newPage();
        await tab.setViewport({ width: 640, height: 600 });
        await openExtensionPage(tab, `${BASE}popup.html?tab=${testTabId}`);
        return articleIn(tab);
      },
      openReader: openReaderOn,
      // Enter and Space from BiDi key input reach the page but do not press a focused button here.
      buttonKeys: false,
    });
    await localeSuite(context, 'firefox');
    await toolsSuite(context, {
      name: 'firefox',
      downloadDir,
      openReader: openReaderOn,
      readClipboard,
      // The popup's document is reached from the helper tab (browser.extension.getViews).
      openPopupOn: async (url) => {
        await page.bringToFront();
        await page.goto(url, { waitUntil: 'load' }).catch(() => undefined);
        await poll('the page to load', () => page.evaluate((u) => location.href === u && document.readyState === 'complete', url), 15_000);
        await openPopup();
        await waitPopup(['article']);
        return { run: inPopup, shot: popupShot, close: closePopup };
      },
      // BiDi has no media emulation: the tab's BrowsingContext.mediumOverride (devtools' print simulation) does it.
      printShot: async (p, path) => {
        await setMedium(await p.evaluate(() => location.href), 'print');
        await p.screenshot({ path, fullPage: true });
      },
      screenMedia: async (p) => setMedium(await p.evaluate(() => location.href), ''),
    });

    await correctionsSuite(context, {
      name: 'firefox',
      goto: async (url) => {
        await page.bringToFront();
        await page.goto(url, { waitUntil: 'load' });
      },
      reload: () => page.reload({ waitUntil: 'load' }),
      live: () => page.evaluate(() => document.documentElement.outerHTML),
      openPopup: async () => {
        await openPopup();
        await waitPopup(['article']);
        // The popup is reached through the helper tab: x is sent to the focused element as a keydown.
        const key = (k) => inPopup((w, key) => w.document.activeElement.dispatchEvent(new w.KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })), k);
        return { run: inPopup, key, shot: popupShot, close: closePopup };
      },
      openOptions: async () => {
        const tab = await browser.newPage();
        await tab.setViewport({ width: 900, height: 760 });
        await openExtensionPage(tab, `${BASE}options.html`);
        return { run: (fn, ...args) => tab.evaluate(expr('window', fn, ...args)), shot: (file) => tab.screenshot({ path: join(artifacts, file) }), close: () => tab.close() };
      },
      pageKey: (k) => page.keyboard.press(k),
      pageHover: (selector) => page.hover(selector),
      pageClick: (selector) => page.click(selector),
      pageShot: (file) => page.screenshot({ path: join(artifacts, file) }),
      readers: async () => new Set(await helper.evaluate(`browser.extension.getViews({ type: 'tab' }).map((w) => w.location.href)`)),
      newReader: async (seen) => {
        const href = await poll('a new reader tab', () =>
          helper.evaluate(`(() => { const seen = ${JSON.stringify([...seen])};
            const w = browser.extension.getViews({ type: 'tab' }).find((v) => v.location.search.startsWith('?a=') && !seen.includes(v.location.href));
            return w && w.document.getElementById('app')?.dataset.state === 'article' ? w.location.href : false; })()`),
        );
        const win = `browser.extension.getViews({ type: 'tab' }).find((v) => v.location.href === ${JSON.stringify(href)})`;
        // puppeteer learns of the new tab over BiDi after the extension already shows it; with both browsers' suites
        // running side by side this took over 15 s once (a fresh clone's run), so the wait is twice the default.
        const tab = await poll(
          'the reader page handle',
          async () => {
            for (const p of await browser.pages()) if ((await p.evaluate('location.href').catch(() => '')) === href) return p;
            return null;
          },
          30_000,
        );
        await tab.setViewport({ width: 1280, height: 860 });
        return { run: (fn, ...args) => helper.evaluate(expr(win, fn, ...args)), shot: (file) => tab.screenshot({ path: join(artifacts, file) }), close: () => tab.close() };
      },
    });
    await securitySuite({ test, server }, firefoxDriver({ browser, page, helper, openPopup, base: BASE, popupExpr: POPUP, readerExpr: READER }));
    const loaded = (path = '') => page.evaluate((p) => document.readyState === 'complete' && (!p || location.pathname === p), path).catch(() => false);
    await robustnessSuite(context, {
      name: 'firefox',
      page,
      goto: async (url, { wait = true } = {}) => {
        await page.bringToFront(); // typing goes to the tab in front
        const loading = page.goto(url, { waitUntil: 'load', timeout: 30_000 });
        if (wait) await loading;
        else loading.catch(() => undefined);
      },
      waitLoaded: (path) => poll('the page to load', () => loaded(path), 20_000),
      openPopup,
      popup: inPopup,
      closePopup: async () => {
        if (await helper.evaluate(`Boolean(${POPUP})`)) await closePopup();
      },
    });
    // Last: 22 real pages with their own scripts are the heaviest load the browser gets here.
    if (parity) {
      await paritySuite(context, parity, {
        name: 'firefox',
        /** Answers every image request of the test tab with a picture (a BiDi intercept); resolves to the undo. */
        stubImages: async () => {
          const tab = page.mainFrame()._id;
          const { result } = await browser.connection.send('network.addIntercept', { phases: ['beforeRequestSent'], contexts: [tab] });
          const paused = (e) => {
            if (!e.isBlocked || !e.intercepts?.includes(result.intercept)) return;
            const request = e.request.request;
            const answer =
              e.request.destination === 'image'
                ? browser.connection.send('network.provideResponse', {
                    request,
                    statusCode: 200,
                    reasonPhrase: 'OK',
                    headers: [{ name: 'content-type', value: { type: 'string', value: 'image/svg+xml' } }],
                    body: { type: 'string', value: placeholderImage(e.request.url) },
                  })
                : browser.connection.send('network.continueRequest', { request });
            answer.catch(() => undefined);
          };
          browser.connection.on('network.beforeRequestSent', paused);
          return async () => {
            await browser.connection.send('network.removeIntercept', { intercept: result.intercept }).catch(() => undefined);
            browser.connection.off('network.beforeRequestSent', paused);
          };
        },
        goto: async (url) => {
          // A failed frame inside the page (a blocked social widget) fails the BiDi navigation with "Address
          // rejected" although the page itself loaded: look at the page, not at the error.
          const error = await page.goto(url, { waitUntil: 'load', timeout: 10_000 }).then(
            () => null,
            (err) => err,
          );
          const end = Date.now() + 3000;
          const loaded = () => page.evaluate(() => [location.href, document.readyState]).catch(() => ['', '']);
          let [href, state] = await loaded();
          while (error && href === url && state !== 'complete' && Date.now() < end) {
            await sleep(100);
            [href, state] = await loaded();
          }
          if (error && href !== url) throw error;
          return href;
        },
        openPopup,
        read: (source) => helper.evaluate(`(${source})(${POPUP})`),
        closePopup: async () => {
          if (await helper.evaluate(`Boolean(${POPUP})`)) await closePopup();
        },
        screenshot: (path) => popupShot(basename(path)),
      });
    }
  } finally {
    await browser.close();
    rmSync(profileParent, { recursive: true, force: true });
    rmSync(downloadDir, { recursive: true, force: true });
  }
}
