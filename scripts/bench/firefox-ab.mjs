// Two builds of the add-on against each other and against Firefox's Reader View, in one Firefox session
// (issue 17; the method of section 5, scripts/bench/firefox.mjs). Under a loaded machine the absolute times
// move by a factor of two from minute to minute; the runs of A, B and the reader interleave (the order of
// the three rotates every round), so each round's three runs see the same load.
//   node scripts/bench/firefox-ab.mjs --a DIR --b DIR [--pages seed,mid,long] [--runs 6]
// DIR is a built Firefox extension (build/firefox of a checkout; both are copied first, so either may be
// rebuilt meanwhile). B is installed under a second add-on id; each add-on's popup is opened from a helper
// tab of its own (a real click: activeTab granted). Per page: medians, each side over the reader (ratio of
// medians), B over A paired in the same round, and where the time goes for A and B (the popup's marks).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { derive, med, medianSteps, readPopup } from './browser.mjs';
import { fmtMs, fmtX, median, printTable } from './core.mjs';
import { encyclopediaPage, midNewsPage } from './ff-pages.mjs';
import { PREFIX, SEED, SEED_OPENING, watcherSource } from './firefox.mjs';

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const TIMEOUT = 60_000;
const POLL_MS = 50;
const SETTLE_MS = 300;
const B_ID = 'reader-outline-b@readeroutline.dev';
const B_UUID = '7d1e9f63-8b5a-4e8f-ad2c-1f3a4b5c6d7e';

function args(argv) {
  const o = { pages: ['seed', 'mid', 'long'], runs: 6 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--a') o.a = argv[++i];
    else if (argv[i] === '--b') o.b = argv[++i];
    else if (argv[i] === '--pages') o.pages = argv[++i].split(',');
    else if (argv[i] === '--runs') o.runs = Number(argv[++i]);
  }
  if (!o.a || !o.b) throw new Error('usage: firefox-ab.mjs --a DIR --b DIR [--pages seed,mid,long] [--runs N]');
  return o;
}

/** A frozen copy of a build; B's under the second id. */
function copyBuild(dir, id) {
  const to = mkdtempSync(join(tmpdir(), 'ro-ab-'));
  cpSync(dir, to, { recursive: true });
  if (id) {
    const file = join(to, 'manifest.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    manifest.browser_specific_settings.gecko.id = id;
    writeFileSync(file, JSON.stringify(manifest));
  }
  return to;
}

const opts = args(process.argv.slice(2));
const session = await import('../../tests/e2e/firefox-session.mjs');
const { ADDON_ID, UUID, addButton, launchFirefox, openExtensionPage, poll, POPUP } = session;
const { startServer } = await import('../../tests/e2e/server.mjs');
const server = await startServer(0);
const html = { type: 'text/html; charset=utf-8' };
const mid = midNewsPage();
const long = encyclopediaPage();
const all = {
  seed: { url: server.fixtureUrl(SEED), opening: SEED_OPENING },
  mid: { url: server.site(mid.host, mid.path, { ...html, body: mid.html }), opening: mid.opening },
  long: { url: server.site(long.host, long.path, { ...html, body: long.html }), opening: long.opening },
};
const pages = opts.pages.map((key) => ({ key, ...all[key], sentence: all[key].opening.slice(0, PREFIX) }));
const hosts = [...new Set(pages.map((p) => new URL(p.url).hostname))];
const dirA = copyBuild(resolve(opts.a));
const dirB = copyBuild(resolve(opts.b), B_ID);

const browser = await launchFirefox({
  firefoxPath: FIREFOX,
  hosts,
  protocolTimeout: 120_000,
  prefs: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID, [B_ID]: B_UUID }) },
});
try {
  console.log(`${await browser.version()}; A ${opts.a}, B ${opts.b}; ${opts.runs} rounds a page, the order of A, B and the reader rotating`);
  await browser.installExtension(dirA);
  await browser.installExtension(dirB);
  const page = (await browser.pages())[0];
  await page.setViewport({ width: 1280, height: 860 });
  const context = page.mainFrame()._id;
  const helperA = await browser.newPage();
  await openExtensionPage(helperA, `moz-extension://${UUID}/reader.html?e2e-helper`);
  const testTabId = await helperA.evaluate(`(async () => {
    const me = await browser.tabs.getCurrent();
    return (await browser.tabs.query({})).find((t) => t.id !== me.id).id;
  })()`);
  const helperB = await browser.newPage();
  await openExtensionPage(helperB, `moz-extension://${B_UUID}/reader.html?e2e-helper`);
  const open = `browser.tabs.update(${testTabId}, { active: true }); browser.action.openPopup();`;
  for (const h of [helperA, helperB]) {
    await addButton(h, 'ab-open-popup', open);
    await h.evaluate(`window.addEventListener('click', () => { window.__roBenchClickAt = performance.timeOrigin + performance.now(); window.__roBenchError = null; }, true); true`);
  }
  await addButton(helperA, 'ab-reader', `browser.tabs.update(${testTabId}, { active: true }); browser.tabs.toggleReaderMode(${testTabId}).catch((e) => { window.__roBenchError = String(e); });`, 100);
  await browser.connection.send('script.addPreloadScript', {
    functionDeclaration: watcherSource(Object.fromEntries(pages.map((p) => [p.url, p.sentence]))),
    contexts: [context],
  });
  const send = (method, params) => browser.connection.send(method, params).then((r) => r.result);
  const inTab = async (expression) => (await send('script.evaluate', { expression, target: { context }, awaitPromise: false })).result?.value;
  const load = async (url) => {
    await page.bringToFront();
    await send('browsingContext.navigate', { context, url, wait: 'complete' });
    await poll('reader-able', () => helperA.evaluate(`browser.tabs.get(${testTabId}).then((t) => t.status === 'complete' && t.isArticle === true)`), 20_000);
    await new Promise((r) => setTimeout(r, SETTLE_MS));
  };
  const click = async (helper, button) => {
    await helper.bringToFront();
    await helper.click(`#${button}`);
    return helper.evaluate('window.__roBenchClickAt');
  };
  const ours = (helper) => async (p) => {
    await load(p.url);
    const clickAt = await click(helper, 'ab-open-popup');
    try {
      await poll('painted', () => helper.evaluate(`Boolean(${POPUP}?.performance.getEntriesByName('ro:article-painted').length)`), TIMEOUT, POLL_MS);
      const run = derive(clickAt, await helper.evaluate(`(${readPopup})(${POPUP})`));
      const text = await helper.evaluate(`${POPUP}.document.getElementById('app')?.textContent ?? ''`);
      run.ms = run.clickToPaintedMs;
      run.textLength = text.length;
      run.valid = run.state === 'article' && text.includes(p.sentence) && Number.isFinite(run.ms);
      return run;
    } catch (err) {
      return { valid: false, error: String(err?.message ?? err).split('\n')[0] };
    } finally {
      await helper.evaluate(`(() => { const w = ${POPUP}; if (w) w.close(); return true; })()`).catch(() => undefined);
      await poll('popup to close', () => helper.evaluate(`!${POPUP}`)).catch(() => undefined);
    }
  };
  const reader = async (p) => {
    await load(p.url);
    const clickAt = await click(helperA, 'ab-reader');
    try {
      const w = await poll(
        'about:reader',
        async () => {
          const error = await helperA.evaluate('window.__roBenchError');
          if (error) throw new Error(error);
          const s = await inTab(`JSON.stringify(location.href.startsWith('about:reader') && window.__roBench ? { ...window.__roBench, timeOrigin: performance.timeOrigin } : null)`);
          const v = s ? JSON.parse(s) : null;
          return v?.seenAt ? v : false;
        },
        TIMEOUT,
        POLL_MS,
      );
      return { ms: w.seenAt - clickAt, readerOpenMs: w.timeOrigin - clickAt, valid: !w.presentAtInstall && w.visible };
    } catch (err) {
      return { valid: false, error: String(err?.message ?? err).split('\n')[0] };
    }
  };
  const sides = { A: ours(helperA), B: ours(helperB), R: reader };
  const orders = [['A', 'B', 'R'], ['B', 'R', 'A'], ['R', 'A', 'B'], ['A', 'R', 'B'], ['B', 'A', 'R'], ['R', 'B', 'A']];
  // Warm-up: each add-on's first popup, the reader's first parse.
  for (const s of ['A', 'B', 'R']) await sides[s](pages[0]);

  const rows = [];
  const parts = [];
  for (const p of pages) {
    const got = { A: [], B: [], R: [] };
    for (let i = 0; i < opts.runs; i++) {
      if (process.stderr.isTTY) process.stderr.write(`\r  ${p.key} round ${i + 1}/${opts.runs}\x1b[K`);
      for (const s of orders[i % orders.length]) got[s].push(await sides[s](p));
    }
    const ok = (s) => got[s].filter((r) => r.valid);
    const m = Object.fromEntries(['A', 'B', 'R'].map((s) => [s, med(ok(s), 'ms')]));
    const paired = median(got.B.map((b, i) => (b.valid && got.A[i].valid ? b.ms / got.A[i].ms : Number.NaN)).filter(Number.isFinite));
    const pairedR = (s) => median(got[s].map((r, i) => (r.valid && got.R[i].valid ? r.ms / got.R[i].ms : Number.NaN)).filter(Number.isFinite));
    rows.push([p.key, fmtMs(m.A), fmtMs(m.B), fmtMs(m.R), `${fmtX(m.A / m.R)} (${fmtX(pairedR('A'))})`, `${fmtX(m.B / m.R)} (${fmtX(pairedR('B'))})`, fmtX(paired), `${ok('A').length}+${ok('B').length}+${ok('R').length}/${3 * opts.runs}`]);
    for (const s of ['A', 'B']) {
      const r = ok(s);
      const o = (k) => med(r, k);
      parts.push([`${p.key} ${s}`, fmtMs(o('popupOpenMs')), fmtMs(o('clickToStartMs') - o('popupOpenMs')), fmtMs(o('clickToAskMs') - o('clickToStartMs')), fmtMs(o('injectMs')), fmtMs(o('extractMs')), fmtMs(o('callMs')), fmtMs(o('renderMs')), fmtMs(o('clickToFirstFrameMs')), fmtMs(o('ms'))]);
      const steps = Object.entries(medianSteps(r)).sort((a, b) => b[1] - a[1]).filter(([, ms]) => ms >= 2).map(([k, ms]) => `${k} ${ms.toFixed(0)}`);
      console.log(`  ${p.key} ${s} steps: ${steps.join(', ')}`);
    }
    const bad = [...got.A, ...got.B, ...got.R].filter((r) => !r.valid).map((r) => r.error ?? 'invalid');
    if (bad.length) console.log(`  ${p.key} left out: ${bad.join('; ')}`);
  }
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  printTable('click → first frame with the opening sentence (medians; in brackets the median of paired ratios)', ['page', 'A', 'B', 'reader', 'A/reader', 'B/reader', 'B/A paired', 'valid'], rows);
  printTable('where the time goes (medians, ms)', ['page', 'popup opens', 'popup.js starts', 'to the ask', 'inject', 'extract', 'call', 'render + frame', 'first frame', 'painted'], parts);
} finally {
  await browser.close();
  await server.close();
}
