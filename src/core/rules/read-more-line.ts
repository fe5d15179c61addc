// "Read more: <a>Another story</a>" lines spliced between paragraphs, in any dress and language (bold
// label, italic line, label inside the link, "RELATED |", "Lire aussi :", "推荐阅读", "→ Headline", a
// one-item list, a one-row table, a bookmark card around one link).
// Recognised by structure: a short block made of a label (a few words, or none) before or after one to
// three headline links to other stories of the same site (story-link.ts), nothing else. A known label
// (lexicon) also admits links of any shape; a line whose words are the linked story's address (its headline,
// linked in part) is one whatever share of it is linked.
// Guard: the non-link words sit on one side of the links, as a label does — prose has words on both sides
// of its links; a block holding a paragraph of prose is no line; links to other sites make a source line.
import { childElements, closestFence, elementsNamed, strayLines, hasBlockChild, LITERAL_TAGS, tagSet, textOutsideLinks } from '../dom';
import { countWords, letterCount, normalizeSpace, textOf } from '../text';
import { absoluteUrl, isSamePage } from '../url';
import { READ_MORE_LABELS, isReadMoreLabel, startsWithLabel } from './lexicon';
import type { Rule, RuleMatch } from './rule';
import { LIST_MARKS, labelOf, readMoreMidSentence, readMoreOpening, readMoreRunOn } from './read-more-tail';
import { unlinkedReadMore } from './read-more-unlinked';
import { readMoreTail } from './read-more-breaks';
import { isHeadline, isShortLabel, isStoryUrl, namesLinkedStory } from './story-link';

// `a`, not only `a[href]`: a link without a target has no real links, so the first check passes it over.
const CANDIDATES = tagSet('p, div, h3, h4, h5, h6, blockquote, a, ul, ol, table, figure, aside, center, dl, dt, details, summary, address');
const NOT_IN = new Set([...LITERAL_TAGS, 'li', 'table', 'figure', 'nav', 'header', 'footer']);

/** The block sits in running text: a paragraph of prose right before or after it (also read by read-more-title.ts). */
export function betweenParagraphs(el: Element): boolean {
  const prose = (sib: Element | null) => !!sib && sib.tagName === 'P' && countWords(textOf(sib)) >= 12;
  return prose(el.previousElementSibling) || prose(el.nextElementSibling);
}

/** A container that is one line: a list of one item, a table of one row, a term and its one description. */
function oneLine(el: Element): boolean {
  if (el.tagName === 'UL' || el.tagName === 'OL') return childElements(el).length === 1;
  if (el.tagName === 'DL') return childElements(el).map((c) => c.localName).join() === 'dt,dd';
  if (el.tagName === 'TABLE') return el.querySelectorAll('tr').length === 1;
  return true;
}

const DEK = new Set(['small', 'em', 'i', 'span']);

/**
 * A line with its story's dek under it, after a break ("Read more: <a>Headline</a><br><small>What it is about</small>"):
 * the nodes of the line before the break, when the paragraph ends with the dek — a small, italic or plain inline of
 * 40 words at most, without a link — or null.
 */
function lineOverDek(el: Element): Node[] | null {
  const dek = el.lastElementChild;
  if (el.tagName !== 'P' || !dek || !DEK.has(dek.localName) || dek.getElementsByTagName('a').length || countWords(textOf(dek)) > 40) return null;
  if (dek.nextSibling && (dek.nextSibling.nodeType !== 3 || (dek.nextSibling.nodeValue ?? '').trim())) return null;
  let br = dek.previousSibling;
  while (br && br.nodeType === 3 && !(br.nodeValue ?? '').trim()) br = br.previousSibling;
  if (br?.nodeName !== 'BR') return null;
  const line: Node[] = [];
  for (let n = el.firstChild; n && n !== br; n = n.nextSibling) line.push(n);
  return line.some((n) => n.nodeName === 'BR') ? null : line;
}

export const readMoreLine: Rule = {
  name: 'read-more-line',
  kind: 'read-more',
  description: 'A short block: a label on one side of one to three headline links to stories of the site.',
  find(root, ctx) {
    const matches: RuleMatch[] = [];
    // (And lines of other names among the paragraphs: a <section>, a custom element, a <span> or <b> set as a line.)
    for (const el of [...elementsNamed(root, CANDIDATES), ...ctx.kept(strayLines, root)]) {
      const links = ctx.linksOf(el);
      // (A line whose link a CMS dropped, in a paragraph of the text: read-more-unlinked.ts.)
      // (The fence is asked only of a match: most paragraphs have no link and hold no such line.)
      const unlinked = links.length === 0 && el.tagName === 'P' ? unlinkedReadMore(el) : null;
      if (unlinked && !closestFence(el.parentElement, NOT_IN)) matches.push(unlinked);
      if (links.length === 0 || links.length > 6) continue;
      // The line may end a paragraph of the text, after a break (read-more-tail.ts), or have its dek under it.
      const over = el.tagName === 'P' ? lineOverDek(el) : null;
      const inText = !over && el.tagName === 'P' && !closestFence(el.parentElement, NOT_IN);
      const tail = inText ? (el.querySelector('br') ? readMoreTail(el, ctx) : (readMoreRunOn(el, ctx) ?? readMoreMidSentence(el, ctx) ?? readMoreOpening(el, ctx))) : null;
      if (tail) {
        matches.push(tail);
        continue;
      }
      const hrefs = [...new Set(links.map((a) => absoluteUrl(a.getAttribute('href'), ctx.pageUrl)))];
      if (hrefs.length > 3 || !oneLine(el)) continue;
      // A bare link is a candidate only as a block of its own, between paragraphs (a promo card).
      if (el.tagName === 'A' && !(el.parentElement && hasBlockChild(el.parentElement) && betweenParagraphs(el))) continue;
      if (closestFence(el.parentElement, NOT_IN) || LITERAL_TAGS.has(el.localName)) continue;
      const text = over ? normalizeSpace(over.map((n) => n.textContent).join('')) : textOf(el);
      const letters = letterCount(text);
      if (letters === 0 || letters > 300 || (countWords(text) > 35 && !/[\u3040-\u9fff]/.test(text))) continue;
      if (hrefs.some((h) => !h || !ctx.isOwnSite(h) || isSamePage(h, ctx.pageUrl))) continue;
      const linkText = links.map((a) => textOf(a)).join(' ');
      // The linked words may be the headline's tail only, and the words before them more than a label's, when the
      // whole line is the headline (its URL's words).
      const headline = hrefs.length === 1 && namesLinkedStory(text, hrefs[0]!);
      if (!headline && letterCount(linkText) / letters < 0.4) continue;
      // (Without the links' numbers or bullets: "Per saperne di più<br>1. <a>…</a><br>2. <a>…</a>" has a label of four words.)
      const outside = el.tagName === 'A' ? '' : textOutsideLinks(over ?? el).replace(LIST_MARKS, ' ').trim();
      // A wrapper of several blocks is a line only when it holds no more than a label outside its links.
      if (!headline && !isShortLabel(outside, hasBlockChild(el) && !/^(UL|OL|DL)$/.test(el.tagName) ? 4 : 6)) continue;
      // A thumbnail's link beside the headline's, to the same story, is no second link (the label between them is no prose).
      const worded = links.filter((a) => letterCount(textOf(a)) > 0);
      if (labelOf(over ?? [el], worded.length > 0 ? worded : links) === null) continue;
      const known = startsWithLabel(text, READ_MORE_LABELS) || isReadMoreLabel(outside);
      const stories = hrefs.every((h) => h && isStoryUrl(h)) && links.every((a) => isHeadline(textOf(a)) || textOf(a) === '');
      // Words ending in a comma before the link run on into it: a sentence of the story whose clause is linked
      // ("X replaced Y, <a>who for eight months had …</a>"), not a label.
      if (!known && /[,，、]$/.test(outside.trim())) continue;
      let reason: string | null = null;
      if (known) reason = `labelled "${outside || text.slice(0, 24)}" line linking within the site`;
      else if (stories && letterCount(outside) > 0) reason = `"${outside}" line linking to another story of the site`;
      else if (stories) reason = 'block that is only a headline link to another story of the site';
      else if (headline) reason = 'line that is the headline of the story of the site it links to (its address’s words)';
      if (!reason) continue;
      matches.push({ node: el, action: { type: 'remove' }, reason, text, href: hrefs[0] ?? '' });
    }
    return matches;
  },
};
