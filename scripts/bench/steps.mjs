// Section 1b: where the pipeline's time goes, step by step (src/core/step-times.ts), on the same pages as
// section 1. One extra run per page with a step clock (the timed runs of section 1 carry none). Printed for
// all pages together and for the largest tenth, where a long read spends its time.
import { readFileSync } from 'node:fs';
import { fmtMs, parsePage, printTable } from './core.mjs';

function stepsOf(core, page) {
  const dom = parsePage(readFileSync(page.file), page.url);
  const steps = {};
  const readability = performance.now();
  new core.Readability(dom.window.document.cloneNode(true)).parse();
  const plainMs = performance.now() - readability;
  try {
    core.extractArticle(dom.window.document, page.url, { force: true, steps });
  } catch {
    // a page the limits stop still tells where its time went until then
  }
  dom.window.close();
  return { id: page.id, bytes: page.bytes, steps, plainMs };
}

function table(rows, title) {
  const total = {};
  for (const r of rows) for (const [k, ms] of Object.entries(r.steps)) total[k] = (total[k] ?? 0) + ms;
  const all = Object.values(total).reduce((s, v) => s + v, 0);
  const plain = rows.reduce((s, r) => s + r.plainMs, 0);
  const order = Object.entries(total).sort((a, b) => b[1] - a[1]);
  printTable(
    title,
    ['step', 'sum', 'share', '× plain Readability'],
    [...order.map(([k, ms]) => [k, fmtMs(ms), `${((100 * ms) / all).toFixed(1)} %`, (ms / plain).toFixed(2)]), ['all steps', fmtMs(all), '100 %', (all / plain).toFixed(2)]],
  );
  return { steps: total, allMs: all, plainReadabilityMs: plain };
}

export function stepsSection(core, pages) {
  const rows = pages.map((p) => stepsOf(core, p));
  const large = [...rows].sort((a, b) => b.bytes - a.bytes).slice(0, Math.max(1, Math.ceil(rows.length / 10)));
  return {
    all: table(rows, `1b. Where the pipeline's time goes: ${rows.length} pages, one run each with a step clock`),
    largest: table(large, `1b. The same on the ${large.length} largest pages (${(large.at(-1).bytes / 1024).toFixed(0)} KB and up)`),
  };
}
