/**
 * The reading queue over the Web Speech API: one utterance per sentence (long utterances are cut off by
 * some engines, and a sentence is the unit to highlight and to skip by). Pausing cancels the utterance and
 * resuming speaks that sentence again from its start: speechSynthesis.pause() does nothing with several
 * Linux and Android voices, and a whole sentence again is easier to follow than half of one. Every
 * utterance has a ticket; events of an utterance that was cancelled or replaced are ignored (engines fire
 * `end` or `error: interrupted` for those, at various times).
 */
import type { SpeechItem } from './queue';
import { t } from '../i18n/index';

export type SpeechState = 'idle' | 'playing' | 'paused' | 'error';

/** The part of speechSynthesis the queue uses (a stub in tests). */
export interface Synth {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
}

export interface SpeechOptions {
  synth(): Synth | null;
  utterance(text: string): SpeechSynthesisUtterance;
  lang: string | null;
  voice(): SpeechSynthesisVoice | null;
  rate(): number;
  /** Called on every change of state or sentence. */
  onChange(reader: SpeechReader): void;
}

export class SpeechReader {
  state: SpeechState = 'idle';
  index = 0;
  error = '';
  private ticket = 0;

  constructor(
    readonly items: SpeechItem[],
    private readonly options: SpeechOptions,
  ) {}

  get current(): SpeechItem | null {
    return this.items[this.index] ?? null;
  }

  /** Starts reading at sentence `from` (default: where it stands). */
  play(from = this.index): void {
    if (!this.items.length) return;
    this.index = Math.max(0, Math.min(from, this.items.length - 1));
    this.state = 'playing';
    this.error = '';
    this.speakCurrent();
  }

  pause(): void {
    if (this.state !== 'playing') return;
    this.ticket++;
    this.options.synth()?.cancel();
    this.state = 'paused';
    this.options.onChange(this);
  }

  resume(): void {
    if (this.state === 'paused' || this.state === 'error') this.play(this.index);
  }

  toggle(): void {
    if (this.state === 'playing') this.pause();
    else if (this.state === 'idle' && this.index >= this.items.length - 1 && this.items.length > 1) this.play(0);
    else this.play(this.index);
  }

  stop(): void {
    this.ticket++;
    if (this.state === 'playing') this.options.synth()?.cancel();
    this.state = 'idle';
    this.options.onChange(this);
  }

  /** Moves by `step` sentences; keeps playing if it was. */
  skip(step: number): void {
    this.goTo(this.index + step);
  }

  /** The first sentence of the next section, or of this one (or the one before, from its first sentence). */
  skipSection(step: 1 | -1): void {
    const here = this.current?.section ?? -1;
    if (step > 0) {
      const next = this.items.findIndex((item, i) => i > this.index && item.section > here);
      if (next >= 0) this.goTo(next);
      return;
    }
    const start = this.sectionStart(here);
    this.goTo(this.index > start ? start : this.sectionStart(this.items[start - 1]?.section ?? here));
  }

  /** Index of the first sentence of section `section` (or the first after it, for an empty one). */
  sectionStart(section: number): number {
    return Math.max(0, this.items.findIndex((item) => item.section >= section));
  }

  private goTo(index: number): void {
    if (!this.items.length) return;
    this.index = Math.max(0, Math.min(index, this.items.length - 1));
    if (this.state === 'playing') this.speakCurrent();
    else this.options.onChange(this);
  }

  private speakCurrent(): void {
    const synth = this.options.synth();
    const item = this.current;
    const ticket = ++this.ticket;
    if (!synth || !item) {
      this.fail(t('cannotSpeak'));
      return;
    }
    synth.cancel();
    const u = this.options.utterance(item.text);
    if (this.options.lang) u.lang = this.options.lang;
    const voice = this.options.voice();
    if (voice) u.voice = voice;
    u.rate = this.options.rate();
    u.onend = () => {
      if (ticket !== this.ticket || this.state !== 'playing') return;
      if (this.index + 1 < this.items.length) {
        this.index++;
        this.speakCurrent();
      } else {
        this.ticket++;
        this.state = 'idle';
        this.options.onChange(this);
      }
    };
    u.onerror = (event: SpeechSynthesisErrorEvent) => {
      if (ticket !== this.ticket || event.error === 'interrupted' || event.error === 'canceled') return;
      this.fail(event.error === 'synthesis-unavailable' || event.error === 'voice-unavailable' ? t('noVoice') : t('speechFailed', event.error));
    };
    synth.speak(u);
    this.options.onChange(this);
  }

  private fail(message: string): void {
    this.ticket++;
    this.state = 'error';
    this.error = message;
    this.options.onChange(this);
  }
}
