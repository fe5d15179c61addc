/**
 * @jest-environment node
 */
// The outline on whole fixture pages: levels from the page's own heading hierarchy, the page's own table
// of contents dropped (as furniture, not as injected links), minutes per section adding up to the
// article's reading time, and the page's own anchors kept for links to the original page.
import { extractArticle } from '../../src/core';
import type { Article } from '../../src/core/article';
import { buildOutline } from '../../src/core/outline';
import { shareOut } from '../../src/core/section-minutes';
import { fixtureCases, loadFixture, pageFromHtml } from '../support/fixtures';

const articles = new Map<string, Article>();
function read(name: string): Article {
  let article = articles.get(name);
  if (!article) {
    const { doc, expected } = loadFixture(name);
    article = extractArticle(doc, expected.url, { timeBudgetMs: 60_000 })!;
    articles.set(name, article);
  }
  return article;
}
const levels = (a: Article) => a.outline.map((o) => o.level);

describe('levels come from the headings the page uses, at most three', () => {
  test('<h2> sections with <h5> subsections (a weekly engineering blog): two levels', () => {
    const a = read('weekly-update-h5');
    expect(a.outline.map((o) => [o.level, o.text])).toEqual([
      [1, 'Highlights'],
      [1, 'Friends of the Lantern team'],
      [1, 'Project updates'],
      [2, 'Accessibility'],
      [2, 'DevTools'],
      [2, 'Performance'],
      [2, 'Search and new tab'],
    ]);
  });
  test('<h3> sections with <h4> subsections (a tutorial): two levels', () => {
    expect(levels(read('tutorial-h3-h4'))).toEqual([1, 2, 2, 1, 1, 2, 2]);
  });
  test('<h1> for every section inside the article: one level', () => {
    const a = read('club-news-h1-sections');
    expect(a.outline.map((o) => [o.level, o.text])).toEqual([
      [1, 'The regattas'],
      [1, 'The new boat'],
      [1, 'The juniors'],
    ]);
  });
  test('bold-line pseudo-headings alone make the first level (a news page without heading tags)', () => {
    const a = read('seed-news-bold');
    expect(a.outline.length).toBeGreaterThanOrEqual(4);
    expect(new Set(levels(a))).toEqual(new Set([1]));
  });
  const page = (html: string) => pageFromHtml(`<body><div id="a">${html}</div>`, 'https://www.example-daily.com/2024/06/story/').getElementById('a')!;
  const prose = '<p>The committee met again on Tuesday to review the evidence in detail, and it will meet again next week.</p>';
  test('pseudo-headings rank below the real headings they follow', () => {
    const el = page(`<h2>Evidence</h2>${prose}<p><strong>The first witness</strong></p>${prose}<p><b>The second witness</b></p>${prose}<h2>Verdict</h2>${prose}`);
    expect(buildOutline(el, 'T').map((o) => [o.level, o.text])).toEqual([
      [1, 'Evidence'],
      [2, 'The first witness'],
      [2, 'The second witness'],
      [1, 'Verdict'],
    ]);
  });
  test('four heading levels fold into three; the deepest share the third', () => {
    const el = page(`<h2>A</h2>${prose}<h3>B</h3>${prose}<h4>C</h4>${prose}<h6>D</h6>${prose}<h2>E</h2>${prose}`);
    const outline = buildOutline(el, 'T');
    expect(outline.map((o) => o.level)).toEqual([1, 2, 3, 3, 1]);
    expect(outline.map((o) => el.querySelector(`#${o.id}`)?.tagName)).toEqual(['H2', 'H3', 'H4', 'H4', 'H2']);
  });
});

describe("the page's own table of contents", () => {
  test.each([
    ['encyclopedia-wiki', 'Contents'],
    ['tutorial-h3-h4', 'Auf dieser Seite'],
  ])('%s: neither an outline entry nor text, and removed as page furniture', (name, title) => {
    const a = read(name);
    expect(a.outline.map((o) => o.text)).not.toContain(title);
    expect(a.text).not.toContain(title);
    const toc = a.removed.filter((r) => r.rule === 'table-of-contents');
    expect(toc.length).toBeGreaterThan(0);
    expect(toc.every((r) => r.kind === 'page-chrome')).toBe(true);
    // The headings it listed are still the article's sections, once each.
    expect(new Set(a.outline.map((o) => o.text)).size).toBe(a.outline.length);
  });
});

describe('minutes of reading per section', () => {
  test.each(fixtureCases().filter((name) => loadFixture(name).expected.article))('%s: sections and intro add up to the reading time', (name) => {
    const a = read(name);
    const sum = a.outline.reduce((n, o) => n + o.minutes, a.introMinutes);
    expect(sum).toBe(a.readingMinutes);
    for (const o of a.outline) expect(Number.isInteger(o.minutes) && o.minutes >= 0).toBe(true);
  });
  test('the longest section gets the most minutes', () => {
    const a = read('encyclopedia-wiki');
    expect(a.readingMinutes).toBeGreaterThan(1);
    const most = Math.max(...a.outline.map((o) => o.minutes));
    expect(most).toBeGreaterThan(0);
    expect(a.outline.find((o) => o.text === 'External links')?.minutes).toBe(0);
  });
  test('shareOut keeps the total and the proportions', () => {
    expect(shareOut([1, 1, 2], 4)).toEqual([1, 1, 2]);
    expect(shareOut([0.4, 0.4, 0.2], 1)).toEqual([1, 0, 0]);
    expect(shareOut([3.3, 3.3, 3.4], 10).reduce((a, b) => a + b)).toBe(10);
    expect(shareOut([0, 0], 2)).toEqual([2, 0]);
  });
});

describe("the page's own anchors", () => {
  test('ids on headings, on spans inside them (MediaWiki), none on a page that gives none', () => {
    expect(read('encyclopedia-wiki').outline.find((o) => o.text === 'History')?.anchor).toBe('History');
    expect(read('tutorial-h3-h4').outline.find((o) => o.text === 'Sicherungen prüfen')?.anchor).toBe('pruefen');
    expect(read('club-news-h1-sections').outline.every((o) => o.anchor === undefined)).toBe(true);
  });
});
