// Page chrome rules, run on the cloned page before the injected-link rules and Readability: what can
// never be the article goes first, so every later step walks less and Readability scores the rest.
import type { Rule } from '../rules/rule';
import { authorBoxes } from './author-boxes';
import { callBoxes } from './call-boxes';
import { controlLabels } from './control-labels';
import { crossReferences } from './cross-references';
import { disclosureNotes } from './disclosure-notes';
import { footers } from './footers';
import { hiddenLinks } from './hidden-links';
import { licenceNotes } from './licence-notes';
import { newsletterBoxes } from './newsletter-boxes';
import { offerCards } from './offer-cards';
import { otherArticles } from './other-articles';
import { pageForms } from './page-forms';
import { sectionEditLinks } from './section-edit-links';
import { siteBanner } from './site-banner';
import { siteNavigation } from './site-navigation';
import { tableOfContents } from './table-of-contents';
import { tagList } from './tag-list';

// The table of contents first: a TOC in a <nav> goes whole, with its title line outside the <nav>.
// Links the page hides from sight first: nothing after should read them as the page's.
export const PAGE_CHROME_RULES: readonly Rule[] = [hiddenLinks, tableOfContents, siteNavigation, siteBanner, footers, disclosureNotes, licenceNotes, authorBoxes, callBoxes, otherArticles, tagList, sectionEditLinks, crossReferences, offerCards, controlLabels];

// After the injected-link rules and the offers: a sign-up box in the story is theirs to take whole (heading, pitch
// and form, or the call around a newsletter link); the forms left are the page's own dialogs and widgets, and the
// boxes named a newsletter that are left had no form or call to know them by.
export const LATE_CHROME_RULES: readonly Rule[] = [pageForms, newsletterBoxes];
