// The comment section's house rules printed under the post: "Comments are moderated and will not be
// approved if …", "We reserve the right to remove offensive comments", "Comments are closed", and the form's login
// prompt ("You must be logged in to comment"). They belong to the comment form that Readability dropped, not to the story.
// Guard: only among the article’s last five text units, at most 50 words, and the line speaks of
// comments *and* of moderating, approving or the rules for them; a paragraph quoting a comment stays.
// Those words are a rare step (comment-policy-words.ts), asked about a line only when it holds a comment word's start.
import { rareStep } from '../rare-steps';
import type { Rule, RuleMatch } from '../rules/rule';
import { textUnits } from './units';

const TAIL_UNITS = 5;
const MAX_WORDS = 50;
/** The start every word of comment-policy-words.ts's COMMENTS and LOGIN has (same flags: the same case folding). */
export const COMMENT_WORD = /comment|coment|kommentar|reacties|logg|log[ -]?in|sign(ed)?[ -]?in|einlogg|eingeloggt|anmelden|angemeldet|connect(é|ez|er)|sesi[oó]n|zalog|inlogg|gelogd|войд|войти|авториз/iu;

export const commentPolicy: Rule = {
  name: 'comment-policy',
  kind: 'clutter',
  description: 'A short line among the last five text units that speaks of comments and of moderating or approving them, or asks the reader to log in to take part (the comment form’s house rules and login prompt).',
  find(root, ctx) {
    const units = ctx.kept(textUnits, root);
    const matches: RuleMatch[] = [];
    for (const unit of units.slice(Math.max(1, units.length - TAIL_UNITS))) {
      if (unit.words > MAX_WORDS || !COMMENT_WORD.test(unit.text) || !rareStep('isCommentPolicy')(unit.text)) continue;
      matches.push({ node: unit.el, action: { type: 'remove' }, reason: 'comment policy under the post', text: unit.text });
    }
    return matches;
  },
};
