// A story inside a <form>. Shop templates wrap a product's whole block in its order form (name, price, the
// description's paragraphs, then the option menus and the quantity field); Readability cleans forms out of
// what it reads (a form of many fields and few paragraphs goes), and so does clean.ts after it, so the page
// read as nothing but its title. A form still in the working copy after the page-chrome rules (which take
// sign-in, newsletter and comment forms with their boxes) that holds most of the page's paragraph text is
// the page's content, whatever its tag says: it becomes a <div>, and its fields go with the clean-up.
// Whole-page forms (ASP.NET wraps the page in one) hold the page's <main>, <h1> or layout: Readability
// reads inside them already, and they stay as they are.
import { elementsNamed, tagSet } from './dom';
import { letterCount } from './text';

const P = tagSet('p');
/** Paragraph letters a page has at least before a form is taken for its content. */
const MIN_LETTERS = 200;
/** What a whole-page form holds and a content form does not; and a sign-in form's field. */
const NOT_CONTENT = 'main, article, h1, header, footer, nav, input[type="password" i]';

/** Renames the forms holding half or more of the body's paragraph text to divs. */
export function unwrapContentForms(body: Element): void {
  const forms = Array.from(body.getElementsByTagName('form'));
  if (forms.length === 0) return;
  const inside = new Map<Element, number>(forms.map((f) => [f, 0]));
  let total = 0;
  for (const p of elementsNamed(body, P)) {
    const letters = letterCount(p.textContent ?? '');
    total += letters;
    const form = p.closest('form');
    if (form) inside.set(form, (inside.get(form) ?? 0) + letters);
  }
  if (total < MIN_LETTERS) return;
  for (const form of forms) {
    if ((inside.get(form) ?? 0) < total / 2 || form.querySelector(NOT_CONTENT)) continue;
    const div = form.ownerDocument.createElement('div');
    for (const attr of Array.from(form.attributes)) div.setAttributeNode(attr.cloneNode() as Attr);
    while (form.firstChild) div.appendChild(form.firstChild);
    form.replaceWith(div);
  }
}
