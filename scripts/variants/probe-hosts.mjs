#!/usr/bin/env node
// Host probe (session 22): are the injected-link rules keyed on the pages they were tuned on? Each one-paragraph
// block of the probe files that the rules get right as a plain <p> on the seed-style fixture is put, as a plain <p>,
// into the story of many real pages nobody tuned for — the second benchmark's dev pages (news, blogs, wikis, forums,
// shops, institutions, in some 30 languages) — after the story's middle long paragraph, with the probe's site
// rewritten to the host's. A rule that knows the line catches it on every host; a host where many blocks fail has a
// structure a rule depends on.
//   node scripts/variants/probe-hosts.mjs scripts/variants/probes/calls-a.tsv [more files] [--hosts 40] [--list]
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadCore, parsePage } from '../bench/core.mjs';
import { oneParagraphBlocks } from './util.mjs';

const TRAFI = '../shared/eval/data/trafi';
const PROBE_SITE = 'https://www.northgate-tribune.com';
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const list = args.includes('--list');
const part = opt('--part', null);
const hostCount = Number(opt('--hosts', 40));
const files = args.filter((a, i) => !a.startsWith('--') && !['--part', '--hosts'].includes(args[i - 1]));
const norm = (s) => s.replace(/\s+/g, ' ').trim();
const sleep = () => new Promise((r) => setImmediate(r)); // jsdom lets a closed window go only once the event loop turns

/** The hosts: trafi dev pages with a real address, in a fixed shuffled order (by a hash of the file name). */
function hosts() {
  const truth = JSON.parse(readFileSync(`${TRAFI}/truth.json`, 'utf8'));
  const hash = (s) => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);
  return Object.values(truth)
    .filter((t) => !t.url.startsWith('hard::') && existsSync(`${TRAFI}/html/${t.file}`))
    .sort((a, b) => hash(a.file) - hash(b.file))
    .map((t) => ({ name: t.file, url: t.url, src: `${TRAFI}/html/${t.file}` }));
}

const core = await loadCore();
const needleOf = (doc, inner) => {
  const tpl = doc.createElement('template');
  tpl.innerHTML = inner;
  return norm(tpl.content.textContent).slice(0, 40);
};

/** The story's long paragraphs on the host: the anchor is the middle one. Null when the story has fewer than three. */
function anchorOf(doc, story) {
  const paras = [...doc.querySelectorAll('p')].filter((p) => norm(p.textContent).length > 120 && story.includes(norm(p.textContent).slice(0, 80)));
  return paras.length >= 3 ? paras[Math.floor(paras.length / 2)] : null;
}

async function survives(host, inner) {
  const dom = parsePage(readFileSync(host.src), host.url);
  const doc = dom.window.document;
  const anchor = anchorOf(doc, host.story);
  const origin = new URL(host.url).origin;
  // The probe's site becomes the host's, written out or percent-encoded (a feed reader's link carries it encoded).
  const html = inner.split(PROBE_SITE).join(origin).split(encodeURIComponent(PROBE_SITE)).join(encodeURIComponent(origin));
  anchor.insertAdjacentHTML('afterend', `<p>${html}</p>`);
  const needle = needleOf(doc, inner);
  let text = '';
  try {
    text = norm(core.extractArticle(doc, host.url, { force: true })?.text ?? '');
  } catch {
    text = '';
  }
  dom.window.close();
  await sleep();
  return { kept: text.includes(needle), story: text.length > 0 };
}

/** The probe files' blocks that the rules get right as a plain paragraph on the seed-style fixture. */
async function rightOnFixture() {
  const fixture = { src: 'tests/fixtures/seed-news-h2/source.html', url: JSON.parse(readFileSync('tests/fixtures/seed-news-h2/expected.json', 'utf8')).url };
  const dom = parsePage(readFileSync(fixture.src), fixture.url);
  fixture.story = norm(core.extractArticle(dom.window.document, fixture.url, { force: true })?.text ?? '');
  dom.window.close();
  const right = [];
  for (const b of oneParagraphBlocks(files, ['go', 'keep'])) {
    const { kept } = await survives(fixture, b.inner);
    if (b.expect === 'go' ? !kept : kept) right.push(b);
  }
  return right;
}

if (!part) {
  // The parent: the blocks right on the fixture, then the hosts in two children (two cores).
  const right = await rightOnFixture();
  console.log(`blocks right on the fixture: ${right.length} (go ${right.filter((b) => b.expect === 'go').length}, keep ${right.filter((b) => b.expect === 'keep').length})`);
  const run = promisify(execFile);
  const outs = await Promise.all([0, 1].map((i) => run(process.execPath, [fileURLToPath(import.meta.url), ...files, '--hosts', String(hostCount), '--part', `${i}/2`, ...(list ? ['--list'] : [])], { maxBuffer: 1 << 26 })));
  const tally = { go: [0, 0], keep: [0, 0] };
  const byBlock = new Map();
  for (const { stdout } of outs) {
    for (const line of stdout.split('\n')) {
      if (line.startsWith('HOST')) console.log(line);
      if (!line.startsWith('{')) continue;
      const r = JSON.parse(line);
      const t = tally[r.expect];
      t[0] += r.ok ? 1 : 0;
      t[1]++;
      if (!r.ok) byBlock.set(r.block, (byBlock.get(r.block) ?? 0) + 1);
    }
  }
  for (const [k, [ok, n]] of Object.entries(tally)) console.log(k.padEnd(5), `${ok}/${n}`, `${((100 * ok) / Math.max(1, n)).toFixed(1)} %`);
  if (list) for (const [b, n] of [...byBlock].sort((x, y) => y[1] - x[1])) console.log('MISSED ON', String(n).padStart(3), 'hosts:', b);
  core.cleanup();
  process.exit(0);
}

// A child: its share of the hosts; only the blocks right on the fixture (found again here: cheap, and no IPC).
const [index, of] = part.split('/').map(Number);
const right = await rightOnFixture();
let used = 0;
for (const host of hosts()) {
  if (used >= hostCount) break;
  const dom = parsePage(readFileSync(host.src), host.url);
  let story = '';
  try {
    story = norm(core.extractArticle(dom.window.document, host.url, { force: true })?.text ?? '');
  } catch {
    story = '';
  }
  const usable = !!story && !!anchorOf(dom.window.document, story);
  dom.window.close();
  await sleep();
  if (!usable) continue;
  if (used++ % of !== index) continue;
  host.story = story;
  let miss = 0;
  for (const b of right) {
    const { kept } = await survives(host, b.inner);
    const ok = b.expect === 'go' ? !kept : kept;
    if (!ok) miss++;
    const plain = norm(b.inner.replace(/<[^>]+>/g, '')).slice(0, 100);
    console.log(JSON.stringify({ expect: b.expect, ok, block: `${b.expect} ${plain}` }));
    if (!ok && list) console.log('HOST', host.name, 'FAIL', b.expect, plain);
  }
  console.log('HOST', host.name, `misses ${miss}/${right.length}`);
}
core.cleanup();
