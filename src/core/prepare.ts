// Step 1: the working copy. The page's own document is never touched: everything after this runs
// on a copy, with a <base> so relative URLs resolve against the page's address, and without
// the parts that can never be article (scripts, styles, templates) so later steps walk less.
// The copy is always an HTML document with a <body>, whatever the page is: an XHTML page served as
// XML (lower-case tagName, which Readability and the rules do not expect) is copied into an HTML
// document, a page nested deeper than browsers nest is copied with its nesting capped (deep-tree.ts),
// content under <html> with no <body> gets one, and open shadow roots are flattened in (shadow-dom.ts).
import { copyPage, copyRegion } from './article-region';
import { mayBeTooDeep } from './deep-tree';
import type { Limits } from './limits';
import { hasTypesetMath } from './math';
import { POST_QUOTES, figuresForMedia, hasPlayerLinks } from './player-signs';
import { resolveLazyImages } from './media';
import { AMP_BOXES, plainAmp } from './amp-images';
import { unwrapArticleAsides } from './misplaced-aside';
import { unwrapNoscriptContent } from './noscript-content';
import { defuseClobbering } from './clobbering';
import { rareStep } from './rare-steps';
import { hasShadowContent, pageHasShadowContent } from './shadow-dom';

/** Never article, wherever they are in the body (structured data, JSON-LD scripts, stays for Readability). */
const NEVER_ARTICLE = new Set(['script', 'style', 'link', 'template', 'meta', 'object', 'embed']);

function isNeverArticle(el: Element): boolean {
  return NEVER_ARTICLE.has(el.localName) && !(el.localName === 'script' && el.getAttribute('type') === 'application/ld+json');
}

/** An XML document (XHTML served as application/xhtml+xml): element names keep their case there. */
function isXmlDocument(doc: Document): boolean {
  const root = doc.documentElement;
  return Boolean(root) && root.tagName !== root.tagName.toUpperCase();
}

/**
 * The copy, and whether it may need the page's shadow content flattened in (asked of the whole page only).
 * A page none of whose elements renders shadow content has none to flatten into any copy (shadow-dom.ts):
 * its copy need not match it element by element, and leaves out most of the head (copyPage).
 */
function copyOf(doc: Document, region: Element | null, deep: boolean, pageShadow: () => boolean): { copy: Document; shadow: boolean } {
  if (!deep && !isXmlDocument(doc)) {
    if (region) return { copy: copyRegion(doc, region), shadow: false };
    const page = pageShadow() ? null : copyPage(doc);
    return page ? { copy: page, shadow: false } : { copy: doc.cloneNode(true) as Document, shadow: true };
  }
  const copy = doc.implementation.createHTMLDocument('');
  copy.replaceChildren();
  const root = doc.documentElement;
  if (root) copy.appendChild(deep ? rareStep('copyWithDepthCap')(root, copy) : copy.importNode(root, true));
  return { copy, shadow: !region };
}

/** A <body> for content sitting right under <html> (an XHTML page may have none; a script may remove it). */
function ensureBody(copy: Document): void {
  const root = copy.documentElement;
  if (copy.body || root.localName !== 'html') return;
  const body = copy.createElement('body');
  for (const node of Array.from(root.childNodes)) if (node !== copy.head) body.appendChild(node);
  root.appendChild(body);
}

/**
 * The working copy of `doc`: the whole page, or only `region` (see article-region.ts) with the page's head
 * and the elements above it. A deep or XML page is always copied whole, its own way. `deep` is mayBeTooDeep(doc)
 * and `pageShadow` asks pageHasShadowContent(doc) (the pipeline looks once per page and passes both to each copy).
 */
export function cloneDocument(doc: Document, baseUrl: string, limits?: Limits, region: Element | null = null, deep = mayBeTooDeep(doc), pageShadow = () => pageHasShadowContent(doc)): Document {
  const { copy: clone, shadow } = copyOf(doc, region, deep, pageShadow);
  defuseClobbering(clone); // first: a clobbered form can send later steps round in circles (clobbering.ts)
  if (!clone.documentElement) return clone;
  // Content from shadow roots was not counted by the size check on the page: count again.
  // (A region is only chosen on pages without shadow content.)
  if (shadow && hasShadowContent(doc, clone) && rareStep('flattenShadowRoots')(doc, clone, limits)) limits?.checkSize(clone);
  ensureBody(clone);
  let head = clone.head;
  if (!head) {
    head = clone.createElement('head');
    clone.documentElement.insertBefore(head, clone.documentElement.firstChild);
  }
  // The <base> elements by name, then their href: jsdom's engine takes several times as long over `base[href]`.
  if (!Array.prototype.some.call(clone.getElementsByTagName('base'), (b: Element) => b.hasAttribute('href'))) {
    const base = clone.createElement('base');
    base.setAttribute('href', baseUrl);
    head.insertBefore(base, head.firstChild);
  }
  return clone;
}

/**
 * A plain element for a customized built-in one (`<div is="x-thing">`): that means nothing in an inert
 * copy, and DOMPurify, given a node, drops such an element with everything in it (the property tests
 * found a heading gone from the html while the outline still named it). The `is` value stays with the
 * element even without the attribute, so the element is replaced.
 */
function plainElement(el: Element): void {
  const plain = el.ownerDocument.createElementNS(el.namespaceURI, el.localName);
  for (const attr of Array.from(el.attributes)) if (attr.name !== 'is') plain.setAttributeNode(attr.cloneNode() as Attr);
  while (el.firstChild) plain.appendChild(el.firstChild);
  el.replaceWith(plain);
}

/** What one walk over the working copy's body found (see prepareWorkingCopy). */
interface Found {
  never: Element[];
  customized: Element[];
  asides: Element[];
  noscripts: Element[];
  /** AMP's pictures (amp-img, amp-anim) and boxes (amp-carousel …), made plain <img>s and <div>s (amp-images.ts). */
  amp: Element[];
  /** A sign of typeset formulas or of a player or post, or an audio or video: the steps' own tests are asked only then. */
  math: boolean;
  players: boolean;
  media: boolean;
}

const KATEX = /katex/i;

/**
 * One walk for what the preparation needs (selectors with attribute tests cost several walks in jsdom, and each
 * step's test was a walk of its own): the elements to remove, plainify and unwrap, and signs that are true
 * whenever hasTypesetMath, hasPlayerLinks or figuresForMedia could find anything (they still decide: a sign only
 * spares their walks on the pages without one). Never-article elements are not walked into; one with elements
 * inside (an <object>'s fallback) could hide a formula's script, so the math test is asked then.
 */
function walk(body: Element): Found {
  const found: Found = { never: [], customized: [], asides: [], noscripts: [], amp: [], math: false, players: false, media: false };
  const visit = (el: Element) => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      const name = child.localName;
      if (isNeverArticle(child)) {
        found.never.push(child);
        if (name !== 'script' ? child.firstElementChild !== null : (child.getAttribute('type') ?? '').toLowerCase().startsWith('math/tex')) found.math = true;
        continue;
      }
      if (child.hasAttribute('is')) found.customized.push(child);
      if (name === 'aside') found.asides.push(child);
      else if (name === 'noscript') found.noscripts.push(child);
      else if (name === 'iframe' || (name === 'blockquote' && POST_QUOTES.test(child.getAttribute('class') ?? ''))) found.players = true;
      else if (name === 'audio' || name === 'video') found.media = true;
      else if (name.startsWith('amp-') && (name === 'amp-img' || name === 'amp-anim' || AMP_BOXES.has(name))) found.amp.push(child);
      if (!found.math && (name.toLowerCase() === 'mjx-container' || KATEX.test(child.getAttribute('class') ?? ''))) found.math = true;
      visit(child);
    }
  };
  visit(body);
  return found;
}

/**
 * Removes what can never be article, plainifies customized built-ins, unwraps page content parsed inside
 * <noscript>, turns an aside holding the article into a div and resolves lazy images, in the working copy.
 */
export function prepareWorkingCopy(clone: Document): void {
  const body = clone.body;
  if (!body) return;
  let found = walk(body);
  // First: MathJax keeps its TeX in scripts, which go next. Formulas changed the tree: walk again.
  if (found.math && hasTypesetMath(body)) {
    rareStep('keepMath')(body);
    found = walk(body);
  }
  for (const el of found.never) el.remove();
  // Players the reader cannot show: a link to where they play, before Readability drops them.
  const linked = found.players && hasPlayerLinks(body);
  if (linked) rareStep('linkEmbeds')(body);
  if (linked || found.media) figuresForMedia(body);
  for (const el of found.customized) plainElement(el);
  unwrapNoscriptContent(found.noscripts);
  plainAmp(found.amp);
  unwrapArticleAsides(body, found.asides);
  resolveLazyImages(body);
}
