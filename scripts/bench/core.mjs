// Shared bench helpers: bundling the core (scripts/bench/entry.ts) for Node, timing, statistics,
// jsdom parsing and a plain-text table printer.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { readabilityQuiet } from '../readability-quiet.mjs';

/** Bundles entry.ts (the content script's core + Readability, and the CLI's with DOMPurify; no jsdom) and imports it. */
export async function loadCore() {
  const dir = mkdtempSync(join(tmpdir(), 'reader-outline-bench-'));
  const outfile = join(dir, 'core.cjs');
  await build({
    entryPoints: ['scripts/bench/entry.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: false, // keep function names readable in CPU profiles
    logLevel: 'warning',
    plugins: [readabilityQuiet], // the Readability code content.js runs: no trace arguments evaluated
  });
  const core = await import(pathToFileURL(outfile).href);
  return { ...(core.default ?? core), bundle: outfile, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Parses a page as the CLI does: valid UTF-8 as text, anything else as bytes (jsdom sniffs the charset). */
export function parsePage(input, url) {
  let html = input;
  if (Buffer.isBuffer(input)) {
    try {
      html = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      html = input;
    }
  }
  return new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
}

export const gc = typeof global.gc === 'function' ? () => global.gc() : () => {};

/** Runs fn once; returns { ms, value } or { ms, error } (errors are outcomes, not crashes). */
export function timed(fn) {
  const start = process.hrtime.bigint();
  try {
    const value = fn();
    return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
  } catch (error) {
    return { ms: Number(process.hrtime.bigint() - start) / 1e6, error };
  }
}

export function median(xs) {
  return quantile(xs, 0.5);
}

/** Nearest-rank p95 (with 5 samples this is the slowest one). */
export function p95(xs) {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)];
}

function quantile(xs, q) {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo] + (s[Math.ceil(pos)] - s[lo]) * (pos - lo);
}

export const fmtMs = (ms) => (Number.isFinite(ms) ? (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`) : '-');
export const fmtX = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}x` : '-');
export const fmtKB = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const fmtMB = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;

/** Prints rows (arrays of cells) as an aligned table; numeric-looking cells are right-aligned. */
export function printTable(title, header, rows) {
  console.log(`\n${title}`);
  const all = [header, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i]?.length ?? 0)));
  const numeric = (s) => /^[-\d.]+( ?(ms|s|x|KB|MB|%))?$/.test(s);
  const line = (r) => r.map((c, i) => (numeric(c) && i > 0 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  console.log(line(all[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of all.slice(1)) console.log(line(r).trimEnd());
}
