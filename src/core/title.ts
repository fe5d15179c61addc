// The article's title. Readability takes og:title or <title>, which often carry the site's name
// ("Tidal power - Openpedia", "Frank Witzel erhält Buchpreis | Zeitung"). When the page's own <h1>
// is one side of such a title, the <h1> is the headline: a reader shows it without the site's name.
import { normalizeSpace } from './text';

const SEPARATOR = /\s+[-|–—·•:»/\\]\s+|\s*[|·•»]\s*/;

/** `title` without the site's name, when one part of it (split at a separator) is the page's h1. */
export function headline(title: string, doc: Document): string {
  if (!SEPARATOR.test(title)) return title;
  const parts = title.split(SEPARATOR).map((p) => normalizeSpace(p)).filter(Boolean);
  if (parts.length < 2) return title;
  const key = (s: string) => s.toLowerCase().replace(/[\s"'“”‘’«»]+/g, ' ').trim();
  const wanted = new Map(parts.map((p) => [key(p), p]));
  const h1s = doc.getElementsByTagName('h1');
  for (let i = 0; i < h1s.length && i < 5; i++) {
    const text = normalizeSpace(h1s[i]?.textContent ?? '');
    const hit = wanted.get(key(text));
    // The h1 is one part and not the shortest on a page whose h1 is the site's logo text: a logo's
    // h1 is the site's name, which is the part to drop, so a hit must not be the site's name alone.
    if (hit && text.length >= 2 && !isLogo(h1s[i]!)) return hit;
  }
  return title;
}

/** An h1 that is the site's logo (it links to the home page or holds only a picture). */
function isLogo(h1: Element): boolean {
  const a = h1.querySelector('a[href]');
  if (!a) return false;
  const href = a.getAttribute('href') ?? '';
  return href === '/' || /^https?:\/\/[^/]+\/?$/.test(href);
}
