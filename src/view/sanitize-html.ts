/**
 * The one gate between an Article's HTML and an extension page. The content script sends the article as
 * the core cleaned it, not yet sanitized (src/core/page-side.ts), and storage could in principle be tampered
 * with: every Article is sanitized here, with DOMPurify in this page's own window, before any node of it is
 * inserted. The lists are the core's (sanitize-config.ts), tightened for the view: no iframes (the extension
 * pages' security policy blocks frames), no srcset/sizes (the view loads images only from the `src` it has
 * checked). The result is a DOM fragment, never a string to parse again (no mutation XSS).
 */
import DOMPurify from 'dompurify';
import { keepCodeLanguage } from '../core/code-language';
import { SANITIZE_CONFIG } from '../core/sanitize-config';

const FORBID_TAGS = [...SANITIZE_CONFIG.FORBID_TAGS, 'iframe'];
const FORBID_ATTR = [...SANITIZE_CONFIG.FORBID_ATTR, 'srcset', 'sizes'];

/** Sanitizes article HTML into a fragment owned by this document (tests/unit/security-view.test.ts). */
let hooked = false;

export function sanitizeArticleHtml(html: string): DocumentFragment {
  // A code block's language stays, as one class="language-x" (core/code-language.ts); other classes go.
  if (!hooked) {
    DOMPurify.addHook('uponSanitizeAttribute', (node, data) => keepCodeLanguage(node as Element, data));
    hooked = true;
  }
  return DOMPurify.sanitize(html, {
    ...SANITIZE_CONFIG,
    ADD_TAGS: [],
    FORBID_TAGS,
    FORBID_ATTR,
    RETURN_DOM_FRAGMENT: true,
  });
}
