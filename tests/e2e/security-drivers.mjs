// How the security tests (security.mjs) drive each browser: open a page, the popup, the reader tab, look
// inside them, and collect the extension pages' CSP violations.
//   Chromium: the popup and the reader tab are page targets; violations come from a buffered ReportingObserver
//   in each (it returns reports made before it was created), read before the view closes.
//   Firefox: the views are reached through browser.extension.getViews() from the helper tab (see firefox.mjs);
//   violations come from the browser console service (chrome scope), CSP errors whose source is one of the
//   extension's pages.
import { clickClosing } from './checks.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const FINAL_STATES = ['article', 'not-article', 'unscriptable', 'too-big', 'error'];
const TIMEOUT = 15_000;

async function pollView(what, evaluate) {
  const end = Date.now() + TIMEOUT;
  let last;
  while (Date.now() < end) {
    last = await evaluate().catch((err) => ({ state: `evaluate failed: ${err.message}` }));
    if (last && FINAL_STATES.includes(last.state)) return last;
    await sleep(100);
  }
  throw new Error(`${what} did not show a result (last: ${JSON.stringify(last)})`);
}

const CSP_REPORTS = `new Promise((done) => {
  const observer = new ReportingObserver((reports) => {
    observer.disconnect();
    done(reports.filter((r) => r.type === 'csp-violation').map((r) => r.body.effectiveDirective + ' blocked ' + r.body.blockedURL + ' in ' + r.body.documentURL));
  }, { buffered: true });
  observer.observe();
  setTimeout(() => done([]), 150);
})`;

export function chromiumDriver({ browser, page, ext, base }) {
  let popup = null;
  let reader = null;
  let pending = [];
  const collect = async (view) => {
    if (view && !view.isClosed()) pending.push(...(await view.evaluate(CSP_REPORTS).catch(() => [])));
  };
  return {
    name: 'chromium',
    goto: async (url) => {
      await page.bringToFront(); // a page loaded in the background defers its media (and their error events)
      await page.goto(url, { waitUntil: 'load' });
    },
    pageState: () => page.evaluate(() => ({ canaries: Array.isArray(window.__canary) ? window.__canary.join(' ') : '', html: document.documentElement.outerHTML })),
    async openPopup() {
      await page.bringToFront();
      const seen = new Set(await browser.targets());
      await page.triggerExtensionAction(ext);
      const target = await browser.waitForTarget((t) => !seen.has(t) && t.url().startsWith(`${base}popup.html`), { timeout: TIMEOUT });
      popup = await target.asPage();
    },
    waitView: (which, exprOf) => pollView(which, () => (which === 'popup' ? popup : reader).evaluate(exprOf('window'))),
    async openReader() {
      await collect(popup); // the popup closes itself once the reader tab is open
      const seen = new Set(await browser.targets());
      await clickClosing(popup, '[data-action="open-tab"]');
      const target = await browser.waitForTarget((t) => !seen.has(t) && t.url().startsWith(`${base}reader.html?a=`), { timeout: TIMEOUT });
      reader = await target.asPage();
    },
    async violations() {
      await collect(reader);
      const out = pending;
      pending = [];
      return out;
    },
    async closeViews() {
      for (const view of [reader, popup]) if (view && !view.isClosed()) await view.close();
      reader = null;
      popup = null;
    },
  };
}

export function firefoxDriver({ browser, page, helper, openPopup, base, popupExpr, readerExpr }) {
  let since = Date.now();
  return {
    name: 'firefox',
    goto: async (url) => {
      await page.bringToFront(); // a page loaded in the background defers its media (and their error events)
      await page.goto(url, { waitUntil: 'load' });
    },
    pageState: () => page.evaluate(() => ({ canaries: Array.isArray(window.__canary) ? window.__canary.join(' ') : '', html: document.documentElement.outerHTML })),
    openPopup,
    waitView: (which, exprOf) => pollView(which, () => helper.evaluate(exprOf(which === 'popup' ? popupExpr : readerExpr))),
    async openReader() {
      await helper.evaluate(`${popupExpr}.document.querySelector('[data-action="open-tab"]').click()`);
      const found = `Boolean(${readerExpr})`;
      const end = Date.now() + TIMEOUT;
      while (!(await helper.evaluate(found))) {
        if (Date.now() > end) throw new Error('no reader tab');
        await sleep(100);
      }
    },
    async violations() {
      const tree = await browser.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
      const res = await browser.connection.send('script.evaluate', {
        expression: `JSON.stringify(Services.console.getMessageArray()
          .filter((m) => m instanceof Ci.nsIScriptError && /CSP/i.test(m.category) && m.timeStamp >= ${since}
            && (m.sourceName || '').startsWith(${JSON.stringify(base)}))
          .map((m) => m.errorMessage + ' in ' + m.sourceName))`,
        target: { context: tree.result.contexts[0].context },
        awaitPromise: false,
      });
      since = Date.now();
      return JSON.parse(res.result.result.value);
    },
    async closeViews() {
      await helper.evaluate(`(async () => {
        const popup = ${popupExpr};
        if (popup) popup.close();
        const tabs = await browser.tabs.query({});
        await browser.tabs.remove(tabs.filter((t) => (t.url || '').startsWith(${JSON.stringify(`${base}reader.html?a=`)})).map((t) => t.id));
        return true;
      })()`);
      const gone = `!${popupExpr} && !${readerExpr}`;
      const end = Date.now() + TIMEOUT;
      while (!(await helper.evaluate(gone))) {
        if (Date.now() > end) throw new Error('the views did not close');
        await sleep(100);
      }
    },
  };
}
