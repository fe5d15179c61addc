// What a page's code left as text: a WordPress shortcode the theme never expanded
// ("[button link=… ] Send us your review[/button]", "[caption id=…]"), and the fallback line a script
// widget prints for readers without scripts ("This slideshow requires JavaScript.").
// Guard: the whole line is the shortcode (an opening tag with attributes and its closing tag, or a lone
// tag with attributes), or a short line (at most 12 words) that says scripts are needed; a sentence
// that mentions JavaScript in a longer paragraph stays, and so does text in code blocks.
import type { Rule, RuleMatch } from '../rules/rule';
import { textUnits } from './units';

/** `[name attr=…] … [/name]` or `[name attr=…]` alone, as the whole line. */
const SHORTCODE = [/^\[([a-z][\w-]*)(\s[^\]]*)?\][\s\S]{0,200}\[\/\1\]$/i, /^\[[a-z][\w-]*\s+[\w-]+\s*=[^\]]*\]$/i];
const NEEDS_SCRIPT = /\b(requires|needs) javascript\b|\b(enable|turn on|activate) javascript\b|\bjavascript (is )?(disabled|required|turned off)\b/i;

export const codeLeftovers: Rule = {
  name: 'code-leftovers',
  kind: 'clutter',
  description: 'A whole line that is an unexpanded shortcode, or a short "requires JavaScript" fallback line of a script widget.',
  find(root, ctx) {
    const matches: RuleMatch[] = [];
    for (const unit of ctx.kept(textUnits, root)) {
      if (SHORTCODE.some((re) => re.test(unit.text))) {
        matches.push({ node: unit.el, action: { type: 'remove' }, reason: 'unexpanded shortcode of the site’s CMS', text: unit.text });
      } else if (unit.words <= 12 && NEEDS_SCRIPT.test(unit.text)) {
        matches.push({ node: unit.el, action: { type: 'remove' }, reason: 'fallback line of a script widget', text: unit.text });
      }
    }
    return matches;
  },
};
