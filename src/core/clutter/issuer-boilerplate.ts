// The issuer's boilerplate at the foot of a press release: "About Acme" and "Acme is a global provider
// of …", the same paragraphs under every release the company puts out. It describes the company named
// in the headline, not the news.
// Guard: only at the article's end (everything from there on, at most 350 words); it opens either with
// an "About <Name>" line followed by a paragraph that starts with that name, or, right after the
// article's last horizontal rule, with "<Name> is a/an/the …"; and <Name> must be in the title.
// The search is a rare step (issuer-boilerplate-start.ts), run on an article with a title whose last lines open
// with "About" or follow a horizontal rule (mayHoldBoilerplate).
import { rareStep } from '../rare-steps';
import type { Rule } from '../rules/rule';
import { type TextUnit, textUnits } from './units';

/** The boilerplate is the article's last words: at most this many. */
export const MAX_WORDS = 350;

/**
 * What every start of the boilerplate needs, in an article with a title: among the lines its search reads (from the
 * end, while they hold at most MAX_WORDS words, the first line aside), one that opens with "About" (an "About <Name>"
 * line), or the last one standing after the article's last horizontal rule (a "<Name> is a …" start follows it, and
 * so does the last line).
 */
export function mayHoldBoilerplate(root: Element, units: readonly TextUnit[], title: string | undefined): boolean {
  if (!title) return false;
  const rules = root.getElementsByTagName('hr');
  const hr = rules[rules.length - 1];
  let words = 0;
  for (let i = units.length - 1; i >= 1; i--) {
    const unit = units[i]!;
    words += unit.words;
    if (words > MAX_WORDS) return false;
    if (/^(?:About|ABOUT)/.test(unit.text) || (hr && i === units.length - 1 && hr.compareDocumentPosition(unit.el) & 4)) return true;
  }
  return false;
}

export const issuerBoilerplate: Rule = {
  name: 'issuer-boilerplate',
  kind: 'clutter',
  description:
    'A press release’s closing "About <Name>" / "<Name> is a … provider" paragraphs, when <Name> is in the title and they end the article (after an About line or the last rule; at most 350 words).',
  find: (root, ctx) => (mayHoldBoilerplate(root, ctx.kept(textUnits, root), ctx.title) ? rareStep('findIssuerBoilerplate')(root, ctx) : []),
};
