// What a link to another story of the site looks like, for the read-more, related-box and headline-run
// rules: its URL has an article's shape (url.ts: a slug of several words, a date, an id, a page file —
// plus a WordPress ?p=123 and a headline slug in a script without hyphens), and its text reads as a
// headline (several words, or several characters of Chinese or Japanese).
import { countWords, letterCount, textOf } from '../text';
import type { RuleContext } from './rule';
import { looksLikeArticleUrl, pathSegments } from '../url';

const ID_QUERY = /[?&](p|page_id|story|article|id|nid)=\d+/i;
const CJK_SLUG = /(%e[3-9]%[0-9a-f]{2}%[0-9a-f]{2}){6}/i; // six or more CJK characters, percent-encoded

export function isStoryUrl(abs: string): boolean {
  return looksLikeArticleUrl(abs) || ID_QUERY.test(abs) || pathSegments(abs).some((s) => CJK_SLUG.test(s) || /[\u3040-\u9fff]{6}/.test(s));
}

/** Link text that reads as a headline: three words or more (six characters in Chinese or Japanese). */
export function isHeadline(text: string): boolean {
  return countWords(text) >= (/[\u3040-\u9fff]/.test(text) ? 6 : 3);
}

/** Few enough words for a label: six (twelve characters in Chinese or Japanese, where each counts as a word). */
export function isShortLabel(text: string, words = 6): boolean {
  return countWords(text) <= words || (/[\u3040-\u9fff]/.test(text) && letterCount(text) <= 2 * words);
}

/** A short line without links right before a box or run of story links: its label ("More:", "関連記事"). */
export function labelBefore(el: Element, ctx: RuleContext): Element | null {
  const prev = el.previousElementSibling;
  if (!prev || ctx.linksOf(prev).length > 0) return null;
  const text = textOf(prev);
  return text && isShortLabel(text) && text.length <= 60 && !prev.querySelector('img, figure, table') ? prev : null;
}
