// Every user-visible string of the options page (the reader's corrections per site), in one plain object
// of English strings, to move to _locales with the rest of the UI.
import type { RemovalKind } from '../core/article';

export const STRINGS = {
  title: 'Reader Outline · Corrections',
  heading: 'Corrections per site',
  intro:
    'What you corrected in the reader and kept for a site: blocks hidden, removals kept, the part of the page that holds the article. They are applied the next time you read a page of that site, and synced with your browser account.',
  empty: 'No corrections yet. In the reader, hide a block or restore a removed item, then choose “Keep … on this site”.',
  rules: (n: number) => (n === 1 ? '1 correction' : `${n} corrections`),
  bytes: (n: number, max: number) => `${n} of ${max} bytes`,
  edit: 'Edit',
  editLabel: (host: string) => `The corrections for ${host}, as JSON`,
  save: 'Save',
  cancel: 'Cancel',
  saved: (host: string) => `Saved the corrections for ${host}.`,
  remove: 'Delete',
  removeLabel: (what: string) => `Delete: ${what}`,
  removeSite: 'Delete all for this site',
  removed: (host: string) => `Deleted from ${host}.`,
  exportHeading: 'Export and import',
  exportText: 'All corrections as one JSON file, { "site": [rules…] }. Importing a file replaces the lists of the sites it names and leaves the others.',
  export: 'Export as JSON',
  exported: (sites: number) => `Exported the corrections of ${sites} ${sites === 1 ? 'site' : 'sites'}.`,
  importFile: 'Import a file…',
  importPasted: 'Import the JSON below',
  pasteLabel: 'JSON to import (or the last export)',
  imported: (sites: number) => `Imported the corrections of ${sites} ${sites === 1 ? 'site' : 'sites'}.`,
  notJson: (why: string) => `Not imported: the text is not JSON (${why}). Nothing was changed.`,
  refused: (why: string) => `Not imported: ${why}. Nothing was changed.`,
  notSaved: (why: string) => `Not saved: ${why}. Nothing was changed.`,
  hide: (text: string) => `Hide the block “${text}”`,
  keepKind: (kind: string) => `Never remove ${kind}`,
  keepItem: (kind: string, text: string) => `Keep the ${kind} “${text}”`,
  container: (where: string) => `The article is in ${where}`,
};

export const KIND_WORDS: Record<RemovalKind, string> = {
  'leaked-markup': 'leaked link markup',
  'read-more': '“Read more” lines',
  'related-box': 'related boxes',
  'keyword-link': 'keyword links',
  'affiliate-link': 'affiliate links',
  'follow-call': 'calls to follow or subscribe',
  'page-chrome': 'page furniture (menus, banners)',
  clutter: 'page furniture (labels, share prompts)',
  correction: 'blocks you hid',
};
