// "[czytaj więcej]", "» Weiterlesen", "Read more →" closing a paragraph: a link whose words only say "the
// rest is over there", to another page. Inside the story (a summary of an earlier report, then its link)
// the link is a control, not text: it goes with its brackets, arrows and icon, and the paragraph stays.
// Closing the article, alone in its block, the paragraph is a teaser of that page ("Sommerzeit ist
// Urlaubszeit … Seht selbst! » Weiterlesen" under a celebrity story): it goes whole.
// Guard: the link is the last thing in its paragraph (nothing but brackets, arrows, icons and whitespace
// after it), has words before it, and its words are a continue label and nothing else; it points to
// another page (not a fragment of this one). A teaser goes whole only when it is the article's last text,
// the only text of its block, and its link leads to a page of the site.
import type { Rule, RuleMatch } from '../rules/rule';
import { normalizeSpace } from '../text';
import { absoluteUrl, isSamePage } from '../url';
import { textUnits } from './units';

/** Labels of a link that continues the paragraph elsewhere, lower-case. */
const CONTINUE_LABELS = new Set([
  'read more', 'more', 'continue reading', 'read on', 'full story',
  'weiterlesen', 'mehr', 'mehr lesen', 'hier weiterlesen', 'zum artikel',
  'czytaj więcej', 'więcej', 'czytaj dalej', 'lire la suite', 'la suite', 'lire plus', 'leer más', 'seguir leyendo', 'leia mais',
  'continua a leggere', 'leggi tutto', 'lees meer', 'lees verder', 'читать далее', 'далее', 'подробнее',
]);
/** Brackets, arrows and dots around such a link. */
const DECORATION = /^[\s[\](){}<>«»‹›→⟶➔➜▶►⇒…·|.:-]*$/u;
/** True when `text` is a label of a link that continues elsewhere ("read more", "weiterlesen"), also read by read-more-tail.ts. */
export const isContinueLabel = (text: string) => CONTINUE_LABELS.has(strip(text));
const strip = (s: string) => normalizeSpace(s).toLowerCase().replace(/^[\s[\](){}<>«»‹›→⟶➔➜▶►⇒….·|:-]+|[\s[\](){}<>«»‹›→⟶➔➜▶►⇒….·|:-]+$/gu, '');

/** The element around `a`, inside `block`, holding nothing but it and its decorations (a <strong>[<a>more</a>]</strong>). */
function control(a: Element, block: Element): Element {
  let el: Element = a;
  while (el.parentElement && el.parentElement !== block && strip(el.parentElement.textContent ?? '') === strip(a.textContent ?? '')) el = el.parentElement;
  return el;
}

/** True when nothing but decorations and icons follow `el` inside `block`. */
function closes(el: Element, block: Element): boolean {
  for (let node: Node | null = el; node && node !== block; node = node.parentNode) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === 3 && DECORATION.test((next as Text).data)) continue;
      if (next.nodeType === 1 && ['svg', 'img', 'br', 'i'].includes((next as Element).localName) && DECORATION.test(next.textContent ?? '')) continue;
      if (next.nodeType === 8) continue;
      return false;
    }
  }
  return true;
}

/** Loose decoration text right around `el` (a "[" before it, a "]" after it): removed with it. */
function decorations(el: Element): Node[] {
  const found: Node[] = [];
  for (const node of [el.previousSibling, el.nextSibling]) {
    if (node?.nodeType === 3 && (node as Text).data.trim() && DECORATION.test((node as Text).data)) found.push(node);
  }
  return found;
}

/** The text before `el` with the bracket or arrow it ends on taken off ("… geschrieben. » " before the link), or null. */
function trimmedBefore(el: Element): { node: Text; text: string } | null {
  const node = el.previousSibling;
  if (node?.nodeType !== 3 || DECORATION.test((node as Text).data)) return null;
  const data = (node as Text).data;
  const text = data.replace(/\s*[[(«‹<→»›>|·-]+\s*$/u, ' ');
  return text !== data ? { node: node as Text, text } : null;
}

export const continueLinks: Rule = {
  name: 'continue-links',
  kind: 'clutter',
  description: 'A "read more" / "weiterlesen" link closing a paragraph, to another page: the link goes; a paragraph so closed that ends the article alone in its block is a teaser and goes whole.',
  find(root, ctx) {
    const units = ctx.kept(textUnits, root);
    const matches: RuleMatch[] = [];
    units.forEach((unit, i) => {
      const links = ctx.linksOf(unit.el);
      const a = links[links.length - 1];
      if (!a || !CONTINUE_LABELS.has(strip(a.textContent ?? ''))) return;
      const href = absoluteUrl(a.getAttribute('href') ?? '', ctx.pageUrl);
      if (!href || isSamePage(href, ctx.pageUrl)) return;
      const ctl = control(a, unit.el);
      if (!closes(ctl, unit.el)) return;
      const words = strip(unit.text.slice(0, Math.max(0, unit.text.length - normalizeSpace(ctl.textContent ?? '').length)));
      if (words.split(/\s+/).filter(Boolean).length < 3) return;
      const last = i === units.length - 1;
      const alone = unit.el.parentElement !== root && normalizeSpace(unit.el.parentElement?.textContent ?? '') === unit.text;
      if (last && alone && links.length === 1 && ctx.isOwnSite(href)) {
        matches.push({ node: unit.el, action: { type: 'remove' }, reason: 'a teaser of another page closing the article ("read more" link)', text: unit.text, href });
        return;
      }
      matches.push({ node: ctl, action: { type: 'remove' }, reason: 'a "read more" link closing a paragraph', text: normalizeSpace(ctl.textContent ?? ''), href, with: decorations(ctl) });
      const before = trimmedBefore(ctl);
      if (before) matches.push({ node: before.node, action: { type: 'replace-text', text: before.text }, reason: 'the arrow or bracket before a "read more" link', text: before.node.data.slice(before.text.trimEnd().length).trim() });
    });
    return matches;
  },
};
