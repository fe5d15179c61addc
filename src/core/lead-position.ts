// The lead picture found by where it sits, for pages whose og:image does not name it (no og:image, or a
// social card cut from another file). A common layout puts the lead figure between the article's header
// and the wrapper of its body (`<header><h1>…</header><figure>…</figure><div class="entry-content"><p>…`);
// Readability keeps only the body's wrapper, and the picture is lost. Here, on the page before Readability,
// read-only: the pictures after the headline (or before it inside the same <article>/<header>) and before the
// third paragraph of running text, each with the paragraph that follows it. The restore step (lead-image.ts)
// puts one back only when Readability's text opens with that paragraph, so the picture really stood
// between the title and the text that was kept.
//
// A picture counts when it looks like a lead: large (declared width/height, srcset widths) or set as a
// figure, and none of an avatar, a logo, an icon or an ad: not small, not inside a byline box (next to an
// author-page link), not a link to another page or site, not in navigation or a sidebar.
import { closestNamed, tagSet } from './dom';
import { letterCount, normalizeSpace } from './text';
import { absoluteUrl, isSameSite, pathSegments } from './url';

/** Paragraphs shorter than this are bylines, datelines, labels, not running text. */
export const PARAGRAPH_LETTERS = 40;
/** Pictures after this many paragraphs of running text (counted from the headline) are in the story, not above it. */
const ZONE_PARAGRAPHS = 3;
/** Narrower or lower than this (declared), a picture is an avatar, an icon, a button or a banner strip. */
const MIN_WIDTH = 300;
const MIN_HEIGHT = 150;
/** Declared this wide (or a srcset candidate this wide), a picture is large enough to be a lead. */
const LEAD_WIDTH = 400;
const LEAD_SRCSET_WIDTH = 600;
/** A byline box: a small block (letters) holding a link to an author's page. */
const BYLINE_LETTERS = 200;

// Ancestor walks and tag sets rather than selectors: jsdom's selector engine is slow on attribute selectors.
const CHROME_TAGS = tagSet('nav, aside, footer, form');
const CHROME_ROLES = tagSet('navigation, complementary, banner, contentinfo');
const FIGURE = tagSet('figure');
const PICTURE = tagSet('picture');
const FIGURE_OR_PICTURE = tagSet('figure, picture');
const ARTICLE = tagSet('article');
const HEADER = tagSet('header');
/** Words that add confidence that a picture is page furniture (in its file name, class or id). */
const FURNITURE = /avatar|gravatar|logo|icon|emoji|badge|sprite|spinner|advert|sponsor|(^|[\s_-])ads?([\s_-]|$)|banner/i;
const IMAGE_FILE = /\.(jpe?g|png|gif|webp|avif)$/i;
const PROFILE_SEGMENTS = new Set(['author', 'authors', 'profile', 'profiles', 'people', 'staff', 'writer', 'writers', 'contributor', 'contributors', 'journalist', 'journalists', 'by']);

export interface PlacedPicture {
  img: Element;
  /** The start of the first paragraph of running text after the picture on the page. */
  follows: string;
}

const key = (s: string) => normalizeSpace(s).toLowerCase();

/** Inside navigation, a sidebar, a footer or a form (by tag or ARIA role). */
function inPageChrome(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (CHROME_TAGS.has(node.localName)) return true;
    const role = node.getAttribute('role');
    if (role && CHROME_ROLES.has(role.trim().toLowerCase())) return true;
  }
  return false;
}

/** The link the element sits in: `closest('a[href]')`. */
export function linkAround(el: Element): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) if (node.localName === 'a' && node.hasAttribute('href')) return node;
  return null;
}

/** A <figcaption> beside the element (or beside the link around it). */
export function captionBeside(el: Element): Element | null {
  const parent = (linkAround(el) ?? el).parentElement;
  for (let child = parent?.firstElementChild; child; child = child.nextElementSibling) if (child.localName === 'figcaption') return child;
  return null;
}

/** The page's title names the heading: the same words, or most of them (a title adds the site's name). */
function namesHeading(title: string, text: string): boolean {
  return title === text || (title.includes(text) && text.length >= title.length / 2) || text.includes(title);
}

/**
 * The headline on the page: the first h1 (else h2) that the page's title names — not the site's name in an
 * h1 of the banner, which the title holds too, but only as a small part — or the page's only h1.
 */
function headline(body: Element, titles: readonly string[]): Element | null {
  const wanted = titles.map(key).filter((t) => t.length > 0);
  for (const tag of ['h1', 'h2']) {
    for (const h of Array.from(body.querySelectorAll(tag))) {
      const text = key(h.textContent ?? '');
      if (letterCount(text) >= 8 && wanted.some((t) => namesHeading(t, text))) return h;
    }
  }
  const h1s = body.querySelectorAll('h1');
  return h1s.length === 1 ? (h1s[0] ?? null) : null;
}

const follows = (a: Node, b: Node) => (a.compareDocumentPosition(b) & 4) /* DOCUMENT_POSITION_FOLLOWING */ !== 0;

/** The pictures between the headline and the running text, in page order, each with the paragraph after it. */
export function picturesAboveText(doc: Document, titles: readonly string[], pageUrl: string): PlacedPicture[] {
  const body = doc.body;
  if (!body) return [];
  const heading = headline(body, titles);
  if (!heading) return [];
  // The first paragraphs of running text after the headline: the zone ends at the last of them.
  const paragraphs: Element[] = [];
  for (const p of Array.from(body.querySelectorAll('p'))) {
    if (!follows(heading, p) || letterCount(p.textContent ?? '') < PARAGRAPH_LETTERS || inPageChrome(p)) continue;
    if (paragraphs.push(p) === ZONE_PARAGRAPHS) break;
  }
  const end = paragraphs[ZONE_PARAGRAPHS - 1] ?? null;
  // Above the headline, only inside the article's own <article> or <header> (a hero picture over the title).
  const container = closestNamed(heading, ARTICLE) ?? closestNamed(heading, HEADER);
  // The document's address, read once and only for a picture that gets as far as looksLikeLead: jsdom looks for a
  // <base href> over the whole tree at each read, and the page itself (read when the copy is a region) has none.
  let base: string | undefined;
  const baseUrl = () => {
    if (base === undefined) {
      const uri = doc.baseURI;
      base = /^https?:/i.test(uri) ? uri : pageUrl;
    }
    return base;
  };
  const found: PlacedPicture[] = [];
  for (const img of Array.from(body.querySelectorAll('img'))) {
    if (end && !follows(img, end)) break;
    if (!follows(heading, img) && !container?.contains(img)) continue;
    const next = paragraphs.find((p) => follows(img, p));
    if (!next || !looksLikeLead(img, baseUrl())) continue;
    found.push({ img, follows: key(next.textContent ?? '') });
  }
  return found;
}

function numberAttr(el: Element, name: string): number | null {
  const n = Number.parseInt(el.getAttribute(name) ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** The widest `w` candidate in the picture's srcset (or its <picture>'s sources), or null. */
function srcsetWidth(img: Element): number | null {
  const sets = [img, ...Array.from(closestNamed(img, PICTURE)?.querySelectorAll('source') ?? [])].map(
    (el) => el.getAttribute('srcset') ?? el.getAttribute('data-srcset') ?? '',
  );
  const widths = sets.flatMap((s) => Array.from(s.matchAll(/\s(\d+)w\b/g), (m) => Number(m[1])));
  return widths.length ? Math.max(...widths) : null;
}

/** Class, id and file name of the picture and its wrappers up to its figure (or two levels up). */
function furnitureHint(img: Element): boolean {
  const src = (img.getAttribute('src') ?? '') + (img.getAttribute('data-src') ?? '');
  if (FURNITURE.test(src.split(/[?#]/)[0]?.split('/').pop() ?? '') || /gravatar|\/avatars?\//i.test(src)) return true;
  let el: Element | null = img;
  for (let up = 0; el && up < 3; up++, el = el.parentElement) {
    if (FURNITURE.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) return true;
    if (el.tagName === 'FIGURE') break;
  }
  return false;
}

function isProfileUrl(abs: string): boolean {
  return pathSegments(abs).some((s) => PROFILE_SEGMENTS.has(s));
}

/** The picture sits in a small box with a link to an author's page: a byline with its avatar. */
function inBylineBox(img: Element, base: string): boolean {
  let el: Element | null = img.parentElement;
  for (let up = 0; el && up < 3; up++, el = el.parentElement) {
    if (letterCount(el.textContent ?? '') > BYLINE_LETTERS) return false;
    for (const a of Array.from(el.querySelectorAll('a[href]'))) {
      if (/\bauthor\b/i.test(a.getAttribute('rel') ?? '')) return true;
      const abs = absoluteUrl(a.getAttribute('href'), base);
      if (abs && isProfileUrl(abs)) return true;
    }
  }
  return false;
}

/** A link around the picture that leads elsewhere: an ad (another site) or a teaser (another page). */
function linksAway(img: Element, base: string): boolean {
  const link = linkAround(img);
  if (!link) return false;
  const abs = absoluteUrl(link.getAttribute('href'), base);
  if (!abs) return false;
  if (IMAGE_FILE.test(new URL(abs).pathname)) return false; // a lightbox: the picture itself, larger
  return !isSameSite(abs, base) || !closestNamed(img, FIGURE);
}

function looksLikeLead(img: Element, base: string): boolean {
  if (inPageChrome(img)) return false;
  const width = numberAttr(img, 'width');
  const height = numberAttr(img, 'height');
  const widest = srcsetWidth(img);
  if ((width !== null && width < MIN_WIDTH) || (height !== null && height < MIN_HEIGHT)) return false;
  if (widest !== null && widest < MIN_WIDTH) return false;
  if (furnitureHint(img) || linksAway(img, base) || inBylineBox(img, base)) return false;
  const large = (width !== null && width >= LEAD_WIDTH) || (widest !== null && widest >= LEAD_SRCSET_WIDTH);
  const figure = !!closestNamed(img, FIGURE_OR_PICTURE) || !!captionBeside(img);
  return large || figure;
}
