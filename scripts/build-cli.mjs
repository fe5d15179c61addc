// Bundles the command-line extractor (src/cli/main.ts) into build/cli.js for Node.
// jsdom stays an external runtime dependency; everything else (the core, Readability, DOMPurify) is bundled.
import { build } from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';
import { readabilityQuiet } from './readability-quiet.mjs';

export async function buildCli({ outdir = 'build', minify = false } = {}) {
  const outfile = `${outdir}/cli.js`;
  await build({
    entryPoints: ['src/cli/main.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['jsdom'],
    define: { PACKAGE_VERSION: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
    banner: { js: '#!/usr/bin/env node' },
    minify,
    sourcemap: false,
    logLevel: 'warning',
    plugins: [readabilityQuiet],
  });
  chmodSync(outfile, 0o755);
  return outfile;
}
