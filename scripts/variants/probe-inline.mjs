#!/usr/bin/env node
// Inline probe (session 21), for lines set inside a paragraph of the text: each line of a file is
// `html<TAB>stay<TAB>go` — the block goes after the third long paragraph of the seed-news-h2 fixture (after the
// last with END=1; another host page with FIX=name), and the article's text must hold `stay` and not `go` (empty: nothing must go); WHY=1 prints the
// removals that took `stay`.
//   node scripts/variants/probe-inline.mjs scripts/variants/probes/readmore-inline-s21.tsv
import { readFileSync } from 'node:fs';
import { loadCore, parsePage } from '../bench/core.mjs';

const core = await loadCore();
const fixture = process.env.FIX || 'seed-news-h2';
const src = readFileSync(`tests/fixtures/${fixture}/source.html`, 'utf8');
const { url } = JSON.parse(readFileSync(`tests/fixtures/${fixture}/expected.json`, 'utf8'));
const norm = (s) => s.replace(/\s+/g, ' ').trim();
const storyText = (() => {
  const dom = parsePage(Buffer.from(src), url);
  const text = norm(core.extractArticle(dom.window.document, url, { force: true, timeBudgetMs: Infinity })?.text ?? '');
  dom.window.close();
  return text;
})();
let ok = 0;
let n = 0;
for (const line of readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'))) {
  const [html, stay, go] = line.split('\t');
  const dom = parsePage(Buffer.from(src), url);
  const doc = dom.window.document;
  // The article's long paragraphs (the page's own extraction holds them): not a cookie banner's or a footer's.
  const paras = [...doc.querySelectorAll('p')].filter((p) => norm(p.textContent).length > 120 && storyText.includes(norm(p.textContent).slice(0, 80)));
  (process.env.END ? paras[paras.length - 1] : paras[2]).insertAdjacentHTML('afterend', html);
  const article = core.extractArticle(doc, url, { force: true, timeBudgetMs: Infinity });
  const text = norm(article?.text ?? '');
  const good = text.includes(stay) && (!go || !text.includes(go));
  n++;
  if (good) ok++;
  console.log(good ? 'ok  ' : 'FAIL', text.includes(stay) ? '    ' : 'LOST', go && text.includes(go) ? 'KEPT' : '    ', '|', norm(html.replace(/<[^>]+>/g, '')).slice(0, 120));
  if ((!good || process.env.WHY === "all") && process.env.WHY) for (const r of article?.removed ?? []) if (process.env.WHY === "all" || (stay && r.text?.includes(stay.slice(0, 30))) || (go && r.text?.includes(go))) console.log('   removed:', r.rule, '|', r.reason, '|', r.text?.slice(0, 90));
  dom.window.close();
  await new Promise((r) => setImmediate(r)); // jsdom lets a closed window go only once the event loop turns
}
console.log(`${ok}/${n}`);
core.cleanup();
