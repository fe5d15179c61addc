/**
 * @jest-environment node
 */
// AMP's pictures (amp-images.ts): an <amp-img> becomes the <img> it stands for, in the article as the view shows it; an
// <amp-carousel> of other stories' cards is a box of teasers like any other.
import { extractArticle } from '../../src/core';
import { pageFromHtml } from '../support/fixtures';

const URL = 'https://amp.example-daily.com/news/2024/06/harbour-wall/';
const prose = (s: string) => `<p>${s} The contractor blamed a shortage of steel piles last summer and says the rest will follow by June, if the weather allows.</p>`;
const page = (picture: string) =>
  pageFromHtml(
    `<html><head><title>Harbour wall still unfinished</title></head><body><article><h1>Harbour wall still unfinished</h1>${prose('The wall is half built.')}${picture}${prose('Residents are angry.')}${prose('Engineers inspected it.')}</article></body></html>`,
    URL,
  );

describe('AMP pictures', () => {
  test('an amp-img of its own attributes becomes an <img> with its address, sizes and text alternative', () => {
    const a = extractArticle(page('<figure><amp-img src="/img/wall.jpg" srcset="/img/wall-640.jpg 640w, /img/wall-1280.jpg 1280w" alt="The half-built wall at low tide" width="640" height="360" layout="responsive"></amp-img><figcaption>The wall at low tide.</figcaption></figure>'), URL, { force: true });
    expect(a?.html).toMatch(/<img[^>]*src="https:\/\/amp\.example-daily\.com\/img\/wall\.jpg"/);
    expect(a?.html).toContain('alt="The half-built wall at low tide"');
    expect(a?.html).not.toContain('amp-img');
  });
  test('a server-rendered amp-img keeps the <img> it holds, not its placeholder', () => {
    const a = extractArticle(page('<figure><amp-img src="/img/wall.jpg" alt="Wall" width="640" height="360" i-amphtml-ssr><amp-img placeholder src="/img/wall-blur.jpg" width="640" height="360"></amp-img><img decoding="async" src="/img/wall.jpg" alt="Wall"></amp-img></figure>'), URL, { force: true });
    expect(a?.html).toContain('/img/wall.jpg');
    expect(a?.html).not.toContain('wall-blur');
  });
  test('a carousel of other stories under "Most read" goes with its heading; a carousel of the story\'s own pictures stays', () => {
    const teaser = (n: number) => `<div class="slide"><a href="/news/2024/06/story-${n}/"><amp-img src="/img/t${n}.jpg" width="160" height="90"></amp-img><p>Council approves ferry timetable number ${n}</p></a></div>`;
    const a = extractArticle(page(`<h3>Most read</h3><amp-carousel type="carousel" height="240">${[1, 2, 3, 4].map(teaser).join('')}</amp-carousel>`), URL, { force: true });
    expect(a?.text).not.toContain('Most read');
    expect(a?.text).not.toContain('ferry timetable');
    expect(a?.text).toContain('Residents are angry.');
    const own = extractArticle(page('<amp-carousel type="slides" height="360"><amp-img src="/img/wall-1.jpg" alt="The wall from the pier" width="640" height="360"></amp-img><amp-img src="/img/wall-2.jpg" alt="The wall from the beach" width="640" height="360"></amp-img></amp-carousel>'), URL, { force: true });
    expect(own?.html).toContain('/img/wall-1.jpg');
    expect(own?.html).not.toContain('amp-carousel');
  });
});
