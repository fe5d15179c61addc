// Newsletter sign-up boxes in or next to the article: a heading, a line of pitch and an e-mail form.
// Readability drops the form but keeps the heading and pitch, which then read as article text.
// Guard: the box is the largest element around an e-mail sign-up form that stays small (a few dozen
// words, no paragraph of prose) — comment forms (with a text area) and search forms are not sign-ups.
import { letterCount, textOf } from '../text';
import type { Rule, RuleMatch } from './rule';

const EMAIL_INPUT = 'input[type="email"], input[name*="mail" i], input[id*="mail" i], input[placeholder*="mail" i]';
// Size limits in letters, so they hold for scripts without spaces too (~70 and ~30 English words).
const MAX_LETTERS = 400;
const PROSE_LETTERS = 160;

function isSmall(el: Element): boolean {
  if (letterCount(textOf(el)) > MAX_LETTERS) return false;
  for (const p of Array.from(el.querySelectorAll('p'))) if (letterCount(textOf(p)) >= PROSE_LETTERS) return false;
  return el.querySelectorAll('form').length <= 1 && !el.querySelector('article, main, h1');
}

export const newsletterSignupBox: Rule = {
  name: 'newsletter-signup-box',
  kind: 'follow-call',
  description: 'A small box around an e-mail sign-up form (heading, pitch, form): removed whole.',
  find(root) {
    const matches: RuleMatch[] = [];
    for (const form of Array.from(root.querySelectorAll('form'))) {
      if (!form.querySelector(EMAIL_INPUT) || form.querySelector('textarea, input[type="search"]')) continue;
      let box: Element = form;
      while (box.parentElement && box.parentElement !== root && isSmall(box.parentElement)) box = box.parentElement;
      if (!isSmall(box)) continue;
      matches.push({ node: box, action: { type: 'remove' }, reason: 'newsletter sign-up box (e-mail form)', text: textOf(box) });
    }
    return matches;
  },
};
