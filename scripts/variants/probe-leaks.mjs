#!/usr/bin/env node
// Leaked-markup probe (session 20): each line of a file is markup with {K} where the link's words go; it is put inside a sentence of
// a paragraph after the third long paragraph of the seed-news-h2 fixture, and the words must read on as plain text, the markup gone.
//   node scripts/variants/probe-leaks.mjs scripts/variants/probes/leaked-s20.tsv
import { readFileSync } from 'node:fs';
import { loadCore, parsePage } from '../bench/core.mjs';
const core = await loadCore();
const src = readFileSync('tests/fixtures/seed-news-h2/source.html', 'utf8');
const { url } = JSON.parse(readFileSync('tests/fixtures/seed-news-h2/expected.json', 'utf8'));
const norm = (s) => s.replace(/\s+/g, ' ').trim();
let ok = 0, n = 0;
for (const line of readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'))) {
  const html = `<p>Add the eggs one at a time; each ${line.replace('{K}', 'should be fully mixed in')} before the next one goes into the bowl, the baker said on Tuesday.</p>`;
  const dom = parsePage(Buffer.from(src), url);
  const doc = dom.window.document;
  const paras = [...doc.querySelectorAll('p')].filter((p) => norm(p.textContent).length > 120);
  paras[2].insertAdjacentHTML('afterend', html);
  const a = core.extractArticle(doc, url, { force: true, timeBudgetMs: Infinity });
  const t = norm(a.text);
  const good = t.includes('each should be fully mixed in before the next one goes');
  n++; if (good) ok++;
  if (!good) { const i = t.indexOf('Add the eggs'); console.log('FAIL', line.slice(0, 100), '=>', t.slice(i, i + 160)); }
  dom.window.close();
}
console.log(`${ok}/${n}`);
core.cleanup();
