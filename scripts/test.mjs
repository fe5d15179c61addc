// `npm test`: every check, with one closing line "total: N passed, N failed".
//   build → type-check, lint, DOM sinks, web-ext lint (Firefox) and unit tests (jest) side by side → end-to-end
//   (Chromium, Firefox; on the build just made, not a second one).
// The checks side by side: none writes what another reads (they read src/, tests/ and build/, jest writes
// artifacts/jest.json only), and on a 2-core machine the short ones fit in while jest runs. Each check's
// output is printed whole when it ends (jest's as it comes), with its time.
// `npm test -- --unit` stops before the browsers.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const unitOnly = process.argv.includes('--unit');
mkdirSync('artifacts', { recursive: true });
let passed = 0;
let failed = 0;
let skipped = 0; // tests that could not run here (the browser-parity test without the benchmark data)
const suiteStarted = Date.now();
const times = [];

/**
 * Runs one step; resolves when it ends. `live`: its output goes straight through (the long steps), else it
 * is kept and printed in one piece at the end (steps that run side by side). `count(stdout)` → [passed, failed]
 * for the steps that count their own tests; any other step is one check.
 */
function step(name, cmd, args, { live = false, count } = {}) {
  const header = `\n▶ ${name}: ${cmd} ${args.join(' ')}`;
  if (live) console.log(header);
  const started = Date.now();
  return new Promise((resolve) => {
    let stdout = '';
    let kept = '';
    const child = spawn(cmd, args, { stdio: ['inherit', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (live) process.stdout.write(chunk);
      else kept += chunk;
    });
    child.stderr.on('data', (chunk) => {
      if (live) process.stderr.write(chunk);
      else kept += chunk;
    });
    let spawnError = null;
    child.on('error', (err) => {
      spawnError = err;
    });
    child.on('close', (status) => {
      if (!live) process.stdout.write(`${header}\n${kept}`);
      if (spawnError) console.log(String(spawnError));
      const ok = status === 0 && !spawnError;
      const [p, f] = count ? count(stdout) : [ok ? 1 : 0, ok ? 0 : 1];
      passed += p;
      failed += f + (!ok && f === 0 ? 1 : 0);
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      times.push(`${name} ${secs} s`);
      console.log(`◀ ${name}: ${ok ? 'ok' : `FAILED (exit ${status})`} in ${secs} s`);
      resolve(ok);
    });
  });
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
await step('build', process.execPath, ['scripts/build.mjs'], { live: true });
await Promise.all([
  step('unit tests', npx, ['jest', '--ci', '--json', '--outputFile=artifacts/jest.json'], {
    live: true,
    count: () => {
      try {
        const report = JSON.parse(readFileSync('artifacts/jest.json', 'utf8'));
        return [report.numPassedTests, report.numFailedTests];
      } catch {
        return [0, 1];
      }
    },
  }),
  step('type-check', npx, ['tsc', '--noEmit']),
  step('lint', npx, ['biome', 'check', 'src', 'tests', 'scripts']),
  step('DOM sinks', process.execPath, ['scripts/check-dom-sinks.mjs']), // no markup/code from strings outside the allowlist
  step('web-ext lint', npx, ['web-ext', 'lint', '--source-dir', 'build/firefox', '--warnings-as-errors', '--no-input']),
]);
if (!unitOnly) {
  // --no-build: the extension and the CLI were built by the first step, from the same sources.
  await step('end-to-end', process.execPath, ['tests/e2e/run.mjs', '--no-build'], {
    live: true,
    count: (out) => {
      skipped += Number(/^e2e: .*, (\d+) skipped/m.exec(out)?.[1] ?? 0);
      const m = [...out.matchAll(/^(\d+) passed, (\d+) failed$/gm)].pop();
      return m ? [Number(m[1]), Number(m[2])] : [0, 1];
    },
  });
}
console.log(`\nsteps: ${times.join(', ')}; all ${((Date.now() - suiteStarted) / 1000).toFixed(1)} s`);
console.log(`\ntotal: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
