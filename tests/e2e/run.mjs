// End-to-end tests of the extension in real browsers (Debian's Chromium and Firefox ESR, puppeteer-core).
//   npm run test:e2e                       build, then both browsers
//   npm run test:e2e -- --chromium         one browser only (or --firefox)
//   npm run test:e2e -- --grep parity      only the tests whose name holds "parity" ("a|b": either)
//   npm run test:e2e -- --no-build         on the build already there (`npm test` passes it: it has just built)
// Serves the fixture pages (on 127.0.0.1; the main ones under the host names they were written for) and the
// browser-parity benchmark pages (parity.mjs) under their own host names, loads build/chrome and
// build/firefox, opens the popup as a person would, and saves screenshots under artifacts/.
// Ends with "N passed, N failed"; exits non-zero on failure.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../../scripts/build-cli.mjs';
import { buildExtension } from '../../scripts/build-extension.mjs';
import { chromiumSuite } from './chromium.mjs';
import { firefoxSuite } from './firefox.mjs';
import { prepareParity, reportParity } from './parity.mjs';
import { startServer } from './server.mjs';
import { TOOL_FIXTURES, toolPages } from './tools.mjs';
import { A11Y_FIXTURES } from './a11y.mjs';
import { CORRECTION_FIXTURES } from './corrections.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
process.chdir(ROOT);
const argv = process.argv.slice(2);
const args = new Set(argv);
const grep = argv.includes('--grep') ? argv[argv.indexOf('--grep') + 1] : null;
const only = args.has('--chromium') ? 'chromium' : args.has('--firefox') ? 'firefox' : null;
const TEST_TIMEOUT_MS = 60_000;

const results = { passed: 0, failed: 0, skipped: 0, failures: [] };

/** --grep: the test's name holds the text, or one of its alternatives (a|b). */
const selected = (name) => !grep || grep.split('|').some((part) => name.includes(part));

/** Runs one named test with a time limit; a failure is reported and counted, never thrown. */
async function test(name, fn, browser = '') {
  if (!selected(name)) return true;
  const where = browser ? `[${browser}] ` : '';
  const started = Date.now();
  let timer;
  try {
    await Promise.race([
      fn(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${TEST_TIMEOUT_MS / 1000}s`)), TEST_TIMEOUT_MS);
      }),
    ]);
    results.passed++;
    console.log(`  ✓ ${where}${name} (${Date.now() - started} ms)`);
    return true;
  } catch (err) {
    results.failed++;
    results.failures.push(`${where}${name}`);
    console.log(`  ✗ ${where}${name} (${Date.now() - started} ms)\n      ${String(err?.stack ?? err).split('\n').slice(0, 4).join('\n      ')}`);
    return false;
  } finally {
    clearTimeout(timer);
  }
}

const started = Date.now();
const artifacts = join(ROOT, 'artifacts');
mkdirSync(artifacts, { recursive: true });
if (args.has('--no-build')) {
  const missing = ['build/chrome/manifest.json', 'build/firefox/manifest.json', 'build/cli.js'].filter((f) => !existsSync(join(ROOT, f)));
  if (missing.length) {
    console.log(`--no-build, but ${missing.join(', ')} missing: run \`npm run build\` first\n0 passed, 1 failed`);
    process.exit(1);
  }
} else {
  for (const target of ['chrome', 'firefox']) await buildExtension(target);
  await buildCli(); // the parity test compares the popup with the CLI
  console.log(`built build/chrome, build/firefox and build/cli.js (${Date.now() - started} ms)`);
}

const expected = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/seed-news-h2/expected.json'), 'utf8'));
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
/** A test this machine cannot run (say what is missing): counted as skipped, never as passed. */
function skip(name, reason) {
  if (!selected(name)) return;
  results.skipped++;
  console.log(`  - skipped: ${name}: ${reason}`);
}

/**
 * One browser's context: its own server (the security tests count the requests a page makes, and the other
 * browser's must not be among them), so the two browsers run side by side. The benchmark pages are read by
 * the CLI once, for both.
 */
async function browserContext(name, sharedParity, share) {
  const server = await startServer();
  // The popup tests read the main fixtures under the names they were written for (www.northgate-tribune.com …):
  // on 127.0.0.1, every link to the page's own site would look like another site's.
  const pages = {
    article: server.fixtureUrl('seed-news-h2'),
    home: server.fixtureUrl('home-teasers'),
    ...Object.fromEntries([...TOOL_FIXTURES, ...A11Y_FIXTURES, ...CORRECTION_FIXTURES].map((page) => [page, server.fixtureUrl(page)])),
    ...toolPages(server),
  };
  // The outline tests (outline.mjs) read these under their own names too.
  const outlineHosts = ['encyclopedia-wiki', 'weekly-update-h5', 'longform-nested'].map((page) => new URL(server.fixtureUrl(page)).hostname);
  const parity = await prepareParity(server, sharedParity);
  return {
    test: (testName, fn) => test(testName, fn, name),
    skip,
    server,
    expected,
    artifacts,
    pages,
    hosts: [...new Set([...Object.values(pages).map((u) => new URL(u).hostname), ...outlineHosts, ...(parity.hosts ?? [])])].filter((h) => h !== '127.0.0.1'),
    /** What the browsers could and could not do, said at the end of the run (outline.mjs: links to sections). */
    notes,
    parity: parity.skip ? null : parity,
    /** This browser's part of the integrity pages (robustness.mjs): its index among the browsers of the run. */
    share,
    parityNote: parity.skip ?? null,
    chromiumPath: CHROMIUM_PATH,
    firefoxPath: FIREFOX_PATH,
  };
}

const notes = [];
const browsers = [
  ['chromium', chromiumSuite, CHROMIUM_PATH],
  ['firefox', firefoxSuite, FIREFOX_PATH],
].filter(([name]) => !only || only === name);
const first = await browserContext(browsers[0]?.[0] ?? 'chromium', null, { index: 0, of: browsers.length || 1 });
if (first.parityNote) {
  results.skipped++;
  console.log(`\n  - skipped: browser parity on benchmark pages: ${first.parityNote}`);
}
const contexts = [first];
for (const [i, [name]] of browsers.slice(1).entries()) contexts.push(await browserContext(name, first.parity, { index: i + 1, of: browsers.length }));

/** Both browsers at once (each mostly waits on its own browser): the suite's time is the slower one's. */
await Promise.all(
  browsers.map(async ([name, suite, binary], i) => {
    const context = contexts[i];
    try {
      if (!existsSync(binary)) {
        await context.test(`${name} is installed at ${binary}`, async () => {
          throw new Error(`missing ${binary} (apt-get install chromium firefox-esr)`);
        });
        return;
      }
      const t0 = Date.now();
      try {
        await suite(context);
      } catch (err) {
        await context.test(`${name} suite ran to the end`, async () => {
          throw err;
        });
      }
      console.log(`  (${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    } finally {
      await context.server.close();
    }
  }),
);

reportParity(first.parity, artifacts);
for (const note of notes) console.log(`note: ${note}`);
console.log(`\nscreenshots in ${artifacts}/`);
if (results.failures.length) console.log(`failed: ${results.failures.join('; ')}`);
const skipped = results.skipped ? `, ${results.skipped} skipped` : '';
console.log(`e2e: ${results.passed} passed, ${results.failed} failed${skipped} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
console.log(`${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed ? 1 : 0);
