/**
 * @jest-environment node
 */
// The written-out Unicode classes (src/core/unicode-class.ts) against the engine's own \p{…}: the same
// answer on every code point of the Basic Multilingual Plane and of the emoji planes' symbols, and the same
// regexes as with \p{…} on texts that matter to the rules (edges of calls, word starts, slugs).
import { classBody, unicodeRegExp } from '../../src/core/unicode-class';
import { UNICODE_VERSION } from '../../src/core/unicode-ranges';

const NAMES = ['L', 'M', 'N', 'P', 'S'] as const;
const sameVersion = process.versions.unicode === UNICODE_VERSION;

describe('written-out Unicode classes', () => {
  it.each(NAMES)('\\p{%s} agrees with the engine on the BMP (exactly on the Unicode version it was written from)', (name) => {
    const engine = new RegExp(`^\\p{${name}}$`, 'u');
    const ours = new RegExp(`^[${classBody(name)}]$`, 'u');
    let differ = 0;
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      const ch = String.fromCharCode(c);
      if (engine.test(ch) !== ours.test(ch)) differ++;
    }
    // A newer Node may know a few more letters than the tables (regenerate: node scripts/unicode-classes.mjs).
    if (sameVersion) expect(differ).toBe(0);
    else expect(differ).toBeLessThan(200);
  });

  it('\\p{S} includes the emoji planes, and no class reaches other supplementary planes', () => {
    const symbol = unicodeRegExp(String.raw`^\p{S}$`);
    for (const emoji of ['📩', '👉', '🔔', '❤', '★', '🗞️'.slice(0, 2)]) expect(symbol.test(emoji)).toBe(true);
    // A supplementary-plane letter (a CJK Extension B ideograph, a mathematical bold A) is not a letter here.
    expect(unicodeRegExp(String.raw`^\p{L}$`).test('𠀋')).toBe(false);
    expect(unicodeRegExp(String.raw`^\p{L}$`).test('𝐀')).toBe(false);
  });

  it('writes a class out inside a bracket expression and as one outside it, and keeps other escapes', () => {
    const cases: [string, string, string[]][] = [
      [String.raw`(?<![\p{L}\p{M}])(?:our|nos)(?![\p{L}])`, '', ['our', 'Join our list', 'tour', 'nosso', 'Síguenos', 'ours']],
      [String.raw`^(?:[\s\p{P}\p{S}]|\ufe0f)+|(?:[\s\p{P}\p{S}]|\ufe0f)+$`, 'g', ['📩 Subscribe! ➡️', '«Подпишитесь»', '— 关注我们 —', 'plain']],
      [String.raw`^\p{L}{2,}-(?:toi|moi)(?![\p{L}\p{M}])`, '', ['Abonne-toi', 'Inscris-toi !', 'a-moi', 'Écris-moi.']],
      [String.raw`[^\p{L}\p{N}]+`, 'g', ['Ðiện Biên Phủ — 1954', 'Šibenik/Knin', 'القدس 2024']],
      [String.raw`\p{Lu}[\p{L}.]+`, '', ['Émile Zola.', 'lower only']],
    ];
    for (const [source, flags, texts] of cases) {
      const engine = new RegExp(source, `${flags}u`);
      const ours = unicodeRegExp(source, flags);
      expect(ours.flags).toContain('u');
      for (const t of texts) expect(t.replace(ours, '#')).toBe(t.replace(engine, '#'));
    }
  });

  it('makes one regex per source and flags', () => {
    expect(unicodeRegExp(String.raw`\p{L}+`, 'g')).toBe(unicodeRegExp(String.raw`\p{L}+`, 'g'));
    expect(unicodeRegExp(String.raw`\p{L}+`, 'g')).not.toBe(unicodeRegExp(String.raw`\p{L}+`));
  });
});
