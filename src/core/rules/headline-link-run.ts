// Related stories spliced in as loose blocks, with no box around them: a label line, then two or more
// paragraphs (or cards, or headings — a card's picture link counts with its headline) that are each one
// headline link to another story of the site —
//   <p><strong>Related</strong></p><p><a href="/2024/05/…">Headline one</a></p><p><a …>Headline two</a></p>
// Removed: the run and the label right before it.
// Guard: each block of the run is nothing but one link (its text all link text) to a story-shaped page of
// the same site with a headline's words (story-link.ts) — or that link first and, after a line break, a
// teaser's cut-off dek or a short line; a single such block is left to read-more-line.
import { closestNamed, hasBlockChild, hasWords, LITERAL_TAGS, linkLetters, tagSet, textOutsideLinks, WORD } from '../dom';
import { countWords, letterCount, textOf } from '../text';
import { absoluteUrl, isSamePage } from '../url';
import type { Rule, RuleContext, RuleMatch } from './rule';
import { isHeadline, isLabelLine, isStoryUrl, labelBefore } from './story-link';

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

const INLINE = tagSet('a, b, strong, em, i, u, span, font, small, br');
const MAX_RUN = 80;
const isInline = (n: Node) => n.nodeType === 3 || n.nodeType === 8 || (n.nodeType === 1 && INLINE.has((n as Element).localName));

/**
 * A run of inline nodes between blocks — a post body's line-broken list with no element of its own
 * ("Label<br>• <a>…</a><br>• <a>…</a><br>" between paragraphs): every link a headline to a story of the site,
 * words only before the first (a label, at most a line), two links with a label or three without.
 */
function inlineRun(a: Element, ctx: RuleContext, seen: Set<Node>): Node[] | null {
  let top: Node = a;
  while (top.parentElement && INLINE.has(top.parentElement.localName) && top.parentElement.localName !== 'a') top = top.parentElement;
  const box = top.parentElement;
  if (!box || !hasBlockChild(box) || closestNamed(box, LITERAL_TAGS)) return null;
  let first = top;
  let last = top;
  // A run is a few lines: a longer stretch of inline nodes (a tag cloud, a post body without paragraphs) is none.
  let size = 1;
  while (first.previousSibling && isInline(first.previousSibling) && size++ < MAX_RUN) first = first.previousSibling;
  while (last.nextSibling && isInline(last.nextSibling) && size++ < MAX_RUN) last = last.nextSibling;
  if (seen.has(first)) return null; // looked at from an earlier link of the run
  seen.add(first);
  if (size >= MAX_RUN) return null;
  const nodes: Node[] = [];
  for (let n: Node | null = first; n; n = n === last ? null : n.nextSibling) nodes.push(n);
  const links: Element[] = nodes.flatMap((n): Element[] => (n.nodeType !== 1 ? [] : (n as Element).localName === 'a' ? [n as Element] : [...ctx.linksOf(n as Element)]));
  const ok = links.every((l) => {
    const href = absoluteUrl(l.getAttribute('href'), ctx.pageUrl) ?? '';
    return ctx.isOwnSite(href) && !isSamePage(href, ctx.pageUrl) && isStoryUrl(href) && isHeadline(textOf(l));
  });
  if (!ok || links.length < 2 || links.length > 12) return null;
  let label = '';
  for (const n of nodes) {
    if (links.some((l) => l === n || l.contains(n) || n.contains(l))) {
      if (n.nodeType === 1 && !links.includes(n as Element) && textOutsideLinks(n as Element)) return null; // words around a link inside a wrapper
      continue;
    }
    if (WORD.test(n.textContent ?? '') && (n.nodeType === 3 || n.nodeType === 1) && links[0]!.compareDocumentPosition(n) & 2) label += ` ${n.textContent}`;
    else if (WORD.test(n.textContent ?? '') && n.nodeType !== 8) return null; // words between or after the links: a sentence
  }
  if (!(label.trim() ? isLabelLine(label.trim()) : links.length >= 3)) return null;
  const blank = (n: Node | undefined) => !!n && n.nodeType !== 1 && !/\S/.test(n.nodeValue ?? ''); // the space between blocks stays
  while (blank(nodes[0])) nodes.shift();
  while (blank(nodes[nodes.length - 1])) nodes.pop();
  return nodes;
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
    const seen = new Set<Node>();
    for (const a of ctx.linksOf(root)) {
      const run = inlineRun(a, ctx, seen);
      if (!run) continue;
      const text = run.map((n) => (n.nodeType === 8 ? '' : (n.textContent ?? ''))).join('').replace(/\s+/g, ' ').trim();
      // One removal for the run (an earlier removal's marker among its nodes stays).
      const nodes = run.filter((n) => n.nodeType !== 8);
      const href = absoluteUrl(a.getAttribute('href'), ctx.pageUrl) ?? '';
      matches.push({ node: nodes[0]!, with: nodes.slice(1), action: { type: 'remove' }, reason: 'line-broken run of headline links to other stories of the site', text, href });
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
