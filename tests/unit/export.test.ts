/**
 * @jest-environment jsdom
 */
// Export (src/view/export): the Markdown (turndown + GFM plugin) and plain text made from the view's own
// rendered body, on a full fixture page with a table, code in three languages, a figure, footnotes and
// nested lists; the front matter; and that nothing the sanitizer removed reaches the Markdown.
import '../support/jsdom-globals';
import type { Article } from '../../src/core';
import { extractArticle } from '../../src/core';
import { frontMatter, articleMarkdown } from '../../src/view/export/markdown';
import { articlePlainText } from '../../src/view/export/plain';
import { fileName } from '../../src/view/export/deliver';
import { renderArticle } from '../../src/view/render';
import { loadFixture } from '../support/fixtures';

const SAVED = new Date('2026-01-02T03:04:05Z');

function fixtureArticle(name: string): Article {
  const { doc, expected } = loadFixture(name);
  const article = extractArticle(doc, expected.url, { timeBudgetMs: 60_000 });
  if (!article) throw new Error(`${name} is not an article`);
  return article;
}

function exported(article: Article) {
  const { body } = renderArticle(article);
  return { markdown: articleMarkdown(article, body, SAVED), text: articlePlainText(article, body), body };
}

describe('a guide with a table, code, a figure, footnotes and nested lists', () => {
  const article = fixtureArticle('guide-tables-footnotes');
  const { markdown, text } = exported(article);

  test('front matter: title, byline, site, URL, date, reading time', () => {
    const front = markdown.split('\n---\n')[0];
    expect(front).toBe(
      [
        '---',
        'title: "Choosing a tide gauge for a small harbour: a field guide"',
        'byline: "Morwenna Trelawny"',
        'site: "Quayside Notes"',
        'url: "https://notes.quayside-works.org/guides/choosing-a-tide-gauge/"',
        'date: "2025-06-12T08:30:00+01:00"',
        'lang: "en"',
        `reading_time: "${article.readingMinutes} min"`,
        'saved: "2026-01-02T03:04:05.000Z"',
      ].join('\n'),
    );
    expect(markdown).toContain('\n---\n\n# Choosing a tide gauge for a small harbour: a field guide\n');
  });

  test('headings as ATX headings at their levels', () => {
    expect(markdown).toMatch(/^## The three kinds of gauge$/m);
    expect(markdown).toMatch(/^### Setting the datum$/m);
  });

  test('the table is a GFM table with its header row', () => {
    expect(markdown).toContain('| Gauge | Rough cost | Accuracy | Weak point |');
    expect(markdown).toMatch(/^\| -+ \| -+ \| -+ \| -+ \|$/m);
    expect(markdown).toContain('| Radar, downward looking | £2,600 | ±5 mm | Foam and floating weed |');
  });

  test('code blocks are fenced with their language; inline code stays inline', () => {
    expect(markdown).toContain('```ini\n[gauge]\nid = pier-head-radar\noffset_mm = 4215\nsample_seconds = 60\n```');
    expect(markdown).toContain('```typescript\nexport function clean(samples: number[]): number[] {');
    expect(markdown).toContain('return Math.abs(value - before) < 150;');
    expect(markdown).toContain('```bash\ncurl -s "http://logger.local/api/readings?day=2025-06-01" > readings.json\n```');
    expect(markdown).toContain('`if (a < b)`');
  });

  test('the figure is an image link to the picture on the web, with its caption', () => {
    expect(markdown).toContain('![A radar tide gauge bolted to the end of the pier](https://notes.quayside-works.org/media/2025/06/gauge-on-pier.jpg)');
    expect(markdown).toContain('*The radar gauge on the pier head, looking down at the water from four metres up.*');
  });

  test('footnotes are GFM footnotes, without their back links', () => {
    expect(markdown).toContain('sit on the mud at low water.[^1] This guide');
    expect(markdown).toContain('turns brackish.[^2]');
    expect(markdown).toContain('[^1]: Boats that dry out need to know the height of water over the sill to within a few centimetres.');
    expect(markdown).toContain('[^2]: Sea water is about 2.5 % denser than river water');
    expect(markdown).not.toContain('↩');
    expect(markdown).not.toContain('#fn');
  });

  test('nested and numbered lists', () => {
    expect(markdown).toMatch(/^- {3}The beam footprint at the lowest astronomical tide:\n {4}- {3}no ladders, chains or mooring lines inside it;/m);
    expect(markdown).toMatch(/^1\. {2}Fit the radar first/m);
    expect(markdown).toMatch(/^3\. {2}Publish the readings openly/m);
  });

  test('the quote is a block quote', () => {
    expect(markdown).toContain('> A gauge that nobody looks after is worse than no gauge');
  });

  test('plain text: title, author and source lines, then one block per paragraph', () => {
    expect(text.startsWith('Choosing a tide gauge for a small harbour: a field guide\nMorwenna Trelawny · Quayside Notes\nhttps://notes.quayside-works.org/guides/choosing-a-tide-gauge/\n\n')).toBe(true);
    expect(text).toContain('\n\nThe three kinds of gauge\n\nSmall harbours usually choose');
    expect(text).not.toMatch(/[<>]\w+[^<>]*>/); // no markup
    expect(text).not.toContain('The radar gauge on the pier head'); // captions stay with pictures
  });
});

describe('exported Markdown carries nothing the sanitizer removed', () => {
  const base: Article = {
    title: 'A tampered <b>title</b>',
    byline: 'Eve "the" Author\nsite: injected',
    siteName: 'Site',
    url: 'https://example.org/a',
    publishedTime: null,
    lang: 'en',
    dir: 'ltr',
    excerpt: '',
    standfirst: null,
    leadImage: null,
    html: '',
    text: '',
    wordCount: 3,
    readingMinutes: 1,
    introMinutes: 1,
    outline: [],
    removed: [],
  };
  const html = [
    '<p>Safe words.<script>alert(1)</script><img src="x" onerror="alert(2)"></p>',
    '<iframe src="https://evil.example/frame"></iframe>',
    '<p><a href="javascript:alert(3)">a bad link</a> and <a href="https://example.org/b" onclick="alert(4)">a good one</a></p>',
    '<form><input value="secret"></form><style>p{}</style>',
    '<p>Writing about &lt;script&gt;alert(5)&lt;/script&gt; in prose.</p>',
  ].join('');
  const { markdown } = exported({ ...base, html });

  test('no script, handler, frame, form, style or javascript: link', () => {
    expect(markdown).not.toMatch(/alert\([1234]\)|onerror|onclick|iframe|evil\.example|secret|javascript:|<form|<style/);
    expect(markdown).toContain('a bad link and [a good one](https://example.org/b)');
  });

  test('text that looks like markup is escaped, never raw HTML', () => {
    expect(markdown).toContain('Writing about \\<script>alert(5)\\</script> in prose.');
    expect(markdown).toMatch(/^# A tampered \\<b>title\\<\/b>$/m);
  });

  test('front matter values are quoted YAML: a newline in a byline cannot add a key', () => {
    const front = frontMatter({ ...base, html }, SAVED);
    expect(front).toContain('byline: "Eve \\"the\\" Author\\nsite: injected"');
    expect(front.split('\n').filter((l) => l.startsWith('site:'))).toEqual(['site: "Site"']);
  });

  test('the standfirst under the title: italic in Markdown, a line of its own in plain text, markup escaped', () => {
    const withDek = exported({ ...base, html: '<p>Body.</p>', standfirst: 'Two ferries, not one: what <b>changes</b> in May.' });
    expect(withDek.markdown).toMatch(/^# A tampered \\<b>title\\<\/b>\n\n_Two ferries, not one: what \\<b>changes\\<\/b> in May\._\n\nBody\.$/m);
    expect(withDek.text).toContain('\n\nTwo ferries, not one: what <b>changes</b> in May.\n\nBody.');
  });
});

test('file names keep letters of any script and lose the rest', () => {
  expect(fileName('Choosing a tide gauge: a field guide', 'md')).toBe('Choosing-a-tide-gauge-a-field-guide.md');
  expect(fileName('日本の港 / 潮位計', 'md')).toBe('日本の港-潮位計.md');
  expect(fileName('???', 'md')).toBe('article.md');
});
