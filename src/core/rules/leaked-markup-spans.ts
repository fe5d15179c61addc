// The walk of leaked-link-markup.ts: each text node outside code that holds tags shown as text, rewritten
// without them. A rare step (../rare-steps.ts): content.js runs it only when tag-shape.ts's test says the
// page's text has the shape of a tag, and rare.js brings it with the grammar (tag-grammar.ts).
import { closestNamed, inBlockShowingCode, LITERAL_TAGS } from '../dom';
import type { RuleMatch } from './rule';
import { findMarkup } from './tag-grammar';
import { mayHoldMarkup } from './tag-shape';

export function findLeakedMarkup(root: Element): RuleMatch[] {
  const matches: RuleMatch[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    if (!mayHoldMarkup(data) || closestNamed(node.parentElement, LITERAL_TAGS)) continue;
    let spans = findMarkup(data);
    if (spans.length === 0) continue;
    // In a block that shows code, tags without attributes are what the prose talks about.
    if (inBlockShowingCode(node.parentElement)) spans = findMarkup(data, false);
    if (spans.length === 0) continue;
    let text = '';
    let last = 0;
    for (const s of spans) {
      text += data.slice(last, s.start);
      last = s.end;
    }
    text += data.slice(last);
    // Join the words the markup sat between with one space, as the link would have rendered.
    text = text.replace(/ {2,}/g, ' ');
    const href = spans.find((s) => s.href)?.href;
    matches.push({
      node,
      action: { type: 'replace-text', text },
      reason: 'link markup shown as text',
      text: spans.map((s) => s.text).join(' … '),
      ...(href ? { href } : {}),
    });
  }
  return matches;
}
