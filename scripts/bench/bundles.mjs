// Section 3: what the Chrome extension ships, raw and gzip (level 9), from build/chrome
// (npm run bench builds it first).
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fmtKB, printTable } from './core.mjs';

const FILES = ['content', 'rare', 'popup', 'reader', 'background'].map((name) => `build/chrome/${name}.js`);

export function bundlesSection() {
  const rows = FILES.map((file) => {
    if (!existsSync(file)) return { file, missing: true };
    const bytes = readFileSync(file);
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  printTable(
    '3. Bundle sizes (build/chrome)',
    ['file', 'raw', 'gzip'],
    rows.map((r) => (r.missing ? [r.file, 'not built', ''] : [r.file, fmtKB(r.raw), fmtKB(r.gzip)])),
  );
  return rows;
}
