#!/usr/bin/env node
// Link probe of the keyword and affiliate rules (session 20), as probe.mjs is for blocks: each line of a file is
// `unlink<TAB>html` (its links must be gone and its words kept), `keep<TAB>html` (its links stay) or `mixed<TAB>html`
// (session 24: each link marked data-expect="unlink" or "keep", and each must fare so). Each block goes after
// the third long paragraph of the seed-news-h2 fixture, and the page is extracted as the CLI does.
//   node scripts/variants/probe-links.mjs scripts/variants/probes/keyword-contexts-s20.tsv
import { readFileSync } from 'node:fs';
import { loadCore, parsePage } from '../bench/core.mjs';
const core = await loadCore();
const fixture = 'seed-news-h2';
const src = readFileSync(`tests/fixtures/${fixture}/source.html`, 'utf8');
const { url } = JSON.parse(readFileSync(`tests/fixtures/${fixture}/expected.json`, 'utf8'));
const norm = (s) => s.replace(/\s+/g, ' ').trim();
// A block's words with its blocks, cells and breaks read apart (a table's "Club" and "Played" are two words, not one).
const BLOCKS = 'p, div, li, dt, dd, h1, h2, h3, h4, h5, h6, td, th, caption, figcaption, blockquote, br, summary';
const spaced = (root) => {
  for (const el of root.querySelectorAll(BLOCKS)) el.before(' ');
  return norm(root.textContent);
};
const t = { unlink: [0, 0], keep: [0, 0], mixed: [0, 0] };
for (const line of readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'))) {
  const [expect, html] = line.split('\t');
  const dom = parsePage(Buffer.from(src), url);
  const doc = dom.window.document;
  const paras = [...doc.querySelectorAll('p')].filter((p) => norm(p.textContent).length > 120);
  paras[2].insertAdjacentHTML('afterend', html);
  const tpl = doc.createElement('template'); tpl.innerHTML = html;
  const hrefs = [...tpl.content.querySelectorAll('a[href]')].map((a) => new URL(a.getAttribute('href'), url).href);
  const marked = (mark) => [...tpl.content.querySelectorAll(`a[href][data-expect="${mark}"]`)].map((a) => new URL(a.getAttribute('href'), url).href);
  const words = spaced(tpl.content);
  const a = core.extractArticle(doc, url, { force: true, timeBudgetMs: Infinity });
  const out = dom.window.document.createElement('div'); out.innerHTML = a.html;
  const kept = [...out.querySelectorAll('a[href]')].map((x) => x.href);
  const linked = hrefs.filter((h) => kept.includes(h)).length;
  // (A caption is in the article's HTML, under its picture, and out of its running text.)
  const wordsIn = norm(a.text).includes(words.slice(0, 60)) || spaced(out).includes(words.slice(0, 60));
  const ok =
    expect === 'mixed'
      ? wordsIn && marked('unlink').every((h) => !kept.includes(h)) && marked('keep').every((h) => kept.includes(h))
      : expect === 'unlink'
        ? linked === 0 && wordsIn
        : linked === hrefs.length && wordsIn;
  t[expect][0] += ok ? 1 : 0; t[expect][1]++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${expect} links kept ${linked}/${hrefs.length} words ${wordsIn ? 'in' : 'LOST'} | ${words.slice(0, 90)}`);
  // What went wrong, link by link: a link kept that had to go (+), or gone that had to stay (-).
  if (!ok && process.env.LINKS) {
    const wanted = (h) => (expect === 'mixed' ? marked('keep').includes(h) : expect === 'keep');
    for (const h of hrefs) if (kept.includes(h) !== wanted(h)) console.log(`     ${kept.includes(h) ? '+ kept' : '- gone'} ${decodeURI(h)}`);
  }
  dom.window.close();
}
console.log(`unlink ${t.unlink[0]}/${t.unlink[1]}, keep ${t.keep[0]}/${t.keep[1]}${t.mixed[1] ? `, mixed ${t.mixed[0]}/${t.mixed[1]}` : ''}`);
core.cleanup();
