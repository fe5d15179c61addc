// The search of teaser-cards.ts: runs of three or more same-shaped sibling cards. A rare step
// (../rare-steps.ts): content.js runs it only on an article where teaser-cards.ts's mayHoldCards finds three
// sibling blocks in a row that could be cards, and rare.js brings it.
import { childElements, elementsNamed, tagSet } from '../dom';
import type { RuleContext, RuleMatch } from '../rules/rule';
import { countWords, letterCount, textOf } from '../text';
import { absoluteUrl } from '../url';
import { CARD_FACE, CARD_PARENTS, isCardLink } from './teaser-cards';
import { endsLikeSentence } from './units';

const MIN_RUN = 3;
const PROSE_BLOCKS = tagSet('p, li');
const MAX_CARD_LETTERS = 300;

/** The shape of a block: its tag and its children's tags (two levels), ignoring the words. */
function shape(el: Element): string {
  const kids = childElements(el).map((c) => `${c.tagName}(${childElements(c).map((g) => g.tagName).join(',')})`);
  return `${el.tagName}[${kids.join(' ')}]`;
}

/**
 * Cards of one run: the same shape, or the same tag over the same first block when a card has a line more
 * or less inside (a date and a format label on one card of three).
 */
function alike(el: Element, first: Element, form: string): boolean {
  if (shape(el) === form) return true;
  const [a, b] = [el.firstElementChild, first.firstElementChild];
  return el.tagName === first.tagName && !!a && !!b && shape(a) === shape(b);
}

function isCard(el: Element, ctx: RuleContext): boolean {
  const links = ctx.linksOf(el).filter((a) => a !== el); // the links inside it
  if (links.length === 0) return false; // first: most blocks link nowhere, and this is a lookup
  const text = textOf(el);
  if (letterCount(text) > MAX_CARD_LETTERS) return false;
  if (elementsNamed(el, PROSE_BLOCKS).some((p) => countWords(textOf(p)) >= 40)) return false;
  if (el.querySelector(CARD_FACE) === null) return false; // neither a picture nor a heading
  const letters = letterCount(text);
  const last = links[links.length - 1];
  return links.some((a) => {
    const href = absoluteUrl(a.getAttribute('href'), ctx.pageUrl);
    if (!isCardLink(href, ctx)) return false;
    // The link is the card: it holds the picture, or its words are most of the card's words (a
    // headline). A link inside a line of prose ("… the <a>2021 agreement</a>.") is not a card.
    if (a.querySelector('img, picture') !== null || letterCount(textOf(a)) >= letters * 0.5) return true;
    // A headed card closed by a short link of its own: the link is its last one and ends the card's text.
    return a === last && el.querySelector('h2, h3, h4, h5, h6') !== null && countWords(textOf(a)) <= 3 && text.endsWith(textOf(a));
  });
}

/** A short unlinked label just before the run ("More from …", "Most read"), or before its holder when the run is all it holds. */
function labelBefore(first: Element, whole: boolean): Element | null {
  const prev = first.previousElementSibling ?? (whole ? (first.parentElement?.previousElementSibling ?? null) : null);
  if (!prev || prev.querySelector('a, img, picture')) return null;
  const text = textOf(prev);
  if (!text || countWords(text) > 8 || endsLikeSentence(text)) return null;
  // A heading, or a line set in bold: a short sentence of the story is not a label.
  const bold = prev.querySelector('strong, b');
  return /^H[2-6]$/.test(prev.tagName) || (bold && textOf(bold) === text) ? prev : null;
}

export function findTeaserCards(root: Element, ctx: RuleContext): RuleMatch[] {
  const matches: RuleMatch[] = [];
  const parents = [root, ...elementsNamed(root, CARD_PARENTS)];
  for (const parent of parents) {
    const kids = childElements(parent);
    if (kids.length < MIN_RUN) continue;
    let i = 0;
    while (i < kids.length) {
      const first = kids[i] as Element;
      if (!isCard(first, ctx)) {
        i++;
        continue;
      }
      const form = shape(first);
      let j = i + 1;
      while (j < kids.length && alike(kids[j] as Element, first, form) && isCard(kids[j] as Element, ctx)) j++;
      if (j - i >= MIN_RUN) {
        const label = labelBefore(first, i === 0 && j === kids.length);
        if (label) matches.push({ node: label, action: { type: 'remove' }, reason: 'label of a run of teaser cards', text: textOf(label) });
        for (const card of kids.slice(i, j)) {
          const href = ctx.linksOf(card).find((a) => a !== card)?.getAttribute('href') ?? '';
          matches.push({ node: card, action: { type: 'remove' }, reason: `one of ${j - i} teaser cards for other articles of the site`, text: textOf(card), href });
        }
      }
      i = j;
    }
  }
  return matches;
}
