// Footers: `<footer>` (and role=contentinfo) holds what HTML says a footer holds — who wrote the section
// and their bio, its tags and share buttons, the site's address, copyright and legal links — never the
// story itself. When a story is short, the author's bio in the post's footer is the longest paragraph on
// the page and Readability returns it instead of the story; the site's footer leaves lines of links.
// Guard: a footer that holds a headline (h1), an article or a main landmark, or three paragraphs of prose
// (a template that misuses the tag as a wrapper) stays; so does a quotation's or a figure's footer (the
// attribution under a blockquote: "— Name, <cite>Title</cite>").
import { LITERAL_TAGS, closestNamed, proseParagraphs, tagSet, hasPagePart } from '../dom';
import type { Rule, RuleMatch } from '../rules/rule';
import { textOf } from '../text';

const QUOTED = tagSet('blockquote, figure, q');
/** Paragraphs of this many letters, three of them, are a story's and not a footer's (a bio runs to one or two). */
const PROSE_LETTERS = 80;

export const footers: Rule = {
  name: 'footers',
  kind: 'page-chrome',
  description: 'A <footer> of the page or of a post — author bio, tags, share and legal lines — holding no h1, article or main, and under three paragraphs of prose (not a quotation’s attribution).',
  find(root) {
    const matches: RuleMatch[] = [];
    const found = Array.from(root.getElementsByTagName('footer'));
    if (!found.length) return matches;
    for (const el of found) {
      if (closestNamed(el, LITERAL_TAGS) || closestNamed(el, QUOTED) || hasPagePart(el)) continue;
      if (proseParagraphs(el, PROSE_LETTERS, 3) >= 3) continue;
      matches.push({ node: el, action: { type: 'remove' }, reason: 'a footer (author, tags, share or legal lines), not the story', text: textOf(el) });
    }
    return matches;
  },
};
