/**
 * @jest-environment node
 */
// The built command line (build/cli.js, made by `npm run build`): output formats and exit codes. The address
// and --rules tests are in cli-address-rules.test.ts (two files, so that jest's workers share the CLI runs).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, read, requireBuiltCli, run, seed, seedUrl } from '../support/cli-run';
import { FIXTURES, readExpected } from '../support/fixtures';

requireBuiltCli();
test('--json prints the Article: the six sections and the repaired sentence', () => {
  const r = read('extract', seed, '--url', seedUrl, '--json');
  expect(r.status).toBe(0);
  const article = JSON.parse(r.stdout);
  expect(article.outline.map((o: { text: string }) => o.text)).toEqual([
    'Rising Tensions in Eastern Europe',
    'Influx of North Korean Military Support',
    'Strategic Implications of Increased Military Presence',
    'Ukraine’s Countermeasures and Resilience',
    'The International Community Reacts',
    'Conclusion: A New Chapter in the Ongoing Conflict',
  ]);
  expect(article.text).toContain('among military analysts and international observers');
  expect(article.text).not.toContain('title=”');
  for (const key of ['title', 'byline', 'siteName', 'url', 'publishedTime', 'lang', 'dir', 'excerpt', 'leadImage', 'html', 'text', 'wordCount', 'readingMinutes', 'outline', 'removed']) {
    expect(article).toHaveProperty(key);
  }
});

test('--text and --html', () => {
  const text = read('extract', seed, '--url', seedUrl, '--text');
  expect(text.status).toBe(0);
  expect(text.stdout.split('\n')[0]).toBe('Ukraine Prepares for Possible Russian Offensive in Kursk with North Korean Forces');
  const html = read('extract', seed, '--url', seedUrl, '--html');
  expect(html.stdout).toMatch(/^<div/);
  expect(html.stdout).toContain('<h2 id="ro-rising-tensions-in-eastern-europe">');
});

test('--explain lists each removal with its rule and reason on stderr', () => {
  const r = read('extract', seed, '--url', seedUrl, '--json', '--explain');
  expect(r.stderr).toMatch(/^leaked-link-markup \[leaked-markup\] link markup shown as text/m);
  expect(r.stderr).toMatch(/^read-more-line \[read-more\]/m);
});

test.each([
  [['extract', '/no/such/file.html', '--url', seedUrl], /no such file/],
  [['extract', seed, '--url', 'not a url'], /bad URL/],
  [['extract', seed, '--url', 'ftp://example.com/x'], /bad URL/],
  [['extract'], /missing FILE/],
  [['extract', seed, '--url'], /--url needs a value/],
  [['extract', seed, '--url='], /bad URL ""/],
  [['extract', seed, '--url', seedUrl, '--yaml'], /unknown option "--yaml"/],
  [['summarize', seed], /unknown command/],
])('bad input %j: one line on stderr, exit 2, no stack trace', (args, message) => {
  const r = run(...args);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stdout).toBe('');
});

test('a page with no article: a message and exit 3; --force extracts anyway', () => {
  const home = join(FIXTURES, 'home-teasers', 'source.html');
  const url = readExpected('home-teasers').url;
  const r = read('extract', home, '--url', url, '--json');
  expect(r.status).toBe(3);
  expect(r.stderr).toMatch(/no article/);
  expect(read('extract', home, '--url', url, '--json', '--force').status).toBe(0);
});

test('a legacy charset declared by the page is decoded', () => {
  const page = Buffer.concat([
    Buffer.from('<html><head><meta charset="windows-1251"><title>t</title><meta property="og:type" content="article"></head><body><article><p>'),
    Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]), // "Привет" in windows-1251
    Buffer.from(` ${'word '.repeat(80)}</p></article></body></html>`),
  ]);
  const r = spawnSync(process.execPath, [CLI, 'extract', '-', '--url', 'https://example.ru/a/', '--text'], { input: page, encoding: 'utf8' });
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('Привет');
});

test('"extract" may be left out before a file (`npm run extract -- page.html`)', () => {
  const r = read(seed, '--url', seedUrl, '--text');
  expect(r.status).toBe(0);
  expect(r.stdout).toBe(read('extract', seed, '--url', seedUrl, '--text').stdout);
});

describe('--help and --version, wherever they are asked for', () => {
  const version = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')).version;
  test.each([[[]], [['--help']], [['-h']], [['help']], [['extract', '--help']], [['extract', '-h']], [['extract', seed, '--url', seedUrl, '--help']]])(
    'help %j: the usage on stdout, exit 0',
    (args) => {
      const r = run(...args);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^Usage: reader-outline extract FILE \[--url URL\]/);
      expect(r.stdout).toContain('-V, --version');
      expect(r.stderr).toBe('');
    },
  );
  test.each([[['--version']], [['-V']], [['-v']], [['extract', '--version']], [['extract', seed, '-V']]])('version %j: the version, exit 0', (args) => {
    const r = run(...args);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${version}\n`);
  });
});
