/**
 * "Copy link to this section": a link to the original page that opens at the heading. It is a URL text
 * fragment (`#:~:text=…`, followed by Chrome, Edge, Safari and Firefox 131+), after the page's own id for
 * the heading when it has one (`#History:~:text=History`): a browser that cannot find the text, or does not
 * know text fragments, still goes to the id. With an id, the first words after the heading are added as
 * context (`,-Archaeologists%20have`), so the link does not stop at the same words in the page's own
 * table of contents; the id catches the case where the page puts something else between the two.
 * The link is written to the clipboard from the click itself (no clipboard permission is needed for that).
 */
import type { OutlineEntry } from '../../core/article';
import { h, icon } from '../dom';
import type { Section } from './sections';
import { t } from '../i18n/index';

/** Percent-encodes a text directive's term: its own delimiters (`-`, `,`, `&`) included. */
function term(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * The first words (up to four) of the first block after the heading that has words, whatever it is (a
 * paragraph, a list, a picture's caption, the first subsection's heading): on the original page those words
 * follow the heading too, unless the page has more between them, and then the link still has the id.
 */
export function wordsAfter(heading: Element): string | null {
  // A heading in a wrapper of its own (a wiki's <div class="mw-heading">): what follows the wrapper.
  let from: Element = heading;
  while (!from.nextElementSibling && from.parentElement && !from.parentElement.classList.contains('doc__body')) from = from.parentElement;
  for (let next = from.nextElementSibling; next; next = next.nextElementSibling) {
    const words = (next.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!words) continue;
    const text = words.split(' ').slice(0, 4).join(' ').replace(/[\s,;:.!?)\]]+$/, '');
    return text.length >= 3 ? text : null;
  }
  return null;
}

/** The address of `entry`'s heading on the original page, or null when the page's address is unknown. */
export function sectionLink(pageUrl: string, entry: Pick<OutlineEntry, 'text' | 'anchor'>, after: string | null = null): string | null {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const text = entry.text.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  url.hash = '';
  const anchor = entry.anchor ? encodeURIComponent(entry.anchor) : '';
  const context = anchor && after ? `,-${term(after)}` : '';
  return `${url.href}#${anchor}:~:text=${term(text)}${context}`;
}

/** Writes `text` to the clipboard, from a user's click or key press. */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // An older engine, or no focus: the selection route below.
  }
  const area = h('textarea', { class: 'visually-hidden', readonly: true, 'aria-hidden': 'true' });
  area.value = text;
  document.body.appendChild(area);
  area.select();
  const done = document.execCommand('copy');
  area.remove();
  if (!done) throw new Error(t('copyNotAllowed'));
}

/**
 * Adds a "Copy link to this section" button to each section's heading (its name is an aria-label, so the
 * heading's text stays the section's words). `copied` reports the outcome, for a note on screen.
 */
export function addSectionLinks(sections: Section[], pageUrl: string, copied: (ok: boolean, section: Section) => void): void {
  for (const section of sections) {
    const link = sectionLink(pageUrl, section.entry, wordsAfter(section.heading));
    if (!link) continue;
    const button = h(
      'button',
      { class: 'heading-link', type: 'button', 'aria-label': t('copyLinkToSection'), title: t('copyLinkToSection'), 'data-action': 'copy-section-link' },
      icon('link', 16),
    );
    button.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      copyText(link).then(
        () => copied(true, section),
        () => copied(false, section),
      );
    });
    section.heading.appendChild(button);
  }
}

/** The link for a section, as its heading's button copies it (for the key that copies the current one). */
export function linkFor(section: Section, pageUrl: string): string | null {
  return sectionLink(pageUrl, section.entry, wordsAfter(section.heading));
}
