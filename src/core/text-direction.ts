import { unicodeRegExp } from './unicode-class';
/**
 * The direction of an article that does not declare one (no `dir`, no right-to-left `lang`): read from its
 * letters. Hebrew and Arabic-script letters (Arabic, Persian, Urdu, Pashto…, with Syriac, Thaana and N'Ko)
 * against all other letters, over the first few thousand characters; digits, punctuation and spaces have no
 * say (Unicode's "strong" characters decide, as the bidi algorithm does for a paragraph).
 */

const RTL_LETTER = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const LETTER = unicodeRegExp(String.raw`\p{L}`);
/** Letters only Persian and only Urdu use among the Arabic script's (پ چ ژ گ are shared: Urdu is told by ٹ ڈ ڑ ں ے). */
const PERSIAN = /[پچژگکی]/g;
const URDU = /[ٹڈڑںےۓ]/g;
const SAMPLE = 4000;

/** Counts of right-to-left and other letters in the first `SAMPLE` characters. */
function letterCounts(text: string): { rtl: number; ltr: number } {
  let rtl = 0;
  let ltr = 0;
  for (const ch of text.slice(0, SAMPLE)) {
    if (!LETTER.test(ch)) continue;
    if (RTL_LETTER.test(ch)) rtl++;
    else ltr++;
  }
  return { rtl, ltr };
}

/** 'rtl' when most letters are written right to left, 'ltr' when most are not, null without letters. */
export function scriptDirection(text: string): 'ltr' | 'rtl' | null {
  const { rtl, ltr } = letterCounts(text);
  if (!rtl && !ltr) return null;
  return rtl > ltr ? 'rtl' : 'ltr';
}

/**
 * The article's direction: a `dir` the page declares wins (on the article's ancestors, then on <html>/<body>,
 * or a right-to-left `lang`: `declared`); without one, its letters decide.
 */
export function articleDirection(found: string | null | undefined, declared: 'ltr' | 'rtl' | null, text: string): 'ltr' | 'rtl' {
  if (found === 'rtl' || declared === 'rtl') return 'rtl';
  if (found === 'ltr' || declared === 'ltr') return 'ltr';
  return scriptDirection(text) ?? 'ltr';
}

/** A language for a right-to-left text that names none: 'he', 'ur', 'fa' or 'ar' (null for other scripts). */
export function rtlLanguageGuess(text: string): string | null {
  const sample = text.slice(0, SAMPLE);
  if (scriptDirection(sample) !== 'rtl') return null;
  const hebrew = (sample.match(/\p{Script=Hebrew}/gu) ?? []).length;
  const arabic = (sample.match(/\p{Script=Arabic}/gu) ?? []).length;
  if (hebrew > arabic) return 'he';
  if (!arabic) return null;
  const urdu = (sample.match(URDU) ?? []).length;
  const persian = (sample.match(PERSIAN) ?? []).length;
  if (urdu / arabic > 0.02) return 'ur';
  if (persian / arabic > 0.02) return 'fa';
  return 'ar';
}
