#!/usr/bin/env node
// Counts the items a round added to a draw of generate.mjs, from the draw's own labels (<dir>/<half>/*.json) only:
// per kind and half, keyword items per taxonomy/affiliate, calls and look-alikes per page language, and the pages of
// each language. It reads no extraction and no score: a check that a round's forms reach both halves.
//
//   node scripts/variants/count-round.mjs [--dir /tmp/variants] [--flag round15]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const args = { dir: '/tmp/variants', flag: 'round15' };
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];

const byKind = {};
const byLang = {};
const pagesByLang = {};
const tally = (o, k, half) => {
  o[k] ??= { dev: 0, held: 0 };
  o[k][half]++;
};
for (const half of ['dev', 'held']) {
  for (const f of readdirSync(join(args.dir, half)).filter((x) => x.endsWith('.json'))) {
    const truth = JSON.parse(readFileSync(join(args.dir, half, f), 'utf8'));
    tally(pagesByLang, truth.lang, half);
    for (const it of truth.items) {
      if (!it[args.flag]) continue;
      const kind = it.kind === 'keyword' ? `keyword:${it.form.split(':')[0]}` : it.kind;
      tally(byKind, kind, half);
      if (it.kind === 'call' || it.kind === 'lookalike') tally(byLang, truth.lang, half);
    }
  }
}
const show = (o) => Object.entries(o).sort().map(([k, v]) => `${k} ${v.dev}/${v.held}`).join(', ');
console.log(`${args.flag} items by kind (dev/held): ${show(byKind)}`);
console.log(`${args.flag} calls and look-alikes by page language (dev/held): ${show(byLang)}`);
console.log(`pages by language (dev/held): ${show(pagesByLang)}`);
