// Minutes of reading per section, on the sanitized article: each section's running text (the same
// plain text as `Article.text`, from its heading to the next heading of any level) is timed at the
// language's reading speed, and the article's whole minutes are shared out in proportion (largest
// remainders), so the outline's minutes and the part before the first heading add up to exactly the
// reading time the header shows.
import type { OutlineEntry } from './article';
import { plainText } from './plain-text';
import { exactReadingMinutes } from './text';

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
 * Sets `minutes` on every outline entry and returns the minutes before the first section. `root` is the
 * article holding the headings (by their outline ids), before sanitizing; `total` is the article's reading time.
 */
export function timeSections(root: DocumentFragment | Element, outline: OutlineEntry[], lang: string | null, total: number): number {
  const doc = root.ownerDocument ?? (root as unknown as Document);
  const headings = outline.map((entry) => root.querySelector(`[id="${CSS_escape(entry.id)}"]`));
  const found = headings.map((h, i) => ({ h, i })).filter((x): x is { h: Element; i: number } => x.h !== null);
  const weights = new Array<number>(outline.length + 1).fill(0); // [intro, ...entries]
  const timeRange = (from: Element | null, to: Element | null) => {
    const range = doc.createRange();
    if (from) range.setStartBefore(from);
    else range.setStart(root, 0);
    if (to) range.setEndBefore(to);
    else range.setEnd(root, root.childNodes.length);
    return exactReadingMinutes(plainText(range.cloneContents()), lang);
  };
  weights[0] = timeRange(null, found[0]?.h ?? null);
  found.forEach(({ h, i }, k) => {
    weights[i + 1] = timeRange(h, found[k + 1]?.h ?? null);
  });
  const [intro = 0, ...shares] = shareOut(weights, total);
  outline.forEach((entry, i) => {
    entry.minutes = shares[i] ?? 0;
  });
  return intro;
}

/** Outline ids are slugs of letters, digits and hyphens; anything else is escaped for the selector. */
function CSS_escape(id: string): string {
  return id.replace(/["\\]/g, '\\$&');
}
