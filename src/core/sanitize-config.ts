// What the sanitizer lets through, in one place: the core's step 7 (CLI, tests) and the view, which sanitizes
// every Article it is handed before a node of it enters an extension page, use these same lists.
// No DOMPurify import here: the content script reads the lists without carrying the sanitizer (see page-side.ts).

/** Video players whose embeds are kept, sandboxed: their pages only play the video. */
export const EMBED_ALLOWLIST = [
  /^https:\/\/www\.youtube(-nocookie)?\.com\/embed\/[\w-]+/,
  /^https:\/\/player\.vimeo\.com\/video\/\d+/,
];

export const SANITIZE_CONFIG = {
  // `title`: DOMPurify allows it, and in a node (not string) input an HTML <title> stays in the body. It is
  // never article content, and its raw-text parsing is a classic mutation-XSS ingredient (tests/security).
  FORBID_TAGS: ['form', 'input', 'button', 'select', 'option', 'textarea', 'style', 'link', 'meta', 'base', 'object', 'embed', 'frame', 'frameset', 'dialog', 'template', 'slot', 'noscript', 'title'],
  FORBID_ATTR: ['style', 'class', 'srcdoc', 'formaction', 'action', 'ping', 'background', 'autofocus', 'tabindex', 'contenteditable'],
  ADD_TAGS: ['iframe'],
  ADD_ATTR: ['target', 'allowfullscreen'],
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
};
