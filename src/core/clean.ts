// Step 4: take out what Readability keeps but a reader doesn't want: ad labels, share prompts,
// buttons, a heading that repeats the title, and the empty shells all that leaves behind.
import { BLOCK_TAGS, elementsNamed, tagSet } from './dom';
import type { Removal } from './article';
import { type RemovalLog, isPlaceSpan } from './removals';
import { normalizeSpace, textOf } from './text';
import { unicodeRegExp } from './unicode-class';

const FURNITURE_HOLDERS = tagSet('p, div, span, section, aside, li, figcaption, h2, h3, h4, h5, h6');
const PICTURES = tagSet('img, picture, video');

// Whole-block labels of page furniture. A block is removed only when this is *all* it says.
const FURNITURE = [
  /^(advertisement|advertising|advert|ad|ads|sponsored( content)?|anzeige|werbung|publicit[ée]|publicidad|pubblicit[àa]|reklama|реклама|إعلان|広告|广告|광고)$/i,
  /^(story|article) continues (below|after) (this )?(advertisement|ad)$/i,
  /^continue reading( (below|after (the )?(ad|advertisement)))?$/i,
  /^(share|share this( article| story| post)?|share on \w+|tweet|email|print|copy link|comments?( \d+)?|\d+ comments?|listen to (this )?article|save|bookmark|gift (this )?article)$/i,
  /^(image|photo|picture|slide) \d+ (of|\/) \/? ?\d+$/i,
  /^(skip (to|past) \w+( \w+)?|back to top|scroll to continue|click to expand|view (gallery|comments)|show more|load more)$/i,
];
const MEDIA = 'img, picture, video, audio, iframe, svg, canvas, math, table, hr, br, object, embed';

const bare = (text: string) => normalizeSpace(text).replace(/^[\s:.|·•–—-]+|[\s:.|·•–—-]+$/g, '');

function isFurniture(el: Element): boolean {
  const text = bare(el.textContent ?? '');
  return text.length > 0 && text.length <= 60 && FURNITURE.some((re) => re.test(text)) && !el.querySelector(MEDIA);
}

/**
 * Whether a line ends on that side of `from`: a line break, a block, a picture (or a link holding only one), or the edge of a block (an inline
 * parent's edge is looked past: "an <b>Anzeige</b> for" is inside a sentence).
 */
function endsLine(from: Node, root: Element, next: boolean): boolean {
  for (let at: Node = from; ; at = at.parentNode!) {
    for (let node = next ? at.nextSibling : at.previousSibling; node; node = next ? node.nextSibling : node.previousSibling) {
      if (node.nodeType === 8 || (node.nodeType === 3 && !/[^\s\u00a0\u200b]/.test((node as Text).data))) continue;
      if (node.nodeType !== 1) return false;
      const el = node as Element;
      if (isPlaceSpan(el)) continue;
      // A picture, linked or not (a banner): a link holding only a picture stands on a line of its own.
      return BLOCK_TAGS.has(el.tagName) || MEDIA_NAMES.has(el.localName) || (!/[^\s\u00a0\u200b]/.test(el.textContent ?? '') && el.querySelector(MEDIA) !== null);
    }
    const parent = at.parentNode as Element | null;
    if (!parent || parent === root || BLOCK_TAGS.has(parent.tagName) || parent.localName === 'center') return true;
  }
}

/** Where a word alone on a line is data (a table's cell, a definition, code), never a label. */
const DATA = 'table, dl, pre, code';

/**
 * An ad label set as a line of its own inside a block rather than as a block ("<center>- Anzeige -<br><a><img></a>",
 * "Advertisement<br>…"): the text alone between line breaks, pictures or blocks, and nothing but the label.
 */
function adLabelLines(article: Element): Text[] {
  const found: Text[] = [];
  const walker = article.ownerDocument.createTreeWalker(article, 4 /* NodeFilter.SHOW_TEXT */);
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
    const text = t.data.length <= 60 ? bare(t.data) : '';
    if (!text || !FURNITURE[0]!.test(text) || t.parentElement?.closest(DATA)) continue;
    if (endsLine(t, article, false) && endsLine(t, article, true)) found.push(t);
  }
  return found;
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
      else if (SHELLS.has(child.localName) && !child.id) {
        // The places of removals inside it stay where it was (the view shows removed items there).
        const places = Array.from(child.querySelectorAll('span[id]')).filter(isPlaceSpan);
        child.replaceWith(...places);
      }
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

export function cleanArticle(article: Element, title: string, log: RemovalLog, spare?: (kind: Removal['kind'], text: string) => boolean): void {
  repairNbspMojibake(article);
  // An iframe's own text is the fallback for browsers without frames (often escaped markup): never shown.
  for (const frame of Array.from(article.querySelectorAll('iframe'))) frame.textContent = '';
  for (const el of Array.from(article.querySelectorAll('button, input, select, textarea, label, form, dialog, [role="dialog"], [role="button"]'))) {
    el.remove();
  }
  for (const el of elementsNamed(article, FURNITURE_HOLDERS)) {
    if (!el.parentNode || el.children.length > 3 || !isFurniture(el) || spare?.('clutter', textOf(el))) continue;
    const marker = log.marker(el.ownerDocument);
    el.replaceWith(marker);
    log.anchored({ kind: 'clutter', rule: 'page-furniture', reason: 'ad label or share/utility prompt', text: textOf(el) }, marker);
  }
  for (const line of adLabelLines(article)) {
    if (spare?.('clutter', line.data.trim())) continue;
    const marker = log.marker(article.ownerDocument);
    line.replaceWith(marker);
    log.anchored({ kind: 'clutter', rule: 'page-furniture', reason: 'ad label on a line of its own', text: line.data.trim() }, marker);
  }
  // A heading that repeats the title, above the text: the view shows the title already.
  const first = article.querySelector('h1, h2, h3');
  if (first && title) {
    const before = textBefore(article, first);
    const same = titleMatch(textOf(first), title);
    // Exactly the title (its site name aside) under a kicker or a label line; or, first of all,
    // the page's display headline, which shares most of its words with the title tag.
    if ((same === 'same' && before.length < 150) || (same === 'close' && before.length < 40 && !pictureBefore(article, first))) first.remove();
  }
  log.placeAnchors(article); // before the empty shells go: their removals' places stay
  removeEmpty(article);
}

const words = (s: string) => normalizeSpace(s).toLowerCase().split(unicodeRegExp(String.raw`[^\p{L}\p{N}']+`)).filter(Boolean);

/** "same": the heading is the title, with or without the site name after it; "close": most title words. */
function titleMatch(heading: string, title: string): 'same' | 'close' | null {
  const h = words(heading).join(' ');
  const full = words(title);
  if (!h || full.length === 0) return null;
  // "Headline - Site", "Headline | Site", "Headline — Site": the site name goes.
  const bare = words(title.replace(/\s+[-|–—:·•]\s+[^-|–—:·•]{1,40}$/, '')).join(' ');
  if (h === full.join(' ') || h === bare) return 'same';
  const hw = new Set(words(heading));
  const tw = words(bare || title);
  const shared = tw.filter((w) => hw.has(w)).length;
  return hw.size >= 4 && shared / tw.length >= 0.5 && shared / hw.size >= 0.4 ? 'close' : null;
}

/** A picture above `el`: a heading under the lead picture opens a section, it is no display headline. */
function pictureBefore(root: Element, el: Element): boolean {
  return elementsNamed(root, PICTURES).some((m) => (m.compareDocumentPosition(el) & 4) !== 0);
}

/**
 * The article's text that comes before `el`, in document order. A walk, not a Range: a Range stays
 * attached to its document, and jsdom updates every live one on each later change to the tree.
 */
function textBefore(root: Element, el: Element): string {
  let text = '';
  let reached = false;
  const visit = (node: Node) => {
    for (let child = node.firstChild; child && !reached; child = child.nextSibling) {
      if (child === el) reached = true;
      else if (child.nodeType === 3 || child.nodeType === 4) text += (child as CharacterData).data;
      else if (child.nodeType === 1) visit(child);
    }
  };
  visit(root);
  return normalizeSpace(text);
}
