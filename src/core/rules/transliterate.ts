import { unicodeRegExp } from '../unicode-class';
// A keyword's slug in Latin letters when its words are not (keyword-url.ts): sites in Russian, Ukrainian, Bulgarian,
// Serbian, Greek and German often name a tag page after its word transliterated — /tag/ukraina/ for "Украина",
// /tema/kyiv for "Київ", /tag/athina for "Αθήνα", /thema/koeln for "Köln" — each by a scheme of its own (ya or ja,
// kh or h, ts or c, y or i). Compared by their consonants (vowels, y, j, g and h dropped, repeats collapsed), every
// scheme spells a word alike, and a headline's slug is still far longer than a few linked words.

// Each letter and its Latin spelling (ъ and ь none), by one scheme: the skeleton evens out the others.
const TABLE =
  'а:a б:b в:v г:g ґ:g д:d е:e є:e ё:e ж:z з:z и:i і:i ї:i й:j к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:h ц:c ч:c ш:s щ:sc ъ: ы:y ь: э:e ю:u я:a ђ:d ј:j љ:l њ:n ћ:c џ:d α:a ά:a β:v γ:g δ:d ε:e έ:e' +
  ' ζ:z η:i ή:i θ:t ι:i ί:i ϊ:i κ:k λ:l μ:m ν:n ξ:x ο:o ό:o π:p ρ:r σ:s ς:s τ:t υ:y ύ:y φ:f χ:c ψ:ps ω:o ώ:o ä:a ö:o ü:u ß:s';
const MAP = new Map(TABLE.split(' ').map((pair) => [pair[0]!, pair.slice(2)] as const));

/** A slug's consonant skeleton: "vladimir-putin" → "vldmr-ptn", "koeln" and "koln" → "kln". */
export function skeleton(slug: string): string {
  // kh and h (х), ts and c (ц), ks and x (ξ) alike; g and h dropped with the vowels (г is g in Russian, h in Ukrainian: Гончаренко).
  return slug.replace(/kh/g, 'h').replace(/ts|tz/g, 'c').replace(/ks/g, 'x').replace(/[aeiouyjhg]/g, '').replace(/(.)\1+/g, '$1').replace(/^-+|-+$/g, '');
}

/**
 * The skeleton of `words` transliterated, when they hold letters the table spells in Latin and it keeps two
 * consonants at least; else null (Latin words are compared as slugs, other scripts by their own letters).
 */
export function transliteratedSkeleton(words: string): string | null {
  const lower = words.toLowerCase();
  if (![...lower].some((c) => MAP.has(c))) return null;
  const latin = [...lower].map((c) => MAP.get(c) ?? c).join('').normalize('NFD').replace(unicodeRegExp(String.raw`\p{M}`, 'g'), '');
  if (/[^a-z]/.test(latin.replace(unicodeRegExp(String.raw`[^\p{L}]`, 'g'), ''))) return null;
  const s = skeleton(latin.replace(/['’`]/g, '').replace(/[^a-z0-9]+/g, '-'));
  return s.replace(/-/g, '').length >= 2 ? s : null;
}
