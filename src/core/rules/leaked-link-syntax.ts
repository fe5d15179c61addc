// Links written in a text format that a CMS or a feed importer failed to render, shown to the reader as
// characters — the same leak as leaked-link-markup.ts's, in the other link syntaxes text travels in:
//   …among [military analysts](https://site/2024/05/slug/) and…        Markdown (and ![alt](src) pictures)
//   …among [url=https://site/2024/05/slug/]military analysts[/url] and… BBCode
//   …among [[Port strike talks|military analysts]] and…                 wiki links
// The syntax goes, the link's words stay. Guard: only text outside code, and never in a block that shows code
// (a guide to Markdown quotes it in prose); a Markdown link's target must look like an address (a scheme, a
// path from the root, or a host and path), so "[sic](1998)" or "[a](b)" in prose stays.
import { closestNamed, inBlockShowingCode, LITERAL_TAGS } from '../dom';
import type { Rule, RuleMatch } from './rule';

const TARGET = String.raw`<?(?:(?:https?:)?//[^\s<>()]+|/[^\s<>()]*|www\.[^\s<>()]+|[\w-]+(?:\.[\w-]+)+/[^\s<>()]*)>?`;
/** Each syntax: the pattern, and the group that holds the words to keep (0: keep nothing). */
const SYNTAXES: readonly [RegExp, number][] = [
  [new RegExp(String.raw`!?\[([^\[\]\n]{1,300})\]\(\s*${TARGET}(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)`, 'g'), 1],
  [/\[url=["']?[^\]\s"']+["']?\]([^[\]\n]{1,300})\[\/url\]/gi, 1],
  [/\[url\]([^[\]\s]{1,300})\[\/url\]/gi, 1],
  [/\[\[(?:[^[\]|\n]{1,200}\|)?([^[\]|\n]{1,200})\]\]/g, 1],
];
const SHAPE = /\]\(|\[url[=\]]|\[\[/i;

/** The text without the link syntax, and each piece of syntax found, or null when there is none. */
function withoutSyntax(data: string): { text: string; found: string[] } | null {
  const found: string[] = [];
  let text = data;
  for (const [pattern, keep] of SYNTAXES) {
    text = text.replace(pattern, (whole: string, ...groups: string[]) => {
      found.push(whole);
      return keep ? (groups[keep - 1] ?? '') : '';
    });
  }
  return found.length ? { text, found } : null;
}

export const leakedLinkSyntax: Rule = {
  name: 'leaked-link-syntax',
  kind: 'leaked-markup',
  description: 'Markdown, BBCode and wiki link syntax shown as text: the syntax goes, the link’s words stay.',
  find(root) {
    // One read of the page's text first: most pages have none of the shapes, and the walk is skipped.
    if (!SHAPE.test(root.textContent ?? '')) return [];
    const matches: RuleMatch[] = [];
    const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const data = node.data;
      if (!SHAPE.test(data) || closestNamed(node.parentElement, LITERAL_TAGS)) continue;
      if (inBlockShowingCode(node.parentElement)) continue;
      const repaired = withoutSyntax(data);
      if (!repaired) continue;
      matches.push({ node, action: { type: 'replace-text', text: repaired.text }, reason: 'link syntax shown as text', text: repaired.found.join(' … ') });
    }
    return matches;
  },
};
