/**
 * Sanitized article nodes made safe to use, before they go into the page: links open in a new tab, images
 * load from absolute URLs, tables scroll sideways on their own, players get their file link, headings take
 * the focus. In-article links (#id) stay in the reader only when the id is in the article, which is known
 * once every piece is in: they are settled last (`settle`), against the ids of the sanitized article as it
 * was before any finishing, as a one-pass rendering sees them.
 */
import { h } from '../dom';
import { finishMedia } from '../embeds/cards';

/** A link target: an absolute http(s) URL, or null (no javascript:, no data: documents). */
export function linkHref(value: string | null, base: string): string | null {
  const url = absolute(value, base);
  return url && !url.startsWith('data:') ? url : null;
}

export function absolute(value: string | null, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'data:' ? url.href : null;
  } catch {
    return null;
  }
}

function openOutside(a: HTMLAnchorElement, raw: string, base: string): void {
  const href = linkHref(raw, base);
  if (!href) {
    a.removeAttribute('href');
    return;
  }
  a.setAttribute('href', href);
  a.setAttribute('target', '_blank');
  a.setAttribute('rel', 'noopener noreferrer');
}

export class BodyFinisher {
  private readonly ids = new Set<string>();
  private readonly inArticle: HTMLAnchorElement[] = [];

  constructor(private readonly base: string) {}

  /** Finishes sanitized nodes (a piece, or the whole body) before they go in. */
  piece(root: ParentNode): void {
    for (const el of Array.from(root.querySelectorAll('[id]'))) this.ids.add(el.id);
    for (const a of Array.from(root.querySelectorAll('a'))) {
      const raw = a.getAttribute('href') ?? '';
      // Footnote and in-article links stay in the reader (the core keeps them as #id on purpose): settled last.
      if (raw.startsWith('#')) this.inArticle.push(a);
      else openOutside(a, raw, this.base);
    }
    for (const img of Array.from(root.querySelectorAll('img'))) {
      const src = absolute(img.getAttribute('src'), this.base);
      if (!src) {
        img.remove();
        continue;
      }
      img.setAttribute('src', src);
      img.setAttribute('decoding', 'async');
      img.removeAttribute('loading'); // a popup is small: lazy images would wait for a scroll that may not come
      img.setAttribute('referrerpolicy', 'no-referrer');
      if (!img.hasAttribute('alt')) img.setAttribute('alt', '');
      img.addEventListener('error', () => img.setAttribute('hidden', ''), { once: true });
    }
    for (const table of Array.from(root.querySelectorAll('table'))) {
      if (table.parentElement?.classList.contains('table-wrap')) continue;
      const wrap = h('div', { class: 'table-wrap', tabindex: 0 });
      table.replaceWith(wrap);
      wrap.appendChild(table);
    }
    finishMedia(root);
    for (const heading of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
      heading.setAttribute('tabindex', '-1');
    }
  }

  /** Every piece is in: the in-article links to an id of the article stay, the others open outside. */
  settle(): void {
    for (const a of this.inArticle) {
      const raw = a.getAttribute('href') ?? '';
      if (this.ids.has(raw.slice(1))) a.removeAttribute('target');
      else openOutside(a, raw, this.base);
    }
    this.inArticle.length = 0;
  }
}
