// What the URL of an auto-linked keyword looks like, for tag-keyword-link.ts. Tag, topic and keyword pages
// are named after the keyword: the link's last path part (or a query value) is the anchor text as a slug —
// /tag/saudi-arabia/ for "Saudi Arabia", /schlagwort/hafen for "Hafen", /search/label/Port, /?tag=strike,
// /temat/%D0%BF%D0%BE%D1%80%D1%82/ for "порт", /tag/ukraina for "Украина" (transliterate.ts), /#/tag/port in an app's
// route, /tag/strike for "strikes" (an ending of two letters), /news/list.php?keyword=strike or /tags/#strike when
// several links share that form — under a prefix of any name, in any language. An article's URL is named after
// its headline, not after the few words linked in the text.

import { skeleton, transliteratedSkeleton } from './transliterate';
import { unicodeRegExp } from '../unicode-class';

const FOLD: Record<string, string> = { ł: 'l', ı: 'i', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe' };

/** A phrase as a slug key: lower case, no accents, no apostrophes, words joined by "-". */
export function slugKey(s: string): string {
  let text = s;
  try {
    text = decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    // not percent-encoded after all
  }
  return text
    .toLowerCase()
    .replace(/[łıøđßæœ]/g, (c) => FOLD[c] ?? c) // letters that do not decompose, as slugs spell them
    .normalize('NFD')
    .replace(unicodeRegExp(String.raw`\p{M}`, 'g'), '')
    .replace(/['’`]/g, '')
    .replace(unicodeRegExp(String.raw`[^\p{L}\p{N}]+`, 'g'), '-')
    .replace(/^-+|-+$/g, '');
}

export interface KeywordShape {
  /** The path (or path and query name) the keyword's slug hangs under: "/tag/", "/search/label/", "/?tag=". */
  prefix: string;
  /** Path parts before the slug. */
  depth: number;
  /** Named in a query under a path or in a fragment: a keyword link only when several links share the prefix. */
  shared?: true;
}

// The ending a word takes in the text over its page's name, two letters at most ("strikes", "enişinə" for /k/enisin).
const INFLECTION = unicodeRegExp(String.raw`^\p{L}{1,2}$`);

const DATE_OR_ID = /^(19|20)\d\d$|\d{5,}/;
// A longer ending on a longer word: three letters on five, four on six or more ("școlilor" for /subiect/scoli, "hoitajapulasta" for /aihe/hoitajapula).
const LONG_ENDING = unicodeRegExp(String.raw`^\p{L}{3,4}$`);
/** The ending a word takes over its page's name: two letters on any, a longer one on a longer word (/travel/port is no page of "Portugal"). */
const ending = (slug: string, rest: string) => INFLECTION.test(rest) || (LONG_ENDING.test(rest) && slug.length >= rest.length + 2);

/**
 * The linked words inflected from the slug's where the stem itself changes, word by word (Finnish "Helsingissä" for
 * /aihe/helsinki, Russian "Белгородской области" for /теги/белгородская-область): each word shares its first five letters
 * at least, and all but its last three, with the slug's, and each ends in letters of its own (five at most). A slug's word
 * that the linked word merely goes on from is namedAfter's ending test (INFLECTION: two letters; /travel/port is no page of
 * "Portugal"), and a slug that goes on from the word names something else (/thermodrucker/, "printers", for "Thermodruck").
 */
function inflectedStems(slug: string, key: string): boolean {
  const a = slug.split('-');
  const b = key.split('-');
  if (a.length !== b.length || a.length > 3 || !unicodeRegExp(String.raw`^[\p{L}-]+$`).test(slug)) return false;
  // (One word inflected, the others the slug's own: "sote-uudistuksesta" for /aihe/sote-uudistus.)
  return a.some((w, i) => w !== b[i]) && a.every((w, i) => {
    const v = b[i]!;
    if (w === v) return true;
    let p = 0;
    while (p < w.length && p < v.length && w[p] === v[p]) p++;
    // A long stem may change in its last quarter and take a long ending (Finnish "terveyskeskusten" for /tagi/terveyskeskukset).
    const changed = w.length >= 8 ? Math.floor(w.length / 4) : 3;
    return p < w.length && p < v.length && p >= 5 && w.length - p <= changed && v.length - p <= 6;
  });
}

/**
 * Whether a path part or query value is named after the anchor text: its slug, maybe with an id after it, its
 * transliteration, or the words inflected from it (see below). `key`: the anchor's slugKey.
 */
export function namedAfter(anchor: string, key = slugKey(anchor)): (value: string) => boolean {
  // Words of another script (or with umlauts), their page named after them in Latin letters (/tag/ukraina for "Украина").
  const translit = transliteratedSkeleton(anchor);
  return (value: string) => {
    const k = slugKey(value);
    if (translit && /^[a-z0-9-]+$/.test(k) && skeleton(k) === translit) return true;
    // The slug, maybe with an id after it; or the words inflected from it by an ending of two letters at most
    // ("strikes", "Ukraine's", "des Hafens" for /tag/strike, /tag/ukraine, /thema/hafen) — a page named after a word, not a headline.
    // A slugger that cannot spell a letter drops it or puts a dash for it (/tag/ot-n, /tag/otn for Azerbaijani "ötən").
    // (Not words joined: an author's page is named so, /author/chiaraterzuolo/ for "Chiara Terzuolo".)
    // (Its dashes run together as a slugger writes them: "təhlükə altında" → /t-hluk-altinda/.)
    const dashed = key.replace(/[^a-z0-9-]/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');
    if (/^[a-z0-9-]+$/.test(k) && /[^a-z0-9-]/.test(key) && (k === dashed || k === key.replace(/[^a-z0-9-]/g, ''))) return true;
    // Arabic writes the article on the word ("المدارس", "the schools", for /موضوع/مدارس/): the slug's word without it.
    if (k.includes('\u0627') && key.includes('\u0627\u0644') && key.split('-').map((w) => w.replace(/^\u0627\u0644(?=[\u0600-\u06ff]{2})/, '')).join('-') === k) return true;
    return k === key || (k.startsWith(`${key}-`) && /^\d{1,6}$/.test(k.slice(key.length + 1))) || (k.length >= 4 && !k.includes('-') && key.startsWith(k) && ending(k, key.slice(k.length))) || inflectedStems(k, key);
  };
}

/**
 * The prefix when the URL is named after the anchor text (its slug, maybe with an id), else null. `pageHost`: the
 * page's host — a page named after the words at the root of another host of the site (tags.site/port) hangs
 * under that host.
 */
export function keywordShape(url: URL, anchor: string, pageHost = url.hostname): KeywordShape | null {
  const key = slugKey(anchor);
  if (key.length < 2) return null;
  // A single-page app's route in the fragment (/#/tag/port, /#!/topic/port) is the page's path.
  const route = /^#!?\//.test(url.hash) && url.pathname.split('/').filter(Boolean).length === 0 ? url.hash.replace(/^#!?/, '').split('?')[0]! : '';
  const parts = (route || url.pathname).split('/').filter(Boolean);
  const last = (parts[parts.length - 1] ?? '').replace(/\.(s?html?|php|aspx?)$/i, '');
  const named = namedAfter(anchor, key);
  if (parts.length >= 2 && named(last)) {
    const before = parts.slice(0, -1);
    if (before.some((p) => DATE_OR_ID.test(p))) return null;
    return { prefix: `/${route ? '#/' : ''}${before.join('/')}/`.toLowerCase(), depth: before.length };
  }
  const host = url.hostname.toLowerCase();
  const bare = (h: string) => h.toLowerCase().replace(/^www\d*\./, '');
  if (parts.length === 1 && named(last) && bare(host) !== bare(pageHost) && !/^(www\d*|m|amp|mobile)\./.test(host)) return { prefix: `//${host}/`, depth: 1 };
  // A page at the site's root named after the words (/brexit/, /harbour.html): a keyword's page only when several links share
  // the root so (a link to one such page may be a short-titled post's).
  if (parts.length === 1 && !route && named(last)) return { prefix: '/', depth: 1, shared: true };
  // A page at the root named after the words and a fixed ending or opening (/sirup-haberleri, /hafen-news, /tag-hafen): only when several
  // share it, or when it is a taxonomy's word (tag-keyword-link.ts reads the prefix's words).
  if (parts.length === 1) {
    const k = slugKey(last);
    const ending = k.startsWith(`${key}-`) ? k.slice(key.length) : '';
    // (Alone as well when the words are in another script than the affix, /הישנים-haberleri, /москва-news: a template's affix, no
    // title's word.)
    const affixed = (prefix: string, affix: string): KeywordShape =>
      /^[-a-z]+$/.test(affix) && !/[a-z]/.test(key) ? { prefix, depth: 1 } : { prefix, depth: 1, shared: true };
    if (/^-\p{L}{3,}$/u.test(ending)) return affixed(`/*${ending}`, ending);
    const opening = k.endsWith(`-${key}`) ? k.slice(0, -key.length) : '';
    // (A short word: a shop's category pages open with their category, /thermotransferfolien-ricoh.)
    if (/^\p{L}{2,8}-$/u.test(opening)) return affixed(`/${opening}*`, opening);
  }
  for (const [name, value] of url.searchParams) {
    if (!named(value)) continue;
    // At the root (/?tag=strike) a tag query; under a path (/news/list.php?keyword=strike), only when several share it.
    return { prefix: `/${parts.join('/')}?${name}=`.toLowerCase(), depth: Math.max(1, parts.length), ...(parts.length > 1 ? { shared: true } : {}) };
  }
  // A list page's entry named in the fragment (/tags/#port, /glossary/#port): only when several share it (a
  // link to a section of a guide is named after its words too).
  if (!route && parts.length >= 1 && url.hash.length > 1 && named(url.hash.slice(1))) {
    return { prefix: `/${parts.join('/')}/#`.toLowerCase(), depth: parts.length, shared: true };
  }
  return null;
}
