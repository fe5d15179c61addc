// Bundles the command-line extractor (src/cli/main.ts) into build/cli.js for Node.
// jsdom stays an external runtime dependency; everything else (the core, Readability, DOMPurify) is bundled.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

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
    banner: { js: '#!/usr/bin/env node' },
    minify,
    sourcemap: false,
    logLevel: 'warning',
  });
  chmodSync(outfile, 0o755);
  return outfile;
}
