// Step 4: take out what Readability keeps but a reader doesn't want: ad labels, share prompts,
// buttons, a heading that repeats the title, and the empty shells all that leaves behind.
import type { RemovalLog } from './removals';
import { normalizeSpace, textOf } from './text';

// Whole-block labels of page furniture. A block is removed only when this is *all* it says.
const FURNITURE = [
  /^(advertisement|advertising|advert|ad|ads|sponsored( content)?|anzeige|werbung|publicit[ée]|publicidad|pubblicit[àa]|reklama|реклама|إعلان|広告|广告|광고)$/i,
  /^(story|article) continues (below|after) (this )?(advertisement|ad)$/i,
  /^continue reading( (below|after (the )?(ad|advertisement)))?$/i,
  /^(share|share this( article| story| post)?|share on \w+|tweet|email|print|copy link|comments?( \d+)?|\d+ comments?|listen to (this )?article|save|bookmark|gift (this )?article)$/i,
  /^(skip (to|past) \w+( \w+)?|back to top|scroll to continue|click to expand|view (gallery|comments)|show more|load more)$/i,
];
const MEDIA = 'img, picture, video, audio, iframe, svg, canvas, math, table, hr, br, object, embed';

function isFurniture(el: Element): boolean {
  const text = normalizeSpace(el.textContent ?? '').replace(/^[\s:.|·•–—-]+|[\s:.|·•–—-]+$/g, '');
  return text.length > 0 && text.length <= 60 && FURNITURE.some((re) => re.test(text)) && !el.querySelector(MEDIA);
}

const SHELLS = new Set(['p', 'div', 'section', 'span', 'strong', 'em', 'b', 'i', 'a', 'li', 'ul', 'ol', 'figure', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6']);
const MEDIA_NAMES = new Set(MEDIA.split(', '));

/**
 * Removes shells (SHELLS without an id) that hold no text and no media, and returns whether `el` holds
 * any. One walk, children first, instead of a text and a media search below every candidate.
 */
function removeEmpty(el: Element): boolean {
  let filled = MEDIA_NAMES.has(el.localName);
  for (let node = el.firstChild; node; ) {
    const next = node.nextSibling;
    if (node.nodeType === 1) {
      const child = node as Element;
      if (removeEmpty(child)) filled = true;
      else if (SHELLS.has(child.localName) && !child.id) child.remove();
    } else if (node.nodeType === 3 && !filled && /[^\s\u00a0\u200b]/.test((node as Text).data)) filled = true;
    node = next;
  }
  return filled;
}

/**
 * A UTF-8 no-break space read as Latin-1 shows as "Â" before a space ("Â&nbsp;" in the page's own
 * markup, a common CMS double-encoding). The pair is never text: drop the "Â".
 */
function repairNbspMojibake(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
    if (t.data.includes('\u00c2\u00a0')) t.data = t.data.replace(/\u00c2\u00a0/g, '\u00a0');
  }
}

export function cleanArticle(article: Element, title: string, log: RemovalLog): void {
  repairNbspMojibake(article);
  for (const el of Array.from(article.querySelectorAll('button, input, select, textarea, label, form, dialog, [role="dialog"], [role="button"]'))) {
    el.remove();
  }
  for (const el of Array.from(article.querySelectorAll('p, div, span, section, aside, li, figcaption, h2, h3, h4, h5, h6'))) {
    if (!el.parentNode || el.children.length > 3 || !isFurniture(el)) continue;
    log.add({ kind: 'clutter', rule: 'page-furniture', reason: 'ad label or share/utility prompt', text: textOf(el) });
    el.remove();
  }
  // A heading that only repeats the title, before any text: the view shows the title already.
  const wanted = normalizeSpace(title).toLowerCase();
  const first = article.querySelector('h1, h2, h3');
  if (first && wanted && textOf(first).toLowerCase() === wanted) {
    const before = textBefore(article, first);
    if (before.length < 40) first.remove();
  }
  removeEmpty(article);
}

/** The article's text that comes before `el`, in document order. */
function textBefore(root: Element, el: Element): string {
  const range = root.ownerDocument.createRange();
  range.setStart(root, 0);
  range.setEndBefore(el);
  return normalizeSpace(range.toString());
}
