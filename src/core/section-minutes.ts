// Minutes of reading per section, on the article before sanitizing: each section's running text (the same
// plain text as `Article.text`, from its heading to the next heading of any level) is timed at the
// language's reading speed, and the article's whole minutes are shared out in proportion (largest
// remainders), so the outline's minutes and the part before the first heading add up to exactly the
// reading time the header shows.
import type { OutlineEntry } from './article';
import { plainTextParts } from './plain-text';
import { exactReadingMinutes, readingMinutes } from './text';

/** Whole numbers in proportion to `weights` that add up to `total` (largest-remainder method). */
export function shareOut(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!weights.length) return [];
  if (sum <= 0) return weights.map((_, i) => (i === 0 ? total : 0));
  const quotas = weights.map((w) => (w / sum) * total);
  const shares = quotas.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = quotas.map((q, i) => ({ i, rest: q - Math.floor(q) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    shares[i]! += 1;
    left--;
  }
  return shares;
}

/**
 * Sets `minutes` on every outline entry and returns `{ text, minutes, introMinutes }`: the article's plain
 * text, its reading time and the minutes before the first section, from one walk (plain-text.ts). `root` is the article holding the
 * headings (by their outline ids), before sanitizing; `lang` sets the reading speed.
 */
export function timeSections(root: Element, outline: OutlineEntry[], lang: string | null): { text: string; minutes: number; introMinutes: number } {
  // One look at the ids, not a selector query per entry: a long outline asked the whole article 100 times.
  const byId = new Map<string, Element>();
  for (const el of Array.from(root.querySelectorAll('[id]'))) if (!byId.has(el.id)) byId.set(el.id, el);
  const headings = outline.map((entry) => byId.get(entry.id) ?? null);
  const { text, intro, byStart } = plainTextParts(root, new Set(headings.filter((h): h is Element => h !== null)));
  const minutes = readingMinutes(text, lang);
  const weights = [intro, ...headings.map((h) => (h ? (byStart.get(h) ?? '') : ''))].map((t) => (t ? exactReadingMinutes(t, lang) : 0));
  const [introMinutes = 0, ...shares] = shareOut(weights, minutes);
  outline.forEach((entry, i) => {
    entry.minutes = shares[i] ?? 0;
  });
  return { text, minutes, introMinutes };
}
