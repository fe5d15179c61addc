// URL helpers shared by the rules and the media step. Pure functions, no DOM.
import { remembered } from './remembered';

/** Resolves `href` against `base`; null for empty, unparsable or non-web URLs (javascript:, data: …). */
export function absoluteUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (!trimmed) return null;
  // Several rules resolve the same links of a page: remember the last page's answers.
  if (base !== cacheBase || resolved.size > 20_000) {
    resolved.clear();
    cacheBase = base;
  }
  const known = resolved.get(trimmed);
  if (known !== undefined) return known;
  let abs: string | null = null;
  try {
    const url = new URL(trimmed, base);
    abs = url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    abs = null;
  }
  resolved.set(trimmed, abs);
  return abs;
}
let cacheBase = '';
const resolved = new Map<string, string | null>();

// Second-level labels under which registrations happen one level deeper (bbc.co.uk, abc.net.au …).
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'or', 'ne', 'go', 'gob', 'mil', 'nic']);

/** The registrable part of a host name, approximately: `news.bbc.co.uk` → `bbc.co.uk`, `www.example.com` → `example.com`. */
export const siteOf = remembered(registrablePart, 5_000);

function registrablePart(hostname: string): string {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2 || /^\d+$/.test(labels[labels.length - 1] ?? '')) return labels.join('.');
  const sld = labels[labels.length - 2] ?? '';
  const keep = SECOND_LEVEL.has(sld) && (labels[labels.length - 1] ?? '').length === 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** True when `href` (relative or absolute) points to the same site as `pageUrl`. */
export function isSameSite(href: string, pageUrl: string): boolean {
  const abs = absoluteUrl(href, pageUrl);
  if (!abs) return false;
  try {
    return siteOf(hostOf(abs)) === siteOf(hostOf(pageUrl));
  } catch {
    return false;
  }
}

/** A URL's part percent-decoded, or as it is when its escapes are malformed ("%E0%A4" cut short, a lone "%"). */
export function decodedPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

const hostOf = remembered((abs: string) => new URL(abs).hostname, 20_000);

/** Path segments of an absolute URL, lower-cased and without empty parts (shared: do not change the array). */
export const pathSegments = remembered((abs: string): readonly string[] => {
  try {
    return new URL(abs).pathname
      .toLowerCase()
      .split('/')
      .filter((s) => s.length > 0);
  } catch {
    return [];
  }
}, 20_000);

/** A token of letters and digits, two digits and three letters at least: an id a CMS gives a story. */
const OPAQUE_ID = /^(?=(?:[a-z]*\d){2})(?=(?:\d*[a-z]){3})[a-z0-9]{8,16}$/i;
/** The path part an opaque id sits under when it names a story. */
const STORY_WORD = /^(?:articles?|stor(?:y|ies)|news|posts?|a|p|item|content|nachrichten|artikel|noticias?|actualites)$/i;

/**
 * True for URLs shaped like an article page rather than a section or a profile: a slug with several
 * words, a numeric id, a date path, or a page file name.
 */
export function looksLikeArticleUrl(abs: string): boolean {
  const segments = pathSegments(abs);
  const last = segments[segments.length - 1] ?? '';
  if (segments.length === 0) return false;
  if (/\.(s?html?|php|aspx?|cms)$/.test(last)) return true;
  if (segments.some((s) => /^(19|20)\d\d$/.test(s))) return true;
  if (segments.some((s) => /\d{5,}/.test(s))) return true;
  // An opaque id under a story's word (/articles/c4g0x2y1z3wo, /news/article/hkx11abc22) or after a slug's tilde (…/inbraakgolf-oost~a4c21e8d/).
  if (segments.length >= 2 && OPAQUE_ID.test(last) && STORY_WORD.test(segments[segments.length - 2]!)) return true;
  if (/~(?=[a-z]*\d)[a-z0-9]{6,}$/i.test(last)) return true;
  return segments.some((s) => (s.match(/[-_]/g) ?? []).length >= 2);
}

/** The host name without a leading "www.", for showing where a page is from; '' when unparsable. */
export function hostName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Same page, ignoring the fragment and a trailing slash. */
export function isSamePage(a: string, b: string): boolean {
  const norm = (u: string) => u.replace(/#.*$/, '').replace(/\/$/, '');
  return norm(a) === norm(b);
}
