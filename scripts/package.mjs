// Store-ready packages: builds both extensions, lints the Firefox one (no warnings allowed), and zips
// build/chrome and build/firefox into dist/ (git-ignored) with web-ext's packager.
//   npm run package  →  dist/reader-outline-chrome-VERSION.zip, dist/reader-outline-firefox-VERSION.zip
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { buildExtension } from './build-extension.mjs';

const { version } = JSON.parse(readFileSync('manifest.json', 'utf8'));
const webExt = (...args) => execFileSync('npx', ['--no-install', 'web-ext', ...args], { stdio: 'inherit' });

mkdirSync('dist', { recursive: true });
for (const target of ['chrome', 'firefox']) {
  const dir = await buildExtension(target);
  if (target === 'firefox') webExt('lint', '--source-dir', dir, '--warnings-as-errors', '--output', 'text');
  const filename = `reader-outline-${target}-${version}.zip`;
  webExt('build', '--source-dir', dir, '--artifacts-dir', 'dist', '--filename', filename, '--overwrite-dest');
  console.log(`dist/${filename}`);
}
