// Section 5: Firefox ESR, our popup against Firefox's own Reader View, side by side in one browser session.
// Pages, each served under its own host name (network.dns.localDomains; other hosts fail at once):
//   seed   tests/fixtures/seed-news-h2 (40 KB)
//   mid    the generated mid-size news page of ff-pages.mjs (107 KB, ~8 minutes)
//   long   the generated encyclopedia article of ff-pages.mjs (973 KB, ~69 minutes)
// Every run loads the page afresh in the test tab (in front, as a reader would have it), waits until Firefox
// has found it reader-able (tabs.get().isArticle: its reader button would show) and 300 ms more, then clicks
// one of two buttons in the helper tab (tests/e2e/firefox-session.mjs; a real BiDi click, so a user
// gesture). The two sides alternate (ours, Firefox; then Firefox, ours; …), so both see the same load.
//   ours     the button's handler activates the test tab and calls browser.action.openPopup(): the real
//            popup opens for the test tab with activeTab granted, as with the toolbar button (puppeteer cannot
//            click Firefox's toolbar). Measured: click → ro:article-painted.
//   Firefox  the button's handler activates the test tab and calls browser.tabs.toggleReaderMode(): the code
//            path of the address bar's reader button (the loaded page is parsed, the tab goes to
//            about:reader?url=…, which shows the article). Measured: click → the watcher below.
// The common clock:
//   start    the click, in the helper tab: performance.timeOrigin + performance.now() in a capturing click
//            listener, before the button's own handler runs (the same instant for both sides)
//   end      the first frame showing the article's opening sentence, taken the same way on both sides: after
//            the sentence is in the document, the next requestAnimationFrame callback posts a message and
//            the clock stops when that message is handled (right after the frame's style, layout and paint).
//            Firefox's reader: a MutationObserver put into about:reader by a BiDi preload script (it runs when
//            the document's window is created, before the reader's own scripts) notices the sentence in
//            .moz-reader-content. Ours: the popup marks ro:article-painted exactly so after inserting the
//            result (src/view/marks.ts, afterNextPaint); the bench checks afterwards that the popup shows the
//            article and that its text holds the sentence (the first screen is never held back).
//   Both ends are epoch times (timeOrigin + now) from the same machine clock, read in three processes.
// Both sides are polled from Node every 100 ms with one small script evaluation (after the clock has stopped
// this only adds waiting). Per page: medians, the ratio of medians (ours / Firefox; the target is ≤ 1.0),
// the median of the paired ratios (each run of ours over the Firefox run next to it), and for ours, where
// the time goes (the popup's marks, click → painted in parts that add up) and the in-page extraction with
// its steps (ro:article-received detail). Runs that did not show the sentence are left out and listed.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { derive, med, medianSteps, readPopup } from './browser.mjs';
import { fmtMs, fmtX, median, printTable } from './core.mjs';
import { encyclopediaPage, midNewsPage } from './ff-pages.mjs';

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const FIXTURES = 'tests/fixtures';
export const SEED = 'seed-news-h2';
export const SEED_OPENING = 'As the conflict in Eastern Europe continues, Ukraine is on high alert';
const TIMEOUT = 60_000;
const POLL_MS = 100;
const SETTLE_MS = 300;
export const PREFIX = 70; // characters of the opening sentence the watcher looks for

/** The watcher, as a preload script for the test tab (BiDi preload arguments can only be channels). */
export function watcherSource(openings) {
  return `() => {
    if (!location.href.startsWith('about:reader')) return;
    const page = new URLSearchParams(location.search).get('url');
    const sentence = (${JSON.stringify(openings)})[page];
    const state = (window.__roBench = { installedAt: performance.timeOrigin + performance.now(), sentence: Boolean(sentence) });
    if (!sentence) return;
    const content = () => document.querySelector('.moz-reader-content');
    state.presentAtInstall = Boolean(content()?.textContent.includes(sentence));
    const observer = new MutationObserver(() => {
      const el = content();
      if (!el || !el.textContent.includes(sentence)) return;
      observer.disconnect();
      state.insertedAt = performance.timeOrigin + performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          state.seenAt = performance.timeOrigin + performance.now();
          state.visible = getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0;
        };
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  }`;
}

export async function firefoxSection({ quick = false } = {}) {
  console.log("\n5. Firefox: our popup vs Firefox Reader View (headless Firefox ESR, one session, alternating runs)");
  if (!existsSync(FIREFOX)) {
    console.log(`   not measured: no Firefox ESR at ${FIREFOX} (apt-get install firefox-esr, or set FIREFOX_PATH)`);
    return null;
  }
  if (!existsSync('build/firefox/manifest.json')) {
    console.log('   not measured: build/firefox is missing (npm run build)');
    return null;
  }
  let session;
  try {
    session = await import('../../tests/e2e/firefox-session.mjs'); // imports puppeteer-core
  } catch {
    console.log('   not measured: puppeteer-core is not installed (npm ci)');
    return null;
  }
  const { addButton, installAddon, launchFirefox, openHelper, poll, POPUP, sleep } = session;
  const { startServer } = await import('../../tests/e2e/server.mjs');
  const started = Date.now();
  const runs = quick ? 2 : 5;
  const server = await startServer(0);
  const html = { type: 'text/html; charset=utf-8' };
  const mid = midNewsPage();
  const long = encyclopediaPage();
  const pages = [
    { key: 'seed', id: `fixture ${SEED}`, url: server.fixtureUrl(SEED), bytes: statSync(join(FIXTURES, SEED, 'source.html')).size, opening: SEED_OPENING },
    { key: 'mid', id: 'generated news page', url: server.site(mid.host, mid.path, { ...html, body: mid.html }), bytes: Buffer.byteLength(mid.html), opening: mid.opening },
    { key: 'long', id: 'generated encyclopedia article', url: server.site(long.host, long.path, { ...html, body: long.html }), bytes: Buffer.byteLength(long.html), opening: long.opening },
  ];
  for (const p of pages) p.sentence = p.opening.slice(0, PREFIX);
  const hosts = [...new Set(pages.map((p) => new URL(p.url).hostname))];

  const browser = await launchFirefox({ firefoxPath: FIREFOX, hosts, protocolTimeout: 120_000 });
  try {
    const version = await browser.version();
    await installAddon(browser);
    const page = (await browser.pages())[0];
    await page.setViewport({ width: 1280, height: 860 });
    const context = page.mainFrame()._id; // the test tab's BiDi browsing context (it stays across navigations)
    const { helper, testTabId, closePopup } = await openHelper(browser);
    await addButton(
      helper,
      'ro-bench-reader',
      `browser.tabs.update(${testTabId}, { active: true }); browser.tabs.toggleReaderMode(${testTabId}).catch((e) => { window.__roBenchError = String(e); });`,
      100,
    );
    await helper.evaluate(`window.addEventListener('click', () => { window.__roBenchClickAt = performance.timeOrigin + performance.now(); window.__roBenchError = null; }, true); true`);
    await browser.connection.send('script.addPreloadScript', {
      functionDeclaration: watcherSource(Object.fromEntries(pages.map((p) => [p.url, p.sentence]))),
      contexts: [context],
    });
    const send = (method, params) => browser.connection.send(method, params).then((r) => r.result);
    const inTab = async (expression) => (await send('script.evaluate', { expression, target: { context }, awaitPromise: false })).result?.value;

    /** A fresh load in the test tab, in front; resolves once Firefox has found the page reader-able. */
    const load = async (url) => {
      await page.bringToFront();
      await send('browsingContext.navigate', { context, url, wait: 'complete' });
      await poll('the page to be reader-able', () => helper.evaluate(`browser.tabs.get(${testTabId}).then((t) => t.status === 'complete' && t.isArticle === true)`), 20_000);
      await sleep(SETTLE_MS);
    };
    const click = async (button) => {
      await helper.bringToFront();
      await helper.click(`#${button}`);
      return helper.evaluate('window.__roBenchClickAt');
    };

    const ours = async (p) => {
      await load(p.url);
      const clickAt = await click('e2e-open-popup');
      try {
        await poll('ro:article-painted', () => helper.evaluate(`Boolean(${POPUP}?.performance.getEntriesByName('ro:article-painted').length)`), TIMEOUT, POLL_MS);
        const run = derive(clickAt, await helper.evaluate(`(${readPopup})(${POPUP})`));
        const text = await helper.evaluate(`${POPUP}.document.getElementById('app')?.textContent ?? ''`);
        run.hasSentence = text.includes(p.sentence);
        run.ms = run.clickToPaintedMs;
        run.valid = run.state === 'article' && run.hasSentence && Number.isFinite(run.ms);
        return run;
      } catch (err) {
        return { state: 'hung', valid: false, error: String(err?.message ?? err).split('\n')[0] };
      } finally {
        await closePopup().catch(() => undefined);
      }
    };
    const reader = async (p) => {
      await load(p.url);
      const clickAt = await click('ro-bench-reader');
      try {
        const w = await poll(
          'the opening sentence in about:reader',
          async () => {
            const error = await helper.evaluate('window.__roBenchError');
            if (error) throw new Error(error);
            const s = await inTab(`JSON.stringify(location.href.startsWith('about:reader') && window.__roBench ? { ...window.__roBench, timeOrigin: performance.timeOrigin } : null)`);
            const v = s ? JSON.parse(s) : null;
            return v?.seenAt ? v : false;
          },
          TIMEOUT,
          POLL_MS,
        );
        const ms = w.seenAt - clickAt;
        return {
          ms,
          readerOpenMs: w.timeOrigin - clickAt, // the page parsed for the reader, then about:reader's navigation start
          insertedMs: w.insertedAt - clickAt,
          watcherMs: w.installedAt - clickAt,
          visible: w.visible,
          valid: !w.presentAtInstall && w.visible && Number.isFinite(ms),
        };
      } catch (err) {
        return { valid: false, error: String(err?.message ?? err).split('\n')[0] };
      }
    };

    // Warm-up (not timed): the first popup starts the add-on's pages, the first reader loads its modules.
    await ours(pages[0]);
    await reader(pages[0]);

    const results = [];
    for (const p of pages) {
      const mine = [];
      const theirs = [];
      for (let i = 0; i < runs; i++) {
        if (process.stderr.isTTY) process.stderr.write(`\r  firefox: ${p.id} run ${i + 1}/${runs}\x1b[K`);
        if (i % 2 === 0) {
          mine.push(await ours(p));
          theirs.push(await reader(p));
        } else {
          theirs.push(await reader(p));
          mine.push(await ours(p));
        }
      }
      const okOurs = mine.filter((r) => r.valid);
      const okReader = theirs.filter((r) => r.valid);
      const oursMs = med(okOurs, 'ms');
      const readerMs = med(okReader, 'ms');
      const range = (xs) => (xs.length ? [Math.min(...xs), Math.max(...xs)] : null);
      results.push({
        key: p.key,
        id: p.id,
        url: p.url,
        bytes: p.bytes,
        runs,
        valid: { ours: okOurs.length, firefox: okReader.length },
        oursMs,
        firefoxMs: readerMs,
        ratio: oursMs / readerMs,
        // Each run of ours over the Firefox run next to it in time: a second view that load drift cannot bias.
        pairedRatio: median(mine.map((r, i) => (r.valid && theirs[i].valid ? r.ms / theirs[i].ms : Number.NaN)).filter(Number.isFinite)),
        oursRange: range(okOurs.map((r) => r.ms)),
        firefoxRange: range(okReader.map((r) => r.ms)),
        ours: {
          popupOpenMs: med(okOurs, 'popupOpenMs'),
          clickToStartMs: med(okOurs, 'clickToStartMs'),
          clickToFirstFrameMs: med(okOurs, 'clickToFirstFrameMs'),
          clickToAskMs: med(okOurs, 'clickToAskMs'),
          injectMs: med(okOurs, 'injectMs'),
          extractMs: med(okOurs, 'extractMs'),
          callMs: med(okOurs, 'callMs'),
          renderMs: med(okOurs, 'renderMs'),
          steps: medianSteps(okOurs),
        },
        firefox: {
          readerOpenMs: med(okReader, 'readerOpenMs'),
          insertedMs: med(okReader, 'insertedMs'),
        },
        runDetails: { ours: mine, firefox: theirs },
      });
    }
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');

    const size = (b) => (b >= 1048576 ? `${(b / 1048576).toFixed(2)} MB` : `${(b / 1024).toFixed(0)} KB`);
    const span = (r) => (r ? `${fmtMs(r[0])} – ${fmtMs(r[1])}` : '-');
    printTable(
      `   ${version}; click → first frame with the opening sentence, medians of ${runs} alternating runs each (target: ours/Firefox ≤ 1.00x)`,
      ['page', 'size', 'ours', 'ours range', 'Firefox Reader View', 'Firefox range', 'ours/Firefox', 'paired runs', 'valid runs'],
      results.map((r) => [
        r.id, size(r.bytes), fmtMs(r.oursMs), span(r.oursRange), fmtMs(r.firefoxMs), span(r.firefoxRange), fmtX(r.ratio), fmtX(r.pairedRatio),
        `${r.valid.ours}+${r.valid.firefox}/${2 * r.runs}`,
      ]),
    );
    // Our click → painted in consecutive parts that add up to it (medians of each part, so the sum is near,
    // not equal to, the median total); Firefox's in two parts.
    const phases = (r) => [
      ['popup opens', r.ours.popupOpenMs],
      ['popup.js starts', r.ours.clickToStartMs - r.ours.popupOpenMs],
      ['to the ask', r.ours.clickToAskMs - r.ours.clickToStartMs],
      ['inject', r.ours.injectMs],
      ['extract', r.ours.extractMs],
      ['call', r.ours.callMs],
      ['render + frame', r.ours.renderMs],
    ];
    for (const r of results) {
      r.ours.phases = Object.fromEntries(phases(r));
      const [name, ms] = phases(r).sort((a, b) => b[1] - a[1])[0];
      r.ours.largest = { phase: name, ms, share: ms / r.oursMs };
    }
    printTable(
      '   where our time goes: click → painted in parts (medians, ms); "call" = the extraction call\'s round trip beyond the extraction',
      ['page', ...phases(results[0]).map(([k]) => k), 'painted', 'largest part', 'Firefox: to about:reader', 'then to the frame'],
      results.map((r) => [
        r.id, ...phases(r).map(([, ms]) => fmtMs(ms)), fmtMs(r.oursMs), `${r.ours.largest.phase} ${(100 * r.ours.largest.share).toFixed(0)}%`,
        fmtMs(r.firefox.readerOpenMs), fmtMs(r.firefoxMs - r.firefox.readerOpenMs),
      ]),
    );
    for (const r of results) {
      const parts = Object.entries(r.ours.steps).sort((a, b) => b[1] - a[1]).filter(([, ms]) => ms >= 1).map(([k, ms]) => `${k} ${fmtMs(ms)}`);
      console.log(`   in the page (Firefox content script), per step (medians), ${r.id}: ${parts.join(', ')}`);
    }
    const bad = results.flatMap((r) => [...r.runDetails.ours, ...r.runDetails.firefox].filter((x) => !x.valid).map((x) => `${r.key}: ${x.error ?? x.state ?? 'invalid'}`));
    if (bad.length) console.log(`   runs left out: ${bad.join('; ')}`);
    return { browser: version, runs, seconds: (Date.now() - started) / 1000, pages: results };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The bench summary's part: ours/Firefox per page. */
export function firefoxSummary(ff) {
  if (!ff) return 'firefox: not measured';
  return `firefox ours/reader ${ff.pages.map((p) => `${p.key} ${fmtX(p.ratio)} (${fmtMs(p.oursMs)} vs ${fmtMs(p.firefoxMs)})`).join(', ')}`;
}
