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

/** Sanitizes `article` into a fragment owned by `win`'s document. `article` itself is not changed. */
export function sanitizeArticle(article: Element, win: Window): DocumentFragment {
  return purifierFor(win).sanitize(article, CONFIG) as unknown as DocumentFragment;
}

/** The HTML of a fragment. */
export function serialize(fragment: DocumentFragment): string {
  const doc = fragment.ownerDocument;
  const holder = doc.createElement('div');
  holder.appendChild(fragment.cloneNode(true));
  return holder.innerHTML;
}
