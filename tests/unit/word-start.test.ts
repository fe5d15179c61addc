/**
 * @jest-environment node
 */
// The call lexicon's "opens with one of these words" lookup (src/core/rules/word-start.ts) against the regex it
// replaced, built as call-lexicon.ts built it: the same answer for every spelling of every entry of every list,
// each with the endings that decide a whole word (a letter, a mark, "-up", "-ups", "-upset", a stop…), and for
// every line of text of the fixtures.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONDITION_WORDS, NOT_AFTER_START, SUGGEST_WORDS, startWords } from '../../src/core/rules/call-lexicon';
import { ADVICE_WORDS } from '../../src/core/rules/call-instructions';
import { CALL_STARTS } from '../../src/core/rules/call-starts';
import { spell, wordStart } from '../../src/core/rules/word-start';
import { unicodeRegExp } from '../../src/core/unicode-class';

const LISTS = { CALL_STARTS, CONDITION_WORDS, ADVICE_WORDS, SUGGEST_WORDS };
const ENDINGS = ['', ' ', ' us', 's', 'e', 'é', '\u0301', '-', '-up', '-ups', '-up.', '-upset', '-ups!', '-upé', '!', "'", '1', '😀', '𝒜', ':', 'n', 'a', '-toi'];
const STARTS_OF = ['', ' ', 'x', 'é'];

/** The regex call-lexicon.ts made of a list until the lookup replaced it. */
function oldRegex(alt: string): RegExp {
  const { whole, stems } = startWords(alt);
  return unicodeRegExp(`^(?:(?:${whole.join('|')})(?!${NOT_AFTER_START})${stems.map((w) => `|${w}`).join('')})`);
}

function fixtureLines(): string[] {
  const dir = 'tests/fixtures';
  const lines: string[] = [];
  for (const name of readdirSync(dir)) {
    let html: string;
    try {
      html = readFileSync(join(dir, name, 'source.html'), 'utf8');
    } catch {
      continue;
    }
    const text = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]+>/g, '\n');
    for (const line of text.split('\n')) {
      const t = line.trim().toLowerCase();
      if (t) lines.push(t.slice(0, 80));
    }
  }
  return lines;
}

describe('word-start lookup', () => {
  it.each(Object.entries(LISTS))('%s answers as its regex did', (_name, alt) => {
    const re = oldRegex(alt);
    const { whole, stems } = startWords(alt);
    const ours = wordStart(whole, stems, NOT_AFTER_START);
    const texts: string[] = [];
    for (const entry of [...startWords(alt).whole, ...startWords(alt).stems]) {
      for (const spelling of spell(entry.replace('*', '')).texts) {
        for (const before of STARTS_OF) for (const after of ENDINGS) texts.push(before + spelling + after);
        // A spelling cut short, and one letter changed at its end.
        texts.push(spelling.slice(0, -1), `${spelling.slice(0, -1)}q`);
      }
    }
    texts.push(...fixtureLines());
    const differ = texts.filter((t) => ours.test(t) !== re.test(t));
    expect(differ).toEqual([]);
    expect(texts.filter((t) => re.test(t)).length).toBeGreaterThan(50);
  });

  it('spells out sets, optional parts, groups and a trailing lookahead', () => {
    expect(spell("let'?s").texts.sort()).toEqual(['let\'s', 'lets'].sort());
    expect(spell('install?[ae]?').texts.sort()).toEqual(['instal', 'instala', 'instale', 'install', 'installa', 'installe'].sort());
    expect(spell("(?:never|don't) miss").texts.sort()).toEqual(["don't miss", 'never miss']);
    expect(spell('curta(?!-)')).toEqual({ texts: ['curta'], not: '-' });
    expect(spell('(?:pro )?tip').texts.sort()).toEqual(['pro tip', 'tip']);
  });

  it('refuses what it cannot spell out', () => {
    for (const entry of ['a.b', 'a+', 'a{2}', '\\p{L}x', 'a|b', '[a-z]x', '(?=x)a', 'a(?!x)b', '(?:a)?']) {
      expect(() => spell(entry)).toThrow();
    }
  });
});
