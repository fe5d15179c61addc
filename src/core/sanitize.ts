// Step 7: DOMPurify over the article. The result is safe to insert into an extension page:
// no scripts, event handlers, javascript: URLs, forms, styles or data attributes; iframes only for
// the video players in EMBED_ALLOWLIST (sandboxed), because a video article without its video is
// missing its content. Links get target=_blank and rel=noopener noreferrer (fragment links excepted).
import createDOMPurify, { type DOMPurify } from 'dompurify';
import { keepCodeLanguage } from './code-language';
import { EMBED_ALLOWLIST, SANITIZE_CONFIG } from './sanitize-config';

export { EMBED_ALLOWLIST, SANITIZE_CONFIG };

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
  purify.addHook('uponSanitizeAttribute', (node, data) => keepCodeLanguage(node as Element, data));
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

/** Sanitizes `article` into a fragment owned by `win`'s document. `article` itself is not changed. */
export function sanitizeArticle(article: Element, win: Window): DocumentFragment {
  return purifierFor(win).sanitize(article, { ...SANITIZE_CONFIG, RETURN_DOM_FRAGMENT: true }) as unknown as DocumentFragment;
}
