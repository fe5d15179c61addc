/**
 * @jest-environment jsdom
 */
// The view holds back a long article's body below its first screens for the first frame, and puts it back.
import { holdBackBelowFirstScreen } from '../../src/view/first-screen';

function paragraphs(n: number, words = 60): string {
  return Array.from({ length: n }, (_, i) => `<p id="p${i}">${`word${i} `.repeat(words)}</p>`).join('\n');
}

function body(html: string): HTMLElement {
  const el = document.createElement('div');
  el.className = 'doc__body';
  // Test input only; the view builds its body from a sanitized fragment.
  el.insertAdjacentHTML('beforeend', html);
  document.body.replaceChildren(el);
  return el;
}

test('a short body is inserted whole', () => {
  const el = body(paragraphs(20));
  expect(holdBackBelowFirstScreen(el)).toBeNull();
});

test('a long body keeps its first screens, and restore puts everything back in order', () => {
  const html = `<div id="readability-page-1"><section><h2 id="a">A</h2>${paragraphs(400)}</section><section><h2 id="b">B</h2>${paragraphs(400)}</section></div><p id="last">end</p>`;
  const el = body(html);
  const before = el.innerHTML;
  const total = el.textContent!.length;
  const held = holdBackBelowFirstScreen(el, { aboveChars: 40_000, keepChars: 10_000 });
  expect(held).not.toBeNull();
  const kept = el.textContent!.length;
  expect(kept).toBeGreaterThanOrEqual(10_000);
  expect(kept).toBeLessThan(12_000);
  expect(el.querySelector('#a')).not.toBeNull();
  expect(el.querySelector('#b')).toBeNull();
  expect(el.querySelector('#last')).toBeNull();
  expect(total).toBeGreaterThan(40_000);
  held!.restore();
  expect(el.innerHTML).toBe(before);
});

test('a block that straddles the line stays whole (no cut inside a paragraph, list or table)', () => {
  const el = body(`<p id="first">${'x'.repeat(9_000)}</p><ul id="list">${'<li>item item item</li>'.repeat(2_000)}</ul>${paragraphs(200)}`);
  const before = el.innerHTML;
  const held = holdBackBelowFirstScreen(el, { aboveChars: 1_000, keepChars: 10_000 });
  expect(el.querySelector('#list')!.children.length).toBe(2_000);
  expect(el.querySelector('#p0')).toBeNull();
  held!.restore();
  expect(el.innerHTML).toBe(before);
});

test('the cut goes down through wrappers with a single child (deeply nested sections)', () => {
  const nest = (html: string, depth: number) => '<div class="wrap">'.repeat(depth) + html + '</div>'.repeat(depth);
  const el = body(`<div id="page">${nest(`<section><h2 id="a">A</h2>${paragraphs(300)}</section>`, 12)}${nest(`<section><h2 id="b">B</h2>${paragraphs(300)}</section>`, 5)}</div>`);
  const before = el.innerHTML;
  const held = holdBackBelowFirstScreen(el, { aboveChars: 40_000, keepChars: 10_000 });
  expect(el.textContent!.length).toBeLessThan(12_000);
  expect(el.querySelector('#a')).not.toBeNull();
  held!.restore();
  expect(el.innerHTML).toBe(before);
});
