// The lead image and its caption. Pages often put them in the article header, outside the block
// Readability keeps; the reader should still open with them. Found before Readability, put back
// after it when Readability left them out.
import { resolveLazyImages } from './media';

const SIZE_SUFFIX = /([-_]\d{2,4}x\d{2,4}|[-_](small|medium|large|thumb|\d{3,4}w?))$/i;

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
  const file = (proxied ?? url).split(/[?#]/)[0]?.split('/').pop() ?? '';
  return file.replace(/\.\w{2,5}$/, '').replace(SIZE_SUFFIX, '').toLowerCase();
}

function stemsOf(img: Element): string[] {
  const srcset = (img.getAttribute('srcset') ?? '').split(',').map((s) => s.trim().split(/\s+/)[0]);
  return [img.getAttribute('src'), ...srcset].map(imageStem).filter(Boolean);
}

/** A copy of the figure (or picture, or image) on the page that shows `leadImage`, if there is one. Read-only on `doc`. */
export function findLeadFigure(doc: Document, leadImage: string | null): Element | null {
  const stem = imageStem(leadImage);
  if (!stem || !doc.body) return null;
  for (const img of Array.from(doc.body.querySelectorAll('img'))) {
    if (!stemsOf(img).includes(stem)) continue;
    const link = img.closest('a[href]');
    // A thumbnail linking to another page is a teaser, not the lead (a link to the picture itself is a lightbox).
    if (link && !img.closest('figure') && imageStem(link.getAttribute('href')) !== stem) continue;
    const captioned = (link ?? img).parentElement;
    const holder =
      img.closest('figure') ??
      (captioned?.querySelector(':scope > figcaption, :scope > .wp-caption-text') ? captioned : null) ??
      img.closest('picture') ??
      img;
    // A copy, in a detached wrapper so its lazy images resolve like the working copy's (it may come from the live page).
    const copy = holder.cloneNode(true) as Element;
    const wrapper = doc.createElement('div');
    wrapper.appendChild(copy);
    resolveLazyImages(wrapper);
    return copy;
  }
  return null;
}

/** Puts the lead figure at the top of the article when Readability left it out. */
export function restoreLeadFigure(content: Element, figure: Element | null): void {
  if (!figure) return;
  const imgs: Element[] = figure.tagName === 'IMG' ? [figure] : Array.from(figure.querySelectorAll('img'));
  const stems = new Set(imgs.flatMap(stemsOf));
  const present = Array.from(content.querySelectorAll('img')).some((img) => stemsOf(img).some((s) => stems.has(s)));
  if (present) return;
  const page = content.firstElementChild?.id?.startsWith('readability-page') ? content.firstElementChild : content;
  page.insertBefore(content.ownerDocument.importNode(figure, true), page.firstChild);
}
