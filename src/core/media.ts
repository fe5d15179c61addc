// Step 6 (in two halves): lazy images resolved before Readability (so it sees real images), and
// every URL of the article made absolute after it.
import { NATIVE_SELECTORS } from './native-query';
import { absoluteUrl } from './url';

const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src', 'data-orig-src', 'data-echo', 'data-pagespeed-lazy-src'];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset', 'data-original-set'];
const PLACEHOLDER = /^data:|(^|[/_.-])(blank|spacer|pixel|placeholder|transparent|lazy|grey|gray|loading|1x1)([/_.-]|$)/i;

function isPlaceholder(src: string | null): boolean {
  return !src || !src.trim() || PLACEHOLDER.test(src.trim());
}

function firstAttr(el: Element, names: readonly string[]): string | null {
  for (const n of names) {
    const v = el.getAttribute(n);
    if (v && v.trim()) return v.trim();
  }
  return null;
}

/**
 * A start tag the HTML parser makes an <img> of (it reads `<image` as `<img`). Markup without one parses to no
 * <img>: the markup is a serialization (which writes every <img> so, and a text's `<` as `&lt;`) or the text.
 */
const IMG_TAG = /<im(?:g|age)/i;

/** The <img> a <noscript> fallback holds (its markup is text where scripting is on, elements where off). */
function noscriptImage(noscript: Element): Element | null {
  const doc = noscript.ownerDocument;
  const markup = noscript.children.length ? noscript.innerHTML : (noscript.textContent ?? '');
  // Parsing a fallback costs a template and a search (a page may hold a noscript per tracking pixel or widget).
  if (!IMG_TAG.test(markup)) return null;
  const template = doc.createElement('template');
  template.innerHTML = markup;
  const imgs = template.content.querySelectorAll('img');
  return imgs.length === 1 ? (imgs[0] ?? null) : null;
}

/** Gives lazy images their real source: data-src/data-srcset attributes, <picture> sources, <noscript> fallbacks. */
export function resolveLazyImages(root: Element): void {
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const lazy = firstAttr(img, LAZY_SRC);
    if (lazy && (isPlaceholder(img.getAttribute('src')) || img.getAttribute('src') !== lazy)) img.setAttribute('src', lazy);
    const lazySet = firstAttr(img, LAZY_SRCSET);
    if (lazySet) img.setAttribute('srcset', lazySet);
  }
  for (const source of Array.from(root.querySelectorAll('picture source'))) {
    const lazySet = firstAttr(source, LAZY_SRCSET);
    if (lazySet) source.setAttribute('srcset', lazySet);
  }
  for (const noscript of Array.from(root.querySelectorAll('noscript'))) {
    const fallback = noscriptImage(noscript);
    if (!fallback) continue;
    const prev = noscript.previousElementSibling;
    const placeholder = prev?.tagName === 'IMG' ? prev : prev?.querySelector('img');
    if (placeholder && isPlaceholder(placeholder.getAttribute('src'))) {
      placeholder.replaceWith(noscript.ownerDocument.importNode(fallback, true));
      noscript.remove();
    } else if (!placeholder) {
      noscript.replaceWith(noscript.ownerDocument.importNode(fallback, true));
    }
  }
}

function absoluteSrcset(srcset: string, base: string): string {
  return srcset
    .split(/,\s+(?=\S)/)
    .map((part) => {
      const [url, ...descriptor] = part.trim().split(/\s+/);
      const abs = absoluteUrl(url, base);
      return abs ? [abs, ...descriptor].join(' ') : '';
    })
    .filter(Boolean)
    .join(', ');
}

const SRC_TAGS = new Set(['img', 'video', 'audio', 'source', 'iframe', 'track']);

/** Every element absolutizeUrls sorts out (its walk's tests each imply one of these), for a browser's one selector. */
export const URL_CARRIERS = '[id], a[href], [src], [srcset], video[poster]';

/**
 * Makes every link and media URL absolute against `base`. Links to a fragment that exists inside the
 * article (footnotes) stay `#id` so they work in the reader.
 */
export function absolutizeUrls(root: Element, base: string): void {
  // Which elements carry which URL, in document order: in jsdom one walk (attribute selectors are slow
  // there); in a browser one selector, so that only the elements that carry one are looked at (in Firefox's
  // content script every call on an element crosses the Xray wrappers: native-query.ts).
  const ids = new Set<string>();
  const links: Element[] = [];
  const sources: Element[] = [];
  const srcsets: Element[] = [];
  const posters: Element[] = [];
  const sort = (child: Element) => {
    const name = child.localName;
    if (child.id) ids.add(child.id);
    if (name === 'a' && child.hasAttribute('href')) links.push(child);
    if (SRC_TAGS.has(name) && child.hasAttribute('src')) sources.push(child);
    if (child.hasAttribute('srcset')) srcsets.push(child);
    if (name === 'video' && child.hasAttribute('poster')) posters.push(child);
  };
  if (NATIVE_SELECTORS) {
    const carriers = root.querySelectorAll(URL_CARRIERS);
    for (let i = 0; i < carriers.length; i++) sort(carriers[i]!);
  } else {
    const visit = (el: Element) => {
      for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
        sort(child);
        visit(child);
      }
    };
    visit(root);
  }
  for (const a of links) {
    const href = a.getAttribute('href') ?? '';
    const hash = href.indexOf('#');
    const fragment = hash >= 0 ? decodeURIComponent(href.slice(hash + 1)) : '';
    const samePage = hash === 0 || (hash > 0 && absoluteUrl(href.slice(0, hash), base)?.replace(/#.*/, '') === base.replace(/#.*/, ''));
    if (fragment && samePage && ids.has(fragment)) {
      a.setAttribute('href', `#${fragment}`);
      continue;
    }
    const abs = absoluteUrl(href, base);
    if (abs) a.setAttribute('href', abs);
    else a.removeAttribute('href');
  }
  for (const el of sources) {
    const abs = absoluteUrl(el.getAttribute('src'), base);
    if (abs) el.setAttribute('src', abs);
    else if (!(el.getAttribute('src') ?? '').startsWith('data:image/')) el.removeAttribute('src');
  }
  for (const el of srcsets) {
    el.setAttribute('srcset', absoluteSrcset(el.getAttribute('srcset') ?? '', base));
  }
  for (const el of posters) {
    const abs = absoluteUrl(el.getAttribute('poster'), base);
    if (abs) el.setAttribute('poster', abs);
    else el.removeAttribute('poster');
  }
}
