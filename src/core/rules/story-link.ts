// What a link to another story of the site looks like, for the read-more, related-box and headline-run
// rules: its URL has an article's shape (url.ts: a slug of several words, a date, an id, a page file —
// plus a WordPress ?p=123 and a headline slug in a script without hyphens or without spaces), and its text reads as a
// headline (several words, or several characters of Chinese or Japanese).
import { hasWords } from '../dom';
import { SPACELESS_SCRIPT, countWords, letterCount, textOf } from '../text';
import type { RuleContext } from './rule';
import { absoluteUrl, looksLikeArticleUrl, pathSegments } from '../url';
import { slugKey } from './keyword-url';
import { unicodeRegExp } from '../unicode-class';
import { ALL_STOPS } from '../sentence-stops';

// (Not a picture: a teaser card links its thumbnail's full size beside its story, "Gallerie".)
const DOWNLOAD = /\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|csv|zip|rar|7z|epub)$/i;
const ID_QUERY = /[?&](p|page_id|story|article|id|nid)=\d+/i;
const CJK_SLUG = /(%e[3-9]%[0-9a-f]{2}%[0-9a-f]{2}){6}/i; // six or more CJK characters, percent-encoded
// Twelve or more letters of a script written without spaces between words (Thai, Lao; Myanmar, Khmer), percent-encoded:
// a headline's slug there has few hyphens ("/p/กรุงเทพมหานคร-เปิดตัวแผนสวนริมแม่น้ำ" is two "words").
const UNSPACED_SLUG = /(%e0%b[89ab]%[0-9a-f]{2}|%e1%(?:8[0-2]|9[ef])%[0-9a-f]{2}){12}/i;

export function isStoryUrl(abs: string): boolean {
  // A document to download is no story, however dated its address (/uploads/2024/10/council-budget-2025.pdf):
  // a list of them under "Documents" is the article's own.
  if (DOWNLOAD.test(abs.replace(/[?#].*$/, ''))) return false;
  return looksLikeArticleUrl(abs) || ID_QUERY.test(abs) || pathSegments(abs).some((s) => CJK_SLUG.test(s) || UNSPACED_SLUG.test(s));
}

/**
 * Link text that reads as a headline: three words or more (six characters in Chinese or Japanese; in Thai, Lao,
 * Burmese or Khmer, which write a clause without spaces, ten letters — their vowel and tone marks are no letters).
 */
export function isHeadline(text: string): boolean {
  return countWords(text) >= (/[\u3040-\u9fff]/.test(text) ? 6 : 3) || (SPACELESS_SCRIPT.test(text) && letterCount(text) >= 10);
}

/** Few enough words for a label: six (twelve characters in Chinese or Japanese, where each counts as a word). */
export function isShortLabel(text: string, words = 6): boolean {
  return countWords(text) <= words || (/[\u3040-\u9fff]/.test(text) && letterCount(text) <= 2 * words);
}

/** A file's name, not a page's: a picture or a document. */
const FILE = /\.(?:jpe?g|png|gif|webp|avif|svg|pdf|docx?|xlsx?|zip)$/;

/**
 * The line is the headline of the story its link opens, split between words before the link and the linked
 * words ("Former US commander in Europe: <a>Russia is dangerous</a>" for …/former-us-commander-in-europe-russia-is-dangerous-…):
 * its words, four at least, run on in the last part of the link's address. A story's URL is named after its
 * headline; prose that mentions a story is not its headline word for word.
 */
export function namesLinkedStory(text: string, abs: string): boolean {
  if (countWords(text) < 4) return false;
  const key = slugKey(text);
  if (key.length < 20) return false;
  const segments = pathSegments(abs);
  const last = segments[segments.length - 1] ?? '';
  // A picture's or a document's file named after its caption is no story (a caption under a linked picture).
  if (FILE.test(last)) return false;
  return slugKey(last).includes(key);
}

const ENDS_IN_STOP = new RegExp(`[${ALL_STOPS}]$`);
/** A label's line: six words, or up to twelve (24 CJK characters) when it does not end as a sentence ("More stories from our newsroom you may have missed"). */
export function isLabelLine(text: string): boolean {
  return text.length <= 70 && (isShortLabel(text) || (isShortLabel(text, 12) && !ENDS_IN_STOP.test(text)));
}

const small = (v: string | null) => v !== null && Number.parseInt(v, 10) <= 40;
/** A label's picture is an icon: sized small, or standing for a symbol (WordPress's emoji images: alt="📰"). */
const isIcon = (img: Element) => small(img.getAttribute('width')) || small(img.getAttribute('height')) || unicodeRegExp(String.raw`^[^\p{L}\p{N}\s]{1,4}$`).test(img.getAttribute('alt') ?? '');

const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'cite', 'code', 'em', 'font', 'i', 'img', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u']);

/**
 * A short line right before a box or run of story links: its label ("More:", "関連記事", with an icon at most). An element without
 * links — or a heading whose links only name a section of the site ("More from Politics") — or a line of
 * bare text on its own (nothing inline runs into it: it is not the end of a sentence of the text).
 */
export function labelBefore(el: Element, ctx: RuleContext): Element | Text | null {
  const prevNode = el.previousSibling;
  if (prevNode?.nodeType === 3 && prevNode.nodeValue?.trim()) {
    const text = textOf(prevNode);
    const before = prevNode.previousSibling;
    const ownLine = !before || (before.nodeType === 1 && !INLINE.has((before as Element).localName));
    return ownLine && isLabelLine(text) && !/[.!?…]$/.test(text) ? (prevNode as Text) : null;
  }
  let prev = el.previousElementSibling;
  // Past a spacer (<p>&nbsp;</p>, an empty div): nothing to read between the label and its box.
  if (prev && !hasWords(prev) && !prev.querySelector('img, picture, iframe, video')) prev = prev.previousElementSibling;
  if (!prev || prev.localName === 'h1') return null; // the page's title labels no box
  const links = ctx.linksOf(prev);
  if (links.length > 0 && !(/^H[1-6]$/.test(prev.tagName) && links.every((a) => !isStoryUrl(absoluteUrl(a.getAttribute('href'), ctx.pageUrl) ?? '')))) return null;
  const text = textOf(prev);
  return text && isLabelLine(text) && !prev.querySelector('figure, table') && [...prev.querySelectorAll('img')].every(isIcon) ? prev : null;
}
