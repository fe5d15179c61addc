#!/usr/bin/env node
// Scores the core on the variant pages of generate.mjs: per half (dev, held), per kind, the share of
// injected items removed cleanly (leaked markup gone and the words kept; read-more lines, related boxes and
// calls gone with their neighbours kept; keyword/affiliate links unlinked with their words kept), the share
// of citations still links, and of look-alike prose kept.
//
//   node scripts/variants/score.mjs [--dir /tmp/variants] [--half dev|held|both] [--fails] [--fails-json FILE] [--json FILE]
//
// --fails lists the dev half's failing items (never the held half's: that half is only ever scored); --fails-json FILE
// writes them whole, one a line.
// Run from the repo root; it bundles the core from src/ (as the bench does), so no build is needed.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCore, parsePage } from '../bench/core.mjs';
import { CJK_LANGS } from './util.mjs';

const args = { dir: '/tmp/variants', half: 'both', fails: false, json: null, only: null, 'fails-json': null };
for (let i = 2; i < process.argv.length; i++) {
  const k = process.argv[i].replace(/^--/, '');
  if (k === 'fails') args.fails = true;
  else args[k] = process.argv[++i];
}

const KINDS = ['leaked', 'readmore', 'related', 'keyword', 'call', 'citation', 'lookalike'];
const MARKUP = /[<>"“”″=/&]/g;
const markupCount = (s) => (s.match(MARKUP) ?? []).length;

/** The output text as joined word tokens, with a map back to text offsets. */
function textIndex(text) {
  const toks = [...text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)].map((m) => ({ t: m[0].toLowerCase(), s: m.index }));
  const starts = [];
  let joined = '';
  for (const t of toks) {
    starts.push(joined.length);
    joined += t.t;
  }
  const at = (q) => {
    let lo = 0;
    let hi = toks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= q) lo = mid;
      else hi = mid - 1;
    }
    return toks[lo].s + (q - starts[lo]);
  };
  const key = (s) => (s.match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).join('').toLowerCase();
  return {
    has: (s) => key(s).length > 0 && joined.includes(key(s)),
    spans(s) {
      const k = key(s);
      const out = [];
      if (!k) return out;
      for (let q = joined.indexOf(k); q >= 0; q = joined.indexOf(k, q + 1)) out.push([at(q), at(q + k.length - 1) + 1]);
      return out;
    },
  };
}

const linkKey = (abs) => {
  try {
    const u = new URL(abs);
    const path = u.pathname.replace(/\/+$/, '');
    return `${u.host.toLowerCase()}${path}${path === '' || /\.php$/.test(path) ? u.search : ''}`;
  } catch {
    return abs;
  }
};

function linksOf(html, base) {
  const keys = new Set();
  for (const m of (html ?? '').matchAll(/<a\b[^>]*?\bhref="([^"]*)"/gi)) {
    try {
      keys.add(linkKey(new URL(m[1].replace(/&amp;/g, '&'), base).href));
    } catch {}
  }
  return keys;
}

/**
 * The article's captions, from its HTML: Article.text leaves figure captions out by design (plain-text.ts: the view
 * shows them under their pictures), so a look-alike caption the view shows is read there.
 */
function captionsOf(html) {
  const caps = [...(html ?? '').matchAll(/<figcaption\b[^>]*>([\s\S]*?)<\/figcaption>/gi)].map((m) => m[1].replace(/<[^>]*>/g, ' '));
  return caps.join('\n').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
}

function checkPage(truth, out) {
  const ix = textIndex(out?.text ?? '');
  // Look-alikes are read in the text and the captions the view shows (only they: a call in a caption must still go).
  const shown = textIndex(`${out?.text ?? ''}\n${captionsOf(out?.html)}`);
  const links = linksOf(out?.html, truth.url);
  const linked = (h) => links.has(linkKey(h));
  const sep = CJK_LANGS.has(truth.lang) ? '' : ' ';
  const windowText = (w) => [w.before, w.keep, w.after].join(sep);
  const clean = (w) => {
    const spans = ix.spans(windowText(w));
    if (spans.length === 0) return 'absent';
    const want = markupCount(windowText(w));
    return spans.some(([s, e]) => markupCount(out.text.slice(s, e)) <= want) ? 'clean' : 'residue';
  };
  return truth.items.map((it) => {
    let status;
    if (it.kind === 'leaked') {
      const c = clean(it.window);
      status = c === 'clean' ? 'pass' : c === 'residue' ? 'residue' : ix.has(it.window.keep) ? 'words_moved' : 'lost';
    } else if (it.kind === 'keyword') {
      const c = clean(it.window);
      status = linked(it.href) ? 'link_kept' : c === 'clean' ? 'pass' : 'words_lost';
    } else if (it.kind === 'citation') {
      status = linked(it.href) ? 'pass' : ix.has(windowText(it.window)) ? 'unlinked' : 'lost';
    } else if (it.kind === 'lookalike') {
      status = !shown.has(it.text) ? 'lost' : it.hrefs.every(linked) ? 'pass' : 'unlinked';
    } else {
      const [first, ...rest] = it.pieces;
      const labelLeft = it.kind === 'call' ? ix.has(first) : [`${it.prevTail}${sep}${first}`, `${first}${sep}${it.nextHead}`, `${first}${sep}${rest[0] ?? ''}`].some((s) => ix.has(s));
      const context = ix.has(it.prevTail) || (it.nextHead && ix.has(it.nextHead));
      if (it.pieces.every((p) => ix.has(p))) status = 'not_removed';
      else if (labelLeft || rest.some((p) => ix.has(p))) status = 'partial';
      else if (it.hrefs.some(linked)) status = 'link_left';
      else status = context ? 'pass' : 'context_lost';
    }
    return { ...it, status, pass: status === 'pass' };
  });
}

const core = await loadCore();
const halves = args.half === 'both' ? ['dev', 'held'] : [args.half];
const summary = {};
// Session 9's forms apart (items the generator marks round9): calls and look-alikes.
const round9 = {};
// Session 10's leaked-markup and read-more forms apart (items the generator marks round10).
const round10 = {};
// Session 11's calls and look-alikes apart (items the generator marks round11).
const round11 = {};
// Session 12's leaked-markup, keyword/affiliate and look-alike forms apart (items the generator marks round12).
// Session 13b's leaked-markup, read-more and related forms and labels apart (items the generator marks round13b).
const round13b = {};
const round12 = {};
// Session 13's calls, look-alikes and keyword/affiliate forms apart (items the generator marks round13).
const round13 = {};
// Session 13c's calls and look-alikes apart (items the generator marks round13c).
const round13c = {};
// Session 14's calls, look-alikes, keyword/affiliate and read-more forms and labels apart (items the generator marks round14).
const round14 = {};
// Session 15's calls, look-alikes, keyword/affiliate and read-more forms and labels apart (items the generator marks round15).
const round15 = {};
// Session 16's calls, look-alikes, leaked-markup, keyword/affiliate, read-more and related forms and labels apart (items the generator marks round16).
const round16 = {};
const fails = [];
let ms = 0;
let pages = 0;
for (const half of halves) {
  const dir = join(args.dir, half);
  const kinds = Object.fromEntries(KINDS.map((k) => [k, { n: 0, pass: 0, status: {}, forms: {} }]));
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    const truth = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    if (args.only && !args.only.split(',').includes(truth.id)) continue;
    const dom = parsePage(readFileSync(join(dir, f.replace(/\.json$/, '.html'))), truth.url);
    const start = performance.now();
    let out = null;
    try {
      out = core.extractArticle(dom.window.document, truth.url, { timeBudgetMs: 20000 });
    } catch (_e) {
      out = null;
    }
    ms += performance.now() - start;
    pages++;
    dom.window.close();
    for (const it of checkPage(truth, out)) {
      const k = kinds[it.kind];
      k.n++;
      k.pass += it.pass;
      k.status[it.status] = (k.status[it.status] ?? 0) + 1;
      for (const [flag, tally] of [['round11', round11], ['round12', round12], ['round13', round13], ['round13b', round13b], ['round13c', round13c], ['round14', round14], ['round15', round15], ['round16', round16]]) {
        if (!it[flag]) continue;
        tally[half] ??= {};
        tally[half][it.kind] ??= { n: 0, pass: 0 };
        tally[half][it.kind].n++;
        tally[half][it.kind].pass += it.pass;
      }
      if (it.round10) {
        round10[half] ??= {};
        round10[half][it.kind] ??= { n: 0, pass: 0 };
        round10[half][it.kind].n++;
        round10[half][it.kind].pass += it.pass;
      }
      if (it.round9) {
        round9[half] ??= {};
        round9[half][it.kind] ??= { n: 0, pass: 0 };
        const r = round9[half][it.kind];
        r.n++;
        r.pass += it.pass;
      }
      k.forms[it.form] ??= { n: 0, pass: 0 };
      const form = k.forms[it.form];
      form.n++;
      form.pass += it.pass;
      if (!it.pass && half === 'dev') fails.push({ id: truth.id, lang: truth.lang, platform: truth.platform, ...it });
    }
  }
  summary[half] = kinds;
}
core.cleanup();

const pct = (k) => (k.n ? `${((100 * k.pass) / k.n).toFixed(1)} %` : '-');
for (const half of halves) {
  console.log(`\n${half} half`);
  for (const kind of KINDS) {
    const k = summary[half][kind];
    const st = Object.entries(k.status).filter(([s]) => s !== 'pass').map(([s, n]) => `${s}:${n}`).join(' ');
    console.log(`  ${kind.padEnd(10)} ${pct(k).padStart(8)}  (${k.pass}/${k.n})  ${st}`);
    if (half === 'dev' && args.fails) {
      for (const [form, v] of Object.entries(k.forms).sort()) if (v.pass < v.n) console.log(`      ${form}: ${v.pass}/${v.n}`);
    }
  }
}
if (args.fails) {
  console.log('\ndev failures:');
  // Status and form first: a long context (Thai has few spaces) must not cut them off.
  for (const { status, kind, form, lang, ...rest } of fails) console.log(JSON.stringify({ status, kind, form, lang, ...rest }).slice(0, 400));
}
console.log(`\n${pages} pages, ${(ms / Math.max(1, pages)).toFixed(0)} ms per page in the core`);
if (args.json) writeFileSync(args.json, JSON.stringify(summary, null, 1));
// The dev half's failing items in full, one JSON object a line (for tools that group them).
if (args['fails-json']) writeFileSync(args['fails-json'], fails.map((f) => JSON.stringify(f)).join('\n'));
console.log(`NEW9 ${halves.map((h) => `${h}: ${['call', 'lookalike'].map((k) => `${k} ${pct(round9[h]?.[k] ?? { n: 0 })} (${round9[h]?.[k]?.pass ?? 0}/${round9[h]?.[k]?.n ?? 0})`).join(', ')}`).join(' | ')}`);
console.log(`NEW16 ${halves.map((h) => `${h}: ${['call', 'keyword', 'leaked', 'lookalike', 'readmore', 'related'].map((k) => `${k} ${pct(round16[h]?.[k] ?? { n: 0 })} (${round16[h]?.[k]?.pass ?? 0}/${round16[h]?.[k]?.n ?? 0})`).join(', ')}`).join(' | ')}`);
console.log(`NEW15 ${halves.map((h) => `${h}: ${['call', 'keyword', 'lookalike', 'readmore', 'related'].map((k) => `${k} ${pct(round15[h]?.[k] ?? { n: 0 })} (${round15[h]?.[k]?.pass ?? 0}/${round15[h]?.[k]?.n ?? 0})`).join(', ')}`).join(' | ')}`);
console.log(`NEW14 ${halves.map((h) => `${h}: ${['call', 'keyword', 'lookalike', 'readmore', 'related'].map((k) => `${k} ${pct(round14[h]?.[k] ?? { n: 0 })} (${round14[h]?.[k]?.pass ?? 0}/${round14[h]?.[k]?.n ?? 0})`).join(', ')}`).join(' | ')}`);
console.log(`NEW13B ${halves.map((h) => `${h}: ${['leaked', 'readmore', 'related'].map((k) => `${k} ${pct(round13b[h]?.[k] ?? { n: 0 })} (${round13b[h]?.[k]?.pass ?? 0}/${round13b[h]?.[k]?.n ?? 0})`).join(', ')}`).join(' | ')}`);
console.log(`NEW13C ${halves.map((h) => `${h}: ${['call', 'lookalike'].map((k) => `${k} ${pct(round13c[h]?.[k] ?? { n: 0 })} (${round13c[h]?.[k]?.pass ?? 0}/${round13c[h]?.[k]?.n ?? 0})`).join(', ')}`).join(' | ')}`);
console.log(`NEW13 ${halves.map((h) => `${h}: ${['call', 'keyword', 'lookalike'].map((k) => `${k} ${pct(round13[h]?.[k] ?? { n: 0 })} (${round13[h]?.[k]?.pass ?? 0}/${round13[h]?.[k]?.n ?? 0})`).join(', ')}`).join(' | ')}`);
console.log(`NEW12 ${halves.map((h) => `${h}: ${['leaked', 'keyword', 'lookalike'].map((k) => `${k} ${pct(round12[h]?.[k] ?? { n: 0 })} (${round12[h]?.[k]?.pass ?? 0}/${round12[h]?.[k]?.n ?? 0})`).join(', ')}`).join(' | ')}`);
console.log(`NEW11 ${halves.map((h) => `${h}: ${['call', 'lookalike'].map((k) => `${k} ${pct(round11[h]?.[k] ?? { n: 0 })} (${round11[h]?.[k]?.pass ?? 0}/${round11[h]?.[k]?.n ?? 0})`).join(', ')}`).join(' | ')}`);
console.log(`NEW10 ${halves.map((h) => `${h}: ${['leaked', 'readmore', 'keyword'].map((k) => `${k} ${pct(round10[h]?.[k] ?? { n: 0 })} (${round10[h]?.[k]?.pass ?? 0}/${round10[h]?.[k]?.n ?? 0})`).join(', ')}`).join(' | ')}`);
console.log(`SUMMARY ${halves.map((h) => `${h}: ${KINDS.map((k) => `${k} ${pct(summary[h][k])}`).join(', ')}`).join(' | ')}`);
