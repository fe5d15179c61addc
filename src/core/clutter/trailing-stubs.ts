// Stray lines after the story's last paragraph: "zurück", "Print", "See also", "Back to the list",
// a section name — the page's buttons and labels that share the story's container.
// They are fragments: a few words, no sentence, either wholly a link or no link at all. A story does not
// end on one: its last line is a sentence, a quote's attribution or a sign-off (the author-sign-off rule's).
// Guard: only an unbroken run at the very end (nothing but such lines after it: no picture, table or
// embed), at most three lines of which one at most has no link (two are verse), right after a line of prose (eight words or more, or a sentence); never
// inside a list or a table (a list of short items is the story's own: ingredients, names, steps), and
// never a credit or source line ("Contributing: A. Name", "Source: www.example.com"), which is the story's.
// A row of the site's links set between separators ("Impressum | Datenschutz | © Name") counts as a link line.
// A lone link that is a box's button, in a wrapper of its own holding only a heading and at most one short line
// of pitch before it ("Entdecke weitere Homestorys / Wie wohnt die Community? … / Mehr Homestorys"), goes with them.
import { linkLetters } from '../dom';
import type { Rule, RuleContext, RuleMatch } from '../rules/rule';
import { letterCount } from '../text';
import { endsLikeSentence, holdsMedia, type TextUnit, textUnits } from './units';

const MAX_WORDS = 4;
/** A line that is one link may be a little longer: "Back to the list of press releases". */
const MAX_LINK_WORDS = 6;
const MAX_LINES = 3;
/** A label and a value ("Photos: Agency"), or a web address: a credit or a source. */
const CREDIT = /\S\s*[:：,]\s*\S|\b[\w-]+\.[a-z]{2,}\b/i;

/** What a row of the site's links sets between them: "Impressum | Datenschutz | © Name". */
const ROW_SEPARATOR = /\s+[|·•]\s+/;

/**
 * A row of the site's links, as a footer sets them ("IMPRESSUM | DATENSCHUTZ | COPYRIGHT A. NAME | THIS IS A
 * … PROJECT"): three items at least between separators, each of a few words, two at least wholly a link to a
 * page of the site.
 */
function isLinkRow(unit: TextUnit, ctx: RuleContext): boolean {
  const items = unit.text.split(ROW_SEPARATOR);
  if (items.length < 3 || items.some((i) => !i.trim() || i.trim().split(/\s+/).length > MAX_LINK_WORDS)) return false;
  const own = ctx.linksOf(unit.el).filter((a) => ctx.isOwnSite(a.href) && items.some((i) => i.trim() === (a.textContent ?? '').trim()));
  return own.length >= 2;
}

/** A fragment: a few words and no sentence; 'link' when it is all link text, 'label' when it has no link. */
function stubKind(unit: TextUnit, ctx: RuleContext): 'link' | 'label' | null {
  if (unit.words === 0 || endsLikeSentence(unit.text) || holdsMedia(unit.el) || unit.el.closest('li, table, dl')) return null;
  if (isLinkRow(unit, ctx)) return 'link';
  // "Contributing: A. Name", "Source - www.example.com": a credit or source line is the story's own.
  if (CREDIT.test(unit.text)) return null;
  const linked = linkLetters(ctx.linksOf(unit.el));
  if (linked === 0) return unit.words <= MAX_WORDS ? 'label' : null;
  return linked >= letterCount(unit.text) * 0.9 && unit.words <= MAX_LINK_WORDS ? 'link' : null;
}

/** The line the stubs follow: prose, not another fragment. */
function isProse(unit: TextUnit): boolean {
  return unit.words >= 8 || (unit.words >= 3 && endsLikeSentence(unit.text));
}

/** True when nothing but whitespace and the given units follow `el` inside `root`. */
function nothingAfter(el: Element, root: Element, stubs: readonly TextUnit[]): boolean {
  const onlyStubs = (e: Element) => {
    if (holdsMedia(e)) return false;
    const inside = stubs.reduce((n, u) => n + (e.contains(u.el) ? letterCount(u.text) : 0), 0);
    return letterCount(e.textContent ?? '') <= inside;
  };
  for (let node: Node | null = el; node && node !== root; node = node.parentNode) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === 3 && !(next as Text).data.trim()) continue;
      if (next.nodeType !== 1) continue;
      const e = next as Element;
      if (onlyStubs(e)) continue;
      return false;
    }
  }
  return true;
}

export const trailingStubs: Rule = {
  name: 'trailing-stubs',
  kind: 'clutter',
  description: 'Up to three fragments (a few words, no sentence, all link or no link) after the story’s last line of prose, with nothing after them.',
  find(root, ctx) {
    const units = ctx.kept(textUnits, root);
    if (units.length < 2) return [];
    let start = units.length;
    let labels = 0;
    for (let kind = stubKind(units[start - 1]!, ctx); start > 0 && units.length - start < MAX_LINES && kind; ) {
      if (kind === 'label') labels++;
      start--;
      kind = start > 0 ? stubKind(units[start - 1]!, ctx) : null;
    }
    // Two short unlinked lines in a row are verse or a list set as lines: the story's own ending.
    if (start === units.length || start === 0 || labels > 1 || !isProse(units[start - 1]!)) return [];
    const stubs = units.slice(start);
    if (!nothingAfter(stubs[0]!.el, root, stubs)) return [];
    const box = stubs.length === 1 ? promoBox(units, start, root, ctx) : null;
    if (box) return [{ node: box.el, action: { type: 'remove' }, reason: 'a box’s heading, pitch and button to another page, after the story', text: box.text }];
    return stubs.map((u): RuleMatch => ({ node: u.el, action: { type: 'remove' }, reason: 'a stray fragment (button, label, credit) after the story’s last paragraph', text: u.text }));
  },
};

/** Words a box's pitch has at most ("Wie wohnt die Community? Klicke dich durch die Homestorys."). */
const PITCH_WORDS = 30;

/**
 * The box a lone link stub closes: its own wrapper (not the article) holding nothing but a heading, at most one
 * short line of pitch, and the link, to another page of the site, with no picture ("Entdecke weitere Homestorys /
 * Wie wohnt die Community? … / Mehr Homestorys"). Null when the stub is no such box's button.
 */
function promoBox(units: readonly TextUnit[], start: number, root: Element, ctx: RuleContext): { el: Element; text: string } | null {
  const button = units[start]!;
  const links = ctx.linksOf(button.el);
  if (links.length !== 1 || !ctx.isOwnSite(links[0]!.href)) return null;
  const heading = units[start - 2]?.el.tagName.match(/^H[2-6]$/) ? units[start - 2]! : /^H[2-6]$/.test(units[start - 1]!.el.tagName) ? units[start - 1]! : null;
  if (!heading) return null;
  const pitch = heading === units[start - 1] ? null : units[start - 1]!;
  if (pitch && (pitch.words > PITCH_WORDS || ctx.linksOf(pitch.el).length > 0)) return null;
  // The smallest wrapper holding the heading and the button, below the article.
  let box: Element | null = heading.el.parentElement;
  while (box && box !== root && !box.contains(button.el)) box = box.parentElement;
  if (!box || box === root || holdsMedia(box)) return null;
  const inside = [heading, pitch, button].filter((u): u is TextUnit => u !== null);
  if (letterCount(box.textContent ?? '') > inside.reduce((n, u) => n + letterCount(u.text), 0)) return null;
  return { el: box, text: inside.map((u) => u.text).join(' ') };
}
