/**
 * @jest-environment node
 */
// The lead picture between the article's header and the body's wrapper (issue 12, item 4): put back once,
// above the text, with its caption; never a second copy of a picture the article already shows; never
// an author's photo, an ad or a promo banner that sits in the same place. On the wp-* fixture pages.
import { extractArticle } from '../../src/core';
import { imageStem, restoreLeadFigure } from '../../src/core/lead-image';
import { picturesAboveText } from '../../src/core/lead-position';
import { loadFixture, pageFromHtml, squash } from '../support/fixtures';

function extracted(name: string, edit?: (doc: Document) => void) {
  const { doc, expected } = loadFixture(name);
  edit?.(doc);
  const article = extractArticle(doc, expected.url);
  if (!article) throw new Error(`${name}: no article`);
  const html = pageFromHtml(`<body>${article.html}`, expected.url);
  const srcs = Array.from(html.querySelectorAll('img')).map((img) => img.getAttribute('src') ?? '');
  return { article, html, srcs };
}

/** The first element of the article in document order that is a picture or a paragraph of running text. */
function firstBlock(html: Document): Element | null {
  return Array.from(html.querySelectorAll('figure, picture, img, p')).find((el) => el.tagName !== 'P' || squash(el.textContent ?? '').length > 40) ?? null;
}

const ORCHARD_LEAD = 'https://windfallnotes.org.uk/wp-content/uploads/2024/10/hollins-lane-orchard-grafting-day-1024x683.jpg';

test('a lazy-loaded figure between the header and .entry-content opens the article, once, with its caption', () => {
  const { html, srcs, article } = extracted('wp-lead-figure-between');
  expect(srcs.filter((s) => imageStem(s) === imageStem(ORCHARD_LEAD))).toEqual([ORCHARD_LEAD]);
  const first = firstBlock(html);
  expect(first?.tagName).toBe('FIGURE');
  expect(first?.querySelector('img')?.getAttribute('src')).toBe(ORCHARD_LEAD);
  expect(squash(first?.querySelector('figcaption')?.textContent ?? '')).toBe(
    'Grafting day in March: 140 scions cut from the oldest trees went onto new rootstocks.',
  );
  expect(article.text).not.toContain('Grafting day in March');
  expect(article.text.split('\n')[0]).toMatch(/^When the parish council bought the field/);
});

test("the site's name in an h1 of the banner is not taken for the headline (nor the banner's picture for the lead)", () => {
  const { doc, expected } = loadFixture('wp-lead-figure-between');
  doc.querySelector('.site-logo')?.insertAdjacentHTML(
    'afterend',
    '<h1 class="site-title"><a href="/" rel="home">Windfall Notes</a></h1><div class="header-image"><img src="/wp-content/uploads/2021/03/orchard-panorama-2000x600.jpg" width="2000" height="600" alt=""></div>',
  );
  // On the whole page (as when the page is copied whole), where the banner comes first.
  const found = picturesAboveText(doc, [doc.title], expected.url).map((p) => imageStem(p.img.getAttribute('data-src') ?? p.img.getAttribute('src')));
  expect(found[0]).toBe(imageStem(ORCHARD_LEAD));
  expect(found).not.toContain('orchard-panorama');
});

const FERRY = 'ferry-terminal-queue';

test('the featured picture is not added when the body opens with the same photo at another size', () => {
  const { srcs } = extracted('wp-lead-image-in-body');
  expect(srcs.filter((s) => imageStem(s) === FERRY)).toHaveLength(1);
});

test('outside the copied region (the page itself is searched), the featured picture is put back when the body lacks it', () => {
  const { html, srcs } = extracted('wp-lead-image-in-body', (doc) => doc.querySelector('.td-post-content > figure')?.remove());
  expect(srcs.filter((s) => imageStem(s) === FERRY)).toEqual(['https://soundcourier.news/wp-content/uploads/2024/03/ferry-terminal-queue-696x392.jpg']);
  expect(firstBlock(html)?.tagName).toBe('IMG');
});

test('an author photo in the byline box, a sponsored image and a promo banner above the body are not taken', () => {
  const { srcs, article } = extracted('wp-header-avatar-ad');
  expect(srcs).toEqual(['https://crumbandculture.com/wp-content/uploads/2024/06/starter-hooch-layer-1024x768.jpg']);
  expect(article.leadImage).toBe(srcs[0]);
});

describe('a picture found by its position goes back only above the paragraph it stood above', () => {
  const para = (n: number) => `<p>Paragraph ${n} of the story, long enough to count as running text for the check.</p>`;
  const setup = () => {
    const doc = pageFromHtml(`<body><div id="readability-content"><div id="readability-page-1"><div>${para(1)}${para(2)}${para(3)}</div></div></div>`, 'https://a.org/story/');
    const content = doc.getElementById('readability-content') as Element;
    const figure = doc.createElement('figure');
    figure.innerHTML = '<img src="https://a.org/lead-1200x800.jpg"><figcaption>The lead.</figcaption>';
    return { content, figure };
  };
  const follows = (n: number) => squash(para(n).replace(/<\/?p>/g, '')).toLowerCase();
  const blocks = (content: Element) => Array.from(content.querySelectorAll('figure, p')).map((el) => el.tagName);

  test('the opening paragraph: on top', () => {
    const { content, figure } = setup();
    restoreLeadFigure(content, { figure, follows: follows(1) });
    expect(content.querySelector('#readability-page-1')?.firstElementChild?.tagName).toBe('FIGURE');
  });
  test('after a standfirst Readability kept: right above its paragraph', () => {
    const { content, figure } = setup();
    restoreLeadFigure(content, { figure, follows: follows(2) });
    expect(blocks(content)).toEqual(['P', 'FIGURE', 'P', 'P']);
  });
  test('further down (a picture Readability dropped from the story): not put back', () => {
    const { content, figure } = setup();
    restoreLeadFigure(content, { figure, follows: follows(3) });
    expect(blocks(content)).toEqual(['P', 'P', 'P']);
  });
  test('the article already shows the og:image: not put back', () => {
    const { content, figure } = setup();
    content.querySelector('p')?.insertAdjacentHTML('afterend', '<img src="https://a.org/og-card.jpg">');
    restoreLeadFigure(content, { figure, follows: follows(1) }, 'https://a.org/og-card-1200x630.jpg');
    expect(content.querySelectorAll('figure')).toHaveLength(0);
  });
});

test('imageStem: one picture at any size, scaled, edited, retina or converted; different pictures differ', () => {
  const stem = imageStem('https://a.org/wp-content/uploads/2024/10/harbour-boats.jpg');
  for (const variant of [
    'https://a.org/wp-content/uploads/2024/10/harbour-boats-1024x683.jpg',
    'https://a.org/wp-content/uploads/2024/10/harbour-boats-scaled.jpg',
    'https://a.org/wp-content/uploads/2024/10/harbour-boats-e1728712345678.jpg',
    'https://a.org/wp-content/uploads/2024/10/harbour-boats@2x.jpg',
    'https://a.org/wp-content/uploads/2024/10/harbour-boats.jpg.webp',
    'https://a.org/wp-content/uploads/2024/10/harbour-boats-1024x683.jpg?resize=800%2C533&ssl=1',
  ]) {
    expect(imageStem(variant)).toBe(stem);
  }
  expect(imageStem('https://a.org/wp-content/uploads/2024/10/harbour-nets.jpg')).not.toBe(stem);
});
