// Defusing DOM clobbering in the working copy before any step walks it (see defuseClobbering).
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
