// Open shadow roots. What a page renders from `element.shadowRoot` (web components, declarative
// <template shadowrootmode="open">) is not in the light DOM that cloneNode copies, so an article built
// from components would come out empty. The working copy gets it flattened in, as the page renders it:
// each host's children become its shadow root's content, where every <slot> is replaced by the light
// children assigned to it (or by its fallback content when none are); light children no slot takes are
// not rendered, so they go. Closed shadow roots stay private (the page chose that).
//
// Live shadow roots are found on the page (`element.shadowRoot`); in jsdom and in saved pages, where
// declarative shadow roots stay <template shadowrootmode="open"> elements, those templates are read.
import type { Limits } from './limits';

const MAX_NESTING = 32; // shadow roots inside shadow roots, deeper than any real component tree

type Root = DocumentFragment | ShadowRoot;

// The only elements `attachShadow` accepts, besides custom elements (whose names hold a hyphen).
const MAY_HOST = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);

/** Each open-shadow host among `live`'s descendants, paired with the element at the same place in `copy`. */
function pairHosts(live: ParentNode, copy: ParentNode): Array<[ShadowRoot, Element]> {
  const liveAll = live.querySelectorAll('*');
  const pairs: Array<[ShadowRoot, Element]> = [];
  let copyAll: NodeListOf<Element> | null = null;
  for (let i = 0; i < liveAll.length; i++) {
    const el = liveAll[i]!;
    if (!MAY_HOST.has(el.localName) && !el.localName.includes('-')) continue;
    const shadow = el.shadowRoot;
    if (!shadow) continue;
    copyAll ??= copy.querySelectorAll('*');
    const twin = copyAll[i];
    if (twin && twin.localName === el.localName) pairs.push([shadow, twin]);
  }
  return pairs;
}

/** Replaces each <slot> of `content` by the light nodes assigned to it, or by its own fallback content. */
function assignSlots(content: DocumentFragment, light: Node[]): void {
  const taken = new Set<Node>();
  for (const slot of Array.from(content.querySelectorAll('slot'))) {
    const name = slot.getAttribute('name') ?? '';
    const assigned = light.filter((node) => {
      if (taken.has(node)) return false;
      if (node.nodeType === 1) return ((node as Element).getAttribute('slot') ?? '') === name;
      return name === '' && node.nodeType === 3;
    });
    for (const node of assigned) taken.add(node);
    if (assigned.length) slot.replaceWith(...assigned);
    else slot.replaceWith(...Array.from(slot.childNodes));
  }
}

class Flattener {
  flattened = 0;
  private readonly done = new WeakSet<Element>();

  constructor(
    private readonly doc: Document,
    private readonly limits: Limits | undefined,
  ) {}

  /** Puts `shadow`'s content (from the page or a template) into `host`, composed with its light children. */
  compose(host: Element, shadow: Root, nesting: number): void {
    this.limits?.checkTime();
    this.done.add(host);
    this.flattened++;
    const content = this.doc.createDocumentFragment();
    for (const child of Array.from(shadow.childNodes)) content.appendChild(this.doc.importNode(child, true));
    if (nesting < MAX_NESTING) {
      for (const [inner, twin] of pairHosts(shadow, content)) this.compose(twin, inner, nesting + 1);
      this.declarative(content, nesting + 1);
    }
    const light = Array.from(host.childNodes).filter((n) => !isShadowTemplate(n));
    assignSlots(content, light);
    host.replaceChildren(content);
  }

  /** <template shadowrootmode="open"> elements under `root` that no browser turned into shadow roots. */
  declarative(root: ParentNode, nesting: number): void {
    for (const template of Array.from(root.querySelectorAll('template'))) {
      const host = template.parentElement;
      if (!isShadowTemplate(template) || !host || this.done.has(host) || nesting >= MAX_NESTING) continue;
      this.compose(host, (template as HTMLTemplateElement).content, nesting);
    }
  }
}

function isShadowTemplate(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName === 'template' && (node as Element).getAttribute('shadowrootmode')?.toLowerCase() === 'open';
}

/**
 * Flattens the open shadow roots of `live` into `copy` (a fresh copy of it with the same elements in the
 * same order). Returns how many shadow roots were put in.
 */
export function flattenShadowRoots(live: Document, copy: Document, limits?: Limits): number {
  const flattener = new Flattener(copy, limits);
  for (const [shadow, host] of pairHosts(live, copy)) flattener.compose(host, shadow, 0);
  flattener.declarative(copy, 0);
  return flattener.flattened;
}

/**
 * True when flattenShadowRoots(live, copy) would put anything in: an open shadow host on the page, or an
 * open declarative template with a host in the copy. As cheap as the flattening's own search, which it is;
 * the flattening itself is a rare step (rare-steps.ts).
 */
export function hasShadowContent(live: Document, copy: Document): boolean {
  return pairHosts(live, copy).length > 0 || Array.from(copy.querySelectorAll('template')).some((t) => isShadowTemplate(t) && t.parentElement !== null);
}

/** True for an element that renders content from an open shadow root (a live one, or a declarative template not yet attached). */
export function rendersShadowContent(el: Element): boolean {
  const name = el.localName;
  return ((MAY_HOST.has(name) || name.includes('-')) && el.shadowRoot !== null) || (name === 'template' && isShadowTemplate(el));
}

/**
 * True when some element of the page renders shadow content (rendersShadowContent). When none does,
 * hasShadowContent is false for any copy of the page (its hosts and templates are the page's own).
 */
export function pageHasShadowContent(doc: Document, all: ArrayLike<Element> = doc.querySelectorAll('*')): boolean {
  for (let i = 0; i < all.length; i++) if (rendersShadowContent(all[i]!)) return true;
  return false;
}
