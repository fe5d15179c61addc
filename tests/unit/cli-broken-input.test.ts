/**
 * @jest-environment node
 */
// Broken and extreme pages through the built CLI (build/cli.js): 10 000 levels of nesting and a 20 MB page
// (generated here, not committed), legacy charsets with and without a declaration, a hostile page's
// scripts (never run). Each ends in an article or a one-line message with its exit status.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../../src/cli/args';
import { scanMarkup } from '../../src/cli/markup-scan';
import { BROKEN, BROKEN_URL, brokenBytes, deepPage, hugePage } from '../support/broken-pages';

const CLI = join(__dirname, '..', '..', 'build', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'ro-cli-broken-'));
const run = (file: string, ...flags: string[]) =>
  spawnSync(process.execPath, [CLI, 'extract', file, '--url', BROKEN_URL, ...flags], { encoding: 'utf8', timeout: 60_000 });
const write = (name: string, content: string | Buffer) => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('build/cli.js is missing: run `npm run build` first (npm test does)');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('10 000 levels of nesting: the article (nesting capped before parsing, as browsers cap it)', () => {
  const r = run(write('deep.html', deepPage(10_000)), '--json');
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(JSON.parse(r.stdout).outline.map((o: { text: string }) => o.text)).toEqual(['First part', 'Second part']);
});

test.each([
  ['many elements', hugePage(20_000_000), /^reader-outline: page too large to extract \(about \d+ elements, limit 200000\)\n$/],
  ['text in few elements', `<!doctype html><title>t</title><article>${`<p>${'words of text '.repeat(2000)}</p>`.repeat(720)}</article>`, /bytes of text, limit 5000000 characters/],
])('a 20 MB page (%s): refused with the too-large message before parsing, exit 3', (_, html, message) => {
  const r = run(write('huge.html', html), '--json');
  expect(r.status).toBe(3);
  expect(r.stderr).toMatch(message);
  expect(r.stdout).toBe('');
});

test.each([
  ['windows-1251.html', 'windows-1251', 'Маяк на мысе Скерри зажгли в последний раз'],
  ['shift_jis.html', 'shift_jis', 'スケリー岬の灯台は、岬の名の由来となった岩礁'],
])('%s: right text from its <meta charset>, and from --charset when the file does not say', (name, charset, sentence) => {
  expect(run(join(BROKEN, name), '--text').stdout).toContain(sentence);
  const undeclared = write(name, Buffer.from(brokenBytes(name).toString('latin1').replace(/<meta charset="[^"]+">/, ''), 'latin1'));
  const r = run(undeclared, '--text', '--charset', charset);
  expect(r.status).toBe(0);
  expect(r.stdout).toContain(sentence);
});

test('--charset takes the names browsers know', () => {
  expect(parseArgs(['extract', 'a.html', '--url', BROKEN_URL, '--charset', 'cp1251'])).toMatchObject({ charset: 'windows-1251' });
  expect(parseArgs(['extract', 'a.html', '--url', BROKEN_URL, '--charset=sjis'])).toMatchObject({ charset: 'shift_jis' });
  expect(parseArgs(['extract', 'a.html', '--url', BROKEN_URL, '--charset', 'klingon-8'])).toEqual({ error: 'unknown charset "klingon-8"' });
});

test('a hostile page: its scripts never run in the CLI, so its tampering cannot reach the extractor', () => {
  const hostile = brokenBytes('tamper.html')
    .toString('utf8')
    .replace('</body>', '<script>document.title = "SCRIPT RAN"; document.querySelector("article").textContent = "SCRIPT RAN";</script></body>');
  const r = run(write('hostile.html', hostile), '--json');
  expect(r.status).toBe(0);
  const article = JSON.parse(r.stdout);
  expect(article.title).toBe('The last night of the Skerry Point light');
  expect(article.outline).toHaveLength(3);
  expect(r.stdout).not.toContain('SCRIPT RAN');
});

describe('scanMarkup', () => {
  test('counts start tags, skips comments, scripts and styles, leaves shallow markup alone', () => {
    const scan = scanMarkup('<!doctype html><html><head><style>a<b>{}</style><script>if (a<b) "<div>"</script></head><body><!-- <p> --><p>x<br><img src="a>b"></p></body></html>');
    expect(scan).toEqual({ elements: 8, depth: 3, textBytes: 1, capped: null });
  });

  test('caps nesting: wrappers deeper than the cap go with their end tags, the content stays', () => {
    const scan = scanMarkup(`<body>${'<div>'.repeat(20)}<h2>Title</h2><p>Text</p>${'</div>'.repeat(20)}</body>`, 8);
    expect(scan.depth).toBe(22);
    expect(scan.capped).toBe(`<body>${'<div>'.repeat(7)}<h2>Title</h2><p>Text</p>${'</div>'.repeat(7)}</body>`);
  });
});
