// The in-page picker's words: messages of _locales (picker…), read with the extension's i18n API, which
// content scripts have too (chrome.i18n / browser.i18n.getMessage in the isolated world, Chromium and
// Firefox). Kept out of the view's i18n module so picker.js stays small: the English text here is only the
// fallback when the API is missing (the same words as _locales/en; tests/unit/i18n.test.ts checks).
type I18n = { getMessage(key: string, substitutions?: string[]): string };
const G = globalThis as unknown as { browser?: { i18n?: I18n }; chrome?: { i18n?: I18n } };

export const PICKER_ENGLISH = {
  pickerTitle: 'Pick the article',
  pickerHelp: 'Point at the block that holds the story and click it. ↑ ↓ wider or narrower, Enter picks, Esc cancels.',
  pickerCancel: 'Cancel',
  pickerLabel: '$1 · $2 characters',
} as const;

function message(key: string, substitutions: string[] = []): string {
  try {
    const text = (G.browser?.i18n ?? G.chrome?.i18n)?.getMessage(key, substitutions);
    if (text) return text;
  } catch {
    // no i18n API here: the English words below
  }
  return '';
}

/** The message `key` in the UI's language, or its English words. */
export function say(key: keyof typeof PICKER_ENGLISH, ...substitutions: string[]): string {
  return message(key, substitutions) || PICKER_ENGLISH[key].replace(/\$(\d)/g, (_, d: string) => substitutions[Number(d) - 1] ?? '');
}

/** `lang` and `dir` of the picker's own UI (the browser's UI language, as the popup's). */
export function uiLang(): { lang: string; dir: string } {
  return { lang: message('localeCode') || 'en', dir: message('uiDir') === 'rtl' ? 'rtl' : 'ltr' };
}
