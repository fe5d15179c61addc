// The walk of leaked-link-markup.ts: each text node outside code that holds tags shown as text, rewritten
// without them. A rare step (../rare-steps.ts): content.js runs it only when tag-shape.ts's test says the
// page's text has the shape of a tag, and rare.js brings it with the grammar (tag-grammar.ts).
// A tag may also be cut across text nodes by the page's own inline markup — a <wbr> or a span per run of a pasted
// document inside it, its URL auto-linked — so the text nodes of one line are read together too (leaked-markup-run.ts).
import { closestNamed, inBlockShowingCode, LITERAL_TAGS } from '../dom';
import { markupAcrossNodes, withoutSpans } from './leaked-markup-run';
import type { RuleMatch } from './rule';
import { findMarkup, type MarkupSpan } from './tag-grammar';
import { mayHoldMarkup } from './tag-shape';

export function findLeakedMarkup(root: Element): RuleMatch[] {
  const { matches, handled } = markupAcrossNodes(root);
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    if (handled.has(node) || !mayHoldMarkup(data) || closestNamed(node.parentElement, LITERAL_TAGS)) continue;
    let spans: MarkupSpan[] = findMarkup(data);
    if (spans.length === 0) continue;
    // In a block that shows code, tags without attributes are what the prose talks about.
    if (inBlockShowingCode(node.parentElement)) spans = findMarkup(data, false);
    if (spans.length === 0) continue;
    const href = spans.find((s) => s.href)?.href;
    matches.push({
      node,
      action: { type: 'replace-text', text: withoutSpans(data, spans) },
      reason: 'link markup shown as text',
      text: spans.map((s) => s.text).join(' … '),
      ...(href ? { href } : {}),
    });
  }
  return matches;
}
