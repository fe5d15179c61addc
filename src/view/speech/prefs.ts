/**
 * Read-aloud settings, in storage.sync beside the reading settings: one speed, and the chosen voice per
 * language ("en" → a voice's name), so an English and a French article each get the voice picked for them.
 * The settings panel shows the voices of the article's language only.
 */
import browser from 'webextension-polyfill';
import { h } from '../dom';
import { t } from '../i18n/index';

export const RATES = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;

export interface SpeechPrefs {
  rate: number;
  /** Language (primary subtag) → voiceURI. */
  voices: Record<string, string>;
}

const KEY = 'speech';
let prefs: SpeechPrefs = { rate: 1, voices: {} };

export function normalizePrefs(raw: unknown): SpeechPrefs {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<SpeechPrefs>;
  const rate = RATES.includes(Number(r.rate) as (typeof RATES)[number]) ? Number(r.rate) : 1;
  const voices: Record<string, string> = {};
  if (typeof r.voices === 'object' && r.voices !== null) {
    for (const [lang, uri] of Object.entries(r.voices)) if (/^[a-z]{2,3}$/.test(lang) && typeof uri === 'string' && uri.length < 300) voices[lang] = uri;
  }
  return { rate, voices };
}

export function speechPrefs(): SpeechPrefs {
  return prefs;
}

export async function loadSpeechPrefs(): Promise<SpeechPrefs> {
  try {
    prefs = normalizePrefs((await browser.storage.sync.get(KEY))[KEY]);
  } catch {
    // storage unavailable (a test page): defaults
  }
  return prefs;
}

async function save(next: SpeechPrefs): Promise<void> {
  prefs = next;
  await browser.storage.sync.set({ [KEY]: next }).catch(() => undefined);
}

export function languageOf(lang: string | null): string {
  return (lang ?? 'en').toLowerCase().split(/[-_]/)[0] || 'en';
}

export function availableVoices(): SpeechSynthesisVoice[] {
  try {
    return window.speechSynthesis?.getVoices() ?? [];
  } catch {
    return [];
  }
}

/** The voices for a language: those whose language has the same primary subtag, default voices first. */
export function voicesFor(lang: string | null, all = availableVoices()): SpeechSynthesisVoice[] {
  const code = languageOf(lang);
  return all.filter((v) => languageOf(v.lang) === code).sort((a, b) => Number(b.default) - Number(a.default) || a.name.localeCompare(b.name));
}

/** The voice chosen for the language, if it is still installed. */
export function chosenVoice(lang: string | null): SpeechSynthesisVoice | null {
  const uri = prefs.voices[languageOf(lang)];
  return (uri && voicesFor(lang).find((v) => v.voiceURI === uri)) || null;
}

/** The "Read aloud" rows of the settings panel: voice (of the article's language) and speed. */
export function speechSettingsSection(): { element: HTMLElement; setLanguage(lang: string | null): void } {
  const voice = h('select', { class: 'speech-set__voice', 'aria-label': t('voice'), 'data-speech-setting': 'voice' });
  const rate = h('select', { class: 'speech-set__rate', 'aria-label': t('speed'), 'data-speech-setting': 'rate' });
  for (const r of RATES) rate.appendChild(h('option', { value: String(r) }, `${r}×`));
  let lang: string | null = null;
  const fill = () => {
    const voices = voicesFor(lang);
    voice.replaceChildren(h('option', { value: '' }, voices.length ? t('browserChoice') : t('noVoiceForLanguage')));
    for (const v of voices) voice.appendChild(h('option', { value: v.voiceURI }, v.localService ? v.name : t('voiceOnline', v.name)));
    voice.value = prefs.voices[languageOf(lang)] ?? '';
    voice.disabled = !voices.length;
    rate.value = String(prefs.rate);
  };
  voice.addEventListener('change', () => {
    const voices = { ...prefs.voices, [languageOf(lang)]: voice.value };
    if (!voice.value) delete voices[languageOf(lang)];
    void save({ ...prefs, voices });
  });
  rate.addEventListener('change', () => void save({ ...prefs, rate: Number(rate.value) }));
  try {
    window.speechSynthesis?.addEventListener('voiceschanged', fill);
  } catch {
    // no speech here
  }
  void loadSpeechPrefs().then(fill);
  const element = h(
    'div',
    { class: 'settings__row speech-set' },
    h('span', { class: 'settings__label' }, t('readAloud')),
    h('div', { class: 'speech-set__controls' }, voice, rate),
  );
  return {
    element,
    setLanguage(next) {
      lang = next;
      fill();
    },
  };
}
