// Text spelled in look-alike letters: a Latin-script line whose words are typed partly with Cyrillic or Greek
// letters that look the same ("Аdvеrtіѕе wіth uѕ …", "Соntасt uѕ аt …": the А, е, і, ѕ and о are Cyrillic).
// A site writes its own advertising or reprint notice this way so that ad blockers and copy filters, which
// match the plain spelling, pass it by; the reader sees ordinary words, but the line is the site's notice,
// not the story, and its letters would also break search and read-aloud.
// Guard: only words that mix a Latin letter with a Cyrillic or Greek look-alike inside the word itself (a
// Russian or Greek text, a "μm" unit or an "α-Helix" mixes scripts between words, or with letters that look
// like no Latin one); four such words at least, a quarter of the block's words; never a heading, a list item
// or a quotation.
import type { Rule, RuleMatch } from '../rules/rule';
import { textUnits } from './units';
import { unicodeRegExp } from '../unicode-class';

/** Cyrillic and Greek letters drawn like Latin ones (а е о р с у х і ј ѕ ԁ ӏ, А В Е К М Н О Р С Т Х, Α Β Ε Ι Κ Μ Ν Ο Ρ Τ Χ ο). */
const LOOK_ALIKE = /[аеорсухіјѕԁӏһԛԝАВЕКМНОРСТХІЈЅΑΒΕΖΗΙΚΜΝΟΡΤΥΧο]/u;
const LATIN = /[A-Za-z]/;
/** Mixed words a notice has at least, and the share of the block's words they make. */
const MIN_MIXED = 4;
const MIN_SHARE = 0.25;
const NOT_NOTICE = 'h1, h2, h3, h4, h5, h6, li, blockquote, q';

/** How many of `text`'s words mix a Latin letter with a look-alike, and how many words it has. */
function mixedWords(text: string): { mixed: number; words: number } {
  const words = text.split(unicodeRegExp(String.raw`[^\p{L}]+`)).filter(Boolean);
  let mixed = 0;
  for (const word of words) if (LATIN.test(word) && LOOK_ALIKE.test(word)) mixed++;
  return { mixed, words: words.length };
}

export const lookAlikeLetters: Rule = {
  name: 'look-alike-letters',
  kind: 'clutter',
  description: 'A block whose Latin words are typed partly with Cyrillic or Greek look-alike letters (a notice disguised from filters): four such words at least, a quarter of the block; never a heading, list item or quotation.',
  find(root, ctx) {
    const matches: RuleMatch[] = [];
    for (const unit of ctx.kept(textUnits, root)) {
      // The words first (a block without a look-alike letter has no mixed word), the place only for a notice.
      if (!LOOK_ALIKE.test(unit.text)) continue;
      const { mixed, words } = mixedWords(unit.text);
      if (mixed < MIN_MIXED || mixed < words * MIN_SHARE || unit.el.closest(NOT_NOTICE)) continue;
      matches.push({ node: unit.el, action: { type: 'remove' }, reason: 'a notice typed in look-alike letters to slip past filters, not the story', text: unit.text });
    }
    return matches;
  },
};
