// The search of issuer-boilerplate.ts: where a press release's closing "About <Name>" / "<Name> is a …"
// paragraphs start, within the article's last 350 words. A rare step (../rare-steps.ts): content.js runs it
// only where issuer-boilerplate.ts's mayHoldBoilerplate finds what each start needs, and rare.js brings it.
import type { RuleContext, RuleMatch } from '../rules/rule';
import { normalizeSpace } from '../text';
import { MAX_WORDS } from './issuer-boilerplate';
import { endsLikeSentence, type TextUnit, textUnits } from './units';
import { unicodeRegExp } from '../unicode-class';

const NAME = String.raw`((?:[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*)(?:\s+[\p{Lu}\p{N}&][\p{L}\p{N}&.'’-]*){0,4})`;
const ABOUT_LINE = new RegExp(String.raw`^(?:About|ABOUT)\s+${NAME}\s*:?$`, 'u');
const SELF_DESCRIPTION = new RegExp(String.raw`^${NAME}\s+(?:is|are)\s+(?:a|an|the|one)\b`, 'u');

const lower = (s: string) => normalizeSpace(s).toLowerCase();

function inTitle(name: string, title: string): boolean {
  const first = lower(name).split(' ')[0] ?? '';
  return first.length >= 3 && lower(title).split(unicodeRegExp(String.raw`[^\p{L}\p{N}&]+`)).includes(first);
}

function afterLastRule(root: Element, units: TextUnit[], i: number): boolean {
  const rules = Array.from(root.querySelectorAll('hr'));
  const hr = rules[rules.length - 1];
  const unit = units[i];
  if (!hr || !unit) return false;
  const follows = (a: Node, b: Node) => (a.compareDocumentPosition(b) & 4) !== 0; // b follows a
  const prev = units[i - 1];
  return follows(hr, unit.el) && (!prev || follows(prev.el, hr));
}

/** Where the boilerplate starts (the earliest start within the last 350 words: two companies' "About"s), or -1. */
function boilerplateStart(root: Element, units: TextUnit[], title: string): number {
  let words = 0;
  let start = -1;
  for (let i = units.length - 1; i >= 1; i--) {
    const unit = units[i] as TextUnit;
    words += unit.words;
    if (words > MAX_WORDS) return start;
    const about = ABOUT_LINE.exec(unit.text);
    const next = units[i + 1];
    if (about?.[1] && !endsLikeSentence(unit.text) && next && inTitle(about[1], title)) {
      const first = lower(about[1]).split(' ')[0] ?? '';
      if (lower(next.text).startsWith(first)) start = i;
    }
    const self = SELF_DESCRIPTION.exec(unit.text);
    if (self?.[1] && inTitle(self[1], title) && afterLastRule(root, units, i)) start = i;
  }
  return start;
}

export function findIssuerBoilerplate(root: Element, ctx: RuleContext): RuleMatch[] {
  const title = ctx.title ?? '';
  if (!title) return [];
  const units = ctx.kept(textUnits, root);
  const start = boilerplateStart(root, units, title);
  if (start < 0) return [];
  const matches: RuleMatch[] = [];
  for (const unit of units.slice(start)) {
    matches.push({ node: unit.el, action: { type: 'remove' }, reason: 'the issuer’s boilerplate at the foot of a press release', text: unit.text });
  }
  return matches;
}
