// Step 7: DOMPurify over the article. The result is safe to insert into an extension page:
// no scripts, event handlers, javascript: URLs, forms, styles or data attributes; iframes only for
// the video players in EMBED_ALLOWLIST (sandboxed), because a video article without its video is
// missing its content. Links get target=_blank and rel=noopener noreferrer (fragment links excepted).
import createDOMPurify, { type DOMPurify } from 'dompurify';

/** Video players whose embeds are kept, sandboxed: their pages only play the video. */
export const EMBED_ALLOWLIST = [
  /^https:\/\/www\.youtube(-nocookie)?\.com\/embed\/[\w-]+/,
  /^https:\/\/player\.vimeo\.com\/video\/\d+/,
];

const CONFIG = {
  // `title`: DOMPurify allows it, and in a node (not string) input an HTML <title> stays in the body. It is
  // never article content, and its raw-text parsing is a classic mutation-XSS ingredient (tests/security).
  FORBID_TAGS: ['form', 'input', 'button', 'select', 'option', 'textarea', 'style', 'link', 'meta', 'base', 'object', 'embed', 'frame', 'frameset', 'dialog', 'template', 'slot', 'noscript', 'title'],
  FORBID_ATTR: ['style', 'class', 'srcdoc', 'formaction', 'action', 'ping', 'background', 'autofocus', 'tabindex', 'contenteditable'],
  ADD_TAGS: ['iframe'],
  ADD_ATTR: ['target', 'allowfullscreen'],
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  RETURN_DOM_FRAGMENT: true as const,
};

const instances = new WeakMap<object, DOMPurify>();

function purifierFor(win: Window): DOMPurify {
  let purify = instances.get(win);
  if (purify) return purify;
  purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  // DOMPurify on something that is not a real window (a page can clobber document.defaultView with
  // <img name="defaultView">) is "unsupported": say so plainly instead of failing on a missing method later.
  if (!purify.isSupported) throw new Error('The sanitizer cannot run on this page.');
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName !== 'iframe') return;
    const el = node as Element;
    const src = el.getAttribute('src') ?? '';
    if (!EMBED_ALLOWLIST.some((re) => re.test(src))) el.parentNode?.removeChild(el);
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (el.tagName === 'IFRAME') {
      el.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-presentation allow-popups');
      el.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
      el.setAttribute('loading', 'lazy');
    } else if (el.tagName === 'A') {
      const href = el.getAttribute('href') ?? '';
      if (href.startsWith('#')) el.removeAttribute('target');
      else if (href) {
        el.setAttribute('target', '_blank');
        el.setAttribute('rel', 'noopener noreferrer');
      }
    } else if (el.tagName === 'IMG') {
      el.setAttribute('loading', 'lazy');
      el.setAttribute('decoding', 'async');
    }
  });
  instances.set(win, purify);
  return purify;
}

/** The elements that can clobber a document or form property by their id or name. */
const CLOBBERING = new Set(['input', 'button', 'select', 'textarea', 'fieldset', 'output', 'img', 'form', 'iframe', 'object', 'embed']);

/** The getter of a DOM property, found on the prototype chain of a plain element (never on a clobberable object). */
function getterOf<T>(el: Element, name: string): (this: Element) => T {
  for (let proto = Object.getPrototypeOf(el) as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    const get = Object.getOwnPropertyDescriptor(proto, name)?.get;
    if (get) return get as (this: Element) => T;
  }
  throw new Error(`no ${name} getter`);
}

/**
 * Defuses DOM clobbering in the working copy, before any step walks it. A page's `<form>` answers property
 * reads with its controls' names and ids (`<input name="parentNode">` makes `form.parentNode` that input,
 * whose parent is the form again), and a document does the same for `<img name>`, `<form name>`,
 * `<iframe name>`… Readability walks `parentNode` upward without a depth limit, so such a form hung the tab
 * (vector clobber-form-attributes, in Chromium). On the elements that can clobber (form controls, images,
 * forms, frames, objects, embeds), ids and names that shadow a document or form property are removed here;
 * they carry no content, and DOMPurify drops the same ones from the result anyway (SANITIZE_DOM). Every DOM
 * method here is taken from a prototype or a fresh element, never from a clobberable object; the elements
 * are visited by one tree walker (a form can shadow `firstElementChild`, a walker's own steps cannot be).
 */
export function defuseClobbering(doc: Document): void {
  const docProto = Object.getPrototypeOf(doc) as Document;
  const span = docProto.createElement.call(doc, 'span'); // a plain element: its methods cannot be shadowed
  const localName = getterOf<string>(span, 'localName');
  const { getAttribute, removeAttribute } = span;
  const walker = docProto.createTreeWalker.call(doc, doc, 1 /* NodeFilter.SHOW_ELEMENT */);
  const found: Element[] = [];
  let formProto: object | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const name = localName.call(node as Element);
    if (!CLOBBERING.has(name)) continue;
    found.push(node as Element);
    if (name === 'form' && !formProto) formProto = Object.getPrototypeOf(node) as object;
  }
  for (const el of found) {
    for (const attr of ['id', 'name']) {
      const value = getAttribute.call(el, attr);
      if (value && (value in docProto || (formProto !== null && value in formProto))) removeAttribute.call(el, attr);
    }
  }
}

/** Sanitizes `article` into a fragment owned by `win`'s document. `article` itself is not changed. */
export function sanitizeArticle(article: Element, win: Window): DocumentFragment {
  return purifierFor(win).sanitize(article, CONFIG) as unknown as DocumentFragment;
}

/** The HTML of a fragment (its nodes are lent to a holder element and given back, not copied). */
export function serialize(fragment: DocumentFragment): string {
  const doc = fragment.ownerDocument;
  const holder = doc.createElement('div');
  holder.appendChild(fragment);
  const html = holder.innerHTML;
  while (holder.firstChild) fragment.appendChild(holder.firstChild);
  return html;
}
