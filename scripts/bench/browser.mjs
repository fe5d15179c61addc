// Section 4: the extension in headless Chromium (puppeteer-core, as in tests/e2e): the real popup, opened
// with the toolbar action (CDP Extensions.triggerAction, which grants activeTab like a click), on
//   seed    tests/fixtures/seed-news-h2 (the e2e seed article)
//   long    the benchmark page with the longest article (../shared/eval/data/aeb, by its true text);
//           without ../shared/eval, the largest fixture article other than the seed
//   5 MB    the generated page of large-page.mjs
//   wiki    the generated 1 MB encyclopedia article of the Firefox section (ff-pages.mjs), under its own name
//   20 MB   the generated page, once: must finish or stop with a clear message in < 2 s of extraction,
//           and the popup must paint that outcome (never hang)
// Each run loads the page afresh, clicks, and reads the popup's performance marks (src/view/marks.ts):
//   click → first frame   (popup performance.timeOrigin − Date.now() taken in Node right before the click)
//                         + the ro:first-frame mark (after the first frame with the bar and loading state)
//   opened                popup timeOrigin − click: the browser creating the popup, before any of our code
//   click → FCP           the same with the browser's own first-contentful-paint entry, when it has one
//                         (its presentation time, so a little after ro:first-frame)
//   click → painted       the same with ro:article-painted (after the first frame showing the result; an
//                         article over 30 000 characters of text shows its first screen in that frame and
//                         gets the rest of its body in pieces after it: src/view/render/body.ts)
//   click → whole         the same with ro:article-whole (the whole body in, its sections and tools ready;
//                         for a short article that is before the first frame, so it is the painted time)
//   extract               extractArticle alone, timed in the page by the content script (result.timing)
//   ask → painted         ro:article-requested → ro:article-painted, on the popup's clock: injecting
//                         content.js, calling it (extraction included), the result's trip back, rendering
//   painted/extract       (ask → painted) / extract: the budget is ≤ 1.2×, i.e. injection, messaging and
//                         rendering together cost at most a fifth of the extraction itself
//   from start            (painted − extraction start) / extract: the same without injecting content.js
//                         (the start is the page's timeOrigin + now, placed on the popup's clock)
// Node's Date.now() and the popup's timeOrigin are read from the same machine clock. The click figures
// include the CDP round trip of the click and puppeteer attaching to the new popup (a few ms).
// Also checks that nothing is injected before the click: the manifest declares no content script and no
// host permission, and (CDP Runtime domain) the page has no extension execution context until the click,
// and has one after it.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '../../tests/e2e/server.mjs';
import { fmtMs, fmtX, median, printTable } from './core.mjs';
import { encyclopediaPage } from './ff-pages.mjs';
import { generatePage } from './large-page.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const AEB = '../shared/eval/data/aeb'; // relative to the repo root; optional
const FIXTURES = 'tests/fixtures';
const SEED = 'seed-news-h2';
const BUDGET_RATIO = 1.2;
const BUDGET_STOP_MS = 2000;
const POPUP_TIMEOUT = 60_000;

/** The benchmark page with the longest true article text, else the largest fixture article but the seed. */
function longPage() {
  const truth = join(AEB, 'ground-truth.json');
  if (existsSync(truth)) {
    const all = JSON.parse(readFileSync(truth, 'utf8'));
    const best = Object.entries(all)
      .filter(([id]) => existsSync(join(AEB, 'html', `${id}.html`)))
      .sort((a, b) => b[1].articleBody.length - a[1].articleBody.length)[0];
    if (best) {
      const file = join(AEB, 'html', `${best[0]}.html`);
      return { id: `aeb ${best[0].slice(0, 10)}`, file, html: readFileSync(file, 'utf8'), localize: true };
    }
  }
  const isArticle = (d) => JSON.parse(readFileSync(join(FIXTURES, d, 'expected.json'), 'utf8')).article === true;
  const [name] = readdirSync(FIXTURES)
    .filter((d) => d !== SEED && existsSync(join(FIXTURES, d, 'source.html')) && existsSync(join(FIXTURES, d, 'expected.json')) && isArticle(d))
    .sort((a, b) => statSync(join(FIXTURES, b, 'source.html')).size - statSync(join(FIXTURES, a, 'source.html')).size);
  const file = join(FIXTURES, name, 'source.html');
  return { id: `fixture ${name}`, file, html: readFileSync(file, 'utf8'), localize: true };
}

/** Everything the popup recorded, on its own clock (ms since its timeOrigin); `w` is the popup's window. */
export function readPopup(w = globalThis) {
  const marks = {};
  for (const m of w.performance.getEntriesByType('mark')) if (m.name.startsWith('ro:') && !(m.name in marks)) marks[m.name] = { t: m.startTime, detail: m.detail };
  const paint = Object.fromEntries(w.performance.getEntriesByType('paint').map((e) => [e.name, e.startTime]));
  const app = w.document.getElementById('app');
  return {
    timeOrigin: w.performance.timeOrigin,
    marks,
    paint,
    state: app?.dataset.state ?? null,
    message: w.document.querySelector('.message__text')?.textContent ?? null,
    size: { width: w.innerWidth, height: w.innerHeight },
  };
}

export function derive(clickAt, p) {
  const at = (name) => p.marks[name]?.t;
  const offset = p.timeOrigin - clickAt; // the popup's navigation start, after the click
  const timing = p.marks['ro:article-received']?.detail ?? null;
  const askToPainted = at('ro:article-painted') - at('ro:article-requested');
  return {
    state: p.state,
    message: p.message,
    popupOpenMs: offset,
    clickToStartMs: offset + at('ro:popup-start'),
    clickToFirstFrameMs: offset + at('ro:first-frame'),
    clickToFcpMs: offset + (p.paint['first-contentful-paint'] ?? Number.NaN),
    clickToPaintedMs: offset + at('ro:article-painted'),
    clickToWholeMs: offset + Math.max(at('ro:article-painted'), at('ro:article-whole') ?? Number.NaN),
    extractMs: timing?.extractMs ?? Number.NaN,
    steps: timing?.steps ?? null,
    clickToAskMs: offset + at('ro:article-requested'),
    // From asking the page to the extraction's start in it (injecting and parsing content.js), and from the
    // extraction's end to the answer in the popup (one executeScript carries both since content.js reads on load).
    injectMs: (timing ? timing.startedAt - p.timeOrigin : Number.NaN) - at('ro:article-requested'),
    callMs: at('ro:article-received') - (timing ? timing.startedAt - p.timeOrigin + timing.extractMs : Number.NaN),
    renderMs: at('ro:article-painted') - at('ro:article-received'),
    askToPaintedMs: askToPainted,
    ratio: askToPainted / (timing?.extractMs ?? Number.NaN),
    fromStartRatio: (at('ro:article-painted') - (timing ? timing.startedAt - p.timeOrigin : Number.NaN)) / (timing?.extractMs ?? Number.NaN),
  };
}

export const med = (runs, key) => median(runs.map((r) => r[key]).filter(Number.isFinite));

export async function browserSection({ quick = false } = {}) {
  console.log('\n4. In the browser (headless Chromium, the real popup)');
  if (!existsSync(CHROMIUM)) {
    console.log(`   not measured: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
    return null;
  }
  if (!existsSync('build/chrome/manifest.json')) {
    console.log('   not measured: build/chrome is missing (npm run build)');
    return null;
  }
  let puppeteer;
  try {
    puppeteer = (await import('puppeteer-core')).default;
  } catch {
    console.log('   not measured: puppeteer-core is not installed (npm ci)');
    return null;
  }
  const started = Date.now();
  const long = longPage();
  const mb = (n) => ({ id: `generated ${n} MB`, html: generatePage(n * 1048576).html, localize: false });
  const pages = [
    { key: 'seed', id: `fixture ${SEED}`, runs: quick ? 2 : 5 },
    { key: 'long', id: long.id, runs: quick ? 2 : 5 },
    { key: 'wiki', id: 'generated encyclopedia article', runs: quick ? 2 : 5 },
    { key: 'mb5', id: 'generated 5 MB', runs: quick ? 1 : 3 },
    { key: 'mb20', id: 'generated 20 MB', runs: 1, stopCheck: true },
  ];
  const wiki = encyclopediaPage();
  const extra = { long, mb5: mb(5), mb20: mb(20), wiki };
  const server = await startServer(0, { extra });
  const wikiUrl = server.site(wiki.host, wiki.path, { type: 'text/html; charset=utf-8', body: wiki.html });
  const urlOf = (key) => (key === 'seed' ? server.url(SEED) : key === 'wiki' ? wikiUrl : server.extraUrl(key));
  for (const p of pages) p.bytes = key2bytes(p.key, extra);

  const userDataDir = mkdtempSync(join(tmpdir(), 'ro-bench-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    enableExtensions: true,
    pipe: true,
    userDataDir,
    defaultViewport: null,
    protocolTimeout: 120_000,
    args: [
      '--window-size=1280,900',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // The encyclopedia page under its own name; every other name fails at once (its pictures' host would
      // otherwise wait on DNS, with no network here, and hold the page's load event).
      `--host-resolver-rules=MAP ${wiki.host} 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
    ],
  });
  try {
    const version = await browser.version();
    const id = await browser.installExtension(resolve('build/chrome'));
    await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${id}/`), { timeout: 10_000 });
    const ext = (await browser.extensions()).get(id);
    const base = `chrome-extension://${id}/`;
    const page = (await browser.pages())[0] ?? (await browser.newPage());

    /** Loads the page, clicks the toolbar action, waits for the result painted; returns the popup's figures. */
    const runOnce = async (url, { watch } = {}) => {
      await page.goto(url, { waitUntil: 'load', timeout: POPUP_TIMEOUT });
      await page.bringToFront();
      const before = watch ? await watch.before() : null;
      const seen = new Set(await browser.targets());
      const clickAt = Date.now();
      await page.triggerExtensionAction(ext);
      const target = await browser.waitForTarget((t) => !seen.has(t) && t.url().startsWith(`${base}popup.html`), { timeout: POPUP_TIMEOUT });
      const pop = await target.asPage();
      try {
        await pop.waitForFunction(() => performance.getEntriesByName('ro:article-painted').length > 0, {
          timeout: POPUP_TIMEOUT,
          polling: 50, // a timer, not animation frames: polling must not make frames of its own
        });
        // A long article's rest comes in after its first screen: wait for it too (not for a message).
        await pop.waitForFunction(() => performance.getEntriesByName('ro:article-whole').length > 0 || document.getElementById('app')?.dataset.state !== 'article', {
          timeout: POPUP_TIMEOUT,
          polling: 50,
        });
        const run = derive(clickAt, await pop.evaluate(readPopup));
        if (watch) run.injection = { before, after: await watch.after() };
        return run;
      } catch (err) {
        const p = await pop.evaluate(readPopup).catch(() => null);
        return { state: 'hung', error: String(err?.message ?? err).split('\n')[0], popup: p };
      } finally {
        await pop.close().catch(() => undefined);
      }
    };

    // Nothing in the page before the click: the manifest, then the page's execution contexts over CDP.
    const manifest = JSON.parse(readFileSync('build/chrome/manifest.json', 'utf8'));
    const cdp = await page.createCDPSession();
    const contexts = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    cdp.on('Runtime.executionContextsCleared', () => contexts.splice(0));
    await cdp.send('Runtime.enable');
    const extContexts = () => contexts.filter((c) => c.origin?.startsWith('chrome-extension://')).map((c) => `${c.name || c.origin} (${c.auxData?.type ?? '?'})`);
    const watch = {
      before: async () => extContexts(),
      after: async () => extContexts(),
    };
    // Warm-up (not timed): the first popup of a fresh browser starts the extension's renderer.
    const warm = await runOnce(urlOf('seed'), { watch });
    await cdp.detach().catch(() => undefined);
    const injection = {
      contentScripts: manifest.content_scripts ?? [],
      hostPermissions: [...(manifest.host_permissions ?? []), ...(manifest.optional_host_permissions ?? [])],
      contextsBeforeClick: warm.injection?.before ?? null,
      contextsAfterClick: warm.injection?.after ?? null,
    };
    injection.ok =
      injection.contentScripts.length === 0 &&
      injection.hostPermissions.length === 0 &&
      injection.contextsBeforeClick?.length === 0 &&
      injection.contextsAfterClick?.length > 0; // the check can see one: it is there after the click

    const results = [];
    for (const p of pages) {
      const runs = [];
      for (let i = 0; i < p.runs; i++) {
        if (process.stderr.isTTY) process.stderr.write(`\r  browser: ${p.id} run ${i + 1}/${p.runs}\x1b[K`);
        runs.push(await runOnce(urlOf(p.key)));
      }
      const ok = runs.filter((r) => r.state !== 'hung');
      const row = {
        key: p.key,
        id: p.id,
        bytes: p.bytes,
        runs: runs.length,
        states: [...new Set(runs.map((r) => r.state))],
        popupOpenMs: med(ok, 'popupOpenMs'),
        clickToFirstFrameMs: med(ok, 'clickToFirstFrameMs'),
        clickToFcpMs: med(ok, 'clickToFcpMs'),
        clickToPaintedMs: med(ok, 'clickToPaintedMs'),
        clickToWholeMs: med(ok, 'clickToWholeMs'),
        extractMs: med(ok, 'extractMs'),
        askToPaintedMs: med(ok, 'askToPaintedMs'),
        injectMs: med(ok, 'injectMs'),
        renderMs: med(ok, 'renderMs'),
        ratio: med(ok, 'ratio'),
        fromStartRatio: med(ok, 'fromStartRatio'),
        runDetails: runs,
      };
      if (p.stopCheck) {
        const r = runs[0];
        row.message = r.message;
        row.stopOk = r.state !== 'hung' && (r.state === 'article' || r.state === 'too-big') && r.extractMs < BUDGET_STOP_MS;
      }
      results.push(row);
    }
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');

    printTable(
      `   ${version}; medians of the runs; times from the click except extract and ask → painted (budget: painted/extract ≤ ${BUDGET_RATIO}x)`,
      ['page', 'size', 'runs', 'opened', 'first frame', 'FCP', 'painted', 'whole', 'extract', 'inject', 'render', 'ask → painted', 'painted/extract', 'from start', 'result'],
      results.map((r) => [
        r.id, r.bytes >= 1048576 ? `${(r.bytes / 1048576).toFixed(1)} MB` : `${(r.bytes / 1024).toFixed(0)} KB`, r.runs,
        fmtMs(r.popupOpenMs), fmtMs(r.clickToFirstFrameMs), fmtMs(r.clickToFcpMs), fmtMs(r.clickToPaintedMs), fmtMs(r.clickToWholeMs), fmtMs(r.extractMs), fmtMs(r.injectMs),
        fmtMs(r.renderMs), fmtMs(r.askToPaintedMs), fmtX(r.ratio), fmtX(r.fromStartRatio), r.states.join(','),
      ]),
    );
    const seedRow = results.find((r) => r.key === 'seed');
    for (const r of results.filter((x) => x.key === 'long' || x.key === 'wiki')) r.paintedVsSeed = r.clickToPaintedMs / seedRow.clickToPaintedMs;
    console.log(
      `   first screen painted, click → painted against the seed page's (target ≤ 2x): ${results
        .filter((r) => r.paintedVsSeed)
        .map((r) => `${r.key} ${fmtX(r.paintedVsSeed)}`)
        .join(', ')}`,
    );
    for (const r of results.filter((x) => x.key === 'seed' || x.key === 'long' || x.key === 'wiki')) {
      r.steps = medianSteps(r.runDetails);
      const parts = Object.entries(r.steps).sort((a, b) => b[1] - a[1]).map(([k, ms]) => `${k} ${fmtMs(ms)}`);
      console.log(`   in the page, per step (medians), ${r.id}: ${parts.join(', ')}`);
    }
    const big = results.find((r) => r.key === 'mb20');
    console.log(
      `   20 MB: ${big.states.join(',')}${big.message ? ` ("${big.message}")` : ''} after ${fmtMs(big.extractMs)} of extraction, ` +
        `painted ${fmtMs(big.clickToPaintedMs)} after the click: ${big.stopOk ? 'ok' : 'NOT OK'} (budget: < ${BUDGET_STOP_MS / 1000} s, never hung)`,
    );
    console.log(
      `   nothing injected before the click: ${injection.ok ? 'ok' : 'NOT OK'} (manifest: ${injection.contentScripts.length} content scripts, ` +
        `${injection.hostPermissions.length} host permissions; extension contexts in the page before the click: ${injection.contextsBeforeClick?.length ?? '?'}, after: ${injection.contextsAfterClick?.length ?? '?'})`,
    );
    const seed = results.find((r) => r.key === 'seed');
    return {
      browser: version,
      seconds: (Date.now() - started) / 1000,
      popupFirstFrameMs: seed.clickToFirstFrameMs,
      articlePaintedMs: seed.clickToPaintedMs,
      pages: results,
      stop20MB: { state: big.states.join(','), message: big.message, extractMs: big.extractMs, paintedMs: big.clickToPaintedMs, ok: big.stopOk },
      injection,
    };
  } finally {
    await browser.close();
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/** Each step's median over the runs that carried a step clock. */
export function medianSteps(runs) {
  const byStep = {};
  for (const run of runs) {
    for (const [k, ms] of Object.entries(run.steps ?? {})) {
      byStep[k] ??= [];
      byStep[k].push(ms);
    }
  }
  return Object.fromEntries(Object.entries(byStep).map(([k, xs]) => [k, median(xs)]));
}

function key2bytes(key, extra) {
  if (key === 'seed') return statSync(join(FIXTURES, SEED, 'source.html')).size;
  return Buffer.byteLength(extra[key].html);
}
