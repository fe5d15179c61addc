/**
 * @jest-environment jsdom
 */
// The corrections in the view (src/view/corrections/), on the seed article from the core: the removed
// panel grouped by kind; items shown in place per kind and all, and hidden again; a restored item is
// sanitized like the article; hiding a block (a heading with its section) and the rule it asks to keep.
import '../support/jsdom-globals';
import { extractArticle } from '../../src/core';
import type { Article } from '../../src/core/article';
import { CORRECTION_EVENT, type CorrectionRequest } from '../../src/view/corrections/panel';
import { enableHiding } from '../../src/view/corrections/hide';
import { mergePages } from '../../src/view/pages/merge';
import { renderArticle } from '../../src/view/render';
import { loadFixture } from '../support/fixtures';

const { doc, expected } = loadFixture('seed-news-h2');
const seed = extractArticle(doc, expected.url, { timeBudgetMs: 60_000 })!;

function mount(article: Article) {
  const rendered = renderArticle(article);
  const root = document.createElement('div');
  root.append(rendered.header, rendered.body);
  document.body.replaceChildren(root);
  const click = (selector: string) => {
    const el = root.querySelector<HTMLElement>(selector);
    if (!el) throw new Error(`no ${selector}`);
    el.click();
  };
  const shown = () => Array.from(rendered.body.querySelectorAll<HTMLElement>('.ro-removed')).map((el) => el.dataset.kind);
  return { root, body: rendered.body, click, shown };
}

test('the panel lists the removals grouped by kind, each with its text, target and reason', () => {
  const { root } = mount(seed);
  const groups = Array.from(root.querySelectorAll<HTMLElement>('.removed__group')).map((g) => g.dataset.kind);
  expect(groups).toEqual(expect.arrayContaining(['leaked-markup', 'read-more', 'related-box', 'keyword-link', 'affiliate-link', 'follow-call']));
  const nato = Array.from(root.querySelectorAll('.removed__item')).find((li) => li.querySelector('.removed__text')?.textContent === 'NATO')!;
  expect(nato.querySelector('.removed__href')?.textContent).toBe('https://www.northgate-tribune.com/tag/nato/');
  expect(nato.querySelector('.removed__reason')?.textContent).toMatch(/tag/);
  expect(root.querySelector('.removed summary')?.textContent).toBe('7 injected items removed');
});

test('shown in the text per kind and all at once, then hidden again; keyword links keep their old target', () => {
  const { click, shown, body } = mount(seed);
  click('.removed__group[data-kind="keyword-link"] [data-corr="show-kind"]');
  expect(shown()).toEqual(['keyword-link', 'keyword-link']);
  const nato = Array.from(body.querySelectorAll<HTMLElement>('.ro-removed--link')).find((m) => m.textContent === 'NATO')!;
  expect(nato.title).toContain('/tag/nato/');
  click('[data-corr="show-all"]');
  expect(new Set(shown())).toEqual(new Set(['leaked-markup', 'read-more', 'related-box', 'keyword-link', 'affiliate-link', 'follow-call', 'clutter', 'page-chrome'].filter((k) => seed.removed.some((r) => r.kind === k && r.anchor))));
  // The related box stands between the paragraphs it was cut from.
  let before = body.querySelector('.ro-removed[data-kind="related-box"]')!.previousElementSibling;
  while (before?.localName === 'span') before = before.previousElementSibling; // other removals' places
  expect(before?.textContent).toContain('Western officials say the arrangement');
  click('[data-corr="show-all"]');
  expect(shown()).toEqual([]);
  expect(body.textContent).toContain('NATO'); // the words stay
});

test('a restored item is sanitized like the article: no markup, no script link', () => {
  const evil: Article = {
    ...seed,
    removed: seed.removed.map((r) => (r.kind === 'read-more' ? { ...r, text: '<img src=x onerror=alert(1)>Read on', href: 'javascript:alert(1)' } : r)),
  };
  const { click, body } = mount(evil);
  click('.removed__group[data-kind="read-more"] [data-corr="restore"]');
  const restored = body.querySelector('.ro-restored')!;
  expect(restored.textContent).toBe('<img src=x onerror=alert(1)>Read on');
  expect(restored.querySelector('img, [onerror]')).toBeNull();
  expect(restored.querySelector('a')).toBeNull();
  // A real one becomes a link again, opening in a new tab.
  const { click: click2, body: body2 } = mount(seed);
  click2('.removed__group[data-kind="keyword-link"] [data-corr="restore"]');
  const link = body2.querySelector('a.ro-restored')!;
  expect([link.textContent, link.getAttribute('href'), link.getAttribute('target')]).toEqual(['NATO', 'https://www.northgate-tribune.com/tag/nato/', '_blank']);
});

test('hiding a heading takes its section; "Keep hidden on this site" asks for a tag-and-signature rule', () => {
  const { root, body } = mount(seed);
  const note = document.createElement('div');
  root.append(note);
  const hiding = enableHiding(root, body, note);
  const heading = Array.from(body.querySelectorAll<HTMLElement>('h2')).find((h) => h.textContent?.includes('The International Community Reacts'))!;
  heading.focus();
  expect(heading.querySelector('.hide-ctl')).not.toBeNull(); // the control comes with the focus
  expect(hiding.hideFocused()).toBe(true);
  expect(body.textContent).not.toContain('China, North Korea');
  expect(body.textContent).toContain('With North Korean troops potentially joining');
  const requests: CorrectionRequest[] = [];
  root.addEventListener(CORRECTION_EVENT, (e) => requests.push((e as CustomEvent<CorrectionRequest>).detail));
  note.querySelector<HTMLElement>('[data-corr="keep-hidden"]')!.click();
  expect(requests.map((r) => ('add' in r ? r.add : null))).toEqual([{ type: 'hide', selector: 'h2', text: 'The International Community Reacts' }]);
  requests[0]!.done?.(null);
  expect(note.textContent).toContain('Hidden on this site from now on.');
});

test('hide then undo restores the section where it was', () => {
  const { root, body } = mount(seed);
  const note = document.createElement('div');
  root.append(note);
  const hiding = enableHiding(root, body, note);
  const before = body.textContent;
  Array.from(body.querySelectorAll<HTMLElement>('p')).find((p) => p.textContent?.startsWith('Officials in Kyiv'))!.focus();
  hiding.hideFocused();
  expect(body.textContent).not.toContain('Officials in Kyiv');
  note.querySelector<HTMLElement>('[data-corr="undo"]')!.click();
  expect(body.textContent).toBe(before);
});

test('a multi-page article: a later page\'s removals are shown at their own places', () => {
  const merged = mergePages([seed, seed]);
  const second = merged.removed.slice(seed.removed.length).filter((r) => r.anchor);
  expect(second.length).toBeGreaterThan(0);
  for (const r of second) expect(r.anchor).toMatch(/^p2-ro-at-\d+$/);
  const { click, body } = mount(merged);
  click('[data-corr="show-all"]');
  const related = Array.from(body.querySelectorAll('.ro-removed[data-kind="related-box"]'));
  expect(related).toHaveLength(2);
  expect(related[0]).not.toBe(related[1]);
  expect(related[1]!.compareDocumentPosition(body.querySelector('hr')!) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();
});
