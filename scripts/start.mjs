// `npm start`: builds the extension, serves the demo pages (the fixture articles) on 127.0.0.1, and opens a
// browser with the extension loaded on the seed article.
//   npm start                    Firefox ESR through web-ext run (a temporary add-on)
//   npm start -- --chromium      Chromium with --load-extension=build/chrome
//   options: --page NAME (a fixture name, default seed-news-h2), --port N (default 8642),
//            --headless (no window: a smoke check that the browser starts with the extension)
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '../tests/e2e/server.mjs';
import { buildExtension } from './build-extension.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
};
const chromium = argv.includes('--chromium');
const pageName = option('--page', 'seed-news-h2');
const port = Number(option('--port', '8642'));
const headless = argv.includes('--headless');

for (const target of ['chrome', 'firefox']) await buildExtension(target);
const server = await startServer(port);
const url = server.url(pageName);
console.log(`demo pages: ${server.origin}/  ·  opening ${url}`);
console.log('click the Reader Outline button in the toolbar (or press Alt+Shift+R); Ctrl+C to stop');

const child = chromium
  ? spawn(
      process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      [
        `--user-data-dir=${mkdtempSync(join(tmpdir(), 'reader-outline-chromium-'))}`,
        `--load-extension=${resolve('build/chrome')}`,
        '--disable-features=DisableLoadExtensionCommandLineSwitch',
        '--no-first-run',
        '--no-default-browser-check',
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), // Chromium refuses to run as root with its sandbox
        ...(headless ? ['--headless=new', '--remote-debugging-port=0'] : []),
        url,
      ],
      { stdio: 'inherit' },
    )
  : spawn(
      'npx',
      [
        '--no-install',
        'web-ext',
        'run',
        '--source-dir',
        'build/firefox',
        '--firefox',
        process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
        '--start-url',
        url,
        '--no-reload',
        ...(headless ? ['--arg=--headless'] : []),
      ],
      { stdio: 'inherit' },
    );

const stop = () => {
  if (!child.killed) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', async (code) => {
  await server.close();
  process.exit(code ?? 0);
});
