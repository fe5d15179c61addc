/**
 * The outline: the article's sections as a list (inline above the text, a side column, or a menu),
 * clicking scrolls to the section, and a scroll-spy highlights the section being read.
 */
import type { OutlineEntry } from '../core/article';
import { h, prefersReducedMotion } from './dom';

export interface Section {
  entry: OutlineEntry;
  heading: HTMLElement;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Pairs outline entries with the rendered headings: by id first, then by text (in case re-sanitizing
 * dropped an id). With no outline at all, builds one from the headings so the view still works.
 */
export function resolveSections(outline: OutlineEntry[], headings: HTMLElement[]): Section[] {
  const unused = new Set(headings);
  const sections: Section[] = [];
  if (outline.length) {
    for (const entry of outline) {
      let heading = headings.find((el) => el.id === entry.id && unused.has(el));
      if (!heading) heading = headings.find((el) => unused.has(el) && norm(el.textContent ?? '') === norm(entry.text));
      if (!heading) continue;
      unused.delete(heading);
      if (!heading.id) heading.id = entry.id;
      sections.push({ entry, heading });
    }
    return sections;
  }
  const levels = [...new Set(headings.map((el) => Number(el.tagName[1])))].sort();
  headings.forEach((heading, i) => {
    const text = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) return;
    if (!heading.id) heading.id = `section-${i + 1}`;
    const level = Math.min(3, levels.indexOf(Number(heading.tagName[1])) + 1);
    sections.push({ entry: { id: heading.id, level, text, minutes: 0 }, heading });
  });
  return sections;
}

export type OutlineVariant = 'inline' | 'side' | 'menu';

/** One rendering of the outline; several can follow the same scroll-spy. */
export class OutlineNav {
  readonly element: HTMLElement;
  private readonly links: HTMLAnchorElement[] = [];

  constructor(sections: Section[], variant: OutlineVariant, onPick: (index: number) => void) {
    const list = h('ol', { class: 'outline__list' });
    sections.forEach((section, index) => {
      const link = h(
        'a',
        { class: 'outline__link', href: `#${section.entry.id}`, 'data-index': index },
        h('span', { class: 'outline__text' }, section.entry.text),
      );
      link.addEventListener('click', (event) => {
        event.preventDefault();
        onPick(index);
      });
      this.links.push(link);
      list.appendChild(h('li', { class: `outline__item outline__item--l${section.entry.level}` }, link));
    });
    const title = variant === 'menu' ? null : h('h2', { class: 'outline__title' }, variant === 'side' ? 'Contents' : 'In this article');
    this.element = h(
      'nav',
      { class: `outline outline--${variant}`, 'data-outline': variant, 'aria-label': 'Sections' },
      title,
      list,
    );
  }

  setCurrent(index: number): void {
    this.links.forEach((link, i) => {
      if (i === index) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    });
  }

  /** Keeps the current entry visible when the list itself scrolls (side column). */
  reveal(index: number): void {
    const link = this.links[index];
    const box = this.element;
    if (!link || box.scrollHeight <= box.clientHeight) return;
    // From the boxes, not offsetTop: the sticky list is its links' offsetParent, and its own offsetTop
    // grows with the page's scroll, which sent the list back to its top instead of to the current entry.
    const top = link.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    if (top < box.scrollTop + 24 || top > box.scrollTop + box.clientHeight - 48) {
      box.scrollTop = Math.max(0, top - box.clientHeight / 3);
    }
  }

  focus(index: number): void {
    this.links[Math.max(0, index)]?.focus();
  }
}

/** Tracks which section is being read (the last heading above the reading line). */
export class ScrollSpy {
  current = -1;
  private frame = 0;
  private pinned: { index: number; y: number; until: number } | null = null;
  private readonly schedule = () => {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.update());
  };

  constructor(
    private readonly sections: Section[],
    private readonly topOffset: () => number,
    private readonly onChange: (index: number) => void,
  ) {
    window.addEventListener('scroll', this.schedule, { passive: true });
    window.addEventListener('resize', this.schedule);
    this.update();
  }

  destroy(): void {
    window.removeEventListener('scroll', this.schedule);
    window.removeEventListener('resize', this.schedule);
    if (this.frame) cancelAnimationFrame(this.frame);
  }

  private compute(): number {
    const scroller = document.scrollingElement ?? document.documentElement;
    const pin = this.pinned;
    if (pin && (performance.now() < pin.until || Math.abs(window.scrollY - pin.y) < 4)) return pin.index;
    this.pinned = null;
    const line = this.topOffset() + 8;
    let index = -1;
    this.sections.forEach((section, i) => {
      if (section.heading.getBoundingClientRect().top <= line) index = i;
    });
    const atBottom = window.scrollY > 0 && window.scrollY + window.innerHeight >= scroller.scrollHeight - 2;
    if (atBottom && this.sections.length) {
      // The last sections may never reach the reading line: at the very end, the last one is current.
      const last = this.sections.length - 1;
      const lastTop = this.sections[last]!.heading.getBoundingClientRect().top;
      if (lastTop < window.innerHeight) index = last;
    }
    return index;
  }

  update(): void {
    this.frame = 0;
    const index = this.compute();
    if (index !== this.current) {
      this.current = index;
      this.onChange(index);
    }
  }

  /** Scrolls to a section (the heading lands just under the sticky bar) and focuses it. */
  goTo(index: number): void {
    const section = this.sections[index];
    if (!section) return;
    const scroller = document.scrollingElement ?? document.documentElement;
    const maxY = scroller.scrollHeight - window.innerHeight;
    const y = Math.max(
      0,
      Math.min(maxY, Math.round(section.heading.getBoundingClientRect().top + window.scrollY - this.topOffset() - 4)),
    );
    this.pinned = { index, y, until: performance.now() + 900 };
    window.scrollTo({ top: y, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    section.heading.focus({ preventScroll: true });
    this.current = index;
    this.onChange(index);
  }

  next(step: 1 | -1): void {
    if (!this.sections.length) return;
    const target = Math.max(0, Math.min(this.sections.length - 1, this.current + step));
    if (target === this.current && this.current >= 0) return;
    this.goTo(this.current < 0 && step < 0 ? 0 : target);
  }
}
