/**
 * @jest-environment node
 */
// The built command line (build/cli.js, made by `npm run build`): the address a saved page names when there
// is no --url, and the reader's corrections (--rules FILE). Formats and exit codes: cli.test.ts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { read, requireBuiltCli, run, seed, seedUrl } from '../support/cli-run';
import { FIXTURES, readExpected } from '../support/fixtures';

requireBuiltCli();

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
