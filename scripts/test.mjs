// `npm test`: every check, in order, with one closing line "total: N passed, N failed".
//   build → type-check → lint → DOM sinks → web-ext lint (Firefox) → unit tests (jest) → end-to-end (Chromium, Firefox)
// `npm test -- --unit` stops before the browsers.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const unitOnly = process.argv.includes('--unit');
mkdirSync('artifacts', { recursive: true });
let passed = 0;
let failed = 0;
let skipped = 0; // tests that could not run here (the browser-parity test without the benchmark data)

function step(name, cmd, args, count) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: count ? ['inherit', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8' });
  if (count) process.stdout.write(r.stdout ?? '');
  const [p, f] = count ? count(r.stdout ?? '') : [r.status === 0 ? 1 : 0, r.status === 0 ? 0 : 1];
  passed += p;
  failed += f + (r.status !== 0 && f === 0 ? 1 : 0);
  console.log(`◀ ${name}: ${r.status === 0 ? 'ok' : `FAILED (exit ${r.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
step('build', process.execPath, ['scripts/build.mjs']);
step('type-check', npx, ['tsc', '--noEmit']);
step('lint', npx, ['biome', 'check', 'src', 'tests', 'scripts']);
step('DOM sinks', process.execPath, ['scripts/check-dom-sinks.mjs']); // no markup/code from strings outside the allowlist
step('web-ext lint', npx, ['web-ext', 'lint', '--source-dir', 'build/firefox', '--warnings-as-errors', '--no-input']);
step('unit tests', npx, ['jest', '--json', '--outputFile=artifacts/jest.json'], () => {
  try {
    const report = JSON.parse(readFileSync('artifacts/jest.json', 'utf8'));
    return [report.numPassedTests, report.numFailedTests];
  } catch {
    return [0, 1];
  }
});
if (!unitOnly) {
  step('end-to-end', process.execPath, ['tests/e2e/run.mjs'], (out) => {
    skipped += Number(/^e2e: .*, (\d+) skipped/m.exec(out)?.[1] ?? 0);
    const m = [...out.matchAll(/^(\d+) passed, (\d+) failed$/gm)].pop();
    return m ? [Number(m[1]), Number(m[2])] : [0, 1];
  });
}
console.log(`\ntotal: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
