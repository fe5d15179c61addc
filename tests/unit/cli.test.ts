/**
 * @jest-environment node
 */
// The built command line (build/cli.js, made by `npm run build`): output formats and exit codes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, readExpected } from '../support/fixtures';

const CLI = join(__dirname, '..', '..', 'build', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
// Output checks, not speed: a generous time budget, so a busy machine cannot stop the page early (exit 3).
const read = (...args: string[]) => run(...args, '--time-budget', '60000');
const seed = join(FIXTURES, 'seed-news-h2', 'source.html');
const seedUrl = readExpected('seed-news-h2').url;

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('build/cli.js is missing: run `npm run build` first (npm test does)');
});

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

describe('without --url: the address the saved page names', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ro-cli-address-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, html: string) => {
    const file = join(dir, name);
    writeFileSync(file, html);
    return file;
  };
  // A generous time budget: these compare two runs, and a busy machine must not stop one of them early.
  const json = (...args: string[]) => {
    const r = run(...args, '--time-budget', '60000');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    return JSON.parse(r.stdout);
  };
  const SITE = 'https://www.northgate-tribune.com';
  // The seed page as a page saved without its address: no canonical, no og:url, its own links made relative.
  const seedHtml = readFileSync(seed, 'utf8');
  const anonymous = seedHtml
    .replace(/<link rel="canonical"[^>]*>/, '')
    .replace(/<meta property="og:url"[^>]*>/, '')
    .replaceAll(`${SITE}/`, '/');

  test.each(['seed-news-h2', 'wp-lead-figure-between'])('%s: <link rel=canonical> gives the same Article as --url', (name) => {
    const file = join(FIXTURES, name, 'source.html');
    expect(json('extract', file, '--json')).toEqual(json('extract', file, '--url', readExpected(name).url, '--json'));
  });

  test('og:url when there is no canonical link (a relative canonical says nothing and is passed over)', () => {
    const file = write('og-url.html', seedHtml.replace(/<link rel="canonical" href="[^"]*">/, '<link rel="canonical" href="/world/">'));
    expect(json('extract', file).url).toBe(seedUrl);
  });

  test('the "saved from url=" comment a browser writes: relative links resolve as on the web', () => {
    const savedFrom = `<!-- saved from url=(${String(seedUrl.length).padStart(4, '0')})${seedUrl} -->`;
    const file = write('saved.html', anonymous.replace('<!DOCTYPE html>', `<!DOCTYPE html>\n${savedFrom}`));
    const article = json('extract', file);
    expect(article.url).toBe(seedUrl);
    expect(article).toEqual(json('extract', write('given.html', anonymous), '--url', seedUrl));
    expect(article.html).toContain(`src="${SITE}/wp-content/uploads/2024/10/sumy-region-trench-line-1024x683.jpg"`);
  });

  test('no address anywhere: url is "", relative links stay relative, the rules still see the site\'s own links', () => {
    const article = json('extract', write('anonymous.html', anonymous));
    const withUrl = json('extract', write('anonymous2.html', anonymous), '--url', seedUrl);
    expect(article.url).toBe('');
    expect(article.text).toBe(withUrl.text);
    expect(article.outline).toEqual(withUrl.outline);
    expect(article.removed.map((r: { rule: string }) => r.rule)).toEqual(withUrl.removed.map((r: { rule: string }) => r.rule));
    const stdout = JSON.stringify(article);
    expect(stdout).not.toMatch(/invalid/i);
    expect(article.html).toContain('src="/wp-content/uploads/2024/10/sumy-region-trench-line-1024x683.jpg"');
    expect(article.html).not.toContain(SITE);
    // Other sites' links stay as they were.
    for (const href of withUrl.html.match(/href="https:\/\/(?!www\.northgate-tribune\.com)[^"]+"/g) ?? []) expect(article.html).toContain(href);
    for (const r of article.removed as { href?: string }[]) if (r.href) expect(r.href).not.toMatch(/^https?:\/\/[^/]*northgate|invalid/);
  });

  test('--explain says which address was used', () => {
    const r = run('extract', write('explain.html', anonymous), '--explain', '--text');
    expect(r.stderr.split('\n')[0]).toBe('address: (unknown) (none found: relative links stay relative)');
    const canonical = run('extract', seed, '--explain', '--text');
    expect(canonical.stderr.split('\n')[0]).toBe(`address: ${seedUrl} (the page's link rel=canonical)`);
  });
});

describe('--rules FILE: the reader\'s corrections', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ro-rules-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  test('the export format: the page site\'s rules are applied and reported (--explain lists them)', () => {
    const rules = file('set.json', JSON.stringify({
      'northgate-tribune.com': [
        { type: 'hide', selector: 'p', text: 'Officials in Kyiv said on Monday' },
        { type: 'keep', kind: 'keyword-link' },
        { type: 'hide', selector: 'p', text: 'Not on this page' },
      ],
      'other.example': [{ type: 'keep', kind: 'read-more' }],
    }));
    const r = read('extract', seed, '--url', seedUrl, '--rules', rules, '--explain');
    expect(r.status).toBe(0);
    const article = JSON.parse(r.stdout);
    expect(article.text).not.toContain('Officials in Kyiv said on Monday');
    expect(article.corrections.map((c: { status: string }) => c.status)).toEqual(['applied', 'applied', 'stale']);
    expect(article.removed.some((x: { kind: string }) => x.kind === 'read-more')).toBe(true);
    expect(r.stderr).toMatch(/correction 0 \[hide\] applied \(1\)/);
    expect(r.stderr).toMatch(/correction 2 \[hide\] stale \(0\)/);
  });

  test('one list of rules applies whatever the site', () => {
    const rules = file('list.json', JSON.stringify([{ type: 'keep', kind: 'follow-call' }]));
    const article = JSON.parse(read(seed, '--url', seedUrl, '--rules', rules).stdout);
    expect(article.text).toContain('Follow us on Google News');
  });

  test.each([
    ['bad.json', '{ not json', /not JSON/],
    ['rule.json', JSON.stringify([{ type: 'hide', selector: 'p[onclick]', text: 'x' }]), /rules\[0\]: .* not a tag-and-class selector/],
  ])('%s is refused with exit 2', (name, text, message) => {
    const r = read(seed, '--url', seedUrl, '--rules', file(name, text));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  test('a missing file, and --rules without a file', () => {
    expect(read(seed, '--rules', join(dir, 'nope.json')).stderr).toMatch(/no such file/);
    expect(run(seed, '--rules').status).toBe(2);
  });
});
