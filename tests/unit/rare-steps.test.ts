/**
 * @jest-environment jsdom
 */
// The rare steps (src/core/rare-steps.ts): content.js leaves them out and rare.js brings them to a page that
// needs one. What must hold: each cheap test says yes whenever its step would change the page (else the
// extension would read such a page without the step); without the steps a page is read exactly as with
// them or not at all (RareStepMissing, never a different article); and the extension's injections
// (tab-calls.ts with content.ts and rare.ts, run here as the browser runs the files) answer with the article.
import '../support/jsdom-globals';
import { extractArticle } from '../../src/core';
import { RARE_STEPS } from '../../src/core/all-rare-steps';
import { COMMENT_WORD } from '../../src/core/clutter/comment-policy';
import { isCommentPolicy } from '../../src/core/clutter/comment-policy-words';
import { mayHoldBoilerplate } from '../../src/core/clutter/issuer-boilerplate';
import { findIssuerBoilerplate } from '../../src/core/clutter/issuer-boilerplate-start';
import { findTeaserCards } from '../../src/core/clutter/teaser-card-runs';
import { textUnits } from '../../src/core/clutter/units';
import { mayHoldCards } from '../../src/core/clutter/teaser-cards';
import { linkEmbeds, PROVIDERS } from '../../src/core/embeds';
import { hasTypesetMath, keepMath } from '../../src/core/math';
import { extractForView } from '../../src/core/page-side';
import { hasPlayerLinks, PLAYER_WORDS } from '../../src/core/player-signs';
import { RareStepMissing, provideRareSteps } from '../../src/core/rare-steps';
import { ruleContext } from '../../src/core/rule-runner';
import { findLeakedMarkup } from '../../src/core/rules/leaked-markup-spans';
import { findMarkup } from '../../src/core/rules/tag-grammar';
import { hasTagShape, mayLeakMarkup } from '../../src/core/rules/tag-shape';
import { flattenShadowRoots, hasShadowContent } from '../../src/core/shadow-dom';
import type { SiteRule } from '../../src/core/site-rules';
import { brokenPage, deepPage } from '../support/broken-pages';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, fixtureCases, loadFixture, pageFromHtml } from '../support/fixtures';

const executeScript = jest.fn();
jest.mock('webextension-polyfill', () => ({
  __esModule: true,
  default: { scripting: { executeScript: (...args: unknown[]) => executeScript(...args) }, tabs: { get: async () => null } },
}));
const { extractInTab }: typeof import('../../src/shared/tab-calls') = require('../../src/shared/tab-calls');
const messages: typeof import('../../src/shared/messages') = require('../../src/shared/messages');

const URL_ = 'https://maths.example/2024/notes/';
const PROSE = 'The committee met on Tuesday and agreed the budget for the coming year after a long debate. ';
const article = (body: string) => `<!doctype html><html><head><title>Notes on sums</title></head><body><article><h1>Notes on sums</h1><p>${PROSE.repeat(8)}</p>${body}<p>${PROSE.repeat(6)}</p></article></body></html>`;

const MATH_PAGES: Record<string, string> = {
  'MathJax 2 script': article('<p>Euler: <span class="MathJax_Preview">e</span><span class="MathJax">e^{i pi}</span><script type="math/tex">e^{i\\pi}+1=0</script></p>'),
  'MathJax 2 display, upper case type': article('<script type="Math/TeX; mode=display">\\sum_k k</script>'),
  'MathJax 3': article('<p>Then <mjx-container class="MathJax" jax="CHTML"><mjx-math>x</mjx-math><mjx-assistive-mml><math><mi>x</mi><annotation encoding="application/x-tex">x</annotation></math></mjx-assistive-mml></mjx-container> holds.</p>'),
  'KaTeX inline': article('<p>So <span class="katex"><span class="katex-mathml"><math><semantics><mi>y</mi><annotation encoding="application/x-tex">y</annotation></semantics></math></span><span class="katex-html">y</span></span> too.</p>'),
  'KaTeX display without its inner span': article('<div class="katex-display"><annotation encoding="application/x-tex">z^2</annotation></div>'),
  'a plain MathML formula (left as it is)': article('<p><math><mi>a</mi><mo>+</mo><mi>b</mi></math></p>'),
  'a script that is not TeX': article('<script type="text/javascript">var tex = "math/tex";</script>'),
};

const EMBED_PAGES: Record<string, string> = {
  'a Spotify player': article('<iframe src="https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk" title="Episode 12"></iframe>'),
  'a lazy SoundCloud player, protocol-relative': article('<iframe data-src="//w.soundcloud.com/player/?url=https%3A//soundcloud.com/a/b"></iframe>'),
  'a tweet without its text': article('<blockquote class="twitter-tweet"><a href="https://twitter.com/a/status/123456">March 3</a></blockquote>'),
  'a YouTube player (kept as it is)': article('<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>'),
  'an ad frame, a like button and a bare video': article('<iframe src="https://ads.example/slot"></iframe><iframe src="https://www.facebook.com/plugins/like.php?href=x"></iframe><p><video src="/a.mp4"></video></p>'),
};

/** Pages that only a rule's search (a rare step) changes. */
const RULE_PAGES: Record<string, string> = {
  'a leaked tag': article('<p>The talks raised concerns among tensions-rise-over-port-strike/” title=”Tensions rise over the strike”>military analysts and observers alike.</p>'),
};

/** Every page the tests know: the fixtures, the pages above, the shadow-root pages and a deep page. */
function loadPages(): Array<[string, Document, string]> {
  const all: Array<[string, Document, string]> = fixtureCases().map((name) => {
    const { doc, expected } = loadFixture(name);
    return [name, doc, expected.url];
  });
  for (const [name, html] of Object.entries({ ...MATH_PAGES, ...EMBED_PAGES, ...RULE_PAGES })) all.push([name, pageFromHtml(html, URL_), URL_]);
  all.push(['shadow-declarative', brokenPage('shadow-declarative.html'), URL_]);
  all.push(['deep page', pageFromHtml(deepPage(700), URL_), URL_]);
  return all;
}
const PAGES = loadPages();

/** The case sections of the rules' fixture files (tests/fixtures/rules), where the rules find most. */
const RULE_URL = 'https://www.harbourview-times.com/2024/05/10/port-strike/';
/** The title the rules' fixture cases are read under when a case names none. */
const doc0Title = 'Port strike: dock workers walk out';
const RULE_CASES: Array<[string, Element]> = readdirSync(join(FIXTURES, 'rules')).flatMap((file) =>
  Array.from(pageFromHtml(readFileSync(join(FIXTURES, 'rules', file), 'utf8'), RULE_URL).querySelectorAll('section[data-case]')).map(
    (s): [string, Element] => [`${file}: ${s.getAttribute('data-case')}`, s],
  ),
);

/** Every text node's data under `root`. */
function textsOf(root: Node): string[] {
  const walker = root.ownerDocument!.createTreeWalker(root, 4);
  const texts: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push((n as Text).data);
  return texts;
}

/** Short strings built from the pieces of tags, entities and quotes, the same on every run. */
function tagPieces(count: number): string[] {
  const pieces = ['<', '>', '/', ' ', '=', '"', '”', '“', "'", '’', '«', 'a', 'href', 'span', 'x-y-z', 'https://s.example/a-b-c/', '&lt;', '&gt;', '&amp;', '&quot;', '&#60;', '&#62;', '&#x3C;', '&#x3e;', '&#38;', '&#8221;', '&nbsp;', '&#47;', 'lt;', 'gt;', 'quot;', ';', 'words'];
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  return Array.from({ length: count }, () => Array.from({ length: 2 + (next() % 11) }, () => pieces[next() % pieces.length]).join(''));
}
const pages = () => PAGES;

afterEach(() => provideRareSteps(RARE_STEPS));

/** A rare step's cheap test says yes on `doc` whenever the step, run on a copy of its body, changes it. */
function expectCheapTestCovers(doc: Document, step: (body: Element) => unknown, test: (body: Element) => boolean): void {
  const body = doc.body.cloneNode(true) as Element;
  const before = body.outerHTML;
  step(body);
  if (body.outerHTML !== before) expect(test(doc.body)).toBe(true);
}

describe('the cheap tests', () => {
  test.each(pages().map(([name, doc]) => [name, doc]))('%s: the formula test says yes whenever keepMath changes the page', (_name, doc) => {
    expectCheapTestCovers(doc as Document, keepMath, hasTypesetMath);
  });

  test('the formula test: yes for each typesetting, no for plain MathML and other scripts', () => {
    const said = Object.fromEntries(Object.entries(MATH_PAGES).map(([name, html]) => [name, hasTypesetMath(pageFromHtml(html, URL_).body)]));
    expect(said).toEqual({
      'MathJax 2 script': true,
      'MathJax 2 display, upper case type': true,
      'MathJax 3': true,
      'KaTeX inline': true,
      'KaTeX display without its inner span': true,
      'a plain MathML formula (left as it is)': false,
      'a script that is not TeX': false,
    });
  });

  test.each(pages().map(([name, doc]) => [name, doc]))('%s: the shadow test says yes whenever flattening puts anything in', (_name, doc) => {
    const live = doc as Document;
    const copy = live.cloneNode(true) as Document;
    const said = hasShadowContent(live, copy);
    expect(flattenShadowRoots(live, copy) > 0).toBe(said);
  });

  test.each(pages().map(([name, doc]) => [name, doc]))('%s: the player test says yes whenever linkEmbeds changes the page', (_name, doc) => {
    expectCheapTestCovers(doc as Document, linkEmbeds, hasPlayerLinks);
  });

  test('the player test: yes for players of other hosts and embedded posts, no for YouTube, ads, like buttons and videos', () => {
    const said = Object.fromEntries(Object.entries(EMBED_PAGES).map(([name, html]) => [name, hasPlayerLinks(pageFromHtml(html, URL_).body)]));
    expect(Object.values(said)).toEqual([true, true, true, false, false]);
  });

  test('every player address embeds.ts knows holds a word of the player test', () => {
    const missing = PROVIDERS.map(([pattern]) => pattern.source.replace(/\\/g, '')).filter((source) => !PLAYER_WORDS.test(source));
    expect(missing).toEqual([]);
  });

  test('the tag-shape test says yes on every text in which the grammar finds a tag', () => {
    const texts = [...tagPieces(30_000), ...PAGES.flatMap(([, doc]) => textsOf(doc.body)), ...RULE_CASES.flatMap(([, section]) => textsOf(section))];
    const found = texts.filter((t) => findMarkup(t).length > 0);
    expect(found.filter((t) => !hasTagShape(t))).toEqual([]);
    expect(found.length).toBeGreaterThan(200); // the check has cases
    expect(hasTagShape('Home > News > Politics, and 3 < 4')).toBe(false);
  });

  /** The rules' searches that are rare steps, each with the cheap test that must say yes whenever it finds anything. */
  type Ctx = ReturnType<typeof ruleContext> & { title?: string };
  const RULE_STEPS: Array<[string, (root: Element, ctx: Ctx) => unknown[], (root: Element, ctx: Ctx) => boolean]> = [
    ['findLeakedMarkup', (root) => findLeakedMarkup(root), (root) => mayLeakMarkup(root)],
    ['findTeaserCards', (root, ctx) => findTeaserCards(root, ctx), (root, ctx) => mayHoldCards(root, ctx)],
    ['findIssuerBoilerplate', (root, ctx) => findIssuerBoilerplate(root, ctx), (root, ctx) => mayHoldBoilerplate(root, textUnits(root), ctx.title)],
  ];

  test.each(RULE_STEPS.map(([name]) => [name]))('%s: its cheap test says yes wherever it finds anything (every page and rule case)', (name) => {
    const [, step, test] = RULE_STEPS.find(([n]) => n === name)!;
    const roots: Array<[string, Element, Ctx]> = [
      ...PAGES.map(([n, doc, url]): [string, Element, Ctx] => [n, doc.body, { ...ruleContext(url), title: doc.title }]),
      ...RULE_CASES.map(([n, s]): [string, Element, Ctx] => [n, s, { ...ruleContext(RULE_URL), title: s.getAttribute('data-title') ?? doc0Title }]),
    ];
    const found = roots.filter(([, root, ctx]) => step(root, ctx).length > 0);
    expect(found.filter(([, root, ctx]) => !test(root, ctx)).map(([n]) => n)).toEqual([]);
    expect(found.length).toBeGreaterThan(0);
  });

  test('the comment-word test says yes on every line the comment-policy words take', () => {
    const words = ['comment', 'comments', 'commenting', 'commenter', 'commenters', 'comentário', 'comentários', 'comentario', 'comentarios', 'commentaire', 'commentaires', 'kommentar', 'kommentare', 'commenti', 'reacties'];
    const lines = words.flatMap((w) => [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)].map((v) => `${v} are moderated and will not be published`));
    const texts = [...lines, ...RULE_CASES.flatMap(([, section]) => textsOf(section)), ...PAGES.flatMap(([, doc]) => textsOf(doc.body))];
    const taken = texts.filter(isCommentPolicy);
    expect(taken.filter((t) => !COMMENT_WORD.test(t))).toEqual([]);
    expect(taken.length).toBeGreaterThanOrEqual(lines.length);
  });

  test('the shadow test sees a root attached by script (not in the markup)', () => {
    const doc = pageFromHtml(article('<story-part></story-part>'), URL_);
    const copy = doc.cloneNode(true) as Document;
    expect(hasShadowContent(doc, copy)).toBe(false);
    doc.querySelector('story-part')!.attachShadow({ mode: 'open' }).append('Shadow text');
    expect(hasShadowContent(doc, copy)).toBe(true);
  });
});

describe('the page-side extraction without the rare steps', () => {
  test.each(pages())('%s: the same article as with them, or RareStepMissing', (_name, doc, url) => {
    const withSteps = JSON.stringify(extractForView(doc, url));
    provideRareSteps(null);
    let without: string | Error;
    try {
      without = JSON.stringify(extractForView(doc, url));
    } catch (err) {
      without = err as Error;
    }
    if (without instanceof Error) expect(without).toBeInstanceOf(RareStepMissing);
    else expect(without).toBe(withSteps);
  });

  test.each([
    ['MathJax 2 script', 'keepMath'],
    ['KaTeX inline', 'keepMath'],
    ['shadow-declarative', 'flattenShadowRoots'],
    ['deep page', 'copyWithDepthCap'],
    ['news-video-embeds', 'linkEmbeds'],
    ['a tweet without its text', 'linkEmbeds'],
    ['a leaked tag', 'findLeakedMarkup'],
    ['encyclopedia-wiki', 'tocBoxes'],
    ['story-with-teaser-cards', 'findTeaserCards'],
    ['press-release-boilerplate', 'findIssuerBoilerplate'],
  ])('%s needs %s', (name, step) => {
    const [, doc, url] = pages().find(([n]) => n === name)!;
    provideRareSteps(null);
    expect(() => extractForView(doc, url)).toThrow(expect.objectContaining({ name: 'RareStepMissing', step }));
  });

  test('a site with corrections needs SiteCorrections; one without does not (and reads as with the steps)', () => {
    const doc = pageFromHtml(MATH_PAGES['a script that is not TeX']!, URL_); // a page that needs no other rare step
    const rules: SiteRule[] = [{ type: 'keep', kind: 'clutter' }];
    provideRareSteps(null);
    expect(() => extractForView(doc, URL_, { siteRules: rules })).toThrow(expect.objectContaining({ step: 'SiteCorrections' }));
    expect(extractForView(doc, URL_, { siteRules: [] })?.text).toBe(extractArticle(doc, URL_)?.text);
  });
});

describe('the extension: rare.js and content.js in one injection', () => {
  const g = globalThis as unknown as Record<string, unknown>;
  const LAST_CALL: Record<string, string> = { 'content.js': messages.AUTO_GLOBAL, 'rare.js': messages.RESUME_GLOBAL };
  const MODULE: Record<string, string> = { 'content.js': '../../src/content/content', 'rare.js': '../../src/content/rare' };

  /** Runs each file as the browser does: a fresh evaluation, then the call the build adds at its end. */
  function runFiles(files: string[]): unknown {
    let result: unknown;
    for (const file of files) {
      jest.isolateModules(() => require(MODULE[file]!));
      result = (g[LAST_CALL[file]!] as (() => unknown) | undefined)?.();
    }
    return result;
  }

  function showPage(html: string): void {
    const parsed = new DOMParser().parseFromString(html, 'text/html'); // this window's own DOM
    document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
  }

  beforeEach(() => {
    for (const key of Object.keys(g)) if (key.startsWith('__readerOutline')) delete g[key];
    executeScript.mockReset();
    executeScript.mockImplementation(async (options: { files?: string[]; func?: (...a: unknown[]) => unknown; args?: unknown[] }) => [
      { result: options.files ? runFiles(options.files) : options.func!(...(options.args ?? [])) },
    ]);
  });

  const calls = () => executeScript.mock.calls.map(([options]) => (options as { files?: string[] }).files ?? 'func');

  test('a page without rare needs: one injection of rare.js and content.js answers', async () => {
    showPage(MATH_PAGES['a plain MathML formula (left as it is)']!);
    const result = await extractInTab(1, URL_);
    expect(result).toMatchObject({ ok: true, article: { title: 'Notes on sums' } });
    expect(calls()).toEqual([['rare.js', 'content.js']]);
  });

  test('a page with formulas: the same one injection answers with the article', async () => {
    showPage(MATH_PAGES['MathJax 2 script']!);
    const result = await extractInTab(1, URL_);
    expect(calls()).toEqual([['rare.js', 'content.js']]);
    expect(result.ok && result.article.text).toContain('$e^{i\\pi}+1=0$');
    // The next click on the same page: one injection again.
    executeScript.mockClear();
    expect(await extractInTab(1, URL_)).toMatchObject({ ok: true });
    expect(calls()).toEqual([['rare.js', 'content.js']]);
  });

  test('content.js injected alone (without rare.js) answers that it needs rare.js, whose injection answers with the article', async () => {
    showPage(MATH_PAGES['MathJax 2 script']!);
    expect(runFiles(['content.js'])).toEqual({ needs: 'rare' });
    expect(runFiles(['rare.js'])).toMatchObject({ ok: true });
  });

  test('a forced read of a page that needs rare.js', async () => {
    showPage(MATH_PAGES['KaTeX inline']!);
    runFiles(['content.js']);
    executeScript.mockClear();
    delete g[messages.RARE_GLOBAL];
    const result = await extractInTab(1, URL_, true);
    expect(calls()).toEqual(['func', ['rare.js']]);
    expect(result).toMatchObject({ ok: true });
  });

  test('a site with corrections: rare.js goes in with content.js, which answers', async () => {
    showPage(MATH_PAGES['a script that is not TeX']!);
    const rules: SiteRule[] = [{ type: 'hide', selector: 'p', text: 'The committee met' }];
    const result = await extractInTab(1, URL_, false, rules);
    expect(calls()).toEqual(['func', ['rare.js', 'content.js']]);
    expect(result.ok && result.article.corrections).toEqual([expect.objectContaining({ type: 'hide', status: 'applied' })]);
  });
});
