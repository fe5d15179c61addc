// The cheap test for leaked-link-markup.ts, kept in content.js while the grammar (tag-grammar.ts) and the
// rule's walk (leaked-markup-spans.ts) are a rare step (../rare-steps.ts), injected with rare.js only into a
// page whose text has the shape of a tag somewhere.
//
// Why the test cannot miss a page the rule would change: the rule reads a text node only when
// mayHoldMarkup says yes, and every span the grammar finds holds, in the text with its entities decoded,
// `<` then spaces then a letter, `/` or `!` (an opening, closing or unclosed tag, a comment), or a quote then spaces, an
// optional `/` and `>` (the tail of a tag, whose last attribute value ends with its quote), or `=` then `>` (a tail
// whose last attribute is unquoted or has no value), or a quote, a name, `=` and a quote (a tail whose `>` was eaten),
// or an address's character then `>` (a tail whose quotes were lost), or the brackets of a link in another syntax.
// Each character of the decoded text is a character of the text or came from an entity decoded once or twice, which in the
// text is a run of `&`, `#`, letters, digits and `;` from a `&` to a `;` (ENTITY below). SHAPE is those
// patterns with any character allowed to be such a run. tests/unit/rare-steps.test.ts checks it on the
// grammar's own cases.
import { closestNamed, LITERAL_TAGS } from '../dom';
import { Q1, Q2 } from './tag-grammar';

/**
 * Cheap test before the grammar: the text has a `<` or `>`, or an escaped one (HTML, JSON, a script's, URL,
 * full-width); the brackets of a link in another syntax (link-syntax.ts): `](`, `][`, `]:`, `|address`, `\\href{`, `[/name`, `[name=`, `[https://`, `[[`, `address[`,
 * Textile's `":address`, a generator's `{{<` or `{%`, an address in a bracket `(https://`;
 * or a quote then `name=` and a quote (a tag's tail whose `>` was eaten: `slug/" title="…"words`).
 */
export function mayHoldMarkup(text: string): boolean {
  return /[<>＜＞‹]|&(?:amp;)*(?:lt|gt|#0*6[02]|#x0*3[ce]);|\\(?:u00|x)3[ce]|%3[ce]|\]\(|\]\[|\]:|\|(?:https?:|\/|www\.)|\\href\{|\[(?:\/[a-z]|[a-z][\w-]*(?:=|\s+[\w-]+\s*=)|(?:https?:)?\/\/|\[)|(?:link:|https?:\/\/)[^\s[\]]+\[|":(?:https?:|\/|www\.)|\{\{[<%]|\{\{\s*#?[\w.-]+\s+["']|\{%|\((?:https?:)?\/\/|["“”″„‟«»'‘’′‚]\s*[a-z][\w:-]*\s*=\s*["“”″„‟«»'‘’′‚]/i.test(text);
}

// An escape the grammar decodes (tag-grammar.ts's ENTITY and ESCAPE), or a character it drops (a soft hyphen).
const ENTITY = '(?:&[&#\\w;]*;|\\\\+(?:u00|x)\\w\\w|%\\w\\w|[＜＞＝／＂＇‹›\u00ad])';
// The brackets of a link in another syntax (link-syntax.ts), as mayHoldMarkup tests them.
const LINK_SYNTAX = '\\]\\(|\\]\\[|\\]:|\\|(?:https?:|\\/|www\\.)|\\\\href\\{|\\[(?:\\/[a-zA-Z]|[a-zA-Z][\\w-]*(?:=|\\s+[\\w-]+\\s*=)|(?:https?:)?\\/\\/|\\[)|(?:link:|https?:\\/\\/)[^\\s[\\]]+\\[|":(?:https?:|\\/|www\\.)|\\{\\{[<%]|\\{\\{\\s*#?[\\w.-]+\\s+["\']|\\{%|\\((?:https?:)?\\/\\/';
const QUOTES = `${Q2}${Q1}`; // tag-grammar.ts's double and single quotes
const SHAPE = new RegExp(
  `(?:<|${ENTITY})(?:\\s|${ENTITY})*(?:[a-zA-Z/!]|${ENTITY})|(?:[${QUOTES}]|${ENTITY})(?:\\s|${ENTITY})*(?:/|${ENTITY})?(?:>|${ENTITY})|(?:=|${ENTITY})[^<>\\n]*?(?:>|${ENTITY})|[\\w/%-](?:>|${ENTITY})|${LINK_SYNTAX}|[${QUOTES}]\\s*[a-zA-Z][\\w:-]*\\s*=\\s*[${QUOTES}]`,
);

/** True when `text` may hold a leaked tag (false: the grammar finds none in it). */
export function hasTagShape(text: string): boolean {
  return mayHoldMarkup(text) && SHAPE.test(text);
}

/** True when a text node under `root`, outside code and other literal text, may hold a leaked tag. */
export function mayLeakMarkup(root: Element): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (hasTagShape(node.data) && !closestNamed(node.parentElement, LITERAL_TAGS)) return true;
  }
  return false;
}
