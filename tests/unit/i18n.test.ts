/**
 * The UI's languages (issue 16): every locale has every key of the English catalogue with the same
 * placeholders, the plural forms its language needs (Intl.PluralRules: Arabic has six), and the view's
 * helper fills messages as browser.i18n does (jsdom has no browser.i18n: the English catalogue answers).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PICKER_ENGLISH, say } from '../../src/content/picker-strings';
import { RULE_PROBLEMS, checkRuleSet, checkRules } from '../../src/core/site-rules';
import { refusalText } from '../../src/view/corrections/strings';
import { formatMessage, num, plural, pluralCategory, t, uiDir, uiLocale } from '../../src/view/i18n/index';

interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}
type Catalogue = Record<string, Message>;

const DIR = join(__dirname, '..', '..', '_locales');
const LOCALES = readdirSync(DIR).sort();
const load = (lang: string): Catalogue => JSON.parse(readFileSync(join(DIR, lang, 'messages.json'), 'utf8'));
const en = load('en');
const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;
const pluralBases = [...new Set(Object.keys(en).flatMap((k) => PLURAL.exec(k)?.[1] ?? []))];
const plain = (c: Catalogue) => Object.keys(c).filter((k) => !PLURAL.test(k)).sort();
/** The $NAME$ placeholders a message uses, and the substitution each stands for. */
const used = (m: Message) =>
  [...m.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((x) => `${x[1]!.toLowerCase()}=${m.placeholders?.[x[1]!.toLowerCase()]?.content ?? '?'}`).sort();

describe('locale catalogues', () => {
  test('the five languages the issue names are there', () => {
    expect(LOCALES).toEqual(expect.arrayContaining(['ar', 'de', 'en', 'es', 'fr']));
  });

  test.each(LOCALES)('%s: every key of the English catalogue, nothing else, none empty', (lang) => {
    const cat = load(lang);
    expect(plain(cat)).toEqual(plain(en));
    for (const [key, m] of Object.entries(cat)) expect([key, m.message.trim().length > 0]).toEqual([key, true]);
    expect(Object.keys(cat).every((k) => /^[A-Za-z0-9_@]+$/.test(k))).toBe(true);
  });

  test.each(LOCALES)('%s: every placeholder matches the English one and is defined', (lang) => {
    const cat = load(lang);
    for (const key of plain(en)) expect([key, used(cat[key]!)]).toEqual([key, used(en[key]!)]);
    for (const [key, m] of Object.entries(cat)) {
      expect([key, used(m).filter((u) => u.endsWith('=?'))]).toEqual([key, []]);
      const base = PLURAL.exec(key)?.[1];
      if (base) {
        // A plural form may leave the number out ("دقيقتان": two minutes) but may not bring a new one in.
        const allowed = new Set(used(en[`${base}_other`]!));
        expect([key, used(m).filter((u) => !allowed.has(u))]).toEqual([key, []]);
      }
    }
  });

  test.each(LOCALES)('%s: the plural forms its language has, per Intl.PluralRules', (lang) => {
    const cat = load(lang);
    const code = cat.localeCode!.message;
    expect(code).toBe(lang);
    const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories.slice().sort();
    for (const base of pluralBases) {
      const forms = Object.keys(cat).flatMap((k) => (PLURAL.exec(k)?.[1] === base ? [PLURAL.exec(k)![2]!] : [])).sort();
      expect([base, forms]).toEqual([base, categories]);
    }
  });

  test('Arabic has six plural forms, picked by the number (0, 1, 2, 3–10, 11–99, 100…)', () => {
    const ar = load('ar');
    const rules = new Intl.PluralRules('ar');
    expect(rules.resolvedOptions().pluralCategories.length).toBe(6);
    const pick = (n: number) => ar[`readTime_${rules.select(n)}`]!.message.replace('$N$', String(n));
    expect(pick(1)).toBe('دقيقة واحدة للقراءة');
    expect(pick(2)).toBe('دقيقتان للقراءة');
    expect(pick(5)).toBe('5 دقائق للقراءة');
    expect(pick(11)).toBe('11 دقيقة للقراءة');
    expect(pick(100)).toBe('100 دقيقة للقراءة');
  });

  test('the UI direction: Arabic right to left, the others left to right', () => {
    for (const lang of LOCALES) expect([lang, load(lang).uiDir!.message]).toEqual([lang, lang === 'ar' ? 'rtl' : 'ltr']);
  });

  test('the manifest names only messages that exist, and English is its default locale', () => {
    const manifest = readFileSync(join(__dirname, '..', '..', 'manifest.json'), 'utf8');
    expect(JSON.parse(manifest).default_locale).toBe('en');
    const names = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const name of names) expect([name, name in en]).toEqual([name, true]);
  });
});

describe('the view’s i18n helper without browser.i18n (English)', () => {
  test('t fills named placeholders from the substitutions, in order', () => {
    expect(t('sectionOf', 3, 9, 'History')).toBe('Section 3 of 9: History');
    expect(t('linkCopied', 'Results')).toBe('Link to “Results” copied');
    expect(t('withKey', 'Reading settings', 's')).toBe('Reading settings (s)');
  });

  test('plural: "1 minute", "5 minutes"', () => {
    expect(plural('minutesOfReading', 1)).toBe('1 minute of reading');
    expect(plural('minutesOfReading', 5)).toBe('5 minutes of reading');
    expect(plural('removedLinks', 1)).toBe('1 injected link removed');
    expect(plural('removedItems', 4)).toBe('4 injected items removed');
    expect(pluralCategory(1)).toBe('one');
  });

  test('the English catalogue’s language and direction; numbers in its format', () => {
    expect(uiLocale()).toBe('en');
    expect(uiDir()).toBe('ltr');
    expect(num(12345)).toBe('12,345');
  });

  test('formatMessage handles $1 in content, $$ and unknown names like browser.i18n', () => {
    const m = { message: 'A $X$ costs $$5, $Y$', placeholders: { x: { content: '$1' }, y: { content: '$2!' } } };
    expect(formatMessage(m, ['book', 'cheap'])).toBe('A book costs $5, cheap!');
    expect(formatMessage(undefined, [])).toBe('');
  });

  test('with browser.i18n present, its answer wins; an empty answer falls back to English', () => {
    const g = globalThis as { chrome?: unknown };
    const before = g.chrome;
    g.chrome = { i18n: { getMessage: (key: string, subs?: string[]) => (key === 'contents' ? 'Inhalt' : key === 'sectionOf' ? `Abschnitt ${subs?.[0]} von ${subs?.[1]}` : '') } };
    try {
      expect(t('contents')).toBe('Inhalt');
      expect(t('sectionOf', 2, 7, 'x')).toBe('Abschnitt 2 von 7');
      expect(t('untitled')).toBe('Untitled');
    } finally {
      g.chrome = before;
    }
  });
});

describe('messages kept in English outside _locales say the same as _locales/en', () => {
  const asTemplate = (key: string) => formatMessage(en[key], ['$1', '$2', '$3']);

  test('every rule problem of the core (the CLI’s words) is a message rule<Code> with the same English', () => {
    for (const [code, english] of Object.entries(RULE_PROBLEMS)) {
      const key = `rule${code[0]!.toUpperCase()}${code.slice(1)}`;
      expect([key, asTemplate(key)]).toEqual([key, english]);
    }
    const ruleKeys = Object.keys(en).filter((k) => /^rule[A-Z]/.test(k));
    expect(ruleKeys.length).toBe(Object.keys(RULE_PROBLEMS).length);
  });

  test('a refusal carries its code: English as the core says it, another language from its catalogue', () => {
    const refused = checkRules([{ type: 'hide', selector: 'img[onerror=x]', text: 'x' }]);
    expect(refused).toMatchObject({ ok: false, problem: { code: 'selectorForm', args: ['rules[0]', 'img[onerror=x]'] } });
    if (refused.ok) throw new Error('accepted');
    expect(refusalText(refused)).toBe(refused.error);
    const set = checkRuleSet([]);
    if (set.ok) throw new Error('accepted');
    const g = globalThis as { chrome?: unknown };
    const before = g.chrome;
    const de = load('de');
    g.chrome = { i18n: { getMessage: (key: string, subs?: string[]) => formatMessage(de[key], subs ?? []) } };
    try {
      expect(refusalText(refused)).toBe('rules[0]: "img[onerror=x]" ist kein Selektor aus Tag und Klassen');
      expect(refusalText(set)).toBe(de.ruleNotSet!.message);
      expect(refusalText({ error: 'plain' })).toBe('plain');
    } finally {
      g.chrome = before;
    }
  });

  test('the picker’s English fallback is the English catalogue’s, and the API answers first', () => {
    for (const [key, english] of Object.entries(PICKER_ENGLISH)) expect([key, asTemplate(key)]).toEqual([key, english]);
    expect(say('pickerLabel', 'div.story', '1,234')).toBe('div.story · 1,234 characters');
    const g = globalThis as { chrome?: unknown };
    const before = g.chrome;
    const ar = load('ar');
    g.chrome = { i18n: { getMessage: (key: string, subs?: string[]) => formatMessage(ar[key], subs ?? []) } };
    try {
      expect(say('pickerCancel')).toBe('إلغاء');
    } finally {
      g.chrome = before;
    }
  });
});
