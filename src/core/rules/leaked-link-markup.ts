// Link markup that a broken CMS or scraper left in the text, shown to the reader as characters:
//   …among tensions-israel-…-retaliation/” title=”Escalating Tensions: …”>military analysts…
//   …see https://site/2024/05/slug/" target="_blank" rel="noopener">the report…
//   …he <a href="https://site/x/">should be</a> impeached…   (escaped, so visible as text)
//   …&lt;span style=&quot;font-weight: 400;&quot;&gt;the minister…&lt;/span&gt;
//   …among [military analysts](https://site/2024/05/slug/) and…   (Markdown, BBCode, wiki syntax: link-syntax.ts)
// The markup goes, the words stay. Recognised by the grammar of a tag (tag-grammar.ts), in any quoting
// or escaping, and of a link in the other syntaxes text travels in. Guard: only text outside code; tags
// without attributes (<strong>, </a>) only when paired or next to other leaked markup; neither they nor links
// in other syntaxes in a block that shows code (a tutorial's prose about tags or Markdown).
// The walk and the grammar are a rare step (leaked-markup-spans.ts), run when tag-shape.ts's cheap test
// finds the shape of a tag in the page's text.
import { rareStep } from '../rare-steps';
import type { Rule } from './rule';
import { mayLeakMarkup } from './tag-shape';

export const leakedLinkMarkup: Rule = {
  name: 'leaked-link-markup',
  kind: 'leaked-markup',
  description: 'HTML tags, or links in Markdown, BBCode or wiki syntax, shown as text, in any quoting or escaping: the markup goes, the words stay.',
  find: (root) => (mayLeakMarkup(root) ? rareStep('findLeakedMarkup')(root) : []),
};
