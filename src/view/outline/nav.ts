/**
 * One rendering of the outline (inline card above the text, side column, sections menu); several follow
 * the same scroll-spy. Entries nest as the levels do (a list inside its parent's item, indented past the
 * parent's text). A long outline folds its second and third levels under their parent — open along the
 * section being read, all open on request — and has a filter box; every entry shows its minutes.
 */
import { h, icon } from '../dom';
import { markRanges, matchRanges, queryWords } from './filter';
import { LONG_OUTLINE, type SectionPlan, minutesLabel, trailOf } from './sections';
import { type MessageKey, plural, t, uiAttrs, uiLocale } from '../i18n/index';

export type OutlineVariant = 'inline' | 'side' | 'menu';

export interface OutlineOptions {
  onPick: (index: number) => void;
  /** Escape in an empty filter box (the menu closes). */
  onEscape?: () => void;
}

interface Item {
  li: HTMLLIElement;
  row: HTMLElement;
  link: HTMLAnchorElement;
  text: HTMLElement;
  fold: HTMLButtonElement | null;
  sub: HTMLOListElement | null;
}

const TITLES: Record<OutlineVariant, MessageKey | null> = { inline: 'inThisArticle', side: 'contents', menu: null };

export class OutlineNav {
  readonly element: HTMLElement;
  /** True when the outline folds and filters (more than LONG_OUTLINE entries). */
  readonly long: boolean;
  private readonly items: Item[] = [];
  private readonly filterBox: HTMLInputElement | null = null;
  private readonly allButton: HTMLButtonElement | null = null;
  private readonly empty: HTMLElement;
  /** Folds the reader opened or closed by hand; the rest follow the section being read. */
  private readonly userOpen = new Map<number, boolean>();
  private allOpen = false;
  private trail = new Set<number>();
  private words: string[] = [];

  constructor(
    private readonly sections: readonly SectionPlan[],
    readonly variant: OutlineVariant,
    private readonly options: OutlineOptions,
  ) {
    this.long = sections.length > LONG_OUTLINE;
    const list = h('ol', { class: 'outline__list' });
    this.build(
      sections.flatMap((s, i) => (s.parent < 0 ? [i] : [])),
      list,
    );
    const title = TITLES[variant];
    let tools: HTMLElement | null = null;
    if (this.long) {
      this.allButton = h(
        'button',
        { class: 'outline__all', type: 'button', 'aria-pressed': 'false', 'data-action': 'outline-all', title: t('openOrFoldAll') },
        t('openAll'),
      );
      this.allButton.addEventListener('click', () => this.setAllOpen(!this.allOpen));
      this.filterBox = h('input', {
        class: 'outline__search',
        type: 'search',
        placeholder: t('filterSections'),
        'aria-label': t('filterSections'),
        'aria-keyshortcuts': '/',
        autocomplete: 'off',
        spellcheck: 'false',
        'data-action': 'outline-filter',
      });
      this.filterBox.addEventListener('input', () => this.filter(this.filterBox?.value ?? ''));
      this.filterBox.addEventListener('keydown', (event) => this.onFilterKey(event));
      tools = h('div', { class: 'outline__tools' }, h('label', { class: 'outline__find' }, icon('search', 15), this.filterBox, h('kbd', { 'aria-hidden': 'true' }, '/')));
    }
    const head = title || this.allButton ? h('div', { class: 'outline__head' }, title ? h('h2', { class: 'outline__title', lang: uiLocale() }, t(title)) : null, this.allButton) : null;
    this.empty = h('p', { class: 'outline__empty', role: 'status', hidden: true });
    list.addEventListener('keydown', (event) => this.onListKey(event));
    this.element = h(
      'nav',
      { class: `outline outline--${variant}${this.long ? ' outline--long' : ''}`, 'data-outline': variant, 'aria-label': t('sections') },
      head,
      tools,
      this.empty,
      list,
    );
    this.applyFolds();
  }

  private build(indexes: number[], list: HTMLOListElement): void {
    for (const index of indexes) {
      const section = this.sections[index]!;
      const { entry } = section;
      const text = h('span', { class: 'outline__text' }, entry.text);
      const link = h('a', { class: 'outline__link', href: `#${entry.id}`, 'data-index': index }, text);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        this.options.onPick(index);
      });
      const minutes = h('span', { class: 'outline__min', 'aria-hidden': 'true' }, h('span', uiAttrs(), minutesLabel(section.totalMinutes)));
      link.setAttribute('title', t('sectionTitleTime', entry.text, plural('minutesOfReading', section.totalMinutes)));
      const hasChildren = section.children.length > 0;
      const fold =
        this.long && hasChildren
          ? h('button', { class: 'outline__fold', type: 'button', 'aria-expanded': 'false', 'data-action': 'fold', 'aria-label': t('subsectionsOf', entry.text) }, icon('chevron', 14))
          : null;
      const spacer = this.long && !fold ? h('span', { class: 'outline__fold outline__fold--none', 'aria-hidden': 'true' }) : null;
      const row = h('div', { class: 'outline__row' }, fold ?? spacer, link, minutes);
      const li = h('li', { class: `outline__item outline__item--l${entry.level}`, 'data-index': index }, row);
      let sub: HTMLOListElement | null = null;
      if (hasChildren) {
        sub = h('ol', { class: 'outline__list outline__list--sub', id: `${this.variant}-sub-${index}` });
        fold?.setAttribute('aria-controls', sub.id);
        this.build(section.children, sub);
        li.appendChild(sub);
      }
      fold?.addEventListener('click', () => {
        this.userOpen.set(index, !this.isOpen(index));
        this.applyFolds();
      });
      list.appendChild(li);
      this.items[index] = { li, row, link, text, fold, sub };
    }
  }

  private isOpen(index: number): boolean {
    if (!this.long || this.words.length) return true;
    return this.userOpen.get(index) ?? (this.allOpen || this.trail.has(index));
  }

  private applyFolds(): void {
    this.items.forEach((item, i) => {
      if (!item.sub) return;
      const open = this.isOpen(i);
      item.sub.hidden = !open;
      item.fold?.setAttribute('aria-expanded', String(open));
      item.li.classList.toggle('is-folded', !open);
    });
  }

  /** Opens every fold (or folds them all back to following the section being read). */
  setAllOpen(open: boolean): void {
    this.allOpen = open;
    this.userOpen.clear();
    if (this.allButton) {
      this.allButton.setAttribute('aria-pressed', String(open));
      this.allButton.textContent = open ? t('foldAll') : t('openAll');
    }
    this.applyFolds();
  }

  setCurrent(index: number): void {
    const trail = trailOf(this.sections, index);
    this.trail = new Set(trail);
    this.items.forEach((item, i) => {
      if (i === index) item.link.setAttribute('aria-current', 'location');
      else item.link.removeAttribute('aria-current');
      item.row.classList.toggle('is-trail', i !== index && this.trail.has(i));
    });
    this.applyFolds();
  }

  /** Marks the sections read (the reader tab): a section with subsections once they are all read too. */
  setRead(read: ReadonlySet<number>): void {
    const done = (i: number): boolean => read.has(i) && this.sections[i]!.children.every(done);
    this.items.forEach((item, i) => {
      item.row.classList.toggle('is-read', done(i));
    });
  }

  /** Narrows the outline to the entries holding every word (and the sections above them, for context). */
  filter(query: string): void {
    this.words = queryWords(query);
    const shown = new Set<number>();
    let matched = 0;
    this.items.forEach((item, i) => {
      const ranges = this.words.length ? matchRanges(this.sections[i]!.entry.text, this.words) : [];
      markRanges(item.text, this.sections[i]!.entry.text, ranges ?? []);
      item.row.classList.toggle('is-match', this.words.length > 0 && ranges !== null);
      if (ranges === null) return;
      matched++;
      for (const t of trailOf(this.sections, i)) shown.add(t);
    });
    this.items.forEach((item, i) => {
      item.li.hidden = this.words.length > 0 && !shown.has(i);
      item.row.classList.toggle('is-context', this.words.length > 0 && shown.has(i) && !item.row.classList.contains('is-match'));
    });
    this.empty.hidden = !this.words.length || matched > 0;
    this.empty.textContent = matched ? '' : t('noSectionMatch', query.trim());
    this.element.classList.toggle('is-filtered', this.words.length > 0);
    this.applyFolds();
  }

  private visibleLinks(): HTMLAnchorElement[] {
    return this.items.filter((item) => item.link.getClientRects().length > 0).map((item) => item.link);
  }

  private onFilterKey(event: KeyboardEvent): void {
    const box = this.filterBox!;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (box.value) {
        box.value = '';
        this.filter('');
      } else {
        box.blur();
        this.options.onEscape?.();
      }
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const first = this.items.findIndex((item) => item.row.classList.contains('is-match'));
      if (first >= 0) this.options.onPick(first);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      this.visibleLinks()[0]?.focus();
    }
  }

  /** Arrow keys in the list: up and down between the entries shown, right opens a fold, left closes it. */
  private onListKey(event: KeyboardEvent): void {
    const link = (event.target as Element).closest?.('.outline__link') as HTMLAnchorElement | null;
    if (!link || event.altKey || event.ctrlKey || event.metaKey) return;
    const index = Number(link.dataset.index);
    const links = this.visibleLinks();
    const at = links.indexOf(link);
    let handled = true;
    if (event.key === 'ArrowDown') links[at + 1]?.focus();
    else if (event.key === 'ArrowUp') {
      if (at > 0) links[at - 1]?.focus();
      else this.filterBox?.focus();
    } else if ((event.key === 'ArrowRight' || event.key === 'ArrowLeft') && this.items[index]?.sub && this.long && !this.words.length) {
      this.userOpen.set(index, event.key === 'ArrowRight');
      this.applyFolds();
    } else handled = false;
    if (handled) event.preventDefault();
  }

  focusFilter(): boolean {
    if (!this.filterBox) return false;
    this.filterBox.focus();
    this.filterBox.select();
    return true;
  }

  /** Keeps the current entry (or, folded away, its nearest shown parent) visible where the list scrolls. */
  reveal(index: number): void {
    const shown = trailOf(this.sections, index).find((i) => this.items[i]?.link.getClientRects().length);
    const link = shown === undefined ? null : this.items[shown]!.link;
    const box = (this.element.closest('.outline-panel') as HTMLElement | null) ?? this.element;
    if (!link || box.scrollHeight <= box.clientHeight) return;
    // From the boxes, not offsetTop: the sticky list is its links' offsetParent, and its own offsetTop
    // grows with the page's scroll, which sent the list back to its top instead of to the current entry.
    const top = link.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    if (top < box.scrollTop + 24 || top > box.scrollTop + box.clientHeight - 48) {
      box.scrollTop = Math.max(0, top - box.clientHeight / 3);
    }
  }

  focus(index: number): void {
    const i = Math.max(0, index);
    for (const t of trailOf(this.sections, i).slice(1)) if (!this.isOpen(t)) this.userOpen.set(t, true);
    this.applyFolds();
    this.items[i]?.link.focus();
  }
}
