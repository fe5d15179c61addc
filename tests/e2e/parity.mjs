// Browser parity: benchmark pages, each served under its own host name, read through the real popup in
// Chromium and Firefox, and compared with what the CLI (the eval's command, jsdom) makes of the saved file.
// What the eval measures must be what a reader sees: the title, the standfirst, the outline (text and level) and the text
// shown in the popup, read from its rendered DOM with the core's own plain-text rules (plainText, bundled
// here from src/core/plain-text.ts), against the CLI's Article. One counted test per page and browser.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { compareText, loadParityPages, pageBytes, runCliInBackground } from './parity-pages.mjs';
import { picture } from './server.mjs';

export const MIN_SIMILARITY = 0.99;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Loads the selection (or takes `shared`, another browser's), registers every page on the server under its own host, and starts the CLI runs in
 * the background (one at a time: they overlap the browsers' other tests). Resolves to { skip: why } when the benchmark data is not
 * there, else { dir, pages, cli, hosts, results, reader }.
 */
export async function prepareParity(server, shared = null) {
  const selection = shared ? { dir: shared.dir, pages: shared.pages } : loadParityPages();
  if (selection.missing) return { skip: selection.missing };
  const pages = selection.pages.map((page) => {
    const served = pageBytes(page);
    return { ...page, served: served.charset, address: server.site(page.host, page.path, served) + new URL(page.url).search };
  });
  const hosts = [...new Set(pages.map((p) => p.host))];
  // A second browser's server serves the same pages; the CLI's readings and the results are the first's.
  if (shared) return { ...shared, pages, hosts };
  return { dir: selection.dir, pages, cli: runCliInBackground(pages, { jobs: 1 }), hosts, results: [], reader: await readerSource() };
}

/** A view's state, cheap enough to poll: its result and whether the frame showing it has been painted. */
const STATE = `(w) => {
  const app = w.document.getElementById('app');
  const state = (app && app.dataset.state) || 'loading';
  const marks = w.performance.getEntriesByName('ro:article-painted');
  const last = marks.length ? marks[marks.length - 1].detail : null;
  // A long article's rest comes in after its first screen (data-rendering="partial" until then).
  return { state, painted: Boolean(last && last.state === state) && !(app && app.dataset.rendering === 'partial'),
    tryAnyway: Boolean(w.document.querySelector('[data-action="try-anyway"]')) };
}`;

/** The function that reads a painted view's window `w`: title, outline and text (as the core's plainText). */
async function readerSource() {
  const bundle = await build({
    stdin: { contents: "export { plainText } from './src/core/plain-text.ts';", resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: '__roPlainText',
    write: false,
    target: 'es2022',
    logLevel: 'silent',
  });
  return `(w) => {
    ${bundle.outputFiles[0].text}
    const d = w.document;
    const app = d.getElementById('app');
    const base = { state: app.dataset.state, ms: app.dataset.ms ? Number(app.dataset.ms) : null,
      message: (d.querySelector('[data-message] .message__text') || {}).textContent || null };
    if (base.state !== 'article') return base;
    const outline = [...d.querySelectorAll('[data-outline="menu"] .outline__item')].map((li) => ({
      level: Number((/outline__item--l(\\d)/.exec(li.className) || [])[1]),
      text: li.querySelector('.outline__text').textContent,
    }));
    const body = d.querySelector('.doc__body');
    const standfirst = d.querySelector('.doc__standfirst')?.textContent ?? null;
    return { ...base, title: d.querySelector('.doc__title').textContent, standfirst, outline, text: body ? __roPlainText.plainText(body) : '' };
  }`;
}

/**
 * What the test tab gets for every image it asks for: the machine is offline, and pages react to a broken
 * image (one swaps it for a "missing image" element without its alt text, whose words the CLI turns into a
 * caption; another retries a fallback picture forever and never finishes loading). A reader's images load.
 */
export function placeholderImage(url) {
  return picture(1200, 675, url);
}

const short = (s, n = 70) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** What differs between the popup's reading and the CLI's Article (empty: the same). */
function differences(view, article) {
  const diff = [];
  const title = article.title || 'Untitled'; // what the view shows for an empty title
  if (view.title !== title) diff.push(`title: popup ${JSON.stringify(view.title)} vs CLI ${JSON.stringify(title)}`);
  if (view.standfirst !== (article.standfirst ?? null)) diff.push(`standfirst: popup ${JSON.stringify(view.standfirst)} vs CLI ${JSON.stringify(article.standfirst)}`);
  const a = view.outline.map((o) => `${o.level} ${o.text}`);
  const b = article.outline.map((o) => `${o.level} ${o.text}`);
  const i = a.findIndex((x, k) => x !== b[k]);
  if (a.length !== b.length || i >= 0) {
    const at = i >= 0 ? i : Math.min(a.length, b.length);
    diff.push(`outline (${a.length} vs ${b.length} entries) differs at ${at + 1}: popup ${JSON.stringify(a[at] ?? null)} vs CLI ${JSON.stringify(b[at] ?? null)}`);
  }
  return diff;
}

/**
 * The suite for one browser. `driver`: { name, stubImages() → undo, goto(url) → final href, openPopup(),
 * read(source) → `source` applied to the popup's window, closePopup(), screenshot(file) }.
 */
export async function paritySuite({ test, artifacts }, parity, driver) {
  const waitResult = async (accept, what, timeout = 20_000) => {
    const end = Date.now() + timeout;
    let last;
    while (Date.now() < end) {
      last = await driver.read(STATE).catch((err) => ({ state: `unreadable (${err.message})` }));
      if (accept(last)) return last;
      await sleep(50);
    }
    throw new Error(`${what}: not there after ${timeout / 1000} s (last: ${JSON.stringify(last).slice(0, 300)})`);
  };
  const done = (s) => s.painted && !['loading', 'none'].includes(s.state);

  /** One page: open it, read it in the popup, compare with the CLI's Article. */
  const check = async (page) => {
    const t0 = Date.now();
    const href = await driver.goto(page.address);
    if (new URL(href).protocol !== 'http:') throw new Error(`the tab went to ${href} (a script of the page, or ${page.host} is on the HSTS preload list)`);
    const t1 = Date.now();
    await driver.openPopup();
    try {
      const first = await waitResult(done, 'the popup’s result');
      if (page.force && first.state === 'not-article' && first.tryAnyway) {
        await driver.read('(w) => { w.document.querySelector(\'[data-action="try-anyway"]\').click(); return true; }');
        await waitResult((s) => done(s) && s.state !== 'not-article', '“Try anyway”');
      }
      const t2 = Date.now();
      const view = await driver.read(parity.reader);
      const cli = await parity.cli.get(page.id);
      const result = { browser: driver.name, set: page.set, id: page.id, host: page.host, state: view.state, ms: view.ms };
      parity.results.push(result);
      if (!cli.article) {
        result.cli = `exit ${cli.exit}: ${cli.error}`;
        if (cli.exit === 3 && view.state === 'not-article') return; // no article for the CLI: the popup says so too
        throw new Error(`CLI ${result.cli}; popup: ${view.state} ${view.message ?? ''}`);
      }
      if (view.state !== 'article') throw new Error(`popup shows ${view.state}: ${view.message} (CLI: an article of ${cli.article.text.length} characters)`);
      if (page.shot) await driver.screenshot(join(artifacts, `parity-${driver.name}-${page.set}-${page.id.slice(0, 12)}.png`));
      const text = compareText(view.text, cli.article.text);
      Object.assign(result, { similarity: text.similarity, tokens: text.tokens, outline: view.outline.length });
      const diff = differences(view, cli.article);
      if (text.similarity < MIN_SIMILARITY) diff.push(`text similarity ${text.similarity.toFixed(4)} < ${MIN_SIMILARITY}: ${short(text.excerpt, 400)}`);
      else if (text.excerpt) result.excerpt = text.excerpt;
      console.log(
        `      [${driver.name}] ${short(page.id, 24)}: text ${text.similarity.toFixed(4)} (${text.tokens[0]}/${text.tokens[1]} tokens), ` +
          `outline ${view.outline.length}, served ${page.served}; load ${t1 - t0} ms, popup ${t2 - t1} ms, in-page ${view.ms} ms`,
      );
      if (diff.length) {
        result.diff = diff;
        throw new Error(diff.join('\n'));
      }
    } finally {
      await driver.closePopup();
    }
  };

  const unstub = await driver.stubImages();
  try {
    for (const page of parity.pages) {
      await test(`parity ${driver.name}: ${page.set} ${short(page.id, 24)} (${page.host}, ${page.note})`, () => check(page));
    }
  } finally {
    await unstub();
  }
}

/** After both browsers: one table of the results, also saved to artifacts/parity.json. */
export function reportParity(parity, artifacts) {
  if (!parity?.results.length) return;
  writeFileSync(join(artifacts, 'parity.json'), `${JSON.stringify(parity.results, null, 1)}\n`);
  const byPage = new Map();
  for (const r of parity.results) {
    const row = byPage.get(r.id) ?? { set: r.set, id: r.id, host: r.host };
    row[r.browser] = r.similarity !== undefined ? r.similarity.toFixed(4) : r.cli ? `${r.state} (${short(r.cli, 30)})` : r.state;
    byPage.set(r.id, row);
  }
  console.log('\nbrowser parity (text similarity, popup vs CLI):');
  for (const row of byPage.values()) console.log(`  ${row.set.padEnd(5)} ${short(row.id, 24).padEnd(25)} ${row.host.padEnd(28)} chromium ${row.chromium ?? '-'}  firefox ${row.firefox ?? '-'}`);
}
