// Removed items put back where they were, in the rendered article: shown (dimmed and labelled with their
// kind, off again with one click) or restored (ordinary text or a link again). A removal's place is the
// empty span the core left for it (Removal.anchor); a removed block is shown right after it, an unwrapped
// link's words are found in the element the span opens. Everything restored is built as HTML from the
// removal's plain text and link and goes through the view's sanitizer, like the article itself.
import type { Removal, RemovalKind } from '../../core/article';
import { h } from '../dom';
import { sanitizeArticleHtml } from '../sanitize-html';
import { t, uiAttrs } from '../i18n/index';
import { kindLabel } from './strings';

/** Kinds whose words stayed in the article (only the link went). */
export const LINK_KINDS: ReadonlySet<RemovalKind> = new Set(['keyword-link', 'affiliate-link']);

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** An absolute http(s) address, or null. */
export function safeHref(href: string | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base || undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Sanitized HTML into a fragment, its links opening in a new tab. */
function sanitized(html: string): DocumentFragment {
  const fragment = sanitizeArticleHtml(html);
  for (const a of Array.from(fragment.querySelectorAll('a[href]'))) {
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
  }
  return fragment;
}

export class RemovedInPlace {
  private readonly shown = new Map<number, HTMLElement>();
  private readonly restored = new Set<number>();

  constructor(
    private readonly body: HTMLElement,
    private readonly removed: readonly Removal[],
    private readonly base: string,
    /** Called before a place is looked for: a long article's body still coming in is put in whole first. */
    private readonly whole: () => void = () => undefined,
  ) {}

  /** The empty span the core left where removal `i` was, if it is in the article. */
  private place(i: number): Element | null {
    this.whole();
    const anchor = this.removed[i]?.anchor;
    return anchor && /^[\w-]+$/.test(anchor) ? this.body.querySelector(`span[id="${anchor}"]`) : null;
  }

  /** Can removal `i` be shown in the text (its place is in the article)? */
  placeable(i: number): boolean {
    return !!this.place(i);
  }

  isShown(i: number): boolean {
    return this.shown.has(i);
  }

  isRestored(i: number): boolean {
    return this.restored.has(i);
  }

  /** The text node and offset where a link's words are, after its place span (skipping shown marks). */
  private findWords(place: Element, words: string): { node: Text; at: number } | null {
    const holder = place.parentElement;
    if (!holder || !words) return null;
    const walker = holder.ownerDocument.createTreeWalker(holder, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (n.parentElement?.closest('.ro-removed, .ro-restored')) continue;
      const at = n.data.indexOf(words);
      if (at >= 0) return { node: n, at };
    }
    return null;
  }

  /** Wraps the link's words in `wrapper`; false when they are not found. */
  private wrapWords(place: Element, words: string, wrapper: HTMLElement): boolean {
    const found = this.findWords(place, words);
    if (!found) return false;
    const rest = found.node.splitText(found.at);
    rest.splitText(words.length);
    rest.replaceWith(wrapper);
    wrapper.appendChild(rest);
    return true;
  }

  /** Shows removal `i` in place, dimmed and labelled; false when it has no place in the article. */
  show(i: number): boolean {
    const r = this.removed[i];
    const place = this.place(i);
    if (!r || !place || this.shown.has(i) || this.restored.has(i)) return false;
    const name = kindLabel(r.kind);
    const href = safeHref(r.href, this.base);
    if (LINK_KINDS.has(r.kind)) {
      const mark = h('span', { class: 'ro-removed ro-removed--link', 'data-removal': i, 'data-kind': r.kind, title: href ? t('corrLinkWas', href) : name });
      if (!this.wrapWords(place, r.text, mark)) return false;
      this.shown.set(i, mark);
      return true;
    }
    const inline = r.kind === 'leaked-markup';
    const label = h('span', { class: 'ro-removed__label', ...uiAttrs() }, name);
    const text = href && !inline ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, r.text || r.reason) : r.text || r.reason;
    const mark = inline
      ? h('span', { class: 'ro-removed ro-removed--inline', 'data-ro-ui': '', 'data-removal': i, 'data-kind': r.kind, title: `${name} · ${r.reason}` }, label, ' ', h('span', { class: 'ro-removed__text' }, text))
      : h('div', { class: 'ro-removed ro-removed--block', 'data-ro-ui': '', 'data-removal': i, 'data-kind': r.kind, title: `${name} · ${r.reason}` }, label, h('p', { class: 'ro-removed__text' }, text));
    place.after(mark);
    this.shown.set(i, mark);
    return true;
  }

  /** Takes a shown item out of the text again. */
  unshow(i: number): void {
    const mark = this.shown.get(i);
    if (!mark) return;
    this.shown.delete(i);
    const parent = mark.parentNode;
    if (mark.classList.contains('ro-removed--link')) mark.replaceWith(...Array.from(mark.childNodes));
    else mark.remove();
    parent?.normalize();
  }

  /** Puts removal `i` back into the article as ordinary text or a link; false when it has no place. */
  restore(i: number): boolean {
    const r = this.removed[i];
    const place = this.place(i);
    if (!r || !place || this.restored.has(i)) return false;
    this.unshow(i);
    const href = safeHref(r.href, this.base);
    if (LINK_KINDS.has(r.kind)) {
      const link = h('a', { class: 'ro-restored', 'data-restored': i, ...(href ? { href, target: '_blank', rel: 'noopener noreferrer' } : {}) });
      if (!this.wrapWords(place, r.text, link)) return false;
    } else {
      const text = escapeHtml(r.text || '');
      const inline = r.kind === 'leaked-markup';
      const inner = href && !inline ? `<a href="${escapeHtml(href)}">${text}</a>` : text;
      const holder = inline ? h('span', { class: 'ro-restored', 'data-restored': i }) : h('div', { class: 'ro-restored', 'data-restored': i });
      holder.appendChild(sanitized(inline ? inner : `<p>${inner}</p>`));
      place.after(holder);
    }
    this.restored.add(i);
    return true;
  }
}
