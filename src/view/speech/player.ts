/**
 * The read-aloud player: a bar at the foot of the view with previous/next section, previous/next sentence,
 * play/pause, "Read from" (the start or any section) and close. The sentence being read is highlighted
 * (the CSS Custom Highlight API where the browser has it; its block is marked in any case) and kept in view.
 * Keys in the player: Space play/pause, ←/→ sentence, Shift+←/→ section, Esc close. Reading stops when the
 * view closes or shows another article.
 */
import type { Article } from '../../core/article';
import { h } from '../dom';
import { toolIcon, type ToolIconName } from '../tool-icons';
import { chosenVoice, loadSpeechPrefs, speechPrefs } from './prefs';
import { buildQueue } from './queue';
import { SpeechReader } from './reader';
import { type MessageKey, t } from '../i18n/index';

const HIGHLIGHT = 'ro-speech';

export interface SpeechPlayer {
  button: HTMLButtonElement;
  element: HTMLElement;
  setArticle(article: Article | null, body: HTMLElement | null, headings: HTMLElement[], titles: string[]): void;
  /** Opens the player and reads from the start of section `section` (-1: the beginning). */
  start(section: number): void;
  stop(): void;
  readonly reader: SpeechReader | null;
}

function control(action: string, iconName: ToolIconName, label: MessageKey, key: string): HTMLButtonElement {
  return h('button', { class: 'player__btn', type: 'button', 'data-speech': action, title: t('withKey', t(label), key), 'aria-label': t(label) }, toolIcon(iconName, 18));
}

type CssHighlights = { set(name: string, value: unknown): void; delete(name: string): void };

function highlights(): CssHighlights | null {
  const css = (globalThis as { CSS?: { highlights?: CssHighlights } }).CSS;
  return css?.highlights && typeof (globalThis as { Highlight?: unknown }).Highlight === 'function' ? css.highlights : null;
}

export function createSpeechPlayer(barHeight: () => number): SpeechPlayer {
  let reader: SpeechReader | null = null;
  let article: Article | null = null;
  let body: HTMLElement | null = null;
  let headings: HTMLElement[] = [];
  let marked: HTMLElement | null = null;

  const button = h(
    'button',
    { class: 'bar__btn', type: 'button', title: t('withKey', t('readAloud'), 'r'), 'aria-pressed': 'false', 'data-action': 'listen', hidden: true },
    toolIcon('speaker', 19),
    h('span', { class: 'visually-hidden' }, t('readAloud')),
  );
  const toggle = control('toggle', 'play', 'play', t('keySpace'));
  const from = h('select', { class: 'player__from', 'aria-label': t('readFrom'), 'data-speech': 'from' });
  const status = h('span', { class: 'player__status', 'aria-live': 'polite' });
  const close = h('button', { class: 'player__btn player__close', type: 'button', 'data-speech': 'close', title: t('withKey', t('stopAndClose'), 'Esc'), 'aria-label': t('stopReading') }, toolIcon('stop', 16));
  const element = h(
    'div',
    { class: 'player', role: 'region', 'aria-label': t('readAloud'), hidden: true, 'data-ro-ui': '', tabindex: '-1' },
    control('prev-section', 'prev', 'prevSection', 'Shift+←'),
    control('prev', 'prev', 'prevSentence', '←'),
    toggle,
    control('next', 'next', 'nextSentence', '→'),
    control('next-section', 'next', 'nextSection', 'Shift+→'),
    from,
    status,
    close,
  );
  element.querySelector('[data-speech="prev-section"]')?.classList.add('player__btn--section');
  element.querySelector('[data-speech="next-section"]')?.classList.add('player__btn--section');

  const unmark = () => {
    highlights()?.delete(HIGHLIGHT);
    marked?.classList.remove('is-speaking');
    marked = null;
  };

  const show = (r: SpeechReader) => {
    const item = r.current;
    const playing = r.state === 'playing';
    toggle.replaceChildren(toolIcon(playing ? 'pause' : 'play', 18));
    toggle.setAttribute('aria-label', playing ? t('pause') : t('play'));
    toggle.title = t('withKey', playing ? t('pause') : t('play'), t('keySpace'));
    element.dataset.state = r.state;
    element.dataset.index = String(r.index);
    status.textContent = r.state === 'error' ? r.error : item ? t('sentenceOf', r.index + 1, r.items.length) : '';
    if (from.options.length) from.value = String(item?.section ?? -1);
    if (!item || r.state === 'idle') {
      if (r.state === 'idle') unmark();
      return;
    }
    if (marked !== item.block) {
      marked?.classList.remove('is-speaking');
      marked = item.block;
      marked.classList.add('is-speaking');
    }
    const range = item.range();
    const hl = highlights();
    if (range && hl) hl.set(HIGHLIGHT, new (globalThis as unknown as { Highlight: new (r: Range) => unknown }).Highlight(range));
    // Kept in view: the sentence stays between the bar and the player.
    const rect = typeof range?.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : item.block.getBoundingClientRect();
    const bottom = window.innerHeight - (element.offsetHeight || 56) - 16;
    if (rect.top < barHeight() + 8 || rect.bottom > bottom) {
      window.scrollBy({ top: rect.top - barHeight() - Math.max(40, (bottom - barHeight()) / 3), behavior: 'auto' });
    }
  };

  const ensureReader = (): SpeechReader | null => {
    if (reader || !article || !body) return reader;
    const lang = article.lang;
    reader = new SpeechReader(buildQueue(body, headings, lang), {
      synth: () => (typeof window.speechSynthesis === 'object' ? window.speechSynthesis : null),
      utterance: (text) => new SpeechSynthesisUtterance(text),
      lang,
      voice: () => chosenVoice(lang),
      rate: () => speechPrefs().rate,
      onChange: show,
    });
    return reader;
  };

  const open = () => {
    element.hidden = false;
    button.setAttribute('aria-pressed', 'true');
    document.documentElement.classList.add('has-player');
  };
  const stop = () => {
    reader?.stop();
    unmark();
    element.hidden = true;
    button.setAttribute('aria-pressed', 'false');
    document.documentElement.classList.remove('has-player');
  };
  const start = (section: number) => {
    const r = ensureReader();
    if (!r) return;
    open();
    void loadSpeechPrefs().finally(() => r.play(section < 0 ? 0 : r.sectionStart(section)));
    element.focus({ preventScroll: true });
  };

  button.addEventListener('click', () => {
    if (element.hidden) start(-1);
    else stop();
  });
  element.addEventListener('click', (event) => {
    const action = (event.target as Element).closest('[data-speech]')?.getAttribute('data-speech');
    const r = reader;
    if (!r || !action) return;
    if (action === 'toggle') r.toggle();
    else if (action === 'prev') r.skip(-1);
    else if (action === 'next') r.skip(1);
    else if (action === 'prev-section') r.skipSection(-1);
    else if (action === 'next-section') r.skipSection(1);
    else if (action === 'close') stop();
  });
  from.addEventListener('change', () => reader?.play(reader.sectionStart(Number(from.value))));
  element.addEventListener('keydown', (event) => {
    const r = reader;
    if (!r || event.target === from) return;
    let handled = true;
    if (event.key === ' ') r.toggle();
    else if (event.key === 'ArrowRight') (event.shiftKey ? r.skipSection(1) : r.skip(1));
    else if (event.key === 'ArrowLeft') (event.shiftKey ? r.skipSection(-1) : r.skip(-1));
    else if (event.key === 'Escape') stop();
    else handled = false;
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  });
  window.addEventListener('pagehide', stop);

  return {
    button,
    element,
    get reader() {
      return reader;
    },
    start,
    stop,
    setArticle(next, nextBody, nextHeadings, titles) {
      stop();
      reader = null;
      article = next;
      body = nextBody;
      headings = nextHeadings;
      button.hidden = !next;
      from.replaceChildren(h('option', { value: '-1' }, t('fromStart')));
      titles.forEach((title, i) => {
        from.appendChild(h('option', { value: String(i) }, title));
      });
    },
  };
}
