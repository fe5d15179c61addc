/**
 * @jest-environment jsdom
 */
// The content script's extraction (src/core/page-side.ts) leaves step 7 to the view's sanitizer. What a reader
// sees must not change by it: on every fixture page and every security page, the Article is the same as the
// CLI's (title, text, outline, removals) and the view's sanitizer makes the same HTML of both. On the hostile
// pages only title, outline and removals are compared: a vector sanitized from a string (view) and from a node
// (core) leaves different harmless remains (an emptied <mglyph>, the text of a dropped SVG link). And the
// rendered view of the page-side Article holds none of the dangerous constructs.
import '../support/jsdom-globals';
import { extractArticle } from '../../src/core';
import { extractForView } from '../../src/core/page-side';
import { renderArticle } from '../../src/view/render';
import { sanitizeArticleHtml } from '../../src/view/sanitize-html';
import { findDangers } from '../security/dangers.mjs';
import { securityPages } from '../security/pages.mjs';
import { fixtureCases, loadFixture, pageFromHtml } from '../support/fixtures';

/** The HTML the view builds from an Article's HTML, without the attributes the view sets itself. */
function shown(html: string): string {
  const holder = document.createElement('div');
  holder.appendChild(sanitizeArticleHtml(html));
  return holder.innerHTML.replace(/ (loading|decoding|target|rel)="[^"]*"/g, '');
}

const ORIGIN = 'http://127.0.0.1:9';
const pages = [
  ...fixtureCases().map((name) => {
    const { doc, expected } = loadFixture(name);
    return [name, doc.documentElement.outerHTML, expected.url, true] as const;
  }),
  ...securityPages(ORIGIN).map((p) => [`security: ${p.name}`, p.html, `${ORIGIN}${p.path}`, false] as const),
];

describe.each(pages)('%s', (_name, html, url, sameHtml) => {
  const options = { force: true, timeBudgetMs: 60_000 };
  const cli = extractArticle(pageFromHtml(html, url), url, options)!;
  const page = extractForView(pageFromHtml(html, url), url, options)!;

  test('the same Article but for the sanitizing', () => {
    expect(page).not.toBeNull();
    const { html: a, ...rest } = cli;
    const { html: b, ...pageRest } = page;
    if (sameHtml) {
      expect(pageRest).toEqual(rest);
      expect(shown(b)).toBe(shown(a));
    } else {
      expect([page.title, page.outline, page.removed]).toEqual([cli.title, cli.outline, cli.removed]);
    }
  });

  test('the view, given the page-side Article, shows nothing dangerous', () => {
    const { body } = renderArticle(page);
    expect(findDangers(body, { allowEmbeds: false })).toEqual([]);
  });
});
