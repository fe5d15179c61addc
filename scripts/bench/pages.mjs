// Section 1: the pipeline vs plain Readability, page by page, on the same parsed DOM in the same process.
// Each page is parsed once with jsdom; the two then alternate (pipeline first on even repetitions,
// Readability first on odd ones) after one GC per page and a warm-up on a few fixtures.
//   plain Readability = new Readability(doc.cloneNode(true)).parse()   (the pipeline clones too)
//   pipeline          = extractForView(doc, url, { force: true })   (as the content script runs it; see entry.ts)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fmtMs, fmtX, gc, median, p95, parsePage, printTable, timed } from './core.mjs';

const FIXTURES = 'tests/fixtures';
const AEB = '../shared/eval/data/aeb'; // relative to the repo root, on every machine; optional

/** The pages to time: every fixture case, then the extraction-benchmark pages when present. */
export function listPages({ limit = Infinity, quick = false } = {}) {
  const pages = [];
  for (const name of readdirSync(FIXTURES).sort()) {
    const file = join(FIXTURES, name, 'source.html');
    if (!existsSync(file) || !existsSync(join(FIXTURES, name, 'expected.json'))) continue; // a case being written
    const { url } = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8'));
    pages.push({ id: name, set: 'fixture', file, url });
  }
  const truth = join(AEB, 'ground-truth.json');
  if (existsSync(truth) && existsSync(join(AEB, 'html'))) {
    const urls = JSON.parse(readFileSync(truth, 'utf8'));
    const max = quick ? Math.min(limit, 8) : limit;
    const ids = Object.keys(urls).sort().filter((id) => existsSync(join(AEB, 'html', `${id}.html`)));
    for (const id of ids.slice(0, max)) {
      pages.push({ id: id.slice(0, 12), set: 'aeb', file: join(AEB, 'html', `${id}.html`), url: urls[id].url });
    }
  }
  return pages.map((p) => ({ ...p, bytes: statSync(p.file).size }));
}

/** 5 repetitions for the fixtures, 3 for benchmark pages (2 above 500 KB) so the section stays within ~3 minutes. */
function repsFor(page, quick) {
  if (page.set === 'fixture') return quick ? 3 : 5;
  return quick || page.bytes > 5e5 ? 2 : 3;
}

function outcome(run) {
  if (!run.error) return run.value ? 'ok' : 'null';
  return run.error.name === 'ExtractionLimitError' ? `stopped: ${run.error.message}` : `error: ${run.error.message}`;
}

export function benchPage(core, page, quick) {
  const dom = parsePage(readFileSync(page.file), page.url);
  const doc = dom.window.document;
  const pipeline = () => core.extractArticle(doc, page.url, { force: true });
  const readability = () => new core.Readability(doc.cloneNode(true)).parse();
  const elements = doc.getElementsByTagName('*').length;
  const runs = { pipeline: [], readability: [] };
  const outcomes = {};
  const reps = repsFor(page, quick);
  // One full GC per page, not per run: a forced GC costs ~70 ms here, and the run right after one is
  // slower (V8 flushes old bytecode), which the median of the alternating runs then discards.
  gc();
  for (let r = 0; r < reps; r++) {
    for (const which of r % 2 === 0 ? ['pipeline', 'readability'] : ['readability', 'pipeline']) {
      const run = timed(which === 'pipeline' ? pipeline : readability);
      runs[which].push(run.ms);
      outcomes[which] ??= outcome(run);
    }
  }
  // One more run, untimed, with a step clock (section 1b): where this page's time goes.
  const steps = {};
  try {
    core.extractArticle(doc, page.url, { force: true, steps });
  } catch {
    // a page the limits stop still tells where its time went until then
  }
  dom.window.close();
  const stats = (which) => ({ median: median(runs[which]), p95: p95(runs[which]), runs: runs[which], outcome: outcomes[which] });
  const result = { id: page.id, set: page.set, url: page.url, bytes: page.bytes, elements, reps };
  result.pipeline = stats('pipeline');
  result.readability = stats('readability');
  result.ratio = result.pipeline.median / result.readability.median;
  result.steps = steps;
  return result;
}

/** Untimed runs of both on a few fixtures, so the first pages are not timed with cold JIT. */
function warmUp(core, pages) {
  for (const page of pages.filter((p) => p.set === 'fixture').slice(0, 4)) {
    const dom = parsePage(readFileSync(page.file), page.url);
    for (let i = 0; i < 2; i++) {
      timed(() => core.extractArticle(dom.window.document, page.url, { force: true }));
      timed(() => new core.Readability(dom.window.document.cloneNode(true)).parse());
    }
    dom.window.close();
  }
}

export async function pagesSection(core, opts) {
  const pages = listPages(opts);
  const results = [];
  warmUp(core, pages);
  for (const [n, page] of pages.entries()) {
    if (process.stderr.isTTY) process.stderr.write(`\r  pages: ${n + 1}/${pages.length} ${page.id}\x1b[K`);
    results.push(benchPage(core, page, opts.quick));
  }
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  const ratios = results.map((r) => r.ratio).filter(Number.isFinite);
  const sum = (k) => results.reduce((s, r) => s + r[k].median, 0);
  const summary = {
    pages: results.length,
    fixtures: results.filter((r) => r.set === 'fixture').length,
    aeb: results.filter((r) => r.set === 'aeb').length,
    medianRatio: median(ratios),
    p95Ratio: p95(ratios),
    totalRatio: sum('pipeline') / sum('readability'),
    pipelineMedianMs: median(results.map((r) => r.pipeline.median)),
    readabilityMedianMs: median(results.map((r) => r.readability.median)),
  };
  printPages(results, summary, opts.all);
  return { summary, pages: results };
}

function printPages(results, s, all) {
  const row = (r) => [
    r.id, r.set, `${(r.bytes / 1024).toFixed(0)} KB`, r.elements, r.reps,
    fmtMs(r.pipeline.median), fmtMs(r.pipeline.p95), fmtMs(r.readability.median), fmtMs(r.readability.p95), fmtX(r.ratio),
    [r.pipeline.outcome, r.readability.outcome].find((o) => o !== 'ok') ?? '',
  ];
  const header = ['page', 'set', 'size', 'elems', 'reps', 'pipe med', 'pipe p95', 'read med', 'read p95', 'ratio', 'note'];
  const fixtures = results.filter((r) => r.set === 'fixture');
  const byRatio = [...results].sort((a, b) => b.ratio - a.ratio);
  const worstOthers = byRatio.filter((r) => r.set !== 'fixture').slice(0, 8);
  const shown = all ? results : [...fixtures, ...worstOthers];
  const title = all || results.length === fixtures.length
    ? '1. Pipeline vs plain Readability (per page; ratio = pipeline median / Readability median)'
    : `1. Pipeline vs plain Readability: fixtures + the ${shown.length - fixtures.length} worst-ratio benchmark pages (--all for every page; all are in the JSON)`;
  printTable(title, header, shown.map(row));
  console.log(
    `   ${s.pages} pages (${s.fixtures} fixtures, ${s.aeb} benchmark): median ratio ${fmtX(s.medianRatio)}, p95 ratio ${fmtX(s.p95Ratio)}, ` +
      `sum of medians ${fmtX(s.totalRatio)}; median time pipeline ${fmtMs(s.pipelineMedianMs)} vs Readability ${fmtMs(s.readabilityMedianMs)}`,
  );
  console.log(`   worst ratios: ${byRatio.slice(0, 5).map((r) => `${r.id} ${fmtX(r.ratio)}`).join(', ')}`);
}
