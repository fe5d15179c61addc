/**
 * The UI's words: every visible string of the view goes through `t` (a message of `_locales/<lang>/messages.json`,
 * chosen by the browser from its UI language) and `plural` (the form `Intl.PluralRules` picks for the messages'
 * own language). Where there is no `browser.i18n` (unit tests in jsdom), the English messages answer, with the
 * same placeholder rules, so the view renders the same English text there.
 */
import en from '../../../_locales/en/messages.json';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Catalogue = Record<string, Message>;

/** A key of the English catalogue (every locale has the same keys: tests/unit/i18n.test.ts). */
export type MessageKey = keyof typeof en;
/** Keys with plural forms: `<base>_one`, `<base>_other`, … */
export type PluralKey = 'readTime' | 'minutesOfReading' | 'removedLinks' | 'removedItems' | 'corrHiddenByYou' | 'corrApplied' | 'optRules' | 'optExported' | 'optImported';
type Substitution = string | number;

interface I18nApi {
  getMessage(key: string, substitutions?: string[]): string;
}

function browserI18n(): I18nApi | null {
  const g = globalThis as { chrome?: { i18n?: I18nApi }; browser?: { i18n?: I18nApi } };
  const api = g.browser?.i18n ?? g.chrome?.i18n;
  return api && typeof api.getMessage === 'function' ? api : null;
}

/** Fills a message as browser.i18n does: named placeholders ($NAME$ → their content), then $1…$9, then $$. */
export function formatMessage(entry: Message | undefined, substitutions: readonly string[]): string {
  if (!entry) return '';
  const named = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, d: string) => substitutions[Number(d) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = named.get(name.toLowerCase());
      return content === undefined ? whole : positional(content);
    })
    .replace(/\$\$/g, '$');
}

const english = en as Catalogue;

function lookup(key: string, substitutions: readonly string[]): string {
  let text = '';
  try {
    text = browserI18n()?.getMessage(key, [...substitutions]) ?? '';
  } catch {
    text = '';
  }
  return text || formatMessage(english[key], substitutions);
}

/** The message `key` with its substitutions (numbers are formatted for the UI's language). */
export function t(key: MessageKey, ...substitutions: Substitution[]): string {
  return lookup(key, substitutions.map(text));
}

/** The language of the messages in use (the browser's UI language when a catalogue has it, else English). */
export function uiLocale(): string {
  return lookup('localeCode', []) || 'en';
}

export function uiDir(): 'ltr' | 'rtl' {
  return lookup('uiDir', []) === 'rtl' ? 'rtl' : 'ltr';
}

let numberFormat: Intl.NumberFormat | null = null;
let pluralRules: Intl.PluralRules | null = null;

/** A number as the UI's language writes it (Arabic: ٣). */
export function num(value: number): string {
  numberFormat ??= new Intl.NumberFormat(uiLocale());
  return numberFormat.format(value);
}

function text(value: Substitution): string {
  return typeof value === 'number' ? num(value) : value;
}

/** The plural category of `count` in the UI's language (Arabic has six). */
export function pluralCategory(count: number): Intl.LDMLPluralRule {
  pluralRules ??= new Intl.PluralRules(uiLocale());
  return pluralRules.select(count);
}

/** The form of `base` for `count` ("1 minute", "5 minutes"), with `count` as its first substitution. */
export function plural(base: PluralKey, count: number, ...more: Substitution[]): string {
  const substitutions = [count, ...more].map(text);
  return lookup(`${base}_${pluralCategory(count)}`, substitutions) || lookup(`${base}_other`, substitutions);
}

/**
 * Puts the UI's language and direction on <html> and translates the host pages' static text
 * (`data-i18n` for text, `data-i18n-label` for aria-label): the first frame is already in the right language.
 */
export function localizeDocument(doc: Document = document): void {
  doc.documentElement.lang = uiLocale();
  doc.documentElement.dir = uiDir();
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>('[data-i18n]'))) el.textContent = t(el.dataset.i18n as MessageKey);
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>('[data-i18n-label]'))) el.setAttribute('aria-label', t(el.dataset.i18nLabel as MessageKey));
}

/** `lang` and `dir` for UI words placed inside the article (its header facts, the inline outline's title). */
export function uiAttrs(): { lang: string; dir: 'ltr' | 'rtl' } {
  return { lang: uiLocale(), dir: uiDir() };
}
