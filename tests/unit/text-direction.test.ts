/**
 * Right to left without a `dir` (issue 16): an article's direction and language from its letters, for pages
 * that declare neither (or declare a left-to-right language over right-to-left text).
 */
import { extractArticle } from '../../src/core/index';
import { articleDirection, rtlLanguageGuess, scriptDirection } from '../../src/core/text-direction';

const ARABIC = 'أعلنت البلدية يوم الأحد افتتاح المكتبة العامة الجديدة في وسط المدينة بعد ثلاث سنوات من العمل.';
const HEBREW = 'העירייה הודיעה ביום ראשון על פתיחת הספרייה הציבורית החדשה במרכז העיר לאחר שלוש שנות עבודה.';
const PERSIAN = 'شهرداری روز یکشنبه از گشایش کتابخانهٔ عمومی تازه در مرکز شهر پس از سه سال کار خبر داد و گفت که همه می‌توانند بیایند.';
const URDU = 'بلدیہ نے اتوار کو شہر کے مرکز میں نئی عوامی لائبریری کھولنے کا اعلان کیا، جو تین سال کی محنت کے بعد تیار ہوئی ہے۔';
const ENGLISH = 'The council opened the new public library in the town centre on Sunday after three years of work.';

describe('scriptDirection', () => {
  test.each([
    ['Arabic', 'rtl', ARABIC],
    ['Hebrew', 'rtl', HEBREW],
    ['Persian', 'rtl', PERSIAN],
    ['Urdu', 'rtl', URDU],
    ['English', 'ltr', ENGLISH],
    ['Japanese', 'ltr', '市は日曜日、新しい図書館を開館したと発表した。'],
  ])('%s text is %s', (_name, dir, text) => {
    expect(scriptDirection(text)).toBe(dir);
  });

  test('Latin names, numbers and punctuation inside an Arabic text do not turn it', () => {
    expect(scriptDirection(`${ARABIC} (UNESCO, 2024: 150,000 m³) — Reuters / AFP`)).toBe('rtl');
  });

  test('an English text quoting a line of Hebrew stays left to right', () => {
    expect(scriptDirection(`${ENGLISH} ${ENGLISH} The sign read “${HEBREW.slice(0, 30)}”.`)).toBe('ltr');
  });

  test('no letters: no direction', () => {
    expect(scriptDirection('2024-03-17 — 12:30 · 150 000')).toBeNull();
    expect(scriptDirection('')).toBeNull();
  });
});

describe('articleDirection', () => {
  test('a declared dir wins over the letters', () => {
    expect(articleDirection('ltr', null, ARABIC)).toBe('ltr');
    expect(articleDirection(null, 'rtl', ENGLISH)).toBe('rtl');
  });
  test('with nothing declared, the letters decide', () => {
    expect(articleDirection(null, null, HEBREW)).toBe('rtl');
    expect(articleDirection(undefined, null, ENGLISH)).toBe('ltr');
    expect(articleDirection(null, null, '')).toBe('ltr');
  });
});

describe('rtlLanguageGuess', () => {
  test.each([
    ['Arabic', 'ar', ARABIC],
    ['Hebrew', 'he', HEBREW],
    ['Persian', 'fa', PERSIAN],
    ['Urdu', 'ur', URDU],
    ['English', null, ENGLISH],
  ])('%s → %s', (_name, lang, text) => {
    expect(rtlLanguageGuess(text)).toBe(lang);
  });
});

describe('the pipeline on a page without dir or lang', () => {
  const page = (body: string) =>
    new DOMParser().parseFromString(
      `<!doctype html><html><head><title>x</title></head><body><main><article><h1>${body.slice(0, 40)}</h1>${`<p>${body} ${body}</p>`.repeat(8)}</article></main></body></html>`,
      'text/html',
    );
  const read = (body: string) => {
    const article = extractArticle(page(body), 'https://example.org/news/1', { force: true, timeBudgetMs: 20_000 });
    if (!article) throw new Error('no article');
    return [article.dir, article.lang];
  };

  test('Hebrew text: rtl, he', () => {
    expect(read(HEBREW)).toEqual(['rtl', 'he']);
  });

  test('Persian text: rtl, fa', () => {
    expect(read(PERSIAN)).toEqual(['rtl', 'fa']);
  });

  test('English text: ltr, no language guessed', () => {
    expect(read(ENGLISH)).toEqual(['ltr', null]);
  });
});
