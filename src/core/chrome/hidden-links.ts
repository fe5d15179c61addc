// Links the page hides by their inline style in ways Readability does not look for (it drops `display: none`,
// `visibility: hidden`, `hidden` and aria-hidden only): a text of size 0, no opacity, a box moved thousands of pixels
// off the screen, a box of no height that hides its overflow, a clip to nothing. A hacked page's injected links
// ("buy viagra online", "slot gacor") hide this way so that search engines read them and readers do not; a reader
// must not show them either.
// Guard: only a box whose words are mostly links to other sites (a link farm), 60 words at most — a page may set
// `opacity: 0` on its story until a script fades it in, or `font-size: 0` on a row whose children set their own.
import { linkLetters } from '../dom';
import type { Rule, RuleMatch } from '../rules/rule';
import { countWords, letterCount, textOf } from '../text';
import { absoluteUrl } from '../url';

const PX = String.raw`(?:0|1)(?:\.0+)?(?:px|pt|em|rem|%)?`;
/** Each inline style that hides an element from sight (the declarations as written, lower case, spaces dropped). */
const INVISIBLE: readonly [RegExp, string][] = [
  [new RegExp(String.raw`(?:^|;)font-size:${PX}(?:!important)?(?:;|$)`), 'a text of size 0'],
  [/(?:^|;)opacity:0?\.?0*(?:!important)?(?:;|$)/, 'no opacity'],
  [/(?:^|;)(?:left|top|right|margin-left|margin-top|text-indent):-\d{4,}(?:\.\d+)?(?:px|em|rem)/, 'moved off the screen'],
  [/(?:^|;)clip:rect\(0(?:px)?,?0(?:px)?,?0(?:px)?,?0(?:px)?\)|(?:^|;)clip-path:inset\((?:50|100)%\)|(?:^|;)transform:scale\(0\)/, 'clipped to nothing'],
];
/** A box of no height (or width) that hides what overflows it. */
const NO_SIZE = new RegExp(String.raw`(?:^|;)(?:max-)?(?:height|width):${PX}(?:!important)?(?:;|$)`);
const OVERFLOW_HIDDEN = /(?:^|;)overflow:hidden/;

/** How the element's own inline style hides it, or null. */
export function hiddenBy(el: Element): string | null {
  const style = el.getAttribute('style');
  if (!style) return null;
  const s = style.toLowerCase().replace(/\s+/g, '');
  for (const [re, how] of INVISIBLE) if (re.test(s)) return how;
  return NO_SIZE.test(s) && OVERFLOW_HIDDEN.test(s) ? 'a box of no size' : null;
}

export const hiddenLinks: Rule = {
  name: 'hidden-links',
  kind: 'page-chrome',
  description: 'A box hidden by its inline style (size 0, no opacity, off the screen, clipped) whose words are mostly links to other sites.',
  find(root, ctx) {
    const matches: RuleMatch[] = [];
    for (const el of Array.from(root.querySelectorAll('[style]'))) {
      if (matches.some((m) => m.node.contains(el))) continue;
      const how = hiddenBy(el);
      if (!how) continue;
      const links = el.localName === 'a' ? [el] : ctx.linksOf(el);
      const text = textOf(el);
      if (!links.length || countWords(text) > 60 || linkLetters(links) < 0.6 * letterCount(text)) continue;
      if (links.some((a) => ctx.isOwnSite(absoluteUrl(a.getAttribute('href'), ctx.pageUrl) ?? ctx.pageUrl))) continue;
      matches.push({ node: el, action: { type: 'remove' }, reason: `links hidden by their inline style (${how})`, text });
    }
    return matches;
  },
};
