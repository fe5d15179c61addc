// Section 1b: where the pipeline's time goes, step by step (src/core/step-times.ts), on the pages of section 1:
// each page's one untimed run with a step clock (pages.mjs), against its median plain Readability time.
// Printed for all pages together and for the largest tenth, where a long read spends its time.
import { fmtMs, printTable } from './core.mjs';

function table(rows, title) {
  const total = {};
  for (const r of rows) for (const [k, ms] of Object.entries(r.steps)) total[k] = (total[k] ?? 0) + ms;
  const all = Object.values(total).reduce((s, v) => s + v, 0);
  const plain = rows.reduce((s, r) => s + r.readability.median, 0);
  const order = Object.entries(total).sort((a, b) => b[1] - a[1]);
  printTable(
    title,
    ['step', 'sum', 'share', '× plain Readability'],
    [...order.map(([k, ms]) => [k, fmtMs(ms), `${((100 * ms) / all).toFixed(1)} %`, (ms / plain).toFixed(2)]), ['all steps', fmtMs(all), '100 %', (all / plain).toFixed(2)]],
  );
  return { steps: total, allMs: all, plainReadabilityMs: plain };
}

/** `results`: section 1's pages (each with its `steps` and `readability.median`). */
export function stepsSection(results) {
  const large = [...results].sort((a, b) => b.bytes - a.bytes).slice(0, Math.max(1, Math.ceil(results.length / 10)));
  return {
    all: table(results, `1b. Where the pipeline's time goes: ${results.length} pages, one run each with a step clock`),
    largest: table(large, `1b. The same on the ${large.length} largest pages (${(large.at(-1).bytes / 1024).toFixed(0)} KB and up)`),
  };
}
