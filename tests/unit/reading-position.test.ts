/**
 * @jest-environment jsdom
 */
// Reading positions (src/view/position): one per article, bounded (oldest dropped first), forgotten when the
// article was read to the end; the reader tab offers "Continue where you left off" and lands on the same block.
import '../support/jsdom-globals';
import { articleKey, bounded, loadPosition, MAX_POSITIONS, POSITIONS_KEY, type PositionStorage, savePosition } from '../../src/view/position/store';
import { currentPosition, restorePosition, trackPosition } from '../../src/view/position/tracker';

function memoryStorage(): PositionStorage & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key) => (key in data ? { [key]: JSON.parse(JSON.stringify(data[key])) } : {}),
    set: async (items) => {
      Object.assign(data, JSON.parse(JSON.stringify(items)));
    },
  };
}

const pos = (at: number, block = 3) => ({ block, within: 0.5, progress: 0.4, at });

describe('the store', () => {
  test('an article is its address without the fragment, or its title', () => {
    expect(articleKey('https://example.org/a?x=1#section-2', 'A')).toBe('https://example.org/a?x=1');
    expect(articleKey('', 'A saved page')).toBe('title:A saved page');
  });

  test('saves, loads and forgets one article', async () => {
    const storage = memoryStorage();
    await savePosition(storage, 'https://example.org/a', pos(1));
    expect(await loadPosition(storage, 'https://example.org/a')).toEqual(pos(1));
    await savePosition(storage, 'https://example.org/a', null);
    expect(await loadPosition(storage, 'https://example.org/a')).toBeNull();
  });

  test('bounded: the least recently read go first', async () => {
    const storage = memoryStorage();
    for (let i = 0; i < 5; i++) await savePosition(storage, `https://example.org/${i}`, pos(1000 + i), 3);
    expect(Object.keys(storage.data[POSITIONS_KEY] as object).sort()).toEqual(['https://example.org/2', 'https://example.org/3', 'https://example.org/4']);
    const many = Object.fromEntries(Array.from({ length: MAX_POSITIONS + 50 }, (_, i) => [`k${i}`, pos(i)]));
    expect(Object.keys(bounded(many)).length).toBe(MAX_POSITIONS);
    expect(bounded(many).k0).toBeUndefined();
  });

  test('anything odd in storage is ignored, not trusted', async () => {
    const storage = memoryStorage();
    storage.data[POSITIONS_KEY] = { a: { block: -1, within: 0, progress: 0.5, at: 1 }, b: 'x', c: pos(5) };
    expect(await loadPosition(storage, 'a')).toBeNull();
    expect(await loadPosition(storage, 'c')).toEqual(pos(5));
  });
});

describe('in the reader tab', () => {
  /** A body of 20 paragraphs, each 100px tall, laid out from y=0 (jsdom has no layout: rects are stubbed). */
  function page() {
    document.body.replaceChildren();
    const body = document.createElement('div');
    for (let i = 0; i < 20; i++) {
      const p = document.createElement('p');
      p.textContent = `Paragraph ${i}`;
      p.getBoundingClientRect = () => ({ top: i * 100 - window.scrollY, bottom: (i + 1) * 100 - window.scrollY, height: 100 }) as DOMRect;
      body.appendChild(p);
    }
    document.body.appendChild(body);
    Object.defineProperty(document.documentElement, 'scrollHeight', { value: 2000, configurable: true });
    Object.defineProperty(window, 'innerHeight', { value: 500, configurable: true });
    window.scrollTo = ((opts: ScrollToOptions | number, y?: number) => {
      const top = typeof opts === 'number' ? (y ?? 0) : (opts.top ?? 0);
      Object.defineProperty(window, 'scrollY', { value: top, configurable: true });
    }) as typeof window.scrollTo;
    window.scrollTo(0, 0);
    return body;
  }

  test('the position is the block under the bar and how far into it', () => {
    const body = page();
    window.scrollTo(0, 750);
    expect(currentPosition(body, 50, 7)).toEqual({ block: 8, within: 0, progress: 0.5, at: 7 });
    window.scrollTo(0, 720);
    expect(currentPosition(body, 50, 7)).toMatchObject({ block: 7, within: 0.7 });
  });

  test('restoring puts the same block under the bar', () => {
    const body = page();
    restorePosition(body, { block: 12, within: 0.25, progress: 0.6, at: 1 }, 50);
    expect(window.scrollY).toBe(1200 + 25 - 50);
  });

  test('opening an article read before offers to continue, and the button goes there', async () => {
    const body = page();
    const storage = memoryStorage();
    await savePosition(storage, 'https://example.org/story', { block: 12, within: 0, progress: 0.6, at: 1 });
    const host = document.createElement('main');
    document.body.appendChild(host);
    const tracker = trackPosition(storage, { url: 'https://example.org/story#top', title: 'Story' }, body, host, () => 50);
    await new Promise((r) => setTimeout(r, 0));
    const offer = host.querySelector('.resume');
    expect(offer?.textContent).toContain('Continue where you left off');
    expect(offer?.textContent).toContain('60 % read');
    host.querySelector<HTMLButtonElement>('[data-action="resume"]')?.click();
    expect(window.scrollY).toBe(1150);
    expect(host.querySelector('.resume')).toBeNull();
    tracker.stop();
  });

  test('scrolling saves the position; reading to the end forgets it', async () => {
    jest.useFakeTimers();
    const body = page();
    const storage = memoryStorage();
    const host = document.createElement('main');
    const tracker = trackPosition(storage, { url: 'https://example.org/long', title: 'Long' }, body, host, () => 50);
    window.scrollTo(0, 600);
    window.dispatchEvent(new Event('scroll'));
    jest.advanceTimersByTime(600);
    await Promise.resolve();
    jest.useRealTimers();
    await new Promise((r) => setTimeout(r, 0));
    expect(await loadPosition(storage, 'https://example.org/long')).toMatchObject({ block: 6, progress: 0.4 });
    jest.useFakeTimers();
    window.scrollTo(0, 1500);
    window.dispatchEvent(new Event('scroll'));
    jest.advanceTimersByTime(600);
    jest.useRealTimers();
    await new Promise((r) => setTimeout(r, 0));
    expect(await loadPosition(storage, 'https://example.org/long')).toBeNull();
    tracker.stop();
  });

  test('no offer near the start or for an article not seen before', async () => {
    const body = page();
    const storage = memoryStorage();
    await savePosition(storage, 'https://example.org/barely', { block: 0, within: 0.1, progress: 0.01, at: 1 });
    const host = document.createElement('main');
    trackPosition(storage, { url: 'https://example.org/barely', title: '' }, body, host, () => 50).stop();
    trackPosition(storage, { url: 'https://example.org/new', title: '' }, body, host, () => 50);
    await new Promise((r) => setTimeout(r, 0));
    expect(host.querySelector('.resume')).toBeNull();
  });
});
