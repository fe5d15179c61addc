// A contact block set in the story's container: a label naming it ("Kontakt:", "Pressekontakt", "Media contact",
// "Ansprechpartnerin zum Thema:", "Contact presse") over a few short lines — a name, an office, a postal address —
// of which one at least gives a way to reach someone: an e-mail address, a mailto link, a phone number behind its
// label ("Tel.", "Telefon", "Phone") or in international form ("+49 …"). The block is the publisher's desk, not the
// story: the label and its lines go together. A line that opens with the label (before a colon or a line break) and holds the contact itself
// ("Pressekontakt: Nordex SE, Felix Losada, Tel: …, E-Mail: …") goes alone.
// Why a rule of its own: author-sign-off takes an address in the story's last lines only, and leaves the label and
// the name above it when the block is not the last thing (a sidebar's contact after it, a document box above the
// story).
// Guard: the label is a short line (five words at most, no link) that opens with a contact word; the lines under it
// are short (fifteen words at most, each line of a paragraph broken into lines), no sentence of prose, no list item or table cell, eight at most; and one of
// them must reach someone. A sentence of the story that names a phone number ("Call the hotline on +44 …") has no
// label over it and stays; so does a label over prose ("Contact: the council says …").
import type { Rule, RuleMatch } from '../rules/rule';
import { endsLikeSentence, type TextUnit, textUnits } from './units';

/** A contact word opening a label, in the languages of the pages read so far (Latin script: no property class needed). */
const LABEL =
  /^(?:(?:ihr(?:e)?\s+)?ansprechpartner(?:in|innen)?|(?:presse|medien|media|press)[\s-]?(?:kontakt|contact)e?s?|kontakt(?:e|person)?|contact(?:s|o|e)?(?:\s+(?:presse|prensa|stampa))?|contatt[oi](?:\s+stampa)?|media\s+(?:enquiries|inquiries|relations)|press\s+(?:enquiries|inquiries|office)|pressestelle|rückfragen|kontakt\s+dla\s+mediów)(?![a-zà-öø-ÿß])/i;
/** What a label's first letters are: the cheap test before LABEL. */
const OPENING = /^(?:ihr|ansprech|press|medi|kontakt|contact|contatt|rückfrag)/i;
const MAX_LABEL_WORDS = 5;
const MAX_LINE_WORDS = 15;
/** A line that opens with the label and gives the contact itself: a few more words (name, firm, phone, address). */
const MAX_OWN_LINE_WORDS = 40;
const MAX_LINES = 8;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]*[a-z]/i;
/** A phone number: behind its label, or in international form. A date ("21.01.2022") or an amount is neither. */
const PHONE = /(?:\b(?:tel|telefon|telephone|phone|fon|fax|mobil|mobile|handy|tél|téléphone|teléfono|telefono|telefone)\b\.?\s*[:.]?\s*|(?:^|[\s(])\+\s?)\d[\d\s()/.–-]{5,}\d/i;

function reaches(unit: TextUnit): boolean {
  return EMAIL.test(unit.text) || PHONE.test(unit.text) || unit.el.querySelector('a[href^="mailto:" i], a[href^="tel:" i]') !== null;
}

function isLabelText(text: string): boolean {
  return text.split(/\s+/).filter(Boolean).length <= MAX_LABEL_WORDS && LABEL.test(text) && !endsLikeSentence(text);
}

function isLabel(unit: TextUnit): boolean {
  return isLabelText(unit.text) && unit.el.querySelector('a') === null;
}

/** The words of a block up to its first line break ("<b>Pressekontakt</b><br>Dr. Jane Roe<br>…" → "Pressekontakt"). */
function firstLine(el: Element): string {
  let text = '';
  const walk = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += (child as Text).data;
      else if (child.nodeType === 1 && ((child as Element).localName === 'br' || walk(child))) return true;
    }
    return false;
  };
  walk(el);
  return text.replace(/\s+/g, ' ').trim();
}

/** A line of a contact's address: short, no prose sentence, not an item of a list or a row of a table (the story's data). */
function isContactLine(unit: TextUnit): boolean {
  // An address set as one paragraph, its lines broken: each line short.
  const lines = unit.el.querySelectorAll('br').length + 1;
  if (lines > MAX_LINES || unit.words > MAX_LINE_WORDS * lines || unit.el.closest('li, td, th, dd')) return false;
  // "Dr. Tim Loppe", "Hans-Carl-v.-Carlowitz-P. 1", "E-Mail: x@y.de." end in a full stop too: a sentence has a verb's length.
  return !(endsLikeSentence(unit.text) && unit.words >= 8 && !reaches(unit));
}

export const contactBlocks: Rule = {
  name: 'contact-blocks',
  kind: 'clutter',
  description: 'A label such as "Kontakt:", "Press contact" or "Ansprechpartnerin" over a few short lines, one of which gives an e-mail address or phone number.',
  find(root, ctx) {
    const units = ctx.kept(textUnits, root);
    const matches: RuleMatch[] = [];
    for (let i = 0; i < units.length; i++) {
      const unit = units[i]!;
      // (A block's words run together at a line break: "PressekontaktDr. Jane Roe": its first line is read apart.)
      if (!OPENING.test(unit.text) || !(LABEL.test(unit.text) || LABEL.test(firstLine(unit.el)))) continue;
      // "Pressekontakt: Nordex SE Felix Losada Tel: … E-Mail: …" in one paragraph.
      if (!isLabel(unit)) {
        const labelled = /^[^:：]{2,40}[:：]/.test(unit.text) || isLabelText(firstLine(unit.el));
        if (unit.words <= MAX_OWN_LINE_WORDS && labelled && reaches(unit) && isContactLine(unit)) {
          matches.push({ node: unit.el, action: { type: 'remove' }, reason: 'a contact line: its label, then an e-mail address or phone number', text: unit.text });
        }
        continue;
      }
      let end = i + 1;
      while (end < units.length && end - i <= MAX_LINES && isContactLine(units[end]!) && !isLabel(units[end]!)) end++;
      const lines = units.slice(i + 1, end);
      if (!lines.some(reaches)) continue;
      // The lines up to the last one that reaches someone: a line after it is the next block's.
      const last = lines.length - 1 - [...lines].reverse().findIndex(reaches);
      for (const u of [unit, ...lines.slice(0, last + 1)]) {
        matches.push({ node: u.el, action: { type: 'remove' }, reason: u === unit ? 'label of a contact block' : 'a line of a contact block (name, address, e-mail or phone)', text: u.text });
      }
      i += last + 1;
    }
    return matches;
  },
};
