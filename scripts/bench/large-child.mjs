// One large-page measurement in a fresh process (so peak memory is this run's own):
//   node --expose-gc scripts/bench/large-child.mjs <bundle.cjs> <MB> <pipeline|readability>
// Warms both code paths up on a small generated page, generates and parses the big page, then times
// one run. Prints a JSON line when parsed, then one with times, outcome, maxRSS after parsing and after the run, heap growth.
import { resourceUsage } from 'node:process';
import { pathToFileURL } from 'node:url';
import { gc, parsePage, timed } from './core.mjs';
import { generatePage } from './large-page.mjs';

const [bundle, mbArg, mode] = process.argv.slice(2);
const mod = await import(pathToFileURL(bundle).href);
const core = mod.default ?? mod;
const url = 'https://bench.example/news/city-budget-the-long-story';
const maxRssMB = () => resourceUsage().maxRSS / 1024; // maxRSS is in KB
const heapMB = () => process.memoryUsage().heapUsed / 1048576;

function runner(doc) {
  if (mode === 'readability') return () => new core.Readability(doc.cloneNode(true)).parse();
  return () => core.extractArticle(doc, url, { force: true });
}

// Warm-up: a ~200 KB page of the same shape, both code paths.
{
  const dom = parsePage(generatePage(200_000, 7).html, url);
  timed(() => core.extractArticle(dom.window.document, url, { force: true })); // may stop: fine
  timed(() => new core.Readability(dom.window.document.cloneNode(true)).parse());
  dom.window.close();
}

const { html, stats } = generatePage(Number(mbArg) * 1048576);
const parse = timed(() => parsePage(html, url));
const dom = parse.value;
const doc = dom.window.document;
const elements = doc.getElementsByTagName('*').length;
gc();
const page = { mb: Number(mbArg), mode, bytes: html.length, elements, ...stats, parseMs: parse.ms };
process.stdout.write(`${JSON.stringify({ phase: 'parsed', ...page })}\n`); // the parent's run clock starts
const rssParse = maxRssMB();
const heapBefore = heapMB();
const run = timed(runner(doc));
const heapAfter = heapMB(); // result still referenced by `run`
const rssPeak = maxRssMB();
let outcome = run.value ? 'ok' : 'null';
if (run.error) outcome = run.error.name === 'ExtractionLimitError' ? `stopped: ${run.error.message}` : `error: ${run.error.message}`;

process.stdout.write(
  `${JSON.stringify({
    ...page,
    ms: run.ms,
    outcome,
    rssAfterParseMB: rssParse,
    rssPeakMB: rssPeak,
    heapGrowthMB: heapAfter - heapBefore,
  })}\n`,
);
