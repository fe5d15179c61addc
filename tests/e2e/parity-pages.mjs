// The benchmark pages of the browser-parity test (parity.mjs): which pages, where their data is, how each is
// served under its own host name, what the CLI makes of it, and how two texts are compared.
// The data: the eval harness's copy of the benchmarks, `shared/eval/data/{aeb,trafi}` (README of shared/eval).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * A fixed selection from the dev halves: 12 aeb + 10 trafi pages in 13 languages, short and long, with and
 * without section headings, one short wiki page (`force`: "Try anyway" when a page is refused) and two pages whose
 * site sent a legacy charset (served in it, see `pageBytes`); `shot`: the popup is screenshotted.
 * Left out: hosts on the browsers' HSTS preload list (www.bbc.com, www.nytimes.com, gizmodo.com …), which
 * a browser asks only over https, and pages whose own script moves them to https (gto-normativy.ru): this
 * server speaks http.
 */
export const PARITY_PAGES = [
  ['aeb', '0ec95c7261d122f304728e90c983450ef1ce1e0b423546835c397d50aaf0d0f2', 'Korean news, http'],
  ['aeb', '20b2b64916b00b25203c9f1bf14248922f4d522f18328e9f876cce116df0083e', 'Italian blog, http'],
  ['aeb', '23aaecd14171f96cfd201a8a46666097e286ad71f74f29347a78c5ecba50da1e', 'Portuguese blog'],
  ['aeb', 'c82b3d1d540bbbd6081bdfb78b4c068c583aa766bcaaefe7ad16d24e5413a829', 'Russian magazine, http'],
  ['aeb', '7837c9d66c815b9a21dd669a3dc21677c3f084b1b7dd603d56e87867d8970dd3', 'Indonesian essay, 3 headings'],
  ['aeb', 'f105de6e63ca91ea482f60193f6252092557f969f2fd128ff68c0d4d6b90dd7d', 'Japanese how-to, 3 headings'],
  ['aeb', '4219d096902dad9fd9d57e881e7928ca66bdf5334c2bc7dfddaa264887777a7a', 'recipe blog, 8 headings'],
  ['aeb', '2f42ef1d3ea0c96e56355d3db93d0e06b47e760b74f6f4261278b8cd1c246dd6', 'long magazine story'],
  ['aeb', '3c5bf8db4272925bf1dd5713fc325e179fd0d1cc6fb8c77aa2d917cfd2518a32', 'science news'],
  ['aeb', '8380689f358c1e3a0f6fca6e11ed13e5304a74060139f7a584347db213950446', 'fact check'],
  ['aeb', 'e593d7fe88f9f5cd6587ac172be2db6055d40b6f071023f97ab1ce373534261e', 'health guide, 16 headings', { shot: true }],
  ['aeb', 'dc7ccccc1f34eb2928cb238739aaf18c712d59d8d34b41acfb29178aeba65356', 'news, 1 heading'],
  ['trafi', 'wiki.piratenpartei.de.stammtisch', 'German wiki page (short, link-dense: an article since the open-web gate)'],
  ['trafi', '_Ziemniaki_na_sz_stej_sur_wka_na_dziesi_tej_._Jak_pomaga_eby_nie_zaszkodzi___PORADNIK_W_PIGU_CE_', 'Polish news, iso-8859-2', { shot: true }],
  ['trafi', 'next2games.de.anno', 'German games preview, windows-1252'],
  ['trafi', 'die-tagespost.de.Demut', 'German essay, 6 headings'],
  ['trafi', 'nhk.or.jp.k100', 'Japanese easy news'],
  ['trafi', 'bondyblog.fr.paris-8', 'French blog, 6 headings'],
  ['trafi', 'ladiaria.com.uy-productor', 'Spanish news, 5 headings'],
  ['trafi', 'mindmegette.hu.levagott', 'Hungarian recipe, 5 headings'],
  ['trafi', 'yle.fi.3-11212601', 'Finnish news, 2 headings'],
  ['trafi', 'world.kbs.co.kr-Temperatures', 'English news from a Korean site'],
];

/** `READER_EVAL_DATA` when set, else `<repo>/../shared/eval/data` (CI: a copy of shared/ beside the clone), else /work/shared/eval/data. */
export function evalDataDir() {
  const set = process.env.READER_EVAL_DATA;
  const candidates = set ? [set] : [join(ROOT, '..', 'shared', 'eval', 'data'), '/work/shared/eval/data'];
  for (const dir of candidates) {
    if (dir && existsSync(join(dir, 'aeb', 'ground-truth.json')) && existsSync(join(dir, 'trafi', 'truth.json'))) return resolve(dir);
  }
  return null;
}

/**
 * The selected pages with their files and addresses, or { missing } when the data is not there.
 * Each page: { set, id, note, force, shot, file, url (the benchmark's), host, path, charset }.
 */
export function loadParityPages(dir = evalDataDir()) {
  if (!dir) {
    const where = process.env.READER_EVAL_DATA ? `READER_EVAL_DATA=${process.env.READER_EVAL_DATA}` : `${join(ROOT, '..', 'shared', 'eval', 'data')} or /work/shared/eval/data`;
    return { missing: `no benchmark data (aeb/ground-truth.json and trafi/truth.json) in ${where}` };
  }
  const truth = {
    aeb: JSON.parse(readFileSync(join(dir, 'aeb', 'ground-truth.json'), 'utf8')),
    trafi: JSON.parse(readFileSync(join(dir, 'trafi', 'truth.json'), 'utf8')),
  };
  const pages = [];
  for (const [set, id, note, options = {}] of PARITY_PAGES) {
    const entry = Object.hasOwn(truth[set], id) ? truth[set][id] : null;
    if (!entry) return { missing: `${set} page ${id} is not in ${dir}` };
    const url = String(entry.url).trim();
    if (!/^https?:\/\//.test(url)) return { missing: `${set} page ${id} has no web address (${url})` };
    // The eval harness reads html/<id>.html (trafi's `file` is the name it had before).
    const file = [join(dir, set, 'html', `${id}.html`), entry.file && join(dir, set, 'html', entry.file)].find((f) => f && existsSync(f));
    if (!file) return { missing: `${set} page ${id}: no html file` };
    const u = new URL(url);
    pages.push({ set, id, note, force: Boolean(options.force), shot: Boolean(options.shot), file, url, host: u.hostname, path: u.pathname, charset: set === 'trafi' ? entry.encoding : 'utf-8' });
  }
  return { dir, pages };
}

/** Bytes → byte map for a single-byte charset (windows-1252, iso-8859-2 …), from TextDecoder's own table. */
function singleByteEncoder(charset) {
  let decoded;
  try {
    decoded = new TextDecoder(charset).decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  } catch {
    return null;
  }
  if ([...decoded].length !== 256) return null;
  const table = new Map([...decoded].map((c, i) => [c, i]));
  return (text) => {
    const out = Buffer.alloc(text.length);
    let n = 0;
    for (const c of text) {
      const b = table.get(c);
      if (b === undefined || (b >= 0x80 && b < 0xa0 && c.charCodeAt(0) < 0xa0)) return null; // not in this charset
      out[n++] = b;
    }
    return out.subarray(0, n);
  };
}

/**
 * What the server sends for a page: the saved bytes with a Content-Type charset. The benchmark saved every
 * page as UTF-8, also those whose site sent a legacy charset (trafi's `encoding`); sending UTF-8 bytes
 * labelled windows-1252 would show a reader mojibake no one ever saw. So such a page goes out re-encoded in
 * its site's charset, with that charset in the header (which outranks the page's own <meta charset>), as
 * the site sent it, and the browser decodes a real legacy-charset page; when the text does not fit that
 * charset, the saved UTF-8 goes out as it is. The CLI reads the saved file, as the eval does.
 */
export function pageBytes(page) {
  const saved = readFileSync(page.file);
  const charset = /^utf-?8/i.test(page.charset ?? '') ? 'utf-8' : page.charset;
  if (charset !== 'utf-8') {
    const encode = singleByteEncoder(charset);
    const body = encode?.(saved.toString('utf8'));
    if (body) return { body, type: `text/html; charset=${charset}`, charset };
  }
  return { body: saved, type: 'text/html; charset=utf-8', charset: 'utf-8' };
}

/**
 * Runs `node build/cli.js extract FILE --url URL --json --time-budget 20000` (the eval's command) for every
 * page, `jobs` at a time, in the background. Resolves each page id to { article } or { exit, error }.
 */
export function runCliInBackground(pages, { jobs = 2 } = {}) {
  const queue = [...pages];
  const one = (page) =>
    new Promise((done) => {
      const args = ['build/cli.js', 'extract', page.file, '--url', page.url, '--json', '--time-budget', '20000', ...(page.force ? ['--force'] : [])];
      execFile(process.execPath, args, { cwd: ROOT, maxBuffer: 64 << 20, timeout: 120_000 }, (err, stdout, stderr) => {
        if (err) return done({ exit: err.code ?? err.signal, error: String(stderr || err.message).trim().split('\n')[0] });
        try {
          done({ article: JSON.parse(stdout) });
        } catch (e) {
          done({ exit: 0, error: `not JSON: ${e.message}` });
        }
      });
    });
  const settle = new Map();
  const done = new Map(pages.map((p) => [p.id, new Promise((r) => settle.set(p.id, r))]));
  const worker = async () => {
    for (let page = queue.shift(); page; page = queue.shift()) settle.get(page.id)(await one(page));
  };
  for (let i = 0; i < jobs; i++) void worker();
  return { get: (id) => done.get(id) };
}

/** Tokens for comparing texts: a word, a number, one CJK character, or one other non-space character. */
export function tokens(text) {
  return text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{M}\p{N}_]+|[^\s\p{L}\p{M}\p{N}_]/gu) ?? [];
}

/**
 * Token-level similarity of two texts, 2·LCS / (|a| + |b|) (1 = the same tokens in the same order), and
 * a short excerpt around the first difference.
 */
export function compareText(a, b) {
  const x = tokens(a);
  const y = tokens(b);
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let endX = x.length;
  let endY = y.length;
  while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) {
    endX--;
    endY--;
  }
  const common = start + (x.length - endX) + lcs(x.slice(start, endX), y.slice(start, endY));
  const similarity = x.length + y.length ? (2 * common) / (x.length + y.length) : 1;
  const show = (t) => `…${t.slice(Math.max(0, start - 8), start + 16).join(' ')}…`;
  const excerpt = start === x.length && start === y.length ? '' : `at token ${start}: browser ${show(x)} | CLI ${show(y)}`;
  return { similarity, tokens: [x.length, y.length], excerpt };
}

/** Length of the longest common subsequence (two rows of the classic table; the inputs are the differing middles). */
function lcs(x, y) {
  if (!x.length || !y.length) return 0;
  if (x.length * y.length > 4e7) return 0; // unrelated texts this long: call it no overlap rather than spin
  let prev = new Uint32Array(y.length + 1);
  let row = new Uint32Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) row[j] = x[i - 1] === y[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
    [prev, row] = [row, prev];
  }
  return prev[y.length];
}
