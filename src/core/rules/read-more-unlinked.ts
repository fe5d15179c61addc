// Read-more lines whose link a CMS dropped, left as words in a paragraph of the story, for read-more-line.ts: a known label
// (lexicon.ts) and the headline after it, opening the paragraph ("LÆS OGSÅ: Derfor stiger vandet hurtigere i havnen. Teknik- og
// miljøudvalget besøgte …"), or in a bracket of their own between its sentences ("…冷库的货。【相关阅读：港口洪水三年记】他希望…").
// The label and the headline go, the prose stays. Only a label of the lexicon's (a colon after any words opens many a sentence,
// "Update: the council has since confirmed …"), of two words at least when it opens the paragraph ("More: …" opens prose too).
import { letterCount } from '../text';
import { isReadMoreLabel } from './lexicon';
import type { RuleMatch } from './rule';

/** A label and a colon, a headline of a sentence, then the paragraph's prose from a capital (or a letter of a script without capitals). */
const OPENING = /^(\s*([^.!?:：\d]{2,30}?)\s*[:：]\s*)([^.!?。！？:：]{3,120}[.!?。！？])(\s+)(?=["“«„]?(?:\p{Lu}|\p{Lo}))/u;
/** A bracket holding a label, a colon and a headline: "【相关阅读：港口洪水三年记】", "[Read more: Why flood projects overrun]". */
const BRACKET = /[【[]\s*([^【】[\]:：]{2,30}?)\s*[:：]\s*([^【】[\]]{2,80}?)\s*[】\]]/gu;
/** Prose after the line: a sentence's worth. */
const PROSE = 40;

export function unlinkedReadMore(p: Element): RuleMatch | null {
  const first = p.firstChild;
  if (first?.nodeType === 3) {
    const data = (first as Text).data;
    const m = OPENING.exec(data);
    const label = m?.[2] ?? '';
    if (m && isReadMoreLabel(label) && (/\s/.test(label.trim()) || /[\u3040-\u9fff\uac00-\ud7af]/.test(label)) && letterCount(p.textContent ?? '') - letterCount(m[0]) >= PROSE) {
      return { node: first, action: { type: 'replace-text', text: data.slice(m[0].length) }, reason: 'read-more line without its link, opening a paragraph', text: `${m[1]}${m[3]}`.trim() };
    }
  }
  for (let n = p.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 3) continue;
    const data = (n as Text).data;
    if (!/[【[]/.test(data)) continue;
    for (const m of data.matchAll(BRACKET)) {
      if (!isReadMoreLabel(m[1]!)) continue;
      const before = data.slice(0, m.index);
      const after = data.slice(m.index! + m[0].length);
      // Between two sentences of the text: prose on both sides.
      if (letterCount(p.textContent ?? '') - letterCount(m[0]) < PROSE || !/[.!?。！？]\s*$/.test(before)) continue;
      const joined = /[。！？]\s*$/.test(before) ? `${before.trimEnd()}${after.trimStart()}` : `${before.trimEnd()} ${after.trimStart()}`;
      return { node: n, action: { type: 'replace-text', text: joined }, reason: 'read-more line without its link, in a bracket between two sentences', text: m[0] };
    }
  }
  return null;
}
