// Link markup that a broken CMS or scraper left in the text, shown to the reader as characters:
//   …among tensions-israel-…-retaliation/” title=”Escalating Tensions: …”>military analysts…
//   …see https://site/2024/05/slug/" target="_blank" rel="noopener">the report…
//   …he <a href="https://site/x/">should be</a> impeached…   (escaped, so visible as text)
//   …&lt;span style=&quot;font-weight: 400;&quot;&gt;the minister…&lt;/span&gt;
// The markup goes, the words stay. Recognised by the grammar of a tag (tag-grammar.ts), in any quoting
// or escaping. Guard: only text outside code; tags without attributes (<strong>, </a>) only when paired
// or next to other leaked markup, and never in a block that shows code (a tutorial's prose about tags).
import { closestNamed, LITERAL_TAGS, tagSet } from '../dom';
import type { Rule, RuleMatch } from './rule';
import { findMarkup, mayHoldMarkup } from './tag-grammar';

const BLOCKS = tagSet('p, li, td, th, dd, blockquote, figcaption, div, section, article, h2, h3, h4, h5, h6');
const CODE = 'code, kbd, samp, pre, tt';

export const leakedLinkMarkup: Rule = {
  name: 'leaked-link-markup',
  kind: 'leaked-markup',
  description: 'HTML tags shown as text, in any quoting or escaping: the markup goes, the words stay.',
  find(root) {
    const matches: RuleMatch[] = [];
    const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const data = node.data;
      if (!mayHoldMarkup(data) || closestNamed(node.parentElement, LITERAL_TAGS)) continue;
      let spans = findMarkup(data);
      if (spans.length === 0) continue;
      // In a block that shows code, tags without attributes are what the prose talks about.
      if (closestNamed(node.parentElement, BLOCKS)?.querySelector(CODE)) spans = findMarkup(data, false);
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
  },
};
