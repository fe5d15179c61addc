// Cross-reference notes: an encyclopedia's "Main article: …", "See also: …", "For other uses, see …"
// lines above a section (hatnotes). They are the page's own furniture, not injected links, and a reader
// drops them as Firefox's does. Found by role=note (ARIA's "parenthetic or ancillary" content), or by
// the hatnote class MediaWiki's templates give them on wikis that predate the role.
// Guard: a short block (a line or two) that links to other pages of the same site and holds no
// paragraph, list or heading of its own; a long note or one with outside links is the article's.
// Which notes are cross-references is a rare step (cross-reference-notes.ts), asked only on a page with a note.
import { elementsWhere } from '../dom';
import { rareStep } from '../rare-steps';
import type { Rule } from '../rules/rule';

const NOTE_CLASS = /(?:^|\s)(?:hatnote|dablink|rellink)(?:\s|$)/;

function isNote(el: Element): boolean {
  return el.getAttribute('role') === 'note' || NOTE_CLASS.test(el.getAttribute('class') ?? '');
}

export const crossReferences: Rule = {
  name: 'cross-references',
  kind: 'page-chrome',
  description: 'Short notes (role=note or a hatnote) linking to other pages of the site: "Main article: …", "See also: …".',
  find(root, ctx) {
    const notes = elementsWhere(root, isNote);
    return notes.length ? rareStep('crossReferenceNotes')(notes, ctx) : [];
  },
};
