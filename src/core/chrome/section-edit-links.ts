// Section edit links: the "[edit]" a wiki sets beside each heading ("[Bearbeiten]", "[modifier]",
// "[editar | editar código-fonte]"). They are controls, not text; left in, they turn each heading's
// wrapper into a block that is half link, and Readability drops the wrapper, heading and all.
// Guard: a bracketed group of one or two short links, inside a heading or right after one (reached
// through inline elements only, never from inside a paragraph).
import { BLOCK_TAGS, linkLetters } from '../dom';
import type { Rule, RuleMatch } from '../rules/rule';
import { letterCount, normalizeSpace, textOf } from '../text';

const HEADING = /^h[1-6]$/;
const BRACKETED = /^[[(（【]\s*[^\][()]{1,40}\s*[\])）】]$/;

/**
 * In a heading, or right after one: climbing through inline elements only (so a footnote marker inside
 * a paragraph under a heading is never taken), the group or an inline wrapper of it follows a heading.
 */
function besideHeading(el: Element): boolean {
  for (let node: Element | null = el; node && !BLOCK_TAGS.has(node.tagName); node = node.parentElement) {
    if (node.parentElement && HEADING.test(node.parentElement.localName)) return true;
    const prev = node.previousElementSibling;
    if (prev && HEADING.test(prev.localName)) return true;
  }
  return false;
}

function isEditGroup(el: Element, links: readonly Element[]): boolean {
  if (links.length === 0 || links.length > 2) return false;
  const text = normalizeSpace(textOf(el));
  if (!BRACKETED.test(text) || letterCount(text) > 40) return false;
  // Only the brackets and separators outside the links.
  return letterCount(text) - linkLetters(links) <= 1;
}

export const sectionEditLinks: Rule = {
  name: 'section-edit-links',
  kind: 'page-chrome',
  description: 'A bracketed group of one or two short links ("[edit]") in or beside a heading.',
  find(root, ctx) {
    const matches: RuleMatch[] = [];
    const seen = new Set<Element>();
    for (const a of ctx.linksOf(root)) {
      const group = a.parentElement;
      if (!group || seen.has(group)) continue;
      // The group: the link's parent when it holds the brackets (MediaWiki's span), else the link alone.
      const box = group.localName === 'span' && !HEADING.test(group.localName) ? outerSpan(group) : a;
      seen.add(group);
      const links = box === a ? [a] : ctx.linksOf(box);
      if (!isEditGroup(box, links) || !besideHeading(box)) continue;
      matches.push({ node: box, action: { type: 'remove' }, reason: 'section edit link beside a heading', text: textOf(box) });
    }
    return matches;
  },
};

/** The outermost span of nested spans around a link (`<span><span>[</span><a>edit</a><span>]</span></span>`). */
function outerSpan(span: Element): Element {
  let box = span;
  while (box.parentElement?.localName === 'span') box = box.parentElement;
  return box;
}

