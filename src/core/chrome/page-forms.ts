// Forms the reader fills in: sign-in and account dialogs, newsletter and consent forms, comment and
// search forms. Their labels, hints and error messages ("Please enter an e-mail address", "This
// address is already registered") are short lines of plain words, and on a page whose story is short,
// a login dialog kept in the markup outscores the story in Readability (it then returns the dialog).
// A form is never the article: it goes before Readability scores the page.
// Guard: a form that holds a heading of the page (h1), an article or a main landmark, or more than a few
// lines and three quarters of the page's words, is a page wrapped in one form (ASP.NET and some CMS templates do
// this): it stays; so does a form without a password field that runs long, holds two paragraphs of prose,
// or holds the page's own things — pictures, a video, microdata (a shop's product form wraps the product's
// gallery and description around its order fields).
import { LITERAL_TAGS, PAGE_PARTS, closestNamed, proseParagraphs, hasPagePart } from '../dom';
import type { Rule, RuleMatch } from '../rules/rule';
import { letterCount, textOf } from '../text';

const FIELDS = 'input:not([type="hidden"]), select, textarea, button';
/** Fields the reader writes in or picks from (not buttons). */
const FILLED = 'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="image"]):not([type="reset"]), select, textarea';
/** Letters a form may hold at most (a dialog's labels and messages, a consent notice), and a few lines' worth. */
const MAX_LETTERS = 1500;
const FEW_LINES = 400;
/** A paragraph of prose: a <p> without fields, of two lines or more. */
const PROSE_LETTERS = 80;

/**
 * Pictures (two or more: an avatar or a logo is one), a figure or video, or microdata: the page's content —
 * unless the form has a box to write in (a comment or contact form shows avatars and sign-in buttons).
 */
function holdsContent(form: Element): boolean {
  if (form.getElementsByTagName('textarea').length) return false;
  return form.getElementsByTagName('img').length >= 2 || form.querySelector('figure, video, [itemscope]') !== null;
}

/**
 * A heading of the page, an article or a main landmark inside the form: a page wrapped in one form. An
 * `<article>` that is itself a panel of fields (a sign-in flow's steps written as articles) is no page part.
 */
function holdsPagePart(form: Element): boolean {
  for (const part of Array.from(form.querySelectorAll(PAGE_PARTS))) {
    if (part.tagName === 'H1' || !part.querySelector(FILLED) || proseParagraphs(part, PROSE_LETTERS, 2, (p) => !p.querySelector(FIELDS)) >= 2) return true;
  }
  return false;
}

/** Letters a form's box may hold besides the form: its title, a line of pitch, a privacy link. */
const BOX_LETTERS = 200;

/**
 * The largest wrapper around the form that holds little else (its title, a line of pitch, a "Privacy policy"
 * link): left behind, those lines read as the story's. A paragraph of prose, another form or a page part stops it.
 */
function boxAround(form: Element, root: Element): Element {
  const own = letterCount(form.textContent ?? '');
  let box = form;
  for (let up = box.parentElement; up && up !== root; up = up.parentElement) {
    if (up.getElementsByTagName('form').length > 1 || hasPagePart(up)) break;
    if (letterCount(up.textContent ?? '') - own > BOX_LETTERS) break;
    box = up;
  }
  return box;
}

export const pageForms: Rule = {
  name: 'page-forms',
  kind: 'page-chrome',
  description: 'A form with fields to fill in (sign-in, sign-up, consent, comment, search) holding no h1, article or main and not most of the page’s words.',
  find(root) {
    const matches: RuleMatch[] = [];
    const forms = Array.from(root.querySelectorAll('form'));
    if (!forms.length) return matches;
    const pageLetters = letterCount(root.textContent ?? '');
    for (const form of forms) {
      if (form.parentElement?.closest('form') || closestNamed(form, LITERAL_TAGS)) continue;
      if (!form.querySelector(FIELDS) || holdsPagePart(form)) continue;
      const filled = form.querySelector(FILLED) !== null;
      // Buttons alone and a heading: a recipe card's or a product's "Print" / "Save" form around its title.
      if (!filled && form.querySelector('h2, h3, h4, h5, h6')) continue;
      const text = textOf(form);
      // A country or date picker's options are the form's own lists, not words on the page.
      const options = Array.from(form.getElementsByTagName('select')).reduce((n, sel) => n + letterCount(sel.textContent ?? ''), 0);
      const letters = letterCount(text) - options;
      if (letters > FEW_LINES && letters * 4 >= pageLetters * 3) continue;
      // A password field makes it a sign-in or account dialog whatever its size (one with every error message
      // and panel of the flow runs long); any other form stays when it is long or holds paragraphs of prose.
      if (!form.querySelector('input[type="password"]') && (letters > MAX_LETTERS || proseParagraphs(form, PROSE_LETTERS, 2, (p) => !p.querySelector(FIELDS)) >= 2 || holdsContent(form))) continue;
      // Only a form to write in takes its box: a lone button's box is whatever it sits in (a recipe card's header).
      const box = filled ? boxAround(form, root) : form;
      matches.push({ node: box, action: { type: 'remove' }, reason: 'a form to fill in, not part of the story', text: box === form ? text : textOf(box) });
    }
    return matches;
  },
};
