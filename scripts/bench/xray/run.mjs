// The Xray measurement of issue 17: the same pipeline on the same HTML, in Firefox and Chromium,
//   (a) live      in the content script on the live page (today's design)
//   (b) parsed    in the content script on a document parsed from the page's serialization
//   (c) page      in an extension page (no Xray wrappers), on the same serialization
//   (d) r-jsdom   Readability alone on JSDOMParser (pure JS), against r-native: Readability alone on DOMParser
// Each trial loads the page afresh, injects the bundle (entry.ts) and runs one variant twice: cold (the first
// run in a new isolated world, as on every click) and warm. The extension-page trials open a fresh page.
//   node scripts/bench/xray/run.mjs [--runs N] [--browsers firefox,chromium] [--pages seed,mid,long]
// Needs build/firefox and build/chrome (npm run build). Prints medians per variant and per step.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { BASE, launchFirefox, openExtensionPage } from '../../../tests/e2e/firefox-session.mjs';
import { startServer } from '../../../tests/e2e/server.mjs';
import { benchPages, controlPage, extensionCopy } from './control.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const RUNS = Number(opt('runs', '3'));
const BROWSERS = opt('browsers', 'firefox,chromium').split(',');
const PAGES = opt('pages', 'seed,mid,long').split(',');
const CONTENT_MODES = opt('modes', 'live,parsed,r-native,r-jsdom').split(',');
const PAGE_MODES = opt('ext-modes', 'page,r-native,r-jsdom').split(',').filter(Boolean);

const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : Number.NaN;
};

/** The extension copy with the bench's bundle (entry.ts) loaded by its extension page. */
async function benchCopy(from) {
  const dir = extensionCopy(from, 'xray.js');
  await build({ entryPoints: ['scripts/bench/xray/entry.ts'], bundle: true, format: 'iife', minify: true, outfile: join(dir, 'xray.js'), logLevel: 'warning', target: 'es2020' });
  return dir;
}

// Run in the controlling extension page: inject the bundle into the tab, then run one variant twice there.
const IN_TAB = `async (tabId, mode) => {
  const api = globalThis.browser ?? chrome;
  await api.scripting.executeScript({ target: { tabId }, files: ['xray.js'] });
  const call = () => api.scripting.executeScript({ target: { tabId }, func: (m) => globalThis.__roXray(m), args: [mode] }).then((r) => r[0].result);
  const cold = await call();
  const warm = await call();
  return { cold, warm };
}`;
const HTML_OF_TAB = `async (tabId) => {
  const api = globalThis.browser ?? chrome;
  const r = await api.scripting.executeScript({ target: { tabId }, func: () => globalThis.__roXray('html') });
  return r[0].result.html;
}`;

const add = (trials, key, run) => {
  trials[key] = [...(trials[key] ?? []), run];
};

async function measure(name, { control, freshPage, load, tabId }, pages) {
  const out = [];
  for (const p of pages) {
    const trials = {};
    for (let i = 0; i < RUNS; i++) {
      const order = i % 2 ? [...CONTENT_MODES].reverse() : CONTENT_MODES;
      for (const mode of order) {
        await load(p.url);
        const r = await control.evaluate(`(${IN_TAB})(${tabId}, ${JSON.stringify(mode)})`);
        add(trials, `cs ${mode}`, r);
      }
      await load(p.url);
      await control.evaluate(`(async () => { const api = globalThis.browser ?? chrome; await api.scripting.executeScript({ target: { tabId: ${tabId} }, files: ['xray.js'] }); })()`);
      const html = await control.evaluate(`(${HTML_OF_TAB})(${tabId})`);
      for (const mode of PAGE_MODES) {
        const page = await freshPage();
        const run = (m) => page.evaluate(`globalThis.__roXray(${JSON.stringify(m)}, ${JSON.stringify(html)}, ${JSON.stringify(p.url)})`);
        const cold = await run(mode);
        const warm = await run(mode);
        add(trials, `ext ${mode}`, { cold, warm });
        await page.close();
      }
      process.stderr.write(`\r  ${name} ${p.key} ${i + 1}/${RUNS}\x1b[K`);
    }
    process.stderr.write('\r\x1b[K');
    for (let [variant, rs] of Object.entries(trials)) {
      rs = rs.filter((r) => r?.cold?.steps && r?.warm?.steps);
      if (!rs.length) continue;
      const stepNames = [...new Set(rs.flatMap((r) => Object.keys(r.cold.steps)))];
      const steps = Object.fromEntries(stepNames.map((s) => [s, median(rs.map((r) => r.cold.steps[s] ?? 0))]));
      const warmSteps = Object.fromEntries(stepNames.map((s) => [s, median(rs.map((r) => r.warm.steps[s] ?? 0))]));
      out.push({
        browser: name,
        page: p.key,
        variant,
        coldMs: median(rs.map((r) => r.cold.ms)),
        warmMs: median(rs.map((r) => r.warm.ms)),
        steps,
        warmSteps,
        hashes: [...new Set(rs.map((r) => r.cold.hash))],
        chars: rs[0].cold.chars,
        words: rs[0].cold.words,
      });
    }
  }
  return out;
}

const server = await startServer(0);
const all = benchPages(server, PAGES);
const hosts = [...new Set(all.map((p) => new URL(p.url).hostname))];
const results = [];
const dirs = [];
try {
  if (BROWSERS.includes('firefox')) {
    const dir = await benchCopy('build/firefox');
    dirs.push(dir);
    const browser = await launchFirefox({ firefoxPath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', hosts, prefs: { 'privacy.reduceTimerPrecision': false }, protocolTimeout: 300_000 });
    try {
      const { context, control, tabId } = await controlPage(browser, dir);
      const load = (url) => browser.connection.send('browsingContext.navigate', { context, url, wait: 'complete' });
      const freshPage = async () => {
        const page = await browser.newPage();
        await openExtensionPage(page, `${BASE}xray.html`);
        return page;
      };
      results.push(...(await measure(`Firefox ${await browser.version()}`, { control, freshPage, load, tabId }, all)));
    } finally {
      await browser.close();
    }
  }
  if (BROWSERS.includes('chromium')) {
    const dir = await benchCopy('build/chrome');
    dirs.push(dir);
    const profile = mkdtempSync(join(tmpdir(), 'ro-xray-profile-'));
    dirs.push(profile);
    const browser = await puppeteer.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      headless: true,
      enableExtensions: true,
      pipe: true,
      userDataDir: profile,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
        `--host-resolver-rules=${[...hosts.map((h) => `MAP ${h} 127.0.0.1`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ')}`],
      protocolTimeout: 300_000,
    });
    try {
      const id = await browser.installExtension(resolve(dir));
      const base = `chrome-extension://${id}/`;
      const tab = (await browser.pages())[0] ?? (await browser.newPage());
      const control = await browser.newPage();
      await control.goto(`${base}xray.html`);
      await tab.bringToFront();
      const tabId = await control.evaluate(`(async () => { const me = await chrome.tabs.getCurrent(); return (await chrome.tabs.query({})).find((t) => t.id !== me.id).id; })()`);
      const load = (url) => tab.goto(url, { waitUntil: 'load' });
      const freshPage = async () => {
        const page = await browser.newPage();
        await page.goto(`${base}xray.html`);
        return page;
      };
      results.push(...(await measure(`Chromium ${await browser.version()}`, { control, freshPage, load, tabId }, all)));
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
}

const f = (ms) => (Number.isFinite(ms) ? ms.toFixed(1) : '-');
for (const r of results) {
  const steps = Object.entries(r.steps).filter(([, ms]) => ms >= 0.5).sort((a, b) => b[1] - a[1]).map(([k, ms]) => `${k} ${f(ms)}`).join(', ');
  console.log(`${r.browser.padEnd(24)} ${r.page.padEnd(5)} ${r.variant.padEnd(13)} cold ${f(r.coldMs).padStart(7)}  warm ${f(r.warmMs).padStart(7)}  out ${r.chars} ch ${r.hashes.map((h) => h.toString(16)).join('/')} | ${steps}`);
}
writeFileSync(opt('out', '/tmp/xray-results.json'), JSON.stringify(results, null, 2));
