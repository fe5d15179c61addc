// The registry of injected-link rules, in the order they run. Text repair comes first (it can only
// make the other rules' view of the text cleaner); then whole blocks; then single links. They run on
// the whole page before Readability: a newsletter box still has its form, a related box its classes.
import { affiliateLink } from './affiliate-link';
import { followUsCall } from './follow-us-call';
import { headlineLinkRun } from './headline-link-run';
import { leakedLinkMarkup } from './leaked-link-markup';
import { newsletterSignupBox } from './newsletter-signup-box';
import { readMoreLine } from './read-more-line';
import { readMoreTitle } from './read-more-title';
import { relatedPostsBox } from './related-posts-box';
import type { Rule } from './rule';
import { tagKeywordLink } from './tag-keyword-link';

export const INJECTED_LINK_RULES: readonly Rule[] = [
  leakedLinkMarkup,
  relatedPostsBox,
  headlineLinkRun,
  readMoreLine,
  readMoreTitle,
  followUsCall,
  newsletterSignupBox,
  tagKeywordLink,
  affiliateLink,
];
