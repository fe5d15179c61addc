// A read-more line whose link was lost on the way: an emphasised label and another story's title in quotes,
// alone between paragraphs ("<strong>Siehe auch</strong> „Die Bahn plant neuen Park am Flussufer“", "<b>Lire
// également :</b> « Les éleveurs ouvrent leur première centrale solaire »"). The block goes.
// Recognised by structure: a block made of nothing but a bold or italic label of six words at most ("Bu da maraqlı ola bilər", "You might also be interested in") and one quoted
// title after it (a headline: three to sixteen words, no sentence inside and no stop at its end), with a paragraph of
// prose before or after it.
// Guard: a quoted sentence stays — speech ends with a stop ("<b>Smith:</b> “We will stay.”"); so does anything with a
// link (read-more-line.ts), in a list, a table, a quote or a figure.
import { closestFence, elementsNamed, LITERAL_TAGS, tagSet } from '../dom';
import { countWords, letterCount, normalizeSpace, textOf } from '../text';
import { betweenParagraphs } from './read-more-line';
import type { Rule, RuleMatch } from './rule';
import { ALL_STOPS } from '../sentence-stops';

const CANDIDATES = tagSet('p, div, h4, h5, h6');
const EMPHASIS = new Set(['strong', 'b', 'em', 'i']);
const NOT_IN = new Set([...LITERAL_TAGS, 'li', 'table', 'blockquote', 'figure', 'nav', 'header', 'footer']);
const QUOTED = /^[“"«„‚‘『「《]([^“”"«»„『』「」《》]+)[”"»“‘’』」》]$/;
const CJK = /[\u3040-\u9fff]/;

/** The label and the words after it, when the block is an emphasised label followed by text alone; else null. */
function labelAndRest(el: Element): [string, string] | null {
  let label: Element | null = null;
  let rest = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) {
      // One element, the label, first: words before it or a second element make it no label line.
      if (label || !EMPHASIS.has((n as Element).localName)) return null;
      label = n as Element;
    } else if (n.nodeType === 3) {
      if (label) rest += n.nodeValue;
      else if ((n.nodeValue ?? '').trim()) return null;
    }
  }
  return label ? [textOf(label), normalizeSpace(rest)] : null;
}

/** A stop at the end, or a stop and a space inside: a sentence, not a headline. */
const TITLE_STOP = new RegExp(`[${ALL_STOPS}]$|[${ALL_STOPS}]\\s`);
/** A headline's words: three to sixteen (forty characters in Chinese or Japanese), no sentence in them, no stop after them. */
function isTitle(text: string): boolean {
  const words = countWords(text);
  const size = CJK.test(text) ? letterCount(text) <= 40 : words <= 16;
  return words >= 3 && size && !TITLE_STOP.test(text);
}

export const readMoreTitle: Rule = {
  name: 'read-more-title',
  kind: 'read-more',
  description: 'A block of only an emphasised short label and a quoted headline, between paragraphs: a read-more line without its link.',
  find(root, ctx) {
    const matches: RuleMatch[] = [];
    for (const el of elementsNamed(root, CANDIDATES)) {
      if (ctx.linksOf(el).length) continue;
      const parts = labelAndRest(el);
      if (!parts) continue;
      const label = parts[0].replace(/\s*[:：|]$/, '');
      const quoted = QUOTED.exec(parts[1].replace(/^[:：|–—-]\s*/, ''));
      if (!label || countWords(label) > 6 || /[.!?]$/.test(label) || !quoted || !isTitle(quoted[1]!.trim())) continue;
      if (!betweenParagraphs(el) || closestFence(el.parentElement, NOT_IN)) continue;
      matches.push({ node: el, action: { type: 'remove' }, reason: `"${label}" line naming another story, its link lost`, text: textOf(el) });
    }
    return matches;
  },
};
