// `node scripts/check-dom-sinks.mjs`: fails when src/**/*.ts turns a string into markup or code anywhere
// not explained in the allowlist of scripts/dom-sinks.mjs (a step of `npm test`).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSources } from './dom-sinks.mjs';

function tsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return tsFiles(path);
    return d.name.endsWith('.ts') && !d.name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = tsFiles('src').map((path) => ({ file: relative('.', path).split('\\').join('/'), source: readFileSync(path, 'utf8') }));
const { violations, allowed, stale } = checkSources(files);
for (const a of allowed) console.log(`allowed  ${a.file}:${a.line}  ${a.sink}  — ${a.why.split('. ')[0]}.`);
for (const v of violations) console.log(`SINK     ${v.file}:${v.line}  ${v.sink}: ${v.text}`);
for (const s of stale) console.log(`STALE    allowlist entry for ${s.file} (${s.sink}, "${s.line}") matches no code any more`);
console.log(`${files.length} files: ${violations.length} unexplained sinks, ${allowed.length} allowed, ${stale.length} stale allowlist entries`);
process.exit(violations.length || stale.length ? 1 : 0);
