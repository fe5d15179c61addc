// Section 2: large generated pages (see large-page.mjs), each size × {pipeline, plain Readability}
// in its own child process (large-child.mjs), one after the other so they do not share the 2 cores.
// A run still going RUN_LIMIT_MS after the page was parsed is killed and reported as such (a lower bound).
// The pipeline stopping with ExtractionLimitError is a valid outcome: we report the time it took to stop.
import { spawn } from 'node:child_process';
import { fmtMB, fmtMs, printTable } from './core.mjs';

// Per run, after generation and jsdom parsing. The pipeline gets long enough to reach its own stop
// (45 s at 20 MB on this machine); plain Readability needs ~4 min at 20 MB, so it gets a lower bound.
const RUN_LIMIT_MS = { pipeline: 120_000, readability: 30_000 };

function runChild(bundle, mb, mode, runLimitMs) {
  return new Promise((resolve) => {
    const args = ['--expose-gc', '--max-old-space-size=8192', 'scripts/bench/large-child.mjs', bundle, String(mb), mode];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer;
    child.stdout.on('data', (d) => {
      out += d;
      if (!timer && out.includes('"phase":"parsed"')) timer = setTimeout(() => child.kill('SIGKILL'), runLimitMs);
    });
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const lines = out.trim().split('\n').map((l) => JSON.parse(l));
      const last = lines.at(-1);
      if (code === 0 && last && !last.phase) return resolve(last);
      const outcome = signal === 'SIGKILL' ? `killed: still running after ${runLimitMs / 1000} s` : `crashed: ${err.trim().split('\n').pop()}`;
      const { phase, ...parsed } = lines[0] ?? {};
      resolve({ mb, mode, ...parsed, ms: Number.NaN, msAtLeast: phase && runLimitMs, outcome });
    });
  });
}

const perMB = (r) => (Number.isFinite(r.ms) ? r.ms : r.msAtLeast) / (r.bytes / 1048576);

/**
 * Per-MB cost at each size: time to finish, or to stop at a limit (what the user waits for either
 * way); a killed run gives a lower bound. "linear" when all stay within 2x of each other.
 */
function growth(rows, mode) {
  const runs = rows.filter((r) => r.mode === mode && r.bytes && (Number.isFinite(r.ms) || r.msAtLeast));
  const costs = runs.map((r) => ({ mb: r.mb, msPerMB: perMB(r), atLeast: !Number.isFinite(r.ms), stopped: r.outcome.startsWith('stopped') }));
  if (costs.length < 2) return { mode, perMB: costs, verdict: 'not enough runs to tell' };
  const exact = costs.filter((c) => !c.atLeast).map((c) => c.msPerMB);
  const min = Math.min(...exact);
  const spread = Math.max(...costs.map((c) => c.msPerMB)) / min;
  const grows = costs.at(-1).msPerMB > costs[0].msPerMB;
  let verdict = spread <= 2 ? 'linear' : grows ? 'superlinear' : 'sublinear';
  if (spread <= 2 && costs.some((c) => c.atLeast)) verdict = 'unknown (a run was killed)';
  const note = costs.some((c) => c.stopped) ? ', times to stop included' : '';
  return { mode, perMB: costs, spread, verdict: `${verdict} (per-MB cost spread ${spread.toFixed(1)}x${costs.some((c) => c.atLeast) ? ' or more' : ''}${note})` };
}

export async function largeSection(core, { quick, sizes = quick ? [1] : [1, 5, 20], runLimitMs = RUN_LIMIT_MS }) {
  const rows = [];
  for (const mb of sizes) {
    for (const mode of ['pipeline', 'readability']) {
      if (process.stderr.isTTY) process.stderr.write(`\r  large pages: ${mb} MB ${mode}…\x1b[K`);
      rows.push(await runChild(core.bundle, mb, mode, runLimitMs[mode]));
    }
  }
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  const trends = [growth(rows, 'pipeline'), growth(rows, 'readability')];
  printTable(
    '2. Large generated pages (one run each, fresh process; maxRSS includes the parsed page)',
    ['size', 'elems', 'paras', 'code', 'parse', 'time', 'per MB', 'maxRSS parsed', 'maxRSS peak', 'heap +', 'outcome'],
    rows.map((r) => [
      r.bytes ? fmtMB(r.bytes) : `${r.mb} MB`, r.elements ?? '', r.paragraphs ?? '', r.mode, fmtMs(r.parseMs), r.msAtLeast ? `> ${fmtMs(r.msAtLeast)}` : fmtMs(r.ms),
      r.bytes && (Number.isFinite(r.ms) || r.msAtLeast) ? `${r.msAtLeast ? '> ' : ''}${fmtMs(perMB(r))}` : '-',
      r.rssAfterParseMB ? `${r.rssAfterParseMB.toFixed(0)} MB` : '', r.rssPeakMB ? `${r.rssPeakMB.toFixed(0)} MB` : '',
      Number.isFinite(r.heapGrowthMB) ? `${r.heapGrowthMB.toFixed(0)} MB` : '', r.outcome,
    ]),
  );
  for (const t of trends) console.log(`   ${t.mode}: ${t.verdict}${t.perMB.length ? `: ${t.perMB.map((p) => `${p.mb} MB ${p.atLeast ? '> ' : ''}${fmtMs(p.msPerMB)}/MB${p.stopped ? ' (stop)' : ''}`).join(', ')}` : ''}`);
  return { rows, growth: trends };
}
