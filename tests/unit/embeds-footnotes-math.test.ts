/**
 * @jest-environment jsdom
 */
// Players, footnotes and formulas (issue 15, part 2), on full fixture pages through the core and the view:
// a video article's YouTube and Vimeo players become poster cards with "Watch on …" (never a frame, never a
// blank), its podcast player and its tweet a link; a physics explainer keeps KaTeX and MathJax 3 formulas as
// MathML and MathJax 2's TeX as text; its references show in a popover and lead back to the text.
import '../support/jsdom-globals';
import type { Article } from '../../src/core';
import { extractArticle } from '../../src/core';
import { embedInfo } from '../../src/core/embeds';
import { articleMarkdown } from '../../src/view/export/markdown';
import { renderArticle } from '../../src/view/render';
import { loadFixture } from '../support/fixtures';

function fixtureArticle(name: string): Article {
  const { doc, expected } = loadFixture(name);
  const article = extractArticle(doc, expected.url, { timeBudgetMs: 60_000 });
  if (!article) throw new Error(`${name} is not an article`);
  return article;
}

describe('embed addresses', () => {
  test.each([
    ['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0', 'YouTube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg'],
    ['//www.youtube.com/embed/abcdefghijk', 'YouTube', 'https://www.youtube.com/watch?v=abcdefghijk', 'https://i.ytimg.com/vi/abcdefghijk/hqdefault.jpg'],
    ['https://player.vimeo.com/video/76979871?h=8272103f6e', 'Vimeo', 'https://vimeo.com/76979871', null],
    ['https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk?utm_source=generator', 'Spotify', 'https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk', null],
    ['https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/293', 'SoundCloud', 'https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/293', null],
    ['https://platform.twitter.com/embed/Tweet.html?id=1858123456789012345', 'X', 'https://x.com/i/status/1858123456789012345', null],
    ['https://www.dailymotion.com/embed/video/x8abc12', 'Dailymotion', 'https://www.dailymotion.com/video/x8abc12', null],
  ])('%s → %s', (src, service, href, poster) => {
    expect(embedInfo(src)).toMatchObject({ service, href, poster });
  });

  test('ad frames and script addresses are no players', () => {
    expect(embedInfo('https://ads.adnetwork-example.com/serve?slot=top')).toBeNull();
    expect(embedInfo('javascript:alert(1)')).toBeNull();
    expect(embedInfo('https://www.facebook.com/plugins/video.php?href=javascript:alert(1)')?.href).toMatch(/^https:\/\/www\.facebook\.com\/plugins/);
  });
});

describe('a video article: poster cards and links, never a frame or a blank', () => {
  const article = fixtureArticle('news-video-embeds');
  const { body } = renderArticle(article);

  test('no frame reaches the view', () => {
    expect(body.querySelector('iframe')).toBeNull();
    expect(article.html).not.toContain('adnetwork-example');
  });

  test('the YouTube player is a poster card with its thumbnail and "Watch on YouTube"', () => {
    const card = body.querySelector('figure.embed[data-embed="YouTube"]');
    expect(card).not.toBeNull();
    expect(card?.querySelector('img')?.getAttribute('src')).toBe('https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg');
    const link = card?.querySelector('figcaption a');
    expect(link?.textContent).toBe('Watch on YouTube');
    expect(link?.getAttribute('href')).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(card?.querySelector('figcaption')?.textContent).toBe('Watch on YouTube: Lifeboat launch in a force nine gale, Penwith harbour');
  });

  test('the Vimeo player (no thumbnail without asking Vimeo) is a card with the service name and its link', () => {
    const card = body.querySelector('figure.embed[data-embed="Vimeo"]');
    expect(card?.querySelector('.embed__blank')?.textContent).toBe('Vimeo');
    expect(card?.querySelector('figcaption a')?.getAttribute('href')).toBe('https://vimeo.com/76979871');
  });

  test('the podcast player is a link, the tweet keeps its text and its own link; the recording keeps its player and gets a link to its file', () => {
    const spotify = Array.from(body.querySelectorAll('a')).find((a) => a.textContent === 'Listen on Spotify');
    expect(spotify?.getAttribute('href')).toBe('https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk');
    expect(spotify?.parentElement?.textContent).toBe('Listen on Spotify: Shout! Episode 41: the force nine launch');
    const quote = body.querySelector('blockquote');
    expect(quote?.textContent).toContain('Proud of our lifeboat crew tonight.');
    // Its date line links to the post already: no second link (it made Readability drop a real tweet).
    expect(Array.from(quote?.querySelectorAll('a') ?? []).map((a) => a.getAttribute('href'))).toEqual([
      'https://twitter.com/PenwithHarbour/status/1858123456789012345?ref_src=twsrc%5Etfw',
    ]);
    const audio = body.querySelector('audio');
    expect(audio?.hasAttribute('controls')).toBe(true);
    expect(audio?.closest('figure')?.querySelector('figcaption a')?.textContent).toBe('Listen to the recording (coastguard-channel-16.mp3)');
  });

  test('the Markdown export has the poster as a linked picture and the links', () => {
    const md = articleMarkdown(article, body);
    expect(md).toContain('[![YouTube: Lifeboat launch in a force nine gale, Penwith harbour](https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg)](https://www.youtube.com/watch?v=dQw4w9WgXcQ)');
    expect(md).toContain('[Watch on Vimeo](https://vimeo.com/76979871)');
    expect(md).toContain('[Listen on Spotify](https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk): Shout! Episode 41');
    expect(md).not.toMatch(/<iframe|<audio/);
  });
});

describe('an explainer with formulas and references', () => {
  const article = fixtureArticle('explainer-math-references');
  const { body } = renderArticle(article);
  document.body.replaceChildren(body);

  test('KaTeX and MathJax 3 formulas are MathML in the view, without their TeX annotations spilled in', () => {
    const maths = Array.from(body.querySelectorAll('math'));
    expect(maths.length).toBe(5);
    expect(maths.map((m) => m.textContent)).toEqual(['m', 'r', 'ΔF≈2GMmRr3', 'R', 'T≈12.42 h']);
    expect(maths[2]?.getAttribute('display')).toBe('block');
    expect(body.textContent).not.toContain('\\Delta F');
  });

  test('MathJax 2 formulas are their TeX, as code; its typeset spans are gone', () => {
    const codes = Array.from(body.querySelectorAll('code'), (c) => c.textContent);
    expect(codes).toEqual(['$$a = \\frac{2 G M R}{r^{3}}$$', '$a_\\perp = -\\tfrac{1}{2}a$']);
    expect(body.textContent).not.toContain('a=2GMRr3');
  });

  test('hovering or focusing a reference shows its note in a popover; Escape hides it', () => {
    const ref = body.querySelector<HTMLAnchorElement>('a[href="#cite_note-2"]');
    expect(ref?.getAttribute('aria-describedby')).toBe('ro-fn-pop');
    ref?.focus();
    const pop = body.querySelector<HTMLElement>('#ro-fn-pop');
    expect(pop?.hidden).toBe(false);
    expect(pop?.textContent?.trim()).toBe("The Sun's tidal effect is about 46 % of the Moon's.");
    expect(pop?.querySelector('[id]')).toBeNull();
    ref?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(pop?.hidden).toBe(true);
  });

  test('a click jumps to the note (its own #id), and "Back to the text" returns to the reference', () => {
    const ref = body.querySelector<HTMLAnchorElement>('a[href="#cite_note-3"]');
    const note = body.querySelector<HTMLElement>('#cite_note-3');
    ref?.click();
    expect(note?.classList.contains('fn-note--target')).toBe(true);
    let scrolled: Element | null = null;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled = this;
    };
    note?.querySelector<HTMLAnchorElement>('.fn-back')?.click();
    expect(scrolled).toBe(ref);
    expect(document.activeElement).toBe(ref);
  });

  test('the Markdown export keeps the references as footnotes and leaves the popover and buttons out', () => {
    const md = articleMarkdown(article, body);
    expect(md).toContain('of the Earth.[^1]');
    expect(md).toContain('[^2]: The Sun');
    expect(md).not.toMatch(/Back to the text|\^\]\(#|cite_ref/);
    expect(md).toContain('$$a = \\frac{2 G M R}{r^{3}}$$');
  });
});
