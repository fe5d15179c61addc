// Every user-visible string of the corrections (removed items, restore, hide, keep for this site), in one
// plain object of English strings, to move to _locales with the rest of the UI.
import type { RemovalKind } from '../../core/article';

export const STRINGS = {
  injectedLink: 'injected link',
  injectedLinks: 'injected links',
  injectedItem: 'injected item',
  injectedItems: 'injected items',
  removedSuffix: 'removed',
  hiddenByYou: (n: number) => `${n} hidden by you`,
  applied: (n: number) => (n === 1 ? '1 correction of yours applied' : `${n} corrections of yours applied`),
  showAll: 'Show all in the text',
  hideAll: 'Hide them again',
  showKind: 'Show in the text',
  hideKind: 'Hide again',
  keepKind: 'Never remove these here',
  keptKind: 'Kept on this site',
  restore: 'Restore',
  restored: 'Restored',
  keepItem: 'Keep on this site',
  keptItem: 'Kept on this site',
  forget: 'Stop hiding on this site',
  forgotten: 'No longer hidden here',
  linkWas: (href: string) => `Was a link to ${href}`,
  removedBy: (kind: string, reason: string) => `${kind} · ${reason}`,
  hideBlock: 'Hide this block',
  hideBlockHint: 'Hide this block (x)',
  hiddenNote: (what: string) => `${what} hidden.`,
  keepHidden: 'Keep hidden on this site',
  keptHidden: 'Hidden on this site from now on.',
  undo: 'Undo',
  dismiss: 'Close',
  saveFailed: (why: string) => `Could not save the correction: ${why}`,
  corrections: (applied: number, stale: number) =>
    `Your corrections for this site: ${applied} applied${stale ? `, ${stale} not found on this page` : ''}.`,
  manage: 'Manage corrections',
  pick: 'Pick the article…',
  pickHint: 'Wrong part of the page? Point at the block that holds the story, on the page itself',
  block: { p: 'Paragraph', ul: 'List', ol: 'List', dl: 'List', figure: 'Figure', blockquote: 'Quote', pre: 'Code block', table: 'Table', heading: 'Section', aside: 'Box', other: 'Block' } as Record<string, string>,
} as const;

/** Each kind's name in the list, plural, and on an item shown in the text. */
export const KIND_NAMES: Record<RemovalKind, { group: string; label: string }> = {
  'leaked-markup': { group: 'Leaked link markup', label: 'Leaked markup' },
  'read-more': { group: '“Read more” lines', label: 'Read more' },
  'related-box': { group: 'Related boxes', label: 'Related box' },
  'keyword-link': { group: 'Keyword links', label: 'Keyword link' },
  'affiliate-link': { group: 'Affiliate links', label: 'Affiliate link' },
  'follow-call': { group: 'Calls to follow or subscribe', label: 'Call' },
  'page-chrome': { group: 'Page furniture (menus, banners)', label: 'Page furniture' },
  clutter: { group: 'Page furniture (labels, share prompts)', label: 'Page furniture' },
  correction: { group: 'Hidden by you', label: 'Hidden by you' },
};
