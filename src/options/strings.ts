// The options page's words are messages of _locales (opt…, through the view's t/plural); this module maps
// the removal kinds to the words the page uses for them inside a sentence ("Never remove keyword links").
import type { RemovalKind } from '../core/article';
import { type MessageKey, t } from '../view/i18n/index';

const KIND_WORDS: Record<RemovalKind, MessageKey> = {
  'leaked-markup': 'optKindLeakedMarkup',
  'read-more': 'optKindReadMore',
  'related-box': 'optKindRelatedBox',
  'keyword-link': 'optKindKeywordLink',
  'affiliate-link': 'optKindAffiliateLink',
  'follow-call': 'optKindFollowCall',
  'page-chrome': 'optKindPageChrome',
  clutter: 'optKindClutter',
  correction: 'optKindCorrection',
};

export const kindWords = (kind: RemovalKind): string => t(KIND_WORDS[kind]);
