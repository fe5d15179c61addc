#!/usr/bin/env node
// Quick probe of the injected-link rules with blocks written by hand (session 12): each line of a probe file is
// `go<TAB>html` (must leave the text) or `keep<TAB>html` (must stay). Each block is put after the third long
// paragraph of a fixture page (default seed-news-h2), the page is extracted as the CLI does, and the block's text
// is looked for in the article's text. Prints one line per block and the counts.
//   node scripts/variants/probe.mjs scripts/variants/probes/calls-a.tsv [--fixture NAME]
import { readFileSync } from 'node:fs';
import { loadCore, parsePage } from '../bench/core.mjs';

const file = process.argv[2];
const fi = process.argv.indexOf('--fixture');
const fixture = fi > 0 ? process.argv[fi + 1] : 'seed-news-h2';
const core = await loadCore();
const src = readFileSync(`tests/fixtures/${fixture}/source.html`, 'utf8');
const { url } = JSON.parse(readFileSync(`tests/fixtures/${fixture}/expected.json`, 'utf8'));
const norm = (s) => s.replace(/\s+/g, ' ').trim();
const tally = { go: [0, 0], keep: [0, 0] };
for (const line of readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'))) {
  const [expect, html] = line.split('\t');
  const dom = parsePage(Buffer.from(src), url);
  const doc = dom.window.document;
  const paras = [...doc.querySelectorAll('p')].filter((p) => norm(p.textContent).length > 120);
  paras[2].insertAdjacentHTML('afterend', html);
  const tpl = doc.createElement('template');
  tpl.innerHTML = html;
  // Blocks, cells and breaks read apart, as the article's text has them ("Sources" and its first entry are two words, not one).
  for (const el of tpl.content.querySelectorAll('p, div, li, dt, dd, h1, h2, h3, h4, h5, h6, td, th, caption, figcaption, blockquote, br, summary')) {
    el.before(' ');
    el.after(' ');
  }
  const text = norm(tpl.content.textContent);
  const article = core.extractArticle(doc, url, { force: true });
  // A block of pictures alone (a badge, an app-store button) is looked for by its first picture's file name in the article's HTML.
  const picture = text ? null : tpl.content.querySelector('img[src]')?.getAttribute('src')?.split('/').pop();
  // (A caption is in the article's HTML, under its picture, and out of its running text.)
  const shown = doc.createElement('template');
  shown.innerHTML = article?.html ?? '';
  for (const el of shown.content.querySelectorAll('p, div, li, dt, dd, h1, h2, h3, h4, h5, h6, td, th, caption, figcaption, blockquote, br, summary')) el.before(' ');
  const kept = picture ? (article?.html ?? '').includes(picture) : norm(article?.text ?? '').includes(text.slice(0, 40)) || norm(shown.content.textContent).includes(text.slice(0, 40));
  const ok = expect === 'go' ? !kept : kept;
  tally[expect][0] += ok ? 1 : 0;
  tally[expect][1]++;
  console.log(ok ? 'ok  ' : 'FAIL', expect.padEnd(4), text.slice(0, 110));
  dom.window.close();
}
core.cleanup();
console.log(`go ${tally.go[0]}/${tally.go[1]}, keep ${tally.keep[0]}/${tally.keep[1]}`);
