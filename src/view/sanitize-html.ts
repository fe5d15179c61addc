/**
 * The one gate between an Article's HTML and an extension page. The content script sends the article as
 * the core cleaned it, not yet sanitized (src/core/page-side.ts), and storage could in principle be tampered
 * with: every Article is sanitized here, with DOMPurify in this page's own window, before any node of it is
 * inserted. The lists are the core's (sanitize-config.ts), tightened for the view: no iframes (the extension
 * pages' security policy blocks frames: an <iframe> stays in the sanitizer's inert fragment only long enough
 * to become a poster card or go, embeds/cards.ts), no srcset/sizes (the view loads images only from the
 * `src` it has checked). The result is a DOM fragment, never a string to parse again (no mutation XSS).
 */
import DOMPurify from 'dompurify';
import { keepCodeLanguage } from '../core/code-language';
import { SANITIZE_CONFIG } from '../core/sanitize-config';
import { replaceFrames } from './embeds/cards';

const FORBID_TAGS = [...SANITIZE_CONFIG.FORBID_TAGS];
const FORBID_ATTR = [...SANITIZE_CONFIG.FORBID_ATTR, 'srcset', 'sizes'];

let hooked = false;

/** Sanitizes article HTML into a fragment owned by this document (tests/unit/security-view.test.ts). */
export function sanitizeArticleHtml(html: string): DocumentFragment {
  // A code block's language stays, as one class="language-x" (core/code-language.ts); other classes go.
  if (!hooked) {
    DOMPurify.addHook('uponSanitizeAttribute', (node, data) => keepCodeLanguage(node as Element, data));
    hooked = true;
  }
  const fragment = DOMPurify.sanitize(html, {
    ...SANITIZE_CONFIG,
    ADD_TAGS: ['iframe'],
    FORBID_TAGS,
    FORBID_ATTR,
    RETURN_DOM_FRAGMENT: true,
  });
  replaceFrames(fragment); // every frame becomes a poster card or goes: none is ever inserted
  return fragment;
}
