/**
 * @jest-environment node
 */
// What a reading of a working copy can hold at most (reading-bound.ts), and Readability's fourth attempt spared when
// it would repeat the third (readability-step.ts), each against Readability itself on generated trees. The trees
// are built with DOM calls, not parsed, so they nest as no parser would (a <div> in a <p>, a link in a link),
// as a working copy may after the rules.
import fc from 'fast-check';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { Limits } from '../../src/core/limits';
import { runReadability } from '../../src/core/readability-step';
import { ownAtMost, proseAtMost, readingBound } from '../../src/core/reading-bound';
import { proseLetters } from '../../src/core/split-story';
import { letterCount } from '../../src/core/text';
import { ownLetters } from '../../src/core/title-anchor';
import { collapseWrapperChains } from '../../src/core/wrapper-chains';

type Tree = string | { tag: string; cls: string; href: string; hidden: boolean; kids: Tree[] };

const TAGS = ['div', 'div', 'div', 'p', 'p', 'span', 'a', 'a', 'a', 'section', 'h1', 'h2', 'h3', 'br', 'aside', 'footer', 'button', 'ul', 'li', 'table', 'td', 'pre', 'b', 'i', 'svg', 'select', 'option', 'textarea', 'dd', 'caption', 'object'];
const CLASSES = ['', '', 'content', 'comment', 'share', 'sidebar', 'article', 'menu', 'byline', 'entry', 'related'];
const HREFS = ['/story/next/', 'https://example.org/a', 'javascript:void(0)', 'JavaScript:go()', '#top', ''];
const WORDS = ['the', 'council', 'budget', 'river', 'energy', 'report,', 'said.', 'Read', 'more', 'Share', 'by', 'Anna', 'Öl', '東京'];

const text = (max: number) => fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: max }).map((w) => w.join(' '));

const tree = (words: number, tags = TAGS) =>
  fc.letrec<{ node: Tree }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      text(words),
      fc.record({
        tag: fc.constantFrom(...tags),
        cls: fc.constantFrom(...CLASSES),
        href: fc.constantFrom(...HREFS),
        hidden: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
        kids: fc.array(tie('node'), { maxLength: 4 }),
      }),
    ),
  })).node;

const window = new JSDOM('<!doctype html><body>').window;

/** A document whose body holds `trees`, built with DOM calls. */
function documentOf(trees: Tree[]): Document {
  const doc = window.document.implementation.createHTMLDocument('The council budget');
  const build = (t: Tree, parent: Element) => {
    if (typeof t === 'string') return void parent.append(doc.createTextNode(t));
    const el = doc.createElement(t.tag);
    if (t.cls) el.className = t.cls;
    if (t.tag === 'a' && t.href) el.setAttribute('href', t.href);
    if (t.hidden) el.setAttribute('hidden', '');
    for (const kid of t.kids) build(kid, el);
    parent.append(el);
  };
  for (const t of trees) build(t, doc.body);
  return doc;
}

type Reading = { content?: Element | null; title?: string | null; byline?: string | null; dir?: string | null; lang?: string | null; excerpt?: string | null; siteName?: string | null; publishedTime?: string | null };
const fields = (r: Reading | null) => (r?.content ? [r.content.outerHTML, r.title ?? '', r.byline ?? null, r.dir ?? null, r.lang ?? null, r.excerpt ?? null, r.siteName ?? null, r.publishedTime ?? null] : null);

const read = (doc: Document) => new Readability<Element>(doc, { keepClasses: true, serializer: (el) => el as Element }).parse();

describe("a reading's bound", () => {
  test('no reading of the copy, stacks collapsed or not, holds more letters, own letters or prose than the bound', () => {
    fc.assert(
      fc.property(fc.array(tree(40), { minLength: 1, maxLength: 6 }), (trees) => {
        const doc = documentOf(trees);
        const bound = readingBound(doc.body, true);
        const prose = proseAtMost(bound, doc.body);
        for (const collapse of [false, true]) {
          const copy = doc.cloneNode(true) as Document;
          if (collapse) collapseWrapperChains(copy.body);
          const content = read(copy)?.content;
          if (!content) continue;
          expect(letterCount(content.textContent ?? '')).toBeLessThanOrEqual(bound.letters);
          expect(ownLetters(content)).toBeLessThanOrEqual(ownAtMost(bound));
          expect(proseLetters(content)).toBeLessThanOrEqual(prose);
        }
      }),
      { seed: 20261206, numRuns: 400 },
    );
  }, 180_000);

  test('nor more prose than the bound where paragraphs may nest (blocks in links, in phrasing, in paragraphs)', () => {
    const nesting = ['div', 'div', 'p', 'p', 'span', 'b', 'a', 'br', 'br', 'table', 'td', 'img', 'noscript'];
    fc.assert(
      fc.property(fc.array(tree(40, nesting), { minLength: 1, maxLength: 4 }), (trees) => {
        const doc = documentOf(trees);
        const prose = proseAtMost(readingBound(doc.body), doc.body);
        const content = read(doc.cloneNode(true) as Document)?.content;
        if (content) expect(proseLetters(content)).toBeLessThanOrEqual(prose);
      }),
      { seed: 20261206, numRuns: 400 },
    );
  }, 180_000);
});

describe("Readability's fourth attempt", () => {
  test('spared or made, the same reading as Readability unchanged', () => {
    const proto = Readability.prototype as unknown as { _prepArticle(el: Element): void };
    const prep = proto._prepArticle;
    let attempts = 0;
    proto._prepArticle = function (this: unknown, el: Element) {
      attempts++;
      return prep.call(this, el);
    };
    let [oursMade, plainMade] = [0, 0];
    try {
      fc.assert(
        // Short texts: most trees stay under Readability's 500 characters, and every attempt is made.
        fc.property(fc.array(tree(12), { minLength: 1, maxLength: 5 }), (trees) => {
          const doc = documentOf(trees);
          const twin = doc.cloneNode(true) as Document;
          attempts = 0;
          const ours = runReadability(doc, new Limits(200_000, Number.POSITIVE_INFINITY));
          oursMade += attempts;
          attempts = 0;
          const plain = read(twin);
          plainMade += attempts;
          expect(fields(ours)).toEqual(fields(plain));
        }),
        { seed: 20261206, numRuns: 400 },
      );
    } finally {
      proto._prepArticle = prep;
    }
    expect(oursMade).toBeLessThan(plainMade); // some fourth attempts were spared
  }, 180_000);
});
