// The author's sign-off after the story: "About the author", the author's name on a line of its own,
// a bio that opens with the author's name ("Jane Doe is a senior editor …"), and a "write to …" line
// with an e-mail address. The view shows the byline in its header; the bio is the site's, not the story.
// Guard: only in the article's last few text units, only lines that open with a known author name or
// hold an e-mail address in a short line; a quote or a paragraph about someone else stays. The address must
// be the writer's: at the site's own domain, naming the author, or the line little more than the address
// ("Objections can be sent to the planning officer, <planning@council.example>, until Friday" is the story's).
// A cell in a row of several cells is data (a table of contacts), never a sign-off.
import type { Rule, RuleContext, RuleMatch } from '../rules/rule';
import { hostName, siteOf } from '../url';
import { endsLikeSentence, type TextUnit, textUnits } from './units';
import { unicodeRegExp } from '../unicode-class';

const TAIL_UNITS = 5;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;

/** A short line giving the writer's address: at the site's domain, naming an author, or the address with a label of a few words at most. */
function writersAddress(unit: TextUnit, ctx: RuleContext): boolean {
  const found = EMAIL.exec(unit.text);
  if (!found || unit.words > 15) return false;
  const domain = found[0].slice(found[0].indexOf('@') + 1).replace(/\.+$/, '').toLowerCase();
  const host = hostName(ctx.pageUrl);
  if (host && siteOf(domain) === siteOf(host)) return true;
  const text = unit.text.toLowerCase();
  const names = (ctx.authors ?? []).flatMap((a) => a.toLowerCase().split(/\s+/)).filter((n) => n.length >= 3);
  if (names.some((n) => text.includes(n))) return true;
  return unit.text.replace(found[0], ' ').split(/\s+/).filter((w) => unicodeRegExp(String.raw`[\p{L}\p{N}]`).test(w)).length <= 4;
}

function opensWithAuthor(unit: TextUnit, ctx: RuleContext): string | null {
  const text = unit.text.toLowerCase();
  for (const name of ctx.authors ?? []) {
    const full = name.toLowerCase();
    if (full.length < 4) continue;
    if (text === full) return 'the author’s name on a line of its own, after the story';
    const first = full.split(/\s+/)[0] ?? '';
    if (text.startsWith(`${full} `) || (first.length >= 3 && text.startsWith(`${first} is `))) return 'the author’s bio, after the story';
  }
  return null;
}

/** True when `el` sits in a table cell whose row holds other cells. */
function inDataRow(el: Element): boolean {
  const cell = el.closest('td, th');
  return cell !== null && (cell.parentElement?.children.length ?? 0) > 1;
}

export const authorSignOff: Rule = {
  name: 'author-sign-off',
  kind: 'clutter',
  description: 'In the last text units: the author name alone, a bio opening with the author name, or a short line with an e-mail address.',
  find(root, ctx) {
    const units = ctx.kept(textUnits, root);
    const matches: RuleMatch[] = [];
    const tail = units.slice(Math.max(1, units.length - TAIL_UNITS));
    for (const [i, unit] of tail.entries()) {
      // A cell in a row of several is data (a table of contacts near the story's end), not the writer's line.
      if (inDataRow(unit.el)) continue;
      let reason = opensWithAuthor(unit, ctx);
      if (!reason && writersAddress(unit, ctx)) reason = 'contact line with an e-mail address, after the story';
      if (!reason) continue;
      matches.push({ node: unit.el, action: { type: 'remove' }, reason, text: unit.text });
      // "About the author" just above the name or bio: a short unlinked label line.
      const prev = tail[i - 1];
      if (prev && prev.words <= 4 && !endsLikeSentence(prev.text) && !prev.el.querySelector('a') && !matches.some((m) => m.node === prev.el)) {
        matches.push({ node: prev.el, action: { type: 'remove' }, reason: 'label over the author’s sign-off', text: prev.text });
      }
    }
    return matches;
  },
};
