// The page side of one read in Firefox (issue 17, session 7), from an extension page: A = content.js, then rare.js when it answers
// needs-rare (before session 7); B = rare.js and content.js in one executeScript (now). Fresh load per run,
// alternating, one warm-up round left out. Prints the medians: the whole read, to the start of the extraction
// that answered, and that extraction.
//   node scripts/bench/xray/inject.mjs [runs] [pages: seed,mid,long] [variants: A,B]   (needs npm run build; BUILD=dir for another build)
import { rmSync } from 'node:fs';
import { launchFirefox } from '../../../tests/e2e/firefox-session.mjs';
import { startServer } from '../../../tests/e2e/server.mjs';
import { benchPages, controlPage, extensionCopy } from './control.mjs';
const RUNS = Number(process.argv[2] ?? 8);
const PAGES = (process.argv[3] ?? 'seed,mid,long').split(',');
const VARIANTS = (process.argv[4] ?? 'A,B').split(',');
const dir = extensionCopy(process.env.BUILD ?? 'build/firefox');
const server = await startServer(0);
const all = benchPages(server, PAGES);
const browser = await launchFirefox({ firefoxPath: '/usr/bin/firefox-esr', hosts: [...new Set(all.map((p) => new URL(p.url).hostname))], prefs: { 'privacy.reduceTimerPrecision': false }, protocolTimeout: 300000 });
const READ = `async (tabId, variant) => {
  const t0 = performance.now();
  const target = { tabId };
  const files = variant === 'B' ? ['rare.js', 'content.js'] : ['content.js'];
  let [r] = await browser.scripting.executeScript({ target, files, injectImmediately: true });
  let v = r.result, rounds = 1;
  if (v && v.needs === 'rare') { [r] = await browser.scripting.executeScript({ target, files: ['rare.js'], injectImmediately: true }); v = r.result; rounds++; }
  const ms = performance.now() - t0;
  return { ms, rounds, ok: v && v.ok, extractMs: v && v.timing && v.timing.extractMs, inject: v && v.timing ? v.timing.startedAt - (performance.timeOrigin + t0) : NaN };
}`;
const res = {};
try {
  const { context, control, tabId } = await controlPage(browser, dir);
  for (const p of all) {
    for (let i = 0; i < RUNS + 1; i++) {
      for (const v of i % 2 ? [...VARIANTS].reverse() : VARIANTS) {
        await browser.connection.send('browsingContext.navigate', { context, url: p.url, wait: 'complete' });
        await new Promise((r) => setTimeout(r, 200));
        const r = await control.evaluate(`(${READ})(${tabId}, '${v}')`);
        if (i > 0) {
          const key = `${p.key} ${v}`;
          res[key] = [...(res[key] ?? []), r];
        }
      }
    }
  }
} finally { await browser.close(); await server.close(); rmSync(dir, { recursive: true, force: true }); }
const med = (xs) => { const s = xs.filter(Number.isFinite).sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
for (const [k, rs] of Object.entries(res)) console.log(k.padEnd(8), 'total', med(rs.map((r) => r.ms)).toFixed(1).padStart(7), ' to last extract start', med(rs.map((r) => r.inject)).toFixed(1).padStart(7), ' extract', med(rs.map((r) => r.extractMs)).toFixed(1).padStart(7), ' rounds', rs[0].rounds, 'ok', rs.every((r) => r.ok));
