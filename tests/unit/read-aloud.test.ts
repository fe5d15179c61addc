/**
 * @jest-environment jsdom
 */
// Read aloud (src/view/speech): sentence splitting in several languages, the reading queue built from a
// rendered fixture article, and the speech queue against a stubbed speechSynthesis (no voices needed):
// one utterance per sentence, pause/resume, skipping by sentence and section, stale events ignored,
// errors shown; the player's controls and keys.
import '../support/jsdom-globals';

jest.mock('webextension-polyfill', () => ({
  __esModule: true,
  default: {
    storage: {
      sync: { get: async () => ({}), set: async () => undefined },
      local: { get: async () => ({}), set: async () => undefined },
      onChanged: { addListener: () => undefined },
    },
  },
}));

const { extractArticle }: typeof import('../../src/core') = require('../../src/core');
const { renderArticle }: typeof import('../../src/view/render') = require('../../src/view/render');
const { sentences }: typeof import('../../src/view/speech/sentences') = require('../../src/view/speech/sentences');
const { buildQueue }: typeof import('../../src/view/speech/queue') = require('../../src/view/speech/queue');
const { SpeechReader }: typeof import('../../src/view/speech/reader') = require('../../src/view/speech/reader');
const { createSpeechPlayer }: typeof import('../../src/view/speech/player') = require('../../src/view/speech/player');
const { voicesFor, normalizePrefs }: typeof import('../../src/view/speech/prefs') = require('../../src/view/speech/prefs');
const { loadFixture }: typeof import('../support/fixtures') = require('../support/fixtures');

describe('sentences', () => {
  test.each([
    ['en', 'Dr. Smith went to Washington. He met Mr. Jones at 3 p.m. on Friday.', ['Dr. Smith went to Washington.', 'He met Mr. Jones at 3 p.m. on Friday.']],
    ['en', 'The U.S. economy grew 2.5% in 2024. Prices rose, e.g. for rent. Did they?', ['The U.S. economy grew 2.5% in 2024.', 'Prices rose, e.g. for rent.', 'Did they?']],
    ['en', 'He moved to the U.S. Then he left for good.', ['He moved to the U.S.', 'Then he left for good.']],
    ['en', 'J. R. R. Tolkien wrote it in 1937. It sold well!', ['J. R. R. Tolkien wrote it in 1937.', 'It sold well!']],
    ['de', 'Er kam am 3. Oktober. Das war z. B. gut. Dr. Weber sagte nichts.', ['Er kam am 3. Oktober.', 'Das war z. B. gut.', 'Dr. Weber sagte nichts.']],
    ['fr', '« Bonjour ! » dit-il. M. Dupont partit. Il pleuvait.', ['« Bonjour ! » dit-il.', 'M. Dupont partit.', 'Il pleuvait.']],
    ['ja', '東京は晴れです。明日は雨でしょう！本当？', ['東京は晴れです。', '明日は雨でしょう！', '本当？']],
    ['zh', '今天天气很好。我们去公园吧！', ['今天天气很好。', '我们去公园吧！']],
    ['ar', 'هذا جيد. هل أنت بخير؟ نعم!', ['هذا جيد.', 'هل أنت بخير؟', 'نعم!']],
  ])('%s: %s', (lang, text, want) => {
    expect(sentences(text, lang)).toEqual(want);
  });

  test('no empty or punctuation-only sentences', () => {
    expect(sentences('…  !  Real words here.  ', 'en').every((s) => /\p{L}/u.test(s))).toBe(true);
    expect(sentences('', 'en')).toEqual([]);
  });
});

function guide() {
  const { doc, expected } = loadFixture('guide-tables-footnotes');
  const article = extractArticle(doc, expected.url, { timeBudgetMs: 60_000 });
  if (!article) throw new Error('not an article');
  const rendered = renderArticle(article);
  document.body.replaceChildren(rendered.body);
  return { article, ...rendered };
}

describe('the reading queue of a rendered article', () => {
  const { body, headings } = guide();
  const items = buildQueue(body, headings, 'en');

  test('reads the text in order, sentence by sentence, with each heading in its section', () => {
    expect(items[0]?.text).toBe('Three winters ago the harbour committee asked us a simple question: how high will the water be on Thursday morning?');
    expect(items[0]?.section).toBe(-1);
    const heading = items.find((i) => i.text === 'The three kinds of gauge');
    expect(heading?.section).toBe(0);
    expect(items.find((i) => i.text === 'Setting the datum')?.section).toBe(2);
    expect(items[items.length - 1]?.text).toMatch(/^Sea water is about 2\.5 % denser/);
  });

  test('leaves out code, captions and footnote marks', () => {
    const all = items.map((i) => i.text).join(' ');
    expect(all).not.toContain('offset_mm');
    expect(all).not.toContain('export function clean');
    expect(all).not.toContain('The radar gauge on the pier head, looking down');
    expect(all).toContain('sit on the mud at low water. This guide'.split(' This')[0]);
    expect(all).not.toMatch(/low water\.1/);
  });

  test('each sentence maps back to its words on the page (for the highlight)', () => {
    for (const item of items.slice(0, 12)) {
      expect(item.range()?.toString().replace(/\s+/g, ' ').trim()).toBe(item.text);
    }
  });
});

/** A stand-in for speechSynthesis: records utterances; the test ends them. */
function stubSynth() {
  const spoken: SpeechSynthesisUtterance[] = [];
  let cancels = 0;
  return {
    spoken,
    get cancels() {
      return cancels;
    },
    speak: (u: SpeechSynthesisUtterance) => spoken.push(u),
    cancel: () => {
      cancels++;
    },
    end: (u = spoken[spoken.length - 1]) => u?.onend?.(new Event('end') as SpeechSynthesisEvent),
    fail: (error: string, u = spoken[spoken.length - 1]) => u?.onerror?.({ error } as SpeechSynthesisErrorEvent),
  };
}

class FakeUtterance {
  lang = '';
  rate = 1;
  voice: unknown = null;
  onend: ((e: Event) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  constructor(readonly text: string) {}
}

function makeReader(texts: Array<[string, number]>) {
  const synth = stubSynth();
  const changes: string[] = [];
  const block = document.createElement('p');
  const items = texts.map(([text, section]) => ({ text, section, block, range: () => null }));
  const reader = new SpeechReader(items, {
    synth: () => synth,
    utterance: (text) => new FakeUtterance(text) as unknown as SpeechSynthesisUtterance,
    lang: 'en-GB',
    voice: () => null,
    rate: () => 1.25,
    onChange: (r) => changes.push(`${r.state}:${r.index}`),
  });
  return { synth, reader, changes };
}

describe('the speech queue against a stubbed speechSynthesis', () => {
  const texts: Array<[string, number]> = [
    ['Intro one.', -1],
    ['Intro two.', -1],
    ['Section A.', 0],
    ['A two.', 0],
    ['A three.', 0],
    ['Section B.', 1],
    ['B two.', 1],
  ];

  test('one utterance per sentence, in order, with the language and the speed; idle at the end', () => {
    const { synth, reader } = makeReader(texts.slice(0, 3));
    reader.play(0);
    expect(synth.spoken.map((u) => u.text)).toEqual(['Intro one.']);
    expect(synth.spoken[0]?.lang).toBe('en-GB');
    expect(synth.spoken[0]?.rate).toBe(1.25);
    synth.end();
    synth.end();
    expect(synth.spoken.map((u) => u.text)).toEqual(['Intro one.', 'Intro two.', 'Section A.']);
    synth.end();
    expect(reader.state).toBe('idle');
    expect(synth.spoken.length).toBe(3);
  });

  test('pause cancels; resume says the same sentence again from its start', () => {
    const { synth, reader } = makeReader(texts);
    reader.play(0);
    synth.end();
    reader.pause();
    expect(reader.state).toBe('paused');
    const cancelled = synth.spoken[1];
    synth.end(cancelled); // engines end a cancelled utterance: not a reason to move on
    expect(reader.index).toBe(1);
    reader.resume();
    expect(synth.spoken.map((u) => u.text)).toEqual(['Intro one.', 'Intro two.', 'Intro two.']);
    reader.toggle();
    expect(reader.state).toBe('paused');
    reader.toggle();
    expect(reader.state).toBe('playing');
  });

  test('skipping sentences and sections while playing speaks the new one at once; stale ends are ignored', () => {
    const { synth, reader } = makeReader(texts);
    reader.play(0);
    const first = synth.spoken[0];
    reader.skip(1);
    expect(synth.spoken[synth.spoken.length - 1]?.text).toBe('Intro two.');
    synth.end(first); // the replaced utterance ends late
    expect(reader.index).toBe(1);
    reader.skipSection(1);
    expect(synth.spoken[synth.spoken.length - 1]?.text).toBe('Section A.');
    reader.skip(2);
    expect(reader.current?.text).toBe('A three.');
    reader.skipSection(-1); // inside a section: back to its start
    expect(reader.current?.text).toBe('Section A.');
    reader.skipSection(-1); // at a section's start: the one before
    expect(reader.current?.text).toBe('Intro one.');
    reader.skipSection(1);
    reader.skipSection(1);
    expect(reader.current?.text).toBe('Section B.');
    reader.skipSection(1); // no section after: stays
    expect(reader.current?.text).toBe('Section B.');
    reader.skip(-100);
    expect(reader.index).toBe(0);
  });

  test('skipping while paused moves without speaking', () => {
    const { synth, reader } = makeReader(texts);
    reader.play(0);
    reader.pause();
    reader.skip(2);
    expect(synth.spoken.length).toBe(1);
    expect(reader.current?.text).toBe('Section A.');
  });

  test('an engine error stops with a message; "interrupted" does not', () => {
    const { synth, reader } = makeReader(texts);
    reader.play(0);
    synth.fail('interrupted');
    expect(reader.state).toBe('playing');
    synth.fail('synthesis-unavailable');
    expect(reader.state).toBe('error');
    expect(reader.error).toBe('No voice is available for this language.');
    reader.resume();
    expect(reader.state).toBe('playing');
  });

  test('stop cancels and goes idle', () => {
    const { synth, reader } = makeReader(texts);
    reader.play(3);
    reader.stop();
    expect(reader.state).toBe('idle');
    expect(synth.cancels).toBeGreaterThan(0);
    synth.end();
    expect(synth.spoken.length).toBe(1);
  });
});

describe('voices and speeds', () => {
  const voice = (name: string, lang: string, isDefault = false) => ({ name, lang, voiceURI: name, default: isDefault, localService: true }) as SpeechSynthesisVoice;
  test('voices are filtered to the article language, default first', () => {
    const all = [voice('Anna', 'de-DE'), voice('Daniel', 'en-GB'), voice('Samantha', 'en-US', true), voice('Thomas', 'fr-FR')];
    expect(voicesFor('en', all).map((v) => v.name)).toEqual(['Samantha', 'Daniel']);
    expect(voicesFor('de-AT', all).map((v) => v.name)).toEqual(['Anna']);
    expect(voicesFor('ja', all)).toEqual([]);
  });
  test('stored settings are checked', () => {
    expect(normalizePrefs({ rate: 9, voices: { en: 'Daniel', 'bad key': 'x', fr: 3 } })).toEqual({ rate: 1, voices: { en: 'Daniel' } });
    expect(normalizePrefs({ rate: 1.5 }).rate).toBe(1.5);
  });
});

describe('the player', () => {
  test('opens, reads and highlights the sentence block; Space pauses; the page going away stops it', async () => {
    const { article, body, headings } = guide();
    const synth = stubSynth();
    Object.defineProperty(window, 'speechSynthesis', { value: { ...synth, getVoices: () => [], addEventListener: () => undefined }, configurable: true });
    (globalThis as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = FakeUtterance;
    window.scrollBy = () => undefined;
    const player = createSpeechPlayer(() => 50);
    document.body.append(player.element);
    player.setArticle(article, body, headings, headings.map((x) => x.textContent ?? ''));
    player.start(1);
    await new Promise((r) => setTimeout(r, 0));
    expect(player.element.hidden).toBe(false);
    expect(synth.spoken[0]?.text).toBe('Installing the radar unit');
    expect(headings[1]?.classList.contains('is-speaking')).toBe(true);
    expect(player.element.querySelector('.player__from')?.getAttribute('aria-label')).toBe('Read from');
    player.element.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    expect(player.reader?.state).toBe('paused');
    player.element.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(player.reader?.current?.text).toMatch(/^The radar needs a clear cone below it\./);
    window.dispatchEvent(new Event('pagehide'));
    expect(player.reader?.state).toBe('idle');
    expect(player.element.hidden).toBe(true);
    expect(body.querySelector('.is-speaking')).toBeNull();
  });
});
