/**
 * The one gate between an Article's HTML and an extension page. The content script sends the article as
 * the core cleaned it, not yet sanitized (src/core/page-side.ts), and storage could in principle be tampered
 * with: every Article is sanitized here, with DOMPurify in this page's own window, before any node of it is
 * inserted. The lists are the core's (sanitize-config.ts), tightened for the view: no iframes (the extension
 * pages' security policy blocks frames: an <iframe> stays in the sanitizer's inert fragment only long enough
 * to become a poster card or go, embeds/cards.ts), no srcset/sizes (the view loads images only from the
 * `src` it has checked). The result is a DOM fragment, never a string to parse again (no mutation XSS).
 *
 * A long article is sanitized in pieces (render/pieces.ts): its HTML is parsed once into an inert document
 * (parseInert, the parse DOMPurify itself does on a string), cut into node lists, and each list goes through
 * sanitizeInert with the same configuration. Each node is sanitized exactly once, and the pieces together
 * equal the one-pass result (tests/unit/view-progressive.test.ts).
 */
import DOMPurify from 'dompurify';
import { keepCodeLanguage } from '../core/code-language';
import { SANITIZE_CONFIG } from '../core/sanitize-config';
import { replaceFrames } from './embeds/cards';

const FORBID_TAGS = [...SANITIZE_CONFIG.FORBID_TAGS];
const FORBID_ATTR = [...SANITIZE_CONFIG.FORBID_ATTR, 'srcset', 'sizes'];
/** DOMPurify's own test for the whitespace it puts back in front of a parsed string. */
const LEADING_WHITESPACE = /^[\r\n\t ]+/;

let hooked = false;

function purify(input: string | HTMLElement): DocumentFragment {
  // A code block's language stays, as one class="language-x" (core/code-language.ts); other classes go.
  if (!hooked) {
    DOMPurify.addHook('uponSanitizeAttribute', (node, data) => keepCodeLanguage(node as Element, data));
    hooked = true;
  }
  // Null when the HTML parses into a frameset instead of a body (it starts with <div><frameset>…): nothing.
  const fragment =
    DOMPurify.sanitize(input, {
      ...SANITIZE_CONFIG,
      ADD_TAGS: ['iframe'],
      FORBID_TAGS,
      FORBID_ATTR,
      RETURN_DOM_FRAGMENT: true,
    }) ?? document.createDocumentFragment();
  replaceFrames(fragment); // every frame becomes a poster card or goes: none is ever inserted
  return fragment;
}

/** Sanitizes article HTML into a fragment owned by this document (tests/unit/security-view.test.ts). */
export function sanitizeArticleHtml(html: string): DocumentFragment {
  return purify(html);
}

/**
 * Parses article HTML, unsanitized, into the <body> of a document of its own, as DOMPurify parses a string
 * (DOMParser, text/html, its leading whitespace kept). That document has no browsing context: nothing in
 * it runs or loads. Its nodes reach this page only through sanitizeInert.
 */
export function parseInert(html: string): HTMLElement {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // A frameset in place of the body: DOMPurify finds no body in that case and gives nothing; so does this.
  if (doc.body?.nodeName !== 'BODY') return doc.createElement('body');
  const lead = LEADING_WHITESPACE.exec(html)?.[0];
  if (lead) doc.body.insertBefore(doc.createTextNode(lead), doc.body.firstChild);
  return doc.body;
}

/**
 * Sanitizes what a <body> of parseInert's document holds (the whole body, or a <body> made in that
 * document for some of its nodes) into a fragment, exactly as sanitizeArticleHtml would. DOMPurify copies
 * the holder into a document of its own first, so `holder` itself is left as it was.
 */
export function sanitizeInert(holder: HTMLElement): DocumentFragment {
  if (holder.nodeName !== 'BODY') throw new TypeError('sanitizeInert takes a <body> of parseInert');
  return purify(holder);
}
