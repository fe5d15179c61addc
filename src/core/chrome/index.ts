// Page chrome rules, run on the cloned page before the injected-link rules and Readability: what can
// never be the article goes first, so every later step walks less and Readability scores the rest.
import type { Rule } from '../rules/rule';
import { crossReferences } from './cross-references';
import { otherArticles } from './other-articles';
import { sectionEditLinks } from './section-edit-links';
import { siteBanner } from './site-banner';
import { siteNavigation } from './site-navigation';
import { tagList } from './tag-list';

export const PAGE_CHROME_RULES: readonly Rule[] = [siteNavigation, siteBanner, otherArticles, tagList, sectionEditLinks, crossReferences];
