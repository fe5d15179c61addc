// Step 1, before the copy: the part of the page that can hold the article. A news page is mostly not
// article — menus, rails, teaser grids, footers, comment widgets — and copying it, walking it with the
// rules and letting Readability score it costs more than everything the pipeline adds. Where the page's
// paragraphs sit together, only the block around them is copied (with the page's head and the chain of
// elements above it, so classes, languages and Readability's view of siblings stay as they were).
//
// Found on the live page, read-only: the smallest element holding REGION_SHARE of the letters in `<p>`
// elements, widened by up to WIDEN levels (a lead, a standfirst or a figure beside the paragraphs' own block
// stays in; Readability also looks at the top block's siblings) — but only while a level adds little: a
// parent with more than WIDEN_GROWTH times the elements (and WIDEN_SLACK more) brings in the rails, menus
// and footers the region is there to leave out, so widening stops below it. Guard: the text outside the region that
// is not link text must stay small next to the region's own — a page whose article is written in `<div>`s
// and `<br>`s, with `<p>`s only in its footer, is copied whole.
import { rendersShadowContent } from './shadow-dom';
import { letterCount } from './text';

const REGION_SHARE = 0.9;
const WIDEN = 3;
/** A level adding more than this share of elements (and more than WIDEN_SLACK elements) is not taken. */
const WIDEN_GROWTH = 1.5;
const WIDEN_SLACK = 40;
/** Unlinked letters outside the region, at most this share of those inside. */
const OUTSIDE_SHARE = 0.5;
/** Below this many letters of paragraphs, there is nothing to go by. */
const MIN_LETTERS = 500;
/** A region with more than this share of the page's elements saves too little to be worth a second look. */
const MAX_ELEMENT_SHARE = 0.85;

const SUBTRACTED = new Set(['a', 'script', 'style']);

/**
 * Letters of `el`'s text outside its links, scripts and styles: its text's letters less those of each link,
 * script and style inside it (a text inside two of them, a script in a link, is subtracted twice). One walk
 * over the text, iterative (the live page may be nested deeper than a stack allows), not a count of the whole
 * text and three searches: a page's inline scripts were counted twice, over 2 % of the pipeline's samples.
 */
function unlinkedLetters(el: Element): number {
  let letters = 0;
  let depth = 0; // links, scripts and styles around `node`, below `el`
  let node: Node | null = el.firstChild;
  while (node) {
    const type = node.nodeType;
    if (type === 3 || type === 4) {
      if (depth !== 1) letters += (1 - depth) * letterCount((node as CharacterData).data);
    } else if (type === 1 && node.firstChild) {
      if (SUBTRACTED.has((node as Element).localName)) depth++;
      node = node.firstChild;
      continue;
    }
    while (!node.nextSibling) {
      node = node.parentNode!;
      if (node === el) return letters;
      if (SUBTRACTED.has((node as Element).localName)) depth--;
    }
    node = node.nextSibling;
  }
  return letters;
}

/** Letters of paragraph text under each element that holds a paragraph (up to `body`). */
function paragraphMass(body: Element): { mass: Map<Element, number>; total: number } {
  const mass = new Map<Element, number>();
  let total = 0;
  const paragraphs = body.querySelectorAll('p');
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const letters = letterCount(p.textContent ?? '');
    if (letters === 0) continue;
    total += letters;
    for (let el = p.parentElement; el; el = el.parentElement) {
      mass.set(el, (mass.get(el) ?? 0) + letters);
      if (el === body) break;
    }
  }
  return { mass, total };
}

/**
 * The element of `doc` to copy instead of the whole page, or null when the whole page is to be copied
 * (no clear block of paragraphs, or one that is nearly the whole page).
 */
export function findArticleRegion(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const { mass, total } = paragraphMass(body);
  if (total < MIN_LETTERS) return null;
  let region: Element = body;
  for (let descended = true; descended; ) {
    descended = false;
    for (let child = region.firstElementChild; child; child = child.nextElementSibling) {
      if ((mass.get(child) ?? 0) >= REGION_SHARE * total) {
        region = child;
        descended = true;
        break;
      }
    }
  }
  if (region === body) return null;
  const { sizeOf, shadow } = census(doc, [region, ...ancestors(region, WIDEN, body), body]);
  // Shadow content is flattened into a copy of the whole page, matched element by element (shadow-dom.ts).
  if (shadow) return null;
  let elements = sizeOf(region);
  for (let up = 0; up < WIDEN; up++) {
    const parent = region.parentElement;
    if (!parent || parent === body) break;
    const wider = sizeOf(parent);
    if (wider > Math.max(WIDEN_GROWTH * elements, elements + WIDEN_SLACK)) break;
    region = parent;
    elements = wider;
  }
  if (elements > MAX_ELEMENT_SHARE * sizeOf(body)) return null;
  const inside = unlinkedLetters(region);
  if (unlinkedLetters(body) - inside > OUTSIDE_SHARE * inside) return null;
  return region;
}

/** Up to `count` ancestors of `el`, nearest first, below `stop`. */
function ancestors(el: Element, count: number, stop: Element): Element[] {
  const found: Element[] = [];
  for (let up = el.parentElement; up && up !== stop && found.length < count; up = up.parentElement) found.push(up);
  return found;
}

/**
 * One walk over the page (a tree walker: iterative, so a page nested by script far deeper than parsers nest
 * cannot overflow the stack): the number of elements inside each of `measured` (the region, the levels it
 * may widen to, the body), and whether the page renders shadow content. Only those few are measured: on a
 * page 10 000 levels deep, every element on the chain up from the region would cost a walk up of its own.
 */
function census(doc: Document, measured: readonly Element[]): { sizeOf: (el: Element) => number; shadow: boolean } {
  const root = doc.documentElement;
  // An element's descendants run, in document order, up to the first element after it that is not inside it.
  const after = new Map<Element, Element | null>();
  for (const el of measured) {
    let next: Element | null = null;
    for (let up: Element | null = el; up && up !== root && !next; up = up.parentElement) next = up.nextElementSibling;
    after.set(el, next);
  }
  const watched = new Set<Element>([...after.keys(), ...Array.from(after.values()).filter((e): e is Element => e !== null)]);
  const position = new Map<Element, number>();
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  let count = 0;
  let shadow = false;
  for (let node = walker.nextNode() as Element | null; node; node = walker.nextNode() as Element | null, count++) {
    if (watched.has(node)) position.set(node, count);
    if (!shadow && rendersShadowContent(node)) shadow = true;
  }
  const sizeOf = (el: Element) => {
    const next = after.get(el);
    return (next ? (position.get(next) ?? count) : count) - (position.get(el) ?? 0) - 1;
  };
  return { sizeOf, shadow };
}

/** At most this many siblings before the region are looked at for a lede. */
const LEDE_SIBLINGS = 3;

/**
 * The standfirst or lede just before the region, at its own level: a small block of the page's own words
 * (a sentence or more, hardly any link text) that templates set beside the body's wrapper. Readability
 * joins such a sibling to the body on the page; copied alone, the body would lose it.
 */
function ledesBefore(region: Element): Element[] {
  const found: Element[] = [];
  let seen = 0;
  for (let el = region.previousElementSibling; el && seen < LEDE_SIBLINGS; el = el.previousElementSibling, seen++) {
    if (/^(nav|aside|form|header|footer|script|style|ul|ol|table)$/.test(el.localName)) break;
    const letters = letterCount(el.textContent ?? '');
    if (letters < 60 || el.getElementsByTagName('*').length > 20) continue;
    if (unlinkedLetters(el) >= 0.8 * letters) found.unshift(el);
  }
  return found;
}

/**
 * A new document with `doc`'s head, the chain of elements from `<html>` down to `region` (each without
 * its other children), the lede just before `region` (ledesBefore) and a deep copy of `region`. Structured data in the body (JSON-LD) goes to the head
 * so Readability still reads the page's metadata.
 */
/**
 * The head as Readability reads it: the title, the meta tags and the JSON-LD. Styles, scripts and links are
 * left out: the later steps never read them, and a copied <style> is parsed again (a page's head can carry
 * hundreds of kilobytes of inline CSS and script).
 */
function headCopy(head: HTMLHeadElement, copy: Document, keepBase = false): Element {
  const out = copy.importNode(head, false);
  for (let child = head.firstElementChild; child; child = child.nextElementSibling) {
    const name = child.localName;
    if (name === 'title' || name === 'meta' || (name === 'script' && child.getAttribute('type') === 'application/ld+json') || (keepBase && name === 'base')) {
      out.appendChild(copy.importNode(child, true));
    }
  }
  return out;
}

export function copyRegion(doc: Document, region: Element): Document {
  const copy = doc.implementation.createHTMLDocument('');
  copy.replaceChildren();
  const chain: Element[] = [];
  for (let el = region.parentElement; el; el = el.parentElement) chain.unshift(el);
  let parent: ParentNode = copy;
  const placeholders: Array<[ParentNode, Element]> = [];
  for (const el of chain) {
    const shallow = copy.importNode(el, false);
    parent.appendChild(shallow);
    if (el === doc.documentElement && doc.head) shallow.appendChild(headCopy(doc.head, copy));
    // Readability climbs from its best candidate to the parent while the candidate is an only child. Each
    // element of the chain had its siblings on the page; copied alone, every one would be an only child and
    // Readability would climb to the top, where the wrappers' class names ("scroll", "widget"…) can get the
    // whole story cleaned away. An empty <span> (Readability keeps it, never scores or joins it) stands in
    // for the siblings left out, so the climb stops where it stops on the page.
    if (el !== doc.documentElement && el.childElementCount > 1) placeholders.push([shallow, copy.createElement('span')]);
    parent = shallow;
  }
  for (const lede of ledesBefore(region)) parent.appendChild(copy.importNode(lede, true));
  parent.appendChild(copy.importNode(region, true));
  for (const [at, span] of placeholders) at.appendChild(span);
  const head = copy.head;
  if (head && doc.body) {
    const scripts = doc.body.querySelectorAll('script');
    for (let i = 0; i < scripts.length; i++) {
      const script = scripts[i]!;
      if (script.getAttribute('type') === 'application/ld+json' && !region.contains(script)) head.appendChild(copy.importNode(script, true));
    }
  }
  return copy;
}

/**
 * The whole page as its working copy: the document itself copied without its children (its address, and so
 * Readability's view of in-page links, and its mode stay), `<html>` with everything under it, but of the head
 * only what headCopy keeps and the `<base>` (the page's own base stays the copy's). A whole page's head can
 * hold hundreds of styles, scripts and links that the copy dropped later or that no step reads. Null for a
 * page without the usual `<html>`, `<head>` and `<body>` (a frameset, content a script moved): copied whole.
 */
export function copyPage(doc: Document): Document | null {
  const root = doc.documentElement;
  const head = doc.head;
  if (!root || root.localName !== 'html' || !head || head.parentNode !== root || doc.body?.localName !== 'body') return null;
  const copy = doc.cloneNode(false) as Document;
  const out = copy.importNode(root, false);
  copy.appendChild(out);
  for (let child = root.firstChild; child; child = child.nextSibling) out.appendChild(child === head ? headCopy(head, copy, true) : copy.importNode(child, true));
  return copy;
}
