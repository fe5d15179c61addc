// Newsletter, sign-up and paywall boxes the template sets in or beside the story ("Sie wollen mehr von uns?" over
// a sign-up form a script fills in; "Jetzt für Top-News anmelden / Ein Newsletter, der … / Jetzt die News
// erhalten"; "Pour lire la suite et accéder gratuitement à 3 articles par mois, créez votre compte"). When the
// form is there, newsletter-signup-box takes the box around it; when it is not (loaded by script, or a link to a
// sign-up page), only the template's name for the box says what it is: a newsletter, a sign-up, a subscription
// or a paywall (a wall asking for an account or a subscription). Readability strips the classes, so the rule
// runs on the page, before it.
// Guard: the word as a whole part of the class or id ("newsletter", "article-banner-signup", not
// "subscribers-count" nor a word inside another); never an <article>, <main> or <body> (a post filed under a
// "newsletter" category carries the word) nor an inline element (a box's button or counter, not the box); a
// box's length, and the named-box guards: no headline, article or main inside and under three paragraphs of
// prose; never inside literal text.
import { classAndId } from '../dom';
import type { Rule } from '../rules/rule';
import { findNamedBoxes, withLettersUpTo } from './named-boxes';

/** Letters of a sign-up box at most: a heading, a pitch of two or three lines, a button and the privacy line. */
const BOX_LETTERS = 1200;

/** The word as a whole part of a name: newsletter, nl-newsletter_box, article-banner-signup, sign-up, subscribeBox. */
const NAME = /(?:^|[^a-zA-Z])(?:[Nn]ewsletters?|NEWSLETTER|[Ss]ign-?[Uu]p|SIGNUP|[Ss]ubscribe|[Ss]ubscription|[Pp]ay-?[Ww]all|PAYWALL|[Rr]eg-?[Ww]all)(?![a-z])|[a-z](?:Newsletter|Signup|SignUp|Subscribe|Subscription|Paywall|PayWall|Regwall)(?![a-z])/;
const PAGE_PARTS = new Set(['article', 'main', 'body', 'html']);
/** Inline elements are a box's parts (its button, its counter), not the box. */
const INLINE = new Set(['a', 'span', 'button', 'strong', 'em', 'b', 'i', 'small', 'label', 'img', 'svg', 'input']);

function named(el: Element): boolean {
  if (PAGE_PARTS.has(el.localName) || INLINE.has(el.localName)) return false;
  const name = classAndId(el);
  return name !== null && NAME.test(name);
}

export const newsletterBoxes: Rule = {
  name: 'newsletter-boxes',
  kind: 'page-chrome',
  description: 'A box the template names a newsletter, sign-up, subscription or paywall (a whole word of its class or id), not an article or main, of a box’s length, with no headline, article or main and under three paragraphs of prose.',
  find: (root) =>
    findNamedBoxes(root, {
      named,
      fits: withLettersUpTo(BOX_LETTERS),
      reason: 'a newsletter, sign-up or paywall box the template sets beside the story',
    }),
};
