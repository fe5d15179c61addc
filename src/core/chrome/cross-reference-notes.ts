// The notes of cross-references.ts that are cross-references: short, linking only to other pages of the site,
// holding no block of their own. A rare step (../rare-steps.ts): content.js runs it only on a page with a
// note (role=note, or a hatnote's class: wikis), and rare.js brings it.
import { BLOCK_TAGS, elementsWhere, linkLetters } from '../dom';
import type { RuleContext, RuleMatch } from '../rules/rule';
import { letterCount, textOf } from '../text';
import { absoluteUrl } from '../url';

const MAX_LETTERS = 300;

/** A paragraph, list, heading or table inside: a note that holds those is a section of its own. */
function holdsBlocks(el: Element): boolean {
  return elementsWhere(el, (child) => child.localName !== 'div' && BLOCK_TAGS.has(child.tagName)).length > 0;
}

export function crossReferenceNotes(notes: readonly Element[], ctx: RuleContext): RuleMatch[] {
  const matches: RuleMatch[] = [];
  for (const el of notes) {
    const text = textOf(el);
    const letters = letterCount(text);
    const links = ctx.linksOf(el);
    if (letters === 0 || letters > MAX_LETTERS || links.length === 0 || holdsBlocks(el)) continue;
    const ownSite = links.every((a) => {
      const abs = absoluteUrl(a.getAttribute('href'), ctx.pageUrl);
      return !!abs && ctx.isOwnSite(abs);
    });
    if (!ownSite || linkLetters(links) === 0) continue;
    matches.push({ node: el, action: { type: 'remove' }, reason: `cross-reference note with ${links.length} links to the site`, text });
  }
  return matches;
}
