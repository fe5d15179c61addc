// `npm run bench`: how fast is the extraction, and what does the extension weigh?
//   1. pipeline vs plain Readability per page (fixtures + ../shared/eval benchmark pages when present)
//   1b. where the pipeline's time goes, per step, on all those pages and on the largest tenth (steps.mjs)
//   2. large generated pages (1, 5, 20 MB): time, memory, growth with size
//   3. bundle sizes of build/chrome/*.js, raw and gzip
//   4. the popup in headless Chromium: click → first frame, click → article painted (and whole), in-page extraction,
//      painted/extraction ratio, the 20 MB page's outcome, nothing injected before the click (browser.mjs)
// Prints tables, writes bench-results/bench-<time>.json (and latest.json); the last line is a summary.
// Options: --quick (fewer pages and reps, 1 MB only; under a minute), --limit N (benchmark pages),
//          --all (print every page), --sizes 1,5 (large-page sizes in MB), --skip-large, --skip-pages,
//          --skip-browser, --skip-firefox.
// Run from the repo root (npm run bench does); node --expose-gc lets it collect garbage between runs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { browserSection } from './browser.mjs';
import { bundlesSection } from './bundles.mjs';
import { firefoxSection, firefoxSummary } from './firefox.mjs';
import { fmtKB, fmtMs, fmtX, loadCore } from './core.mjs';
import { largeSection } from './large.mjs';
import { pagesSection } from './pages.mjs';
import { stepsSection } from './steps.mjs';

function parseArgs(argv) {
  const opts = { quick: false, all: false, limit: Infinity, sizes: undefined, skipLarge: false, skipPages: false, skipBrowser: false, skipFirefox: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') opts.quick = true;
    else if (a === '--all') opts.all = true;
    else if (a === '--skip-large') opts.skipLarge = true;
    else if (a === '--skip-pages') opts.skipPages = true;
    else if (a === '--skip-browser') opts.skipBrowser = true;
    else if (a === '--skip-firefox') opts.skipFirefox = true;
    else if (a === '--limit') opts.limit = Number(argv[++i]);
    else if (a === '--sizes') opts.sizes = argv[++i].split(',').map(Number);
    else throw new Error(`unknown option ${a}`);
  }
  if (!(opts.limit >= 0)) throw new Error('--limit needs a number');
  if (opts.sizes?.some((n) => !(n > 0))) throw new Error('--sizes needs sizes in MB, e.g. 1,5,20');
  return opts;
}

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

function browserSummary(browser) {
  if (!browser) return 'browser: not measured';
  const row = (key) => browser.pages.find((p) => p.key === key);
  const seed = row('seed');
  const ratios = ['seed', 'long', 'mb5'].map((k) => `${fmtX(row(k)?.ratio)} ${k === 'mb5' ? '5MB' : k}`).join(', ');
  const stop = browser.stop20MB;
  return [
    `popup first frame ${fmtMs(seed.clickToFirstFrameMs)}`,
    `painted ${fmtMs(seed.clickToPaintedMs)} (seed)`,
    `painted vs seed ${['long', 'wiki'].map((k) => `${fmtX(row(k)?.paintedVsSeed)} ${k}`).join(', ')}`,
    `painted/extract ${ratios}`,
    `20MB popup: ${stop.state} after ${fmtMs(stop.extractMs)}${stop.ok ? '' : ' (NOT OK)'}`,
  ].join(' | ');
}

function summaryLine(pages, large, bundles, browser, firefox) {
  const parts = [];
  if (pages) {
    parts.push(`ratio ${fmtX(pages.summary.medianRatio)}`, `p95 ratio ${fmtX(pages.summary.p95Ratio)}`);
    parts.push(`median page ${fmtMs(pages.summary.pipelineMedianMs)} vs ${fmtMs(pages.summary.readabilityMedianMs)}`);
  } else parts.push('ratio not measured');
  for (const r of large?.rows.filter((r) => r.mode === 'pipeline') ?? []) {
    const what = r.outcome.startsWith('stopped') ? 'stopped in' : r.outcome === 'ok' || r.outcome === 'null' ? 'done in' : r.outcome;
    parts.push(`${r.mb}MB: ${what}${Number.isFinite(r.ms) ? ` ${fmtMs(r.ms)}` : ''}`);
  }
  const content = bundles.find((b) => b.file.endsWith('/content.js'));
  // rare.js goes into the page with content.js on every click (one executeScript): both are parsed there.
  const rare = bundles.find((b) => b.file.endsWith('/rare.js'));
  parts.push(content?.gzip ? `content.js ${fmtKB(content.gzip)} gz${rare?.gzip ? ` (+ rare.js ${fmtKB(rare.gzip)})` : ''}` : 'content.js not built');
  parts.push(browserSummary(browser));
  parts.push(firefoxSummary(firefox));
  return parts.join(' | ');
}

const opts = parseArgs(process.argv.slice(2));
const started = Date.now();
if (typeof global.gc !== 'function') console.log('(no --expose-gc: garbage is not collected between runs)');
const core = await loadCore();
try {
  const pages = opts.skipPages ? null : await pagesSection(core, opts);
  const steps = pages ? stepsSection(pages.pages) : null;
  const large = opts.skipLarge ? null : await largeSection(core, { quick: opts.quick, ...(opts.sizes && { sizes: opts.sizes }) });
  const bundles = bundlesSection();
  const browser = opts.skipBrowser ? null : await browserSection({ quick: opts.quick });
  const firefox = opts.skipFirefox ? null : await firefoxSection({ quick: opts.quick });
  const summary = summaryLine(pages, large, bundles, browser, firefox);

  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const result = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    node: process.version,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
    options: { ...opts, limit: Number.isFinite(opts.limit) ? opts.limit : null },
    seconds: (Date.now() - started) / 1000,
    summary,
    pages,
    steps,
    large,
    bundles,
    browser,
    firefox,
  };
  mkdirSync('bench-results', { recursive: true });
  const json = `${JSON.stringify(result, null, 2)}\n`;
  writeFileSync(`bench-results/bench-${stamp}.json`, json);
  writeFileSync('bench-results/latest.json', json);
  console.log(`\nwrote bench-results/bench-${stamp}.json (${result.seconds.toFixed(0)} s)`);
  console.log(summary);
} finally {
  core.cleanup();
}
