// The boxes of table-of-contents.ts: around the in-page links to the page's headings that rule found, the
// largest block that adds no more than a title line and controls and holds none of the headings it points
// to, with a title line standing just before it. A rare step (../rare-steps.ts): content.js runs it only on
// a page with three or more such links (the rule's own first test, which most pages fail), and rare.js
// brings it.
import { tagSet } from '../dom';
import type { RuleContext, RuleMatch } from '../rules/rule';
import { countWords, letterCount, textOf } from '../text';
import { MIN_LINKS } from './table-of-contents';
import { unicodeRegExp } from '../unicode-class';

const HEADING = /^h[1-6]$/;
/** Letters a box may hold besides its links (digits and controls not counted): a title line. */
const TITLE_LETTERS = 40;
const CONTROLS = tagSet('button, label, input, select, option, svg, script, style, template');
const MEDIA = 'img, video, iframe, table';

/**
 * Letters of an element's text, digits and the words of its controls left out. The walk stops once the count
 * passes `cap`: a box is asked whether it holds no more than a title line besides its links, and the block
 * around a table of contents can be the whole article (issue 17: the wiki page's walk was most of this rule).
 */
function titleLetters(el: Element, cap = Infinity): number {
  let n = 0;
  const walk = (node: Node) => {
    for (let child = node.firstChild; child && n <= cap; child = child.nextSibling) {
      if (child.nodeType === 3) n += letterCount((child as Text).data.replace(unicodeRegExp(String.raw`\p{N}`, 'g'), ''));
      else if (child.nodeType === 1 && !CONTROLS.has((child as Element).localName)) walk(child);
    }
  };
  walk(el);
  return n;
}

export interface TocLink {
  a: Element;
  target: Element | null;
  letters: number;
}

export function tocBoxes(root: Element, links: TocLink[], ctx: RuleContext): RuleMatch[] {
  const targets = links.map((l) => l.target).filter((t): t is Element => t !== null);
  // Letters of the TOC links under each ancestor, added up once from every link upward.
  const tocLetters = new Map<Element, number>();
  for (const { a, letters } of links) {
    for (let up = a.parentElement; up && up !== root; up = up.parentElement) tocLetters.set(up, (tocLetters.get(up) ?? 0) + letters);
  }
  const tocAnchors = new Set(links.map((l) => l.a));
  const verdict = new Map<Element, boolean>();
  const fits = (box: Element): boolean => {
    let ok = verdict.get(box);
    if (ok !== undefined) return ok;
    const toc = tocLetters.get(box) ?? 0;
    const extra = Math.max(TITLE_LETTERS, toc * 0.15);
    const all = ctx.linksOf(box);
    const otherLinks = all.filter((a) => !tocAnchors.has(a)).length;
    ok =
      titleLetters(box, toc + extra) - toc <= extra &&
      otherLinks <= Math.max(2, all.length * 0.2) &&
      !box.querySelector(MEDIA) &&
      !targets.some((t) => box.contains(t)) &&
      !Array.from(box.querySelectorAll('p')).some((p) => countWords(textOf(p)) > 25);
    verdict.set(box, ok);
    return ok;
  };
  const boxes = new Set<Element>();
  for (const { a } of links) {
    let box: Element = a;
    for (let up = a.parentElement; up && up !== root && fits(up); up = up.parentElement) box = up;
    if (box !== a) boxes.add(box);
  }
  const matches: RuleMatch[] = [];
  const outer = [...boxes].filter((b) => ![...boxes].some((o) => o !== b && o.contains(b)));
  for (const box of outer) {
    const count = links.filter((l) => box.contains(l.a)).length;
    if (count < MIN_LINKS) continue;
    const reason = `table of contents: ${count} in-page links to the page's headings`;
    const title = titleLetters(box) - (tocLetters.get(box) ?? 0) < 3 ? titleBefore(box) : null; // a box without a title of its own
    if (title) matches.push({ node: title, action: { type: 'remove' }, reason: `title of the ${reason}`, text: textOf(title) });
    matches.push({ node: box, action: { type: 'remove' }, reason, text: textOf(box).slice(0, 200) });
  }
  return matches;
}

/** A title line right before the box: a heading, or a short label line with no link and no sentence. */
function titleBefore(box: Element): Element | null {
  const prev = box.previousElementSibling;
  if (!prev || prev.querySelector(`a[href], ${MEDIA}`)) return null;
  const text = textOf(prev);
  if (!text || letterCount(text) > TITLE_LETTERS || countWords(text) > 5) return null;
  if (HEADING.test(prev.localName)) return prev;
  return /^(p|div|span|strong|b)$/.test(prev.localName) && !/[.!?。！？]$/.test(text) ? prev : null;
}
