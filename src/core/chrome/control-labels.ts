// Controls written as text: "Bild anzeigen / Bild schließen" under each step of a recipe, "Show more", "Close" —
// an element the page marks as a button (role="button") around a label. After the article is read such
// controls go (clean.ts), but Readability folds a div of inline content into the one paragraph it holds and the
// div's role is lost on the way, so the label stays as a line of the story, once per step.
// Guard: a role="button" element of at most four words, with no heading, picture or embed inside and not
// inside a heading, that is no question (an FAQ's question is often its toggle: "How do I apply?").
import { elementsMatching } from '../dom';
import type { Rule, RuleMatch } from '../rules/rule';
import { countWords, normalizeSpace, textOf } from '../text';

const MAX_WORDS = 4;
const HOLDS = 'h1, h2, h3, h4, h5, h6, img, picture, video, iframe, svg';

export const controlLabels: Rule = {
  name: 'control-labels',
  kind: 'page-chrome',
  description: 'A short label the page marks as a button (role="button"): a control, not a line of the text.',
  find(root) {
    const matches: RuleMatch[] = [];
    // A walk in jsdom (its engine checks an attribute selector several times slower), the selector in a browser.
    for (const el of elementsMatching(root, '[role="button"]', (el) => el.getAttribute('role') === 'button')) {
      const text = normalizeSpace(textOf(el));
      if (!text || countWords(text) > MAX_WORDS || /[?？]$/.test(text)) continue;
      if (el.querySelector(HOLDS) || el.closest('h1, h2, h3, h4, h5, h6')) continue;
      if (matches.some((m) => m.node.contains(el))) continue;
      matches.push({ node: el, action: { type: 'remove' }, reason: 'a control (role="button") with a short label', text });
    }
    return matches;
  },
};
