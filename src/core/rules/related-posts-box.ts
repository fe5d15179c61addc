// Boxes of "related" teasers inside the body: a heading ("Related Posts", "More Stories", anything)
// over a list of links to other articles of the same site, with or without thumbnails — WordPress
// plugins (jp-relatedposts, yarpp, crp) and plain markup alike, down to a paragraph of a bold label
// over headline links separated by line breaks.
// Any container: a list, a table with a caption, a definition list, a blockquote, cards in a div.
// Guard: almost all of the box's text (below its heading) is link text, most links go to story-shaped
// pages of the same site (story-link.ts), and the box holds no paragraph of prose. A box needs a heading, a
// plugin's class, or list shape: a list, headline links one per line, or bare links side by side. A teaser's excerpt cut off
// with an ellipsis ("Headline — The council voted on…") counts with its link: a cut-off sentence is a teaser's,
// not the article's own. A paragraph is a box when it is a label over headline links, one per line, or
// headline links in a row with nothing else but a short label and separators ("More: A · B · C").
import { childElements, closestNamed, elementsNamed, hasWords, linkDensity, linkLetters, LITERAL_TAGS, paragraphLetters, tagSet } from '../dom';
import { countWords, letterCount, textOf } from '../text';
import { absoluteUrl, isSamePage, pathSegments } from '../url';
import type { Rule, RuleContext, RuleMatch } from './rule';
import { isHeadline, isLabelLine, isStoryUrl, labelBefore } from './story-link';

const CANDIDATES = tagSet('div, section, aside, ul, ol, nav, p, dl, table, blockquote, center, span, font');
const INLINE_BOXES = tagSet('p, span, font');
const LISTS = tagSet('ul, ol, dl, table');
const LIST_TAGS = tagSet('ul, ol, dl');
const PROSE_BLOCKS = new Set(['p', 'li', 'div']);
const HINT = /(^|[\s_-])(related|yarpp|crp|jp-relatedposts|read-?next|more-?(stories|articles|posts)|recommend|also-?like|you-?may|further-?reading|mas-?leidas)/i;

const HEADING_BREAKERS = new Set(['div', 'section', 'article', 'p', 'ul', 'ol', 'table', 'figure', 'aside', 'header', 'main']);

function headingOf(box: Element, ctx: RuleContext): Element | null {
  const first = box.firstElementChild;
  if (!first) return null;
  const own = ctx.linksOf(first); // the index first: a lookup, not a search
  // A heading may link to its own section ("More from Local"), never to a story.
  const sectionLink = /^H[1-6]$/.test(first.tagName) && own.length > 0 && own.every((a) => !isStoryUrl(absoluteUrl(a.getAttribute('href'), ctx.pageUrl) ?? ''));
  if (own.some((a) => a !== first) && !sectionLink) return null;
  // A heading holds a line of text: a wrapper of blocks is none (and its text would be read for nothing).
  if (first.childElementCount > 4 || HEADING_BREAKERS.has(first.firstElementChild?.localName ?? '')) return null;
  const text = textOf(first);
  // A link is no heading: a box of bare links starts with one ("• <a>…</a><br>• <a>…</a>").
  if (!text || !(countWords(text) <= 8 || isLabelLine(text)) || text.length > 70 || first.localName === 'a' || (!sectionLink && first.querySelector('a[href]'))) return null;
  // A short first child without links over the links: a heading, a bold line, a <dt>, a caption, a <thead>.
  return first.tagName === 'UL' || first.tagName === 'OL' ? null : first;
}

const CUT_OFF = /(…|\.\.\.)\s*$/;

/**
 * The link's words run on inside a sentence of the item: words before them (besides a date or a number) with no label's mark
 * at their end, and the sentence going on after them with a comma or a small letter ("On 3 March, the council <a>voted to close
 * the Lido</a>, citing …"). A teaser's headline stands apart: first, after a date, a section's name and its mark, or a picture.
 */
function inSentence(text: string, linkText: string): boolean {
  const at = linkText ? text.indexOf(linkText) : -1;
  if (at <= 0) return false;
  const before = text.slice(0, at);
  const after = text.slice(at + linkText.length);
  return countWords(before.replace(/\d+/g, ' ')) >= 2 && !/[:：|·•—–»›\-]\s*$/.test(before) && /^\s*[,，、]|^\s+\p{Ll}/u.test(after);
}

/**
 * Letters outside the links that belong to teasers: excerpts cut off with an ellipsis after a link, and the
 * lines of a run of teaser items (three or more children, of the box or of its one wrapper, that each hold one
 * story's headline link — or its picture's link over an unlinked title — and a dek, a date or a summary besides) — repetition makes them
 * teasers, not the article's paragraphs. `run` says the items were such a run. A third of the items may link a second
 * time within the site, and a link with a short slug is a story's when the box's other story links share its section.
 */
function teaserLetters(box: Element, heading: Element | null, ctx: RuleContext): { letters: number; run: boolean } {
  let n = 0;
  for (const item of elementsNamed(box, PROSE_BLOCKS)) {
    const text = textOf(item);
    if (!CUT_OFF.test(text) || item.querySelector('li, p, div')) continue;
    const links = ctx.linksOf(item);
    if (links.length === 1) n += letterCount(text) - linkLetters(links);
  }
  let items = childElements(box).filter((el) => el !== heading);
  // The run may sit in one wrapper under the heading (a view's content div, a slider's track).
  while (items.length === 1 && items[0]!.childElementCount > 1) items = childElements(items[0]!);
  let teasers = 0;
  // Items whose link runs on in a sentence: when half of them do, the list is the story's sentences (a timeline of its coverage), not teasers.
  let sentences = 0;
  // A few items may point a second time within the site ("…; plus, check out the latest news on AI").
  let seconds = Math.floor(items.length / 3);
  // A short slug ("/story/youtube-union/") is a story's too when the box's other story links share its section.
  const sections = new Set<string>();
  // Each link's address, resolved once for both passes.
  const urls = new Map<Element, string | null>();
  for (const item of items) {
    for (const a of ctx.linksOf(item)) {
      const abs = absoluteUrl(a.getAttribute('href'), ctx.pageUrl);
      urls.set(a, abs);
      const segments = pathSegments(abs ?? '');
      if (isStoryUrl(abs ?? '') && segments.length >= 2) sections.add(segments[0]!);
    }
  }
  const storyLike = (abs: string) => isStoryUrl(abs) || (pathSegments(abs).length >= 2 && sections.has(pathSegments(abs)[0]!));
  for (const item of items) {
    let links = ctx.linksOf(item);
    let hrefs = new Set(links.map((a) => urls.get(a) ?? null));
    if (hrefs.size > 1 && hrefs.size <= 3 && seconds > 0 && [...hrefs].every((u) => !!u && ctx.isOwnSite(u))) {
      const story = links.find((a) => storyLike(urls.get(a) ?? '') && isHeadline(textOf(a)));
      if (story) {
        seconds--;
        links = [story];
        hrefs = new Set([urls.get(story) ?? null]);
      }
    }
    const href = [...hrefs][0];
    const text = textOf(item);
    const linkText = links.map(textOf).join(' ');
    // The headline is the link's text, or a caption line under a linked picture (a card whose headline is a
    // heading apart from its links is the site's own rail, left to the chrome rules' teaser cards).
    const titled = isHeadline(linkText) || (!linkText.trim() && links.some((a) => a.querySelector('img, picture')) && !item.querySelector('h2, h3, h4, h5, h6') && isHeadline(text) && countWords(text) <= 20);
    if (hrefs.size !== 1 || !href || !storyLike(href) || !titled || countWords(text) - countWords(linkText) > 60) return { letters: n, run: false };
    if (inSentence(text, linkText)) sentences++;
    teasers += letterCount(text) - linkLetters(ctx.linksOf(item));
  }
  return items.length >= 3 && 2 * sentences < items.length ? { letters: teasers, run: true } : { letters: n, run: false }; // the teasers' lines hold any cut-off excerpt too
}

/** Headline links in a row, with no more words around them than a label and separators. */
function isLinkRow(p: Element, links: readonly Element[], linkText: (a: Element) => string): boolean {
  if (links.length < 3 || !links.every((a) => isHeadline(linkText(a)))) return false;
  let rest = textOf(p);
  for (const a of links) rest = rest.replace(linkText(a), ' ');
  return isLabelLine(rest);
}

/** Headline links one per line: each link followed by a line break of the box itself (a <p> or <div> of "• <a>…</a><br>"). */
function isLinkLines(box: Element, links: readonly Element[], linkText: (a: Element) => string): boolean {
  if (links.length < 2 || !links.every((a) => isHeadline(linkText(a)))) return false;
  let breaks = 0;
  for (const el of childElements(box)) if (el.localName === 'br') breaks++;
  return breaks >= links.length - 1;
}

/**
 * Each child of the box is one of its links, or holds links to one page and no other words (tiles laid out by the
 * style sheet; a column of a picture link over a headline link).
 */
function oneLinkEach(box: Element, links: readonly Element[], ctx: RuleContext): boolean {
  const kids = childElements(box);
  if (kids.length < 3 || kids.length > links.length) return false;
  return kids.every((k) => {
    const own = k.localName === 'a' ? [k] : ctx.linksOf(k);
    return own.length > 0 && new Set(own.map((a) => a.getAttribute('href'))).size === 1 && letterCount(textOf(k)) === linkLetters(own);
  });
}

/** True when some paragraph-sized run of words in the box sits outside its links (a teaser's cut-off excerpt aside). */
function holdsProse(box: Element): boolean {
  const blocks = elementsNamed(box, PROSE_BLOCKS);
  for (let i = 0; i < blocks.length; i++) {
    const p = blocks[i]!;
    const next = blocks[i + 1];
    if (next && p.contains(next)) continue; // not innermost: blocks come in document order
    const text = textOf(p);
    if (countWords(text) >= 25 && linkDensity(p) < 0.5 && !CUT_OFF.test(text)) return true;
  }
  return false;
}

/** Blocks after a box, past empty ones (a rule, an ad slot), that are only headline links to stories of the site. */
function continuation(box: Element, ctx: RuleContext): Element[] {
  const parts: Element[] = [];
  for (let sib = box.nextElementSibling, gaps = 0; sib && gaps <= 2; sib = sib.nextElementSibling) {
    if (!hasWords(sib)) {
      if (sib.querySelector('img, picture, iframe, video')) break;
      gaps++;
      continue;
    }
    const links = ctx.linksOf(sib);
    const ok = (a: Element) => {
      const href = absoluteUrl(a.getAttribute('href'), ctx.pageUrl) ?? '';
      return ctx.isOwnSite(href) && !isSamePage(href, ctx.pageUrl) && isStoryUrl(href) && isHeadline(textOf(a));
    };
    if (links.length === 0 || links.length > 10 || !links.every(ok) || linkLetters(links) < 0.9 * letterCount(textOf(sib))) break;
    parts.push(sib);
  }
  return parts;
}

/**
 * The elements under `root` that hold a list (`el.querySelector('ul, ol, dl') !== null`), from one walk: each
 * list marks its ancestors up to `root`. A selector per candidate box searched the same subtrees again and
 * again (every div of a nested layout), a fifth of the rule's time.
 */
function listHolders(root: Element): Set<Element> {
  const holders = new Set<Element>();
  for (const list of elementsNamed(root, LIST_TAGS)) {
    for (let el = list.parentElement; el && !holders.has(el); el = el.parentElement) {
      holders.add(el);
      if (el === root) break;
    }
  }
  return holders;
}

function hint(box: Element): boolean {
  return HINT.test(`${box.getAttribute('class') ?? ''} ${box.id}`);
}

export const relatedPostsBox: Rule = {
  name: 'related-posts-box',
  kind: 'related-box',
  description: 'A box whose text is almost all links to other articles of the same site, under a short heading (or in a related-posts plugin container), with no prose inside.',
  find(root, ctx) {
    const matches: RuleMatch[] = [];
    const taken: Element[] = [];
    let pageLetters: number | undefined;
    let holdsList: Set<Element> | undefined;
    const holdsAList = (box: Element) => {
      holdsList ??= listHolders(root);
      return holdsList.has(box);
    };
    // A link's text, read once: the tree does not change while the rule looks, and a link is looked at again
    // for every candidate box around it (each div of a nested layout).
    const texts = new Map<Element, string>();
    const linkText = (a: Element) => {
      let text = texts.get(a);
      if (text === undefined) {
        text = textOf(a);
        texts.set(a, text);
      }
      return text;
    };
    for (const box of elementsNamed(root, CANDIDATES)) {
      const links = ctx.linksOf(box);
      if (links.length < 2 || links.length > 30) continue;
      // A paragraph (or a <span>, a <font> standing as one) is a box only when it is a label over headline links, one per line, or a row of them.
      const lines = isLinkLines(box, links, linkText);
      if (INLINE_BOXES.has(box.localName) && !lines && !(box.querySelector('br') && links.every((a) => isHeadline(linkText(a)))) && !isLinkRow(box, links, linkText)) continue;
      const hinted = hint(box);
      const heading = headingOf(box, ctx);
      // List-shaped: a list, links one per line, or links side by side, bare or one per child (a row, or tiles laid out by the style sheet).
      const bare = links.length >= 3 && oneLinkEach(box, links, ctx);
      let isListy: boolean | undefined;
      const listy = () => (isListy ??= lines || bare || LISTS.has(box.localName) || holdsAList(box) || isLinkRow(box, links, linkText));
      // Two headline links are a box too when a label line stands right before the list ("Previous post · Next post" under the title is none).
      // (Looked for only where it can count: a box neither hinted nor list-shaped is passed over whatever stands before it.)
      const before = heading || !(hinted || listy()) ? null : labelBefore(box, ctx);
      if (!hinted && !heading && !(listy() && (links.length >= 3 || (before && links.every((a) => isHeadline(linkText(a))))))) continue;
      if (taken.some((t) => t.contains(box)) || closestNamed(box, LITERAL_TAGS)) continue;
      // The links of the box, not of its heading (which may name the section).
      const items = heading ? links.filter((a) => !heading.contains(a)) : links;
      const hrefs = [...new Set(items.map((a) => absoluteUrl(a.getAttribute('href'), ctx.pageUrl) ?? ''))];
      const internal = hrefs.filter((h) => h && ctx.isOwnSite(h) && !isSamePage(h, ctx.pageUrl));
      const articles = internal.filter(isStoryUrl);
      if (articles.length < 2 || articles.length / hrefs.length < (hinted ? 0.5 : 0.7)) continue;
      const text = textOf(box);
      const headingLetters = heading ? letterCount(textOf(heading)) : 0;
      const bodyLetters = letterCount(text) - headingLetters;
      const teasers = teaserLetters(box, heading, ctx);
      const linked = linkLetters(items) + teasers.letters;
      if (bodyLetters <= 0 || linked / bodyLetters < (hinted ? 0.55 : 0.7)) continue;
      // Teasers may carry a line of excerpt or a date; a box with more words than that outside its links holds
      // prose — unless its items are a run of teasers with summaries, and their paragraphs are not most of the page's (a digest).
      if (bodyLetters - linked > 250) continue;
      if (holdsProse(box)) {
        if (teasers.run && pageLetters === undefined) pageLetters = paragraphLetters(root);
        if (!teasers.run || 2 * paragraphLetters(box) >= (pageLetters ?? 0)) continue;
      }
      taken.push(box); // its descendants need no second look
      // A box without a heading of its own may have its label just before it ("関連記事" over the list).
      const label = heading ? `"${textOf(heading)}"` : before ? `"${textOf(before)}"` : hinted ? 'related-posts' : 'unlabelled';
      if (before) matches.push({ node: before, action: { type: 'remove' }, reason: `label of a ${label} box of links to other articles of the site`, text: textOf(before) });
      matches.push({
        node: box,
        action: { type: 'remove' },
        reason: `${label} box of ${articles.length} links to other articles of the site`,
        text,
        href: articles[0] ?? '',
      });
      // The rest of a box split in two (by a rule, an ad slot): the next blocks of headline links to stories.
      for (const part of continuation(box, ctx)) {
        taken.push(part);
        matches.push({ node: part, action: { type: 'remove' }, reason: `rest of the ${label} box`, text: textOf(part), href: '' });
      }
    }
    return matches;
  },
};
