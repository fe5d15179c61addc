// Every user-visible string of the in-page picker, in one plain object of English strings, to move to
// _locales with the rest of the UI.
export const STRINGS = {
  title: 'Pick the article',
  help: 'Point at the block that holds the story and click it. ↑ ↓ wider or narrower, Enter picks, Esc cancels.',
  cancel: 'Cancel',
  label: (tag: string, chars: number) => `${tag} · ${chars.toLocaleString()} characters`,
};
