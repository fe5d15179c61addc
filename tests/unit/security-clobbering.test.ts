/**
 * @jest-environment node
 */
// DOM clobbering against the pipeline. jsdom has no named properties on forms, so the test gives its forms
// the browser's behaviour (a control named like a property shadows it: <input name="parentNode"> makes
// form.parentNode that input). In Chromium such a form sent Readability's ancestor walk round forever and
// hung the tab; the working copy is now defused first (defuseClobbering in src/core/sanitize.ts).
import { extractArticle } from '../../src/core';
import { defuseClobbering } from '../../src/core/clobbering';
import { articlePage } from '../security/pages.mjs';
import { vectorsFor } from '../security/vectors.mjs';
import { pageFromHtml } from '../support/fixtures';

const URL = 'http://127.0.0.1:9/clobbering/';
const SHADOWED = ['parentNode', 'attributes', 'nodeName', 'tagName', 'children', 'firstChild', 'getAttribute', 'id', 'className'];

/** Gives the page's forms named properties as browsers have them; counts reads answered by a control. */
function withNamedFormProperties(doc: Document): { reads: number } {
  const win = doc.defaultView as unknown as { HTMLFormElement: { prototype: object } };
  const stats = { reads: 0 };
  for (const prop of SHADOWED) {
    let proto: object | null = win.HTMLFormElement.prototype;
    let original: PropertyDescriptor | undefined;
    while (proto && !original) {
      original = Object.getOwnPropertyDescriptor(proto, prop);
      proto = Object.getPrototypeOf(proto);
    }
    Object.defineProperty(win.HTMLFormElement.prototype, prop, {
      configurable: true,
      get(this: HTMLFormElement) {
        const named = this.elements.namedItem(prop);
        if (named) {
          if (++stats.reads > 10_000) throw new Error(`endless walk through form.${prop}`);
          return named;
        }
        return original?.get ? original.get.call(this) : original?.value;
      },
    });
  }
  return stats;
}

const clobbering = vectorsFor('http://127.0.0.1:9').filter((v) => v.category === 'clobbering');

test('a page of clobbering vectors is read, and no step reads a property a control shadows', () => {
  const doc = pageFromHtml(articlePage(clobbering, { title: 'Clobbered', url: URL }), URL);
  const stats = withNamedFormProperties(doc);
  expect((doc.querySelector('#f-clobber') as HTMLFormElement).parentNode).toBe(doc.querySelector('[name=parentNode]')); // the emulation works
  const article = extractArticle(doc, URL, { force: true });
  expect(article?.title).toBe('Clobbered');
  expect(stats.reads).toBe(1); // the check above, nothing else
});

test('defuseClobbering drops shadowing ids and names from controls, images and forms, and nothing else', () => {
  const doc = pageFromHtml(
    '<form id="f"><input name="parentNode"><input id="submit"><input name="email"></form><img name="body" src="a.png">' +
      '<img id="figure-1" src="b.png"><div id="title">kept: not an element that clobbers</div><p id="attributes">kept</p>',
    URL,
  );
  defuseClobbering(doc);
  expect(doc.body.innerHTML).toBe(
    '<form id="f"><input><input><input name="email"></form><img src="a.png">' +
      '<img id="figure-1" src="b.png"><div id="title">kept: not an element that clobbers</div><p id="attributes">kept</p>',
  );
});
