/**
 * @jest-environment node
 */
// follow-us-call on the 10 000-level page as a browser builds it. Browsers' parsers nest 512 levels at most
// and attach every deeper start tag to the element at the cap: 10 000 nested divs as markup become one
// element holding some 9 500 empty sibling divs and then the article. The rule once asked each of those
// divs "does your parent hold other words?" by reading all its siblings (10^8 nodes: the popup stopped
// answering); the answers are now computed once per element. These tests check what the rule finds there.
import { ruleContext } from '../../src/core/rule-runner';
import { followUsCall } from '../../src/core/rules/follow-us-call';
import { pageFromHtml } from '../support/fixtures';

const URL = 'https://coast-notes.example/2024/skerry-point/';
const PARAGRAPH = 'The keepers climbed the spiral stair every four hours to wind the clockwork that turned the lens. ';
const ARTICLE = [
  '<h1>Deep</h1>',
  `<p>${PARAGRAPH.repeat(3)}</p>`,
  '<div class="cta"><div><p>Follow us on <a href="https://t.me/coastnotes">Telegram</a> for the next story.</p></div></div>',
  `<p>${PARAGRAPH.repeat(3)}</p>`,
  '<p>Turn on notifications so you never miss a story.</p>',
  `<p>${PARAGRAPH.repeat(2)}</p>`,
  '<p>A follow-up report on the keepers is due next spring from the county archive.</p>',
  `<p>${PARAGRAPH.repeat(2)}</p>`,
].join('');

/**
 * The article after `siblings` empty divs in one div, under `levels` more (the parser's cap). Built from the
 * inside out and attached once: jsdom's cost per inserted node grows with its depth.
 */
function deepPage(levels: number, siblings: number): Document {
  const doc = pageFromHtml('<!doctype html><title>Deep</title><body><main></main>', URL);
  let top = doc.createElement('div');
  for (let i = 0; i < siblings; i++) top.appendChild(doc.createElement('div'));
  top.insertAdjacentHTML('beforeend', ARTICLE);
  for (let i = 0; i < levels; i++) {
    const up = doc.createElement('div');
    up.appendChild(top);
    top = up;
  }
  doc.querySelector('main')?.appendChild(top);
  return doc;
}

const found = (doc: Document) => followUsCall.find(doc.body, ruleContext(URL)).map((m) => [(m.node as Element).className || (m.node as Element).localName, m.text]);

test('10 000 nested divs as a browser parses them (9 500 empty siblings at level 512): the two calls, nothing else', () => {
  const doc = deepPage(509, 9_490);
  expect(doc.querySelectorAll('div').length).toBeGreaterThan(10_000);
  expect(found(doc)).toEqual([
    ['cta', 'Follow us on Telegram for the next story.'],
    ['p', 'Turn on notifications so you never miss a story.'],
  ]);
});

test('a call at the bottom of 2 000 nested wrappers built by script: its block is its own box, not the page', () => {
  const doc = deepPage(2_000, 0);
  const matches = followUsCall.find(doc.body, ruleContext(URL));
  expect(matches.map((m) => m.text)).toEqual(['Follow us on Telegram for the next story.', 'Turn on notifications so you never miss a story.']);
  expect((matches[0]!.node as Element).className).toBe('cta');
});
