// Related stories spliced in as loose blocks, with no box around them: a label line, then two or more
// paragraphs (or cards, or headings — a card's picture link counts with its headline) that are each one
// headline link to another story of the site —
//   <p><strong>Related</strong></p><p><a href="/2024/05/…">Headline one</a></p><p><a …>Headline two</a></p>
// Removed: the run and the label right before it.
// Guard: each block of the run is nothing but one link (its text all link text) to a story-shaped page of
// the same site with a headline's words (story-link.ts) — or that link first and, after a line break, a
// teaser's cut-off dek or a short line; a single such block is left to read-more-line.
import { closestNamed, hasWords, LITERAL_TAGS, linkLetters, tagSet, textOutsideLinks, WORD } from '../dom';
import { countWords, letterCount, textOf } from '../text';
import { absoluteUrl, isSamePage } from '../url';
import type { Rule, RuleContext, RuleMatch } from './rule';
import { isHeadline, isStoryUrl, labelBefore } from './story-link';

const ITEMS = tagSet('p, div, figure, h2, h3, h4, h5, h6');
const WRAPPERS = tagSet('li, ul, ol, div, figure');
const CARDS = tagSet('article, div, figure, section');

function isHeadlineBlock(el: Element, ctx: RuleContext): boolean {
  const links = ctx.linksOf(el);
  if (links.length === 0 || links.length > 3) return false;
  const hrefs = new Set(links.map((a) => absoluteUrl(a.getAttribute('href'), ctx.pageUrl)));
  if (hrefs.size !== 1) return false;
  const href = [...hrefs][0];
  if (!href || !ctx.isOwnSite(href) || isSamePage(href, ctx.pageUrl) || !isStoryUrl(href)) return false;
  const text = textOf(el);
  const linkText = links.map(textOf).filter(Boolean).join(' ');
  if (!isHeadline(linkText) || countWords(text) > (/[\u3040-\u9fff]/.test(text) ? 60 : 30)) return false; // a CJK character counts as a word
  if (linkLetters(links) >= 0.9 * letterCount(text)) return true;
  // A teaser: the headline link first, then on a line of its own a dek cut off ("…") or a short line (a date, a byline).
  const br = el.querySelector('br');
  const rest = textOutsideLinks(el);
  return !!br && text.startsWith(linkText) && !!(links[0]!.compareDocumentPosition(br) & 4) && (/(…|\.\.\.)$/.test(rest) || countWords(rest) <= 12);
}

/** A card around the block that adds no words and no other target: <article><a><img></a><h3><a>…</a></h3></article>. */
function sameCard(up: Element, block: Element, ctx: RuleContext): boolean {
  if (up.children.length > 4 || !CARDS.has(up.localName)) return false;
  for (const c of up.childNodes) if (!c.contains(block) && (c.nodeType === 1 ? hasWords(c as Element) : c.nodeType === 3 && WORD.test(c.nodeValue ?? ''))) return false;
  return new Set(ctx.linksOf(up).map((a) => absoluteUrl(a.getAttribute('href'), ctx.pageUrl))).size === 1;
}

export const headlineLinkRun: Rule = {
  name: 'headline-link-run',
  kind: 'related-box',
  description: 'Two or more sibling blocks that are each one headline link to a story of the site, and their label.',
  find(root, ctx) {
    const matches: RuleMatch[] = [];
    // Candidates are the blocks around links (few), not every block of the page.
    const blocks = new Set<Element>();
    for (const a of ctx.linksOf(root)) {
      let block = closestNamed(a.parentElement, ITEMS);
      // Up through wrappers of one child: <ul><li><h4><a>…</a></h4></li></ul> is one block.
      for (let up = block?.parentElement; block && up && up !== root && ((up.children.length === 1 && WRAPPERS.has(up.localName)) || sameCard(up, block, ctx)); up = up.parentElement) block = up;
      if (block && block !== root && root.contains(block)) blocks.add(block);
    }
    const heads = new Set([...blocks].filter((el) => isHeadlineBlock(el, ctx)));
    for (const el of heads) {
      if (el.previousElementSibling && heads.has(el.previousElementSibling)) continue; // not the first of its run
      const run: Element[] = [];
      for (let sib: Element | null = el; sib && heads.has(sib); sib = sib.nextElementSibling) run.push(sib);
      if (run.length < 2 || closestNamed(el, LITERAL_TAGS)) continue;
      const label = labelBefore(el, ctx);
      const reason = `${label ? `"${textOf(label)}" and ` : ''}run of ${run.length} headline links to other stories of the site`;
      for (const node of label ? [label, ...run] : run) {
        matches.push({ node, action: { type: 'remove' }, reason, text: textOf(node), href: node.nodeType === 1 ? (absoluteUrl(ctx.linksOf(node as Element)[0]?.getAttribute('href'), ctx.pageUrl) ?? '') : '' });
      }
    }
    return matches;
  },
};
