// The corrections' words are messages of _locales (src/view/i18n: t, plural); this module only maps the
// removal kinds and the kinds of block to their message keys.
import type { RemovalKind } from '../../core/article';
import type { RuleProblem } from '../../core/site-rules';
import { type MessageKey, t } from '../i18n/index';

const KIND_KEYS: Record<RemovalKind, { group: MessageKey; label: MessageKey }> = {
  'leaked-markup': { group: 'kindGroupLeakedMarkup', label: 'kindLabelLeakedMarkup' },
  'read-more': { group: 'kindGroupReadMore', label: 'kindLabelReadMore' },
  'related-box': { group: 'kindGroupRelatedBox', label: 'kindLabelRelatedBox' },
  'keyword-link': { group: 'kindGroupKeywordLink', label: 'kindLabelKeywordLink' },
  'affiliate-link': { group: 'kindGroupAffiliateLink', label: 'kindLabelAffiliateLink' },
  'follow-call': { group: 'kindGroupFollowCall', label: 'kindLabelFollowCall' },
  'page-chrome': { group: 'kindGroupPageChrome', label: 'kindLabelPageFurniture' },
  clutter: { group: 'kindGroupClutter', label: 'kindLabelPageFurniture' },
  correction: { group: 'kindGroupCorrection', label: 'kindLabelCorrection' },
};

/** A kind's name as the heading of its group in the panel ("Keyword links"). */
export const kindGroup = (kind: RemovalKind): string => t(KIND_KEYS[kind].group);

/** A kind's name on one item shown in the text ("Keyword link"). */
export const kindLabel = (kind: RemovalKind): string => t(KIND_KEYS[kind].label);

const HIDDEN_NOTES: Record<string, MessageKey> = {
  p: 'corrHiddenParagraph',
  ul: 'corrHiddenList',
  ol: 'corrHiddenList',
  dl: 'corrHiddenList',
  figure: 'corrHiddenFigure',
  blockquote: 'corrHiddenQuote',
  pre: 'corrHiddenCode',
  table: 'corrHiddenTable',
  heading: 'corrHiddenSection',
  aside: 'corrHiddenBox',
};

/** The note after hiding a block ("Paragraph hidden."): one whole message per kind of block, for gender agreement. */
export const hiddenNote = (block: string): string => t(HIDDEN_NOTES[block] ?? 'corrHiddenBlock');

/**
 * Why rules were refused, in the UI's language: the message `rule<Code>` for the problem's code (the core
 * and the store give one, src/core/site-rules/validate.ts), else the English text they gave with it.
 */
export function refusalText(r: { error: string; problem?: RuleProblem }): string {
  if (!r.problem) return r.error;
  const { code, args } = r.problem;
  return t(`rule${code[0]!.toUpperCase()}${code.slice(1)}` as MessageKey, ...args) || r.error;
}
