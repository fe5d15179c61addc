/**
 * @jest-environment node
 */
// Fact boxes in the story's flow (story-boxes.ts, misplaced-aside.ts) kept through Readability, which drops every <aside>.
import { extractArticle } from '../../src/core';
import { pageFromHtml } from '../support/fixtures';

const URL = 'https://www.example-daily.com/2024/06/flood-wall/';
const prose = (s: string) => `<p>${s} The contractor blamed a shortage of steel piles last summer and says the rest will follow by June.</p>`;
const page = (inner: string) =>
  pageFromHtml(`<html><head><title>Flood wall still unfinished</title></head><body><article><h1>Flood wall still unfinished</h1>${inner}</article></body></html>`, URL);
const box = '<aside class="factbox"><h4>How to apply</h4><p>Download the form from the council website, attach two recent bills and hand it in at the library before 30 June.</p></aside>';

describe('a fact box in the story', () => {
  test('beside another box (a promotion) before the story goes on: kept', () => {
    const promo = '<aside class="promo-box"><h4>Did you find this useful?</h4><p>Share this story with your neighbours so that everyone on the street knows what to do.</p></aside>';
    const a = extractArticle(page(`${prose('The wall is half built.')}${prose('Residents are angry.')}${box}${promo}${prose('Engineers inspected it.')}${prose('The report comes next.')}`), URL, { force: true });
    expect(a?.text).toContain('Download the form from the council website');
    expect(a?.text).not.toContain('Share this story with your neighbours');
  });
  test("before a wiki's heading in its wrapper with an edit link: kept", () => {
    const heading = '<div class="mw-heading mw-heading3"><h3 id="Next">What comes next</h3><span class="mw-editsection">[<a href="/w/index.php?title=Wall&action=edit&section=2">edit</a>]</span></div>';
    const a = extractArticle(page(`${prose('The wall is half built.')}${prose('Residents are angry.')}${box}${heading}${prose('Engineers inspected it.')}${prose('The report comes next.')}`), URL, { force: true });
    expect(a?.text).toContain('Download the form from the council website');
  });
});

describe("a quotation's attribution in its <footer>", () => {
  const quote =
    '<blockquote><p>“The council was entitled to find the flood study adequate, and the consultation was lawful.”</p><footer>— <a href="https://www.bailii.org/ew/cases/EWHC/Admin/2024/1187.html">R (Estuary Trust) v Harbour Council [2024] EWHC 1187 (Admin)</a></footer></blockquote>';
  test('kept, with its citation, through Readability (which drops every footer)', () => {
    const a = extractArticle(page(`${prose('The wall is half built.')}${prose('Residents went to court.')}${quote}${prose('Engineers inspected it.')}${prose('The report comes next.')}`), URL, { force: true });
    expect(a?.text).toContain('R (Estuary Trust) v Harbour Council [2024] EWHC 1187 (Admin)');
    expect(a?.html).toContain('href="https://www.bailii.org/ew/cases/EWHC/Admin/2024/1187.html"');
  });
  test("the page's own footer still goes", () => {
    const html = `${prose('The wall is half built.')}${prose('Residents went to court.')}${prose('Engineers inspected it.')}</article><footer><p>© Example Daily 2024. All rights reserved.</p></footer><article>`;
    const a = extractArticle(page(html), URL, { force: true });
    expect(a?.text).not.toContain('All rights reserved');
  });
});
