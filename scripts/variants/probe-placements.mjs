#!/usr/bin/env node
// Placement probe (session 21): are the injected-link rules keyed on where a block sits and how it is wrapped, or
// on what it is? Each one-paragraph block of the probe files (`go` must leave, `keep` must stay) is put into a page
// in several markups that a site's editor or template gives the same line — a <div>, a list item, a quotation,
// bold or italic around the whole line, spans, a <br><br> tail of the paragraph before it, a centred legacy
// <center>, a wrapper two divs deep, spacer paragraphs around it — at two places (after the third long paragraph,
// and after the last), on two host pages. A rule that knows the line should catch it in every markup; the counts
// per markup show which shapes it does not know.
//   node scripts/variants/probe-placements.mjs scripts/variants/probes/calls-a.tsv [more files] [--list]
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadCore, parsePage } from '../bench/core.mjs';
import { oneParagraphBlocks } from './util.mjs';

const args = process.argv.slice(2);
const list = args.includes('--list');
const pi = args.indexOf('--part');
const part = pi >= 0 ? args[pi + 1] : null; // one host page and place, run in a child process (two at a time on two cores)
const files = args.filter((a, i) => !a.startsWith('--') && (pi < 0 || i !== pi + 1));
const HOSTS = ['seed-news-h2', 'blog-plain'];
const norm = (s) => s.replace(/\s+/g, ' ').trim();

/** Markups of one paragraph's inner HTML; `tail` is appended to the paragraph before the place instead. */
const PLACEMENTS = {
  p: (h) => `<p>${h}</p>`,
  div: (h) => `<div>${h}</div>`,
  li: (h) => `<ul><li>${h}</li></ul>`,
  quote: (h) => `<blockquote><p>${h}</p></blockquote>`,
  strong: (h) => `<p><strong>${h}</strong></p>`,
  em: (h) => `<p><em>${h}</em></p>`,
  spans: (h) => `<p><span style="font-weight:400">${h}</span></p>`,
  center: (h) => `<center><font size="2">${h}</font></center>`,
  deep: (h) => `<div><div><p>${h}</p></div></div>`,
  spacers: (h) => `<p>&nbsp;</p><p>${h}</p><p>&nbsp;</p>`,
  hr: (h) => `<hr><p>${h}</p>`,
  tail: (h) => ({ tail: `<br><br>${h}` }),
};

if (!part) {
  // The parent: one child per host page and place, two at a time; their tallies summed.
  const run = promisify(execFile);
  const parts = HOSTS.flatMap((h) => ['mid', 'end'].map((w) => `${h}:${w}`));
  const outs = [];
  for (let i = 0; i < parts.length; i += 2) {
    const batch = parts.slice(i, i + 2).map((p) => run(process.execPath, [fileURLToPath(import.meta.url), ...files, '--part', p, ...(list ? ['--list'] : [])], { maxBuffer: 1 << 26 }));
    for (const r of await Promise.all(batch)) outs.push(r.stdout);
  }
  const tally = {};
  for (const out of outs) {
    for (const line of out.split('\n')) {
      if (line.startsWith('FAIL')) console.log(line);
      else if (line.startsWith('{')) {
        for (const [k, [ok, n]] of Object.entries(JSON.parse(line))) {
          const t = tally[k] ?? [0, 0];
          tally[k] = [t[0] + ok, t[1] + n];
        }
      }
    }
  }
  for (const [k, [ok, n]] of Object.entries(tally).sort()) console.log(k.padEnd(14), `${ok}/${n}`, `${((100 * ok) / n).toFixed(1)} %`);
  process.exit(0);
}

const [partHost, partWhere] = part.split(':');
const core = await loadCore();
const pages = [partHost].map((name) => ({ name, src: readFileSync(`tests/fixtures/${name}/source.html`), url: JSON.parse(readFileSync(`tests/fixtures/${name}/expected.json`, 'utf8')).url }));
for (const page of pages) {
  const dom = parsePage(page.src, page.url);
  page.story = norm(core.extractArticle(dom.window.document, page.url, { force: true })?.text ?? '');
  dom.window.close();
}

async function survives(page, where, markup, inner) {
  const dom = parsePage(page.src, page.url);
  const doc = dom.window.document;
  // The article's long paragraphs (the page's own extraction holds them): not a cookie banner's or a footer's.
  const paras = [...doc.querySelectorAll('p')].filter((p) => norm(p.textContent).length > 120 && page.story.includes(norm(p.textContent).slice(0, 80)));
  const anchor = where === 'mid' ? paras[Math.min(2, paras.length - 1)] : paras[paras.length - 1];
  const made = PLACEMENTS[markup](inner);
  if (typeof made === 'string') anchor.insertAdjacentHTML('afterend', made);
  else anchor.insertAdjacentHTML('beforeend', made.tail);
  const tpl = doc.createElement('template');
  tpl.innerHTML = inner;
  const needle = norm(tpl.content.textContent).slice(0, 40);
  const text = norm(core.extractArticle(doc, page.url, { force: true })?.text ?? '');
  dom.window.close();
  await new Promise((r) => setImmediate(r)); // jsdom lets a closed window go only once the event loop turns
  return text.includes(needle);
}

const all = oneParagraphBlocks(files);
const tally = {};
for (const b of all) {
  for (const page of pages) {
    for (const where of [partWhere]) {
      // Only blocks the rules get right as a plain paragraph at this place: the rest is a phrasing miss, not a placement's.
      const base = await survives(page, where, 'p', b.inner);
      if (b.expect === 'go' ? base : !base) continue;
      for (const markup of Object.keys(PLACEMENTS)) {
        if (markup === 'p') continue;
        const kept = await survives(page, where, markup, b.inner);
        const ok = b.expect === 'go' ? !kept : kept;
        const key = `${b.expect} ${markup}`;
        tally[key] ??= [0, 0];
        tally[key][0] += ok ? 1 : 0;
        tally[key][1]++;
        if (!ok && list) console.log('FAIL', b.expect, markup.padEnd(7), page.name, where, norm(b.inner.replace(/<[^>]+>/g, '')).slice(0, 90));
      }
    }
  }
}
core.cleanup();
console.log(JSON.stringify(tally));
