// The lead image and its caption. Pages often put them in the article header, or between the header and
// the body's wrapper, outside the block Readability keeps; the reader should still open with them. Found
// before Readability (by the page's og:image, else by position: lead-position.ts), put back after it
// when the article does not already show the same picture.
import { closestNamed, tagSet } from './dom';
import { PARAGRAPH_LETTERS, linkAround, picturesAboveText } from './lead-position';
import { resolveLazyImages } from './media';
import { letterCount, normalizeSpace } from './text';

// Size variants of one picture: WordPress sizes (-1024x683), originals it scaled or rotated (-scaled,
// -rotated), edited copies (-e1589123456789), retina files (@2x), named and width sizes.
const SIZE_SUFFIX = /([-_]\d{2,4}x\d{2,4}|[-_](small|medium|large|thumb|scaled|rotated|\d{3,4}w?)|-e\d{10,13}|@[1-4]x)$/i;

const FIGURE = tagSet('figure');
const PICTURE = tagSet('picture');
const CAPTIONED = tagSet('figure, figcaption');

/** The file name of an image URL without extension and size suffix: the same picture at any size. */
export function imageStem(src: string | null | undefined): string {
  if (!src) return '';
  let url = src;
  try {
    url = decodeURIComponent(src);
  } catch {
    // keep it as it is
  }
  // Image proxies and resizers carry the original in a query parameter (/_next/image?url=…, ?src=…).
  const proxied = /[?&](?:url|src|image)=([^&#]+)/i.exec(url)?.[1];
  let stem = ((proxied ?? url).split(/[?#]/)[0]?.split('/').pop() ?? '').toLowerCase();
  // A converted copy keeps the original's extension (photo.jpg.webp); suffixes can stack (photo-scaled-1024x683).
  for (let i = 0; i < 3; i++) {
    const shorter = stem.replace(/\.\w{2,5}$/, '').replace(SIZE_SUFFIX, '');
    if (shorter === stem || !shorter) break;
    stem = shorter;
  }
  return stem;
}

/** Stems of every file the element shows: its src and srcset, and its <picture>'s sources. */
function stemsOf(img: Element): string[] {
  const sources = [img, ...Array.from(closestNamed(img, PICTURE)?.querySelectorAll('source') ?? [])];
  const urls = sources.flatMap((el) => [el.getAttribute('src'), ...(el.getAttribute('srcset') ?? '').split(',').map((s) => s.trim().split(/\s+/)[0])]);
  return urls.map(imageStem).filter(Boolean);
}

/** The lead picture to put back, and where it stood. */
export interface LeadFigure {
  /** A detached copy of the figure (or picture, or image), lazy sources resolved. */
  figure: Element;
  /**
   * For a picture found by its position: the start of the paragraph that followed it on the page (it is put
   * back only above that paragraph). Null for the og:image's picture, which goes on top wherever it was.
   */
  follows: string | null;
}

/** What to copy for a picture: its figure, its captioned wrapper, its <picture>, or itself. */
function holderOf(img: Element): Element {
  const captioned = (linkAround(img) ?? img).parentElement;
  return (
    closestNamed(img, FIGURE) ??
    (captioned?.querySelector(':scope > figcaption, :scope > .wp-caption-text') ? captioned : null) ??
    closestNamed(img, PICTURE) ??
    img
  );
}

/** A copy of `holder` in a detached wrapper, so its lazy images resolve like the working copy's (it may come from the live page). */
function resolvedCopy(doc: Document, holder: Element): Element {
  const copy = holder.cloneNode(true) as Element;
  const wrapper = doc.createElement('div');
  wrapper.appendChild(copy);
  resolveLazyImages(wrapper);
  return copy;
}

/** The figure on the page that shows `leadImage` (the og:image), if there is one. Read-only on `doc`. */
function figureOfLeadImage(doc: Document, leadImage: string | null): LeadFigure | null {
  const stem = imageStem(leadImage);
  if (!stem || !doc.body) return null;
  for (const img of Array.from(doc.body.querySelectorAll('img'))) {
    if (!stemsOf(img).includes(stem)) continue;
    const link = linkAround(img);
    // A thumbnail linking to another page is a teaser, not the lead (a link to the picture itself is a lightbox).
    if (link && !closestNamed(img, FIGURE) && imageStem(link.getAttribute('href')) !== stem) continue;
    return { figure: resolvedCopy(doc, holderOf(img)), follows: null };
  }
  return null;
}

/**
 * The lead figure of the page: the one showing its og:image, else the first picture between the headline
 * (one of `titles`) and the running text that looks like a lead. `docs`: the working copy, then the page
 * itself when the copy holds only the article's region (read-only on both); `pageUrl` resolves their links
 * where the document has no address of its own.
 */
export function findLeadFigure(docs: readonly Document[], leadImage: string | null, titles: readonly string[], pageUrl: string): LeadFigure | null {
  for (const doc of docs) {
    const byMeta = figureOfLeadImage(doc, leadImage);
    if (byMeta) return byMeta;
  }
  for (const doc of docs) {
    for (const placed of picturesAboveText(doc, titles, pageUrl)) {
      const figure = resolvedCopy(doc, holderOf(placed.img));
      if (loadsPicture(figure)) return { figure, follows: placed.follows };
    }
  }
  return null;
}

/** The copy names a picture file to load (a page script may build the address from data of its own: then it shows nothing). */
function loadsPicture(figure: Element): boolean {
  const imgs = figure.localName === 'img' ? [figure] : Array.from(figure.querySelectorAll('img'));
  return imgs.some((img) => {
    const src = (img.getAttribute('src') ?? '').trim();
    return (src !== '' && !/^data:/i.test(src)) || /\S/.test(img.getAttribute('srcset') ?? '') || !!closestNamed(img, PICTURE)?.querySelector('source[srcset]');
  });
}

/** The article's first paragraphs of running text (up to `count`). */
function openingParagraphs(content: Element, count: number): Element[] {
  const found: Element[] = [];
  for (const p of Array.from(content.querySelectorAll('p'))) {
    if (letterCount(p.textContent ?? '') < PARAGRAPH_LETTERS || closestNamed(p, CAPTIONED)) continue;
    found.push(p);
    if (found.length === count) break;
  }
  return found;
}

const sameStart = (a: string, b: string) => a.slice(0, 80) === b.slice(0, 80);

/**
 * Puts the lead figure back when Readability left it out: the og:image's on top; a picture found by its
 * position only where the article's text opens with the paragraph that followed it on the page. Never
 * when the article already shows the same picture (any size, any srcset candidate) or the og:image.
 */
export function restoreLeadFigure(content: Element, lead: LeadFigure | null, leadImage: string | null = null): void {
  if (!lead) return;
  const { figure, follows } = lead;
  const imgs: Element[] = figure.localName === 'img' ? [figure] : Array.from(figure.querySelectorAll('img'));
  const stems = new Set(imgs.flatMap(stemsOf));
  if (follows !== null) stems.add(imageStem(leadImage));
  stems.delete('');
  const shown = Array.from(content.querySelectorAll('img')).some((img) => stemsOf(img).some((s) => stems.has(s)));
  if (shown) return;
  const page = content.firstElementChild?.id?.startsWith('readability-page') ? content.firstElementChild : content;
  let before: Node | null = page.firstChild;
  if (follows !== null) {
    // Readability may keep a standfirst above the body: the picture goes where it stood, above its paragraph.
    const opening = openingParagraphs(content, 2);
    const at = opening.findIndex((p) => sameStart(normalizeSpace(p.textContent ?? '').toLowerCase(), follows));
    if (at < 0) return;
    if (at > 0) before = opening[at] ?? null;
  }
  const copy = content.ownerDocument.importNode(figure, true);
  if (before?.parentNode) before.parentNode.insertBefore(copy, before);
  else page.insertBefore(copy, page.firstChild);
}
