/**
 * @jest-environment node
 */
// In a browser, elementsNamed and elementsWithAttribute take one selector instead of a walk in script
// (src/core/native-query.ts); jsdom keeps the walk. Both must give the same elements in the same order:
// here both ways run on the same documents (jsdom implements the selectors the browsers do).
import { elementsMatching, elementsNamed, elementsWithAttribute, hasPagePart, holdsNamed, tagSet } from '../../src/core/dom';
import { URL_CARRIERS } from '../../src/core/media';
import { NATIVE_SELECTORS } from '../../src/core/native-query';
import { fixtureCases, loadFixture, pageFromHtml } from '../support/fixtures';

const SETS: Array<[ReadonlySet<string>, ReadonlySet<string> | undefined]> = [
  [tagSet('p'), undefined],
  [tagSet('p, div, h3, h4, h5, h6, blockquote, a, ul, ol, table, figure, aside'), undefined],
  [tagSet('img, picture, video'), undefined],
  [new Set(['nav']), new Set(['navigation', 'menu', 'menubar'])],
  [new Set(['header']), new Set(['banner'])],
  [new Set(['article']), new Set(['article'])],
  [tagSet('div, section, ul, ol'), undefined],
];
const ATTRIBUTES = ['id', 'role', 'data-ro-anchor', 'class'];

/** Selectors with the test a walk uses for them (table-of-contents.ts). */
const MATCHING: Array<[string, (el: Element) => boolean]> = [
  ['[id], a[name], h1, h2, h3, h4, h5, h6', (el) => el.hasAttribute('id') || (el.localName === 'a' && el.hasAttribute('name')) || /^h[1-6]$/.test(el.localName)],
  // absolutizeUrls (media.ts): its walk's tests each imply one of these.
  [URL_CARRIERS, (el) => el.hasAttribute('id') || (el.localName === 'a' && el.hasAttribute('href')) || el.hasAttribute('src') || el.hasAttribute('srcset') || (el.localName === 'video' && el.hasAttribute('poster'))],
];

function agree(root: Element): void {
  for (const [selector, test] of MATCHING) expect(elementsMatching(root, selector, test, true)).toEqual(elementsMatching(root, selector, test, false));
  for (const [names, roles] of SETS) expect(elementsNamed(root, names, roles, true)).toEqual(elementsNamed(root, names, roles, false));
  for (const name of ATTRIBUTES) expect(elementsWithAttribute(root, name, true)).toEqual(elementsWithAttribute(root, name, false));
  // hasPagePart: the selector's answer and the walk's, for the root and every box under it.
  for (const el of [root, ...elementsNamed(root, tagSet('div, section, form, aside, footer, header, svg'), undefined, false)]) expect([el, hasPagePart(el, false)]).toEqual([el, hasPagePart(el, true)]);
  // holdsNamed: the same for every paragraph and box, with the lists the call rules ask about.
  const boxes = [root, ...elementsNamed(root, tagSet('p, div, li, figure, section'), undefined, false)];
  for (const names of [tagSet('audio, video'), tagSet('p, div, br, ul, ol, table, img'), tagSet('a, br, p, div, ul, ol, table')]) {
    for (const el of boxes) expect([el, holdsNamed(el, names, false)]).toEqual([el, holdsNamed(el, names, true)]);
  }
}

test('jsdom and Node walk; only a browser page takes the selectors', () => {
  expect(NATIVE_SELECTORS).toBe(false);
});

test('the selector and the walk agree on tricky markup', () => {
  const doc = pageFromHtml(
    `<body><nav><p>a</p></nav><div role=" Navigation "><svg><a href="#x"><p>in svg</p></a><nav id="svgnav"></nav></svg></div>
     <template><p>template content</p><nav></nav></template><div role="menu banner">x</div><header role="banner"><p id="h">h</p></header>
     <math><mi role="navigation">x</mi></math><a name="n">n</a><a name="">e</a><h2 id="">h</h2><svg><h3>f</h3></svg><article><article role="article"><p data-ro-anchor="1">p</p></article></article>
     <table><tr><td><p>cell</p></td></tr></table><noscript><p>no</p></noscript><ul><li><p>li</p></li></ul>
     <div ROLE="MENUBAR"><IMG src="a.png"><video></video><picture><img src="b.png"></picture></div>
     <svg><a href="#s">s</a><image src="i.png"/><video poster="p.png"></video></svg><VIDEO POSTER="q.png" SRC="v.mp4"></VIDEO><source srcset="x.png 2x"><a xlink:href="#z">z</a>
     <div><div ROLE="MAIN">m</div></div><div><span role="main ">m</span></div><form><svg><h1>t</h1></svg></form><section><b role="article">a</b></section><aside><H1>x</H1></aside></body>`,
    'https://example.com/',
  );
  agree(doc.body);
  agree(doc.querySelector('div')!);
  expect(elementsNamed(doc.body, new Set(['nav']), new Set(['navigation']), true).map((e) => e.id || e.localName)).toEqual(['nav', 'div', 'svgnav', 'mi']);
});

test.each(fixtureCases())('the selector and the walk agree on fixture %s', (name) => {
  agree(loadFixture(name).doc.body);
});
