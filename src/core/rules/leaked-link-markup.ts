// Link markup that a broken CMS or scraper left in the text, shown to the reader as characters:
//   …among tensions-israel-…-retaliation/” title=”Escalating Tensions: …”>military analysts…
//   …see https://site/2024/05/slug/" target="_blank" rel="noopener">the report…
//   …he <a href="https://site/x/">should be</a> impeached…   (escaped, so visible as text)
// The markup goes, the words stay. Guard: only text outside code, and only markup shapes that prose
// never has (a quote directly followed by attribute=quote… and `>`, or a literal `<a … href=…>`).
import { LITERAL_TAGS, closestNamed } from '../dom';
import type { Rule, RuleMatch } from './rule';

const Q = `["“”″„]`; // straight and typographic double quotes
const NOT_Q = `[^"“”″„<>]`;
const ATTR = `\\s+[a-zA-Z][\\w:-]*\\s*=\\s*(?:${Q}${NOT_Q}*${Q}|'[^'<>]*')`;

// A whole tag shown as text: <a href="…" …>, </a>, and the same HTML-escaped once more (&lt;a …&gt;).
const WHOLE_TAG = new RegExp(
  [`<a(?:${ATTR})+\\s*>`, `<\\/a\\s*>`, `&lt;a\\s[^<>]*?&gt;`, `&lt;\\/a&gt;`].join('|'),
  'gi',
);

// The tail of an opening tag whose start was eaten: an URL or slug (or href=“…) ending in a quote,
// then attributes, then `>`. The lookbehind keeps the match on a word boundary.
const TAG_TAIL = new RegExp(
  `(?<=^|[\\s(\\[{])(?:href\\s*=\\s*${Q}?)?([^\\s<>"“”″„]*)${Q}((?:${ATTR})*)\\s*\\/?>`,
  'g',
);

function isUrlOrSlug(token: string): boolean {
  return /^(https?:)?\/\//i.test(token) || token.includes('/') || (token.match(/-/g) ?? []).length >= 2;
}

function findInText(node: Text): { text: string; removed: string[]; hrefs: string[] } | null {
  const original = node.data;
  const removed: string[] = [];
  const hrefs: string[] = [];
  let text = original.replace(WHOLE_TAG, (m) => {
    removed.push(m);
    const href = /href\s*=\s*["“”″„']?([^"“”″„'\s>&]+)/i.exec(m)?.[1];
    if (href) hrefs.push(href);
    return '';
  });
  text = text.replace(TAG_TAIL, (m, token: string, attrs: string) => {
    if (!attrs && !isUrlOrSlug(token)) return m;
    if (!attrs && token.length < 6) return m;
    removed.push(m);
    if (token) hrefs.push(token);
    return '';
  });
  if (removed.length === 0) return null;
  // Join the words the markup sat between with one space, as the link would have rendered.
  text = text.replace(/ {2,}/g, ' ');
  return { text, removed, hrefs };
}

export const leakedLinkMarkup: Rule = {
  name: 'leaked-link-markup',
  kind: 'leaked-markup',
  description: 'Link markup shown as text (slug/URL + quote + attributes + ">", or an escaped <a> tag): the markup goes, the words stay.',
  find(root) {
    const matches: RuleMatch[] = [];
    const doc = root.ownerDocument;
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const data = node.data;
      if (!/[>;]/.test(data) || !/[=a]/i.test(data)) continue;
      if (closestNamed(node.parentElement, LITERAL_TAGS)) continue;
      const found = findInText(node);
      if (!found) continue;
      matches.push({
        node,
        action: { type: 'replace-text', text: found.text },
        reason: 'link markup shown as text',
        text: found.removed.join(' … '),
        ...(found.hrefs[0] ? { href: found.hrefs[0] } : {}),
      });
    }
    return matches;
  },
};
