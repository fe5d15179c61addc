// Cross-reference notes: an encyclopedia's "Main article: …", "See also: …", "For other uses, see …"
// lines above a section (hatnotes). They are the page's own furniture, not injected links, and a reader
// drops them as Firefox's does. Found by role=note (ARIA's "parenthetic or ancillary" content), or by
// the hatnote class MediaWiki's templates give them on wikis that predate the role.
// Guard: a short block (a line or two) that links to other pages of the same site and holds no
// paragraph, list or heading of its own; a long note or one with outside links is the article's.
import { BLOCK_TAGS, elementsWhere, linkLetters } from '../dom';
import type { Rule, RuleMatch } from '../rules/rule';
import { letterCount, textOf } from '../text';
import { absoluteUrl } from '../url';

const NOTE_CLASS = /(?:^|\s)(?:hatnote|dablink|rellink)(?:\s|$)/;
const MAX_LETTERS = 300;

function isNote(el: Element): boolean {
  return el.getAttribute('role') === 'note' || NOTE_CLASS.test(el.getAttribute('class') ?? '');
}

/** A paragraph, list, heading or table inside: a note that holds those is a section of its own. */
function holdsBlocks(el: Element): boolean {
  return elementsWhere(el, (child) => child.localName !== 'div' && BLOCK_TAGS.has(child.tagName)).length > 0;
}

export const crossReferences: Rule = {
  name: 'cross-references',
  kind: 'page-chrome',
  description: 'Short notes (role=note or a hatnote) linking to other pages of the site: "Main article: …", "See also: …".',
  find(root, ctx) {
    const matches: RuleMatch[] = [];
    for (const el of elementsWhere(root, isNote)) {
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
  },
};
