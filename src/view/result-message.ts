/** What the view says when a page gives no article: a title, a line of text and, where it helps, an action. */
import { type ExtractResult, NAVIGATED_MESSAGE, UNSCRIPTABLE_MESSAGE } from '../shared/messages';
import { t } from './i18n/index';
import type { MessageSpec } from './render';

export function messageFor(result: Extract<ExtractResult, { ok: false }>, retry?: () => void): MessageSpec {
  switch (result.reason) {
    case 'not-article':
      return retry
        ? { kind: 'not-article', title: t('notArticleTitle'), text: t('notArticleText'), action: { label: t('tryAnyway'), run: retry } }
        : { kind: 'not-article', title: t('nothingTitle'), text: t('nothingText') };
    case 'unscriptable':
      // The page's own words are English (the content script has no UI language): known reasons speak the UI's.
      return { kind: 'unscriptable', title: t('unscriptableTitle'), text: result.message === UNSCRIPTABLE_MESSAGE ? t('unscriptableText') : result.message };
    case 'too-big':
      return { kind: 'error', title: t('tooBigTitle'), text: t('tooBigText') };
    case 'frames':
      return {
        kind: 'not-article',
        title: t('framesTitle'),
        text: /another site/.test(result.message) ? t('framesOtherSiteText') : t('framesText'),
        ...(result.url ? { link: { label: t('openFrame'), href: result.url } } : {}),
      };
    case 'empty':
      return { kind: 'not-article', title: t('emptyTitle'), text: t('emptyText') };
    case 'loading':
      return { kind: 'not-article', title: t('stillLoadingTitle'), text: t('stillLoadingText'), ...(retry ? { action: { label: t('tryAgain'), run: retry } } : {}) };
    case 'navigated':
      return { kind: 'error', title: t('navigatedTitle'), text: result.message === NAVIGATED_MESSAGE ? t('navigatedText') : result.message };
    default:
      return { kind: 'error', title: t('errorTitle'), text: result.message || t('errorText') };
  }
}
