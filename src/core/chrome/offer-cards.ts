// A subscription wall's offers: "Digital, 89,00 EUR im 1. Jahr, danach … / Jetzt zugreifen", "1,00 EUR im
// 1. Monat / Jetzt testen", side by side under "Read on with …". A paywalled page shows its teaser and then
// these cards; Readability, finding more words in the cards than in the teaser, reads the offer as the story.
// Seen on the page: two or more sibling blocks of one shape (tag and first class) that each hold a price (an
// amount with a currency sign or code, in any language) and a link or button, and no paragraph of prose.
// The removal climbs to the wall around them while what it adds is a few short lines (a heading over the
// offers, "Already a subscriber? Log in"), never a paragraph of prose. A price that is a link's words (a deals
// list's "Get it at Shop for $199") is no offer card. A story that quotes prices does so in
// its sentences; a shop's one product has one price; product cards with a paragraph each are a review's.
import { childElements, LITERAL_TAGS, closestNamed, namedShape as shape, textOutsideLinks } from '../dom';
import type { Rule, RuleMatch } from '../rules/rule';
import { countWords, letterCount, textOf } from '../text';

const CURRENCY = String.raw`(?:[€$£¥₹₽₺₩₪]|\b(?:EUR|USD|GBP|CHF|CAD|AUD|JPY|SEK|NOK|DKK|PLN|CZK|HUF|BRL|MXN|INR)\b|\bkr\b|zł|Kč|Ft)`;
/** An amount next to its currency, either way round: "€ 4.99", "89,00 EUR", "$12/mo", "1 290 Kč". */
const PRICE = new RegExp(String.raw`${CURRENCY}\s?\d|\d(?:[.,]\d{1,2})?\s?${CURRENCY}`, 'u');
/** Words a card holds at most: a name, a price or two, a period, three perks and a button. */
const CARD_WORDS = 80;
/** A paragraph of prose: a card's perks and notes are lines, a review's product card has a paragraph. */
const PROSE_WORDS = 25;
/** Words the wall around the cards may add: a heading over them, a line for subscribers, a note. */
const WALL_WORDS = 40;
const MAX_CLIMB = 4;

function holdsProse(el: Element): boolean {
  for (const p of Array.from(el.querySelectorAll('p, li, div'))) {
    if (p.querySelector('p, li, div')) continue; // innermost blocks only
    if (countWords(textOf(p)) >= PROSE_WORDS) return true;
  }
  return false;
}

function isCard(el: Element): boolean {
  const text = textOf(el);
  // The price stands outside the card's links: a deals list's "Get it at Shop for $199" is one link, a
  // shop's offer to the reader, not the page's wall.
  return PRICE.test(textOutsideLinks(el)) && countWords(text) <= CARD_WORDS && el.querySelector('a[href], button') !== null && !holdsProse(el) && !linkInSentence(el, text);
}

/**
 * A link named in a sentence of the card, words on both sides of it ("Best for families: the <a>Skoda Enyaq</a> (from £38,850) has the
 * biggest boot in the class"): a review's verdict line mentions its product; an offer's link is its button, or the card itself.
 */
function linkInSentence(el: Element, text: string): boolean {
  for (const a of Array.from(el.querySelectorAll('a[href]'))) {
    const words = textOf(a);
    const at = words ? text.indexOf(words) : -1;
    if (at > 0 && countWords(text.slice(0, at)) >= 2 && countWords(text.slice(at + words.length)) >= 4) return true;
  }
  return false;
}

/** The cards under `parent`: two or more children of one shape that are offers; null when there are none. */
function offersIn(parent: Element): Element[] | null {
  const byShape = new Map<string, Element[]>();
  for (const child of childElements(parent)) {
    const kind = shape(child);
    const list = byShape.get(kind) ?? [];
    list.push(child);
    byShape.set(kind, list);
  }
  // Every child of the shape must be a card: the first that is not settles it (most parents hold prose).
  for (const list of byShape.values()) if (list.length >= 2 && list.every(isCard)) return list;
  return null;
}

/** The wall: the cards' parent, widened while each level adds only a few short lines and no prose. */
function wallAround(parent: Element, cards: readonly Element[], root: Element): Element {
  const cardTexts = cards.map(textOf);
  const inCards = cardTexts.reduce((n, t) => n + letterCount(t), 0);
  const cardWords = cardTexts.reduce((n, t) => n + countWords(t), 0);
  let wall = parent;
  for (let up = 0, el = parent.parentElement; up < MAX_CLIMB && el && el !== root; up++, el = el.parentElement) {
    const text = textOf(el);
    if (letterCount(text) - inCards > WALL_WORDS * 7 || countWords(text) - cardWords > WALL_WORDS) break;
    if (childElements(el).some((c) => !c.contains(parent) && holdsProse(c))) break;
    wall = el;
  }
  return wall;
}

export const offerCards: Rule = {
  name: 'offer-cards',
  kind: 'page-chrome',
  description: 'Two or more sibling cards of one shape, each a price and a link or button with no prose: a subscription wall’s offers.',
  find(root) {
    const matches: RuleMatch[] = [];
    // Cheap first: a page without two prices has no offers.
    const text = root.textContent ?? '';
    const first = text.search(PRICE);
    if (first < 0 || !PRICE.test(text.slice(first + 2))) return matches;
    const seen = new Set<Element>();
    const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!PRICE.test((node as Text).data)) continue;
      // The card is a few levels above its price; its parent holds the offers.
      let el = node.parentElement;
      for (let up = 0; el && el !== root && up < 6; up++, el = el.parentElement) {
        const parent = el.parentElement;
        // A table of prices is data (a comparison, a fee schedule), not a wall.
        if (!parent || seen.has(parent) || closestNamed(parent, LITERAL_TAGS) || parent.closest('table')) continue;
        seen.add(parent);
        const cards = offersIn(parent);
        if (!cards) continue;
        const wall = wallAround(parent, cards, root);
        if (!matches.some((m) => m.node.contains(wall))) {
          matches.push({ node: wall, action: { type: 'remove' }, reason: `a subscription wall: ${cards.length} offers with prices`, text: textOf(wall) });
        }
        break;
      }
    }
    return matches;
  },
};
