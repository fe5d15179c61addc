/**
 * The scroll-spy: which section is being read (the last heading above the reading line), how far through
 * the article the reader is, and which sections they have read — scrolled through to their end while
 * reading, not jumped over: a jump (a click in the outline, the scrollbar dragged far) marks nothing.
 */
import { prefersReducedMotion } from '../dom';
import type { Section } from './sections';

export interface SpyListener {
  section(index: number): void;
  /** Fraction of the article scrolled through (0 … 1) and the sections read. */
  progress?(fraction: number, read: ReadonlySet<number>): void;
}

export class ScrollSpy {
  current = -1;
  readonly read = new Set<number>();
  private frame = 0;
  private pinned: { index: number; y: number; until: number } | null = null;
  /** The scroll position of the last update made while the reader scrolled by themselves. */
  private lastY: number | null = null;
  private readonly schedule = () => {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.update());
  };

  constructor(
    private readonly sections: Section[],
    private readonly topOffset: () => number,
    private readonly listener: SpyListener,
    /** The element whose bottom ends the last section (the article's body). */
    private readonly end: HTMLElement | null = null,
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

  private line(): number {
    return this.topOffset() + 8;
  }

  private atBottom(): boolean {
    const scroller = document.scrollingElement ?? document.documentElement;
    return window.scrollY > 0 && window.scrollY + window.innerHeight >= scroller.scrollHeight - 2;
  }

  private compute(): number {
    const pin = this.pinned;
    if (pin && (performance.now() < pin.until || Math.abs(window.scrollY - pin.y) < 4)) return pin.index;
    this.pinned = null;
    const line = this.line();
    let index = -1;
    this.sections.forEach((section, i) => {
      if (section.heading.getBoundingClientRect().top <= line) index = i;
    });
    if (this.atBottom() && this.sections.length) {
      // The last sections may never reach the reading line: at the very end, the last one is current.
      const last = this.sections.length - 1;
      const lastTop = this.sections[last]!.heading.getBoundingClientRect().top;
      if (lastTop < window.innerHeight) index = last;
    }
    return index;
  }

  /** Where section `i` ends, in viewport coordinates: the next heading's top, or the article's bottom. */
  private endOf(i: number): number {
    const next = this.sections[i + 1];
    if (next) return next.heading.getBoundingClientRect().top;
    return this.end ? this.end.getBoundingClientRect().bottom : Number.POSITIVE_INFINITY;
  }

  /** Marks the sections whose end the reading line passed since the last update, if the reader scrolled there. */
  private markRead(): boolean {
    const y = window.scrollY;
    const last = this.lastY;
    this.lastY = y;
    if (last === null || this.pinned) return false;
    const moved = y - last;
    if (moved <= 0 || moved > window.innerHeight * 1.5) return false; // up, still, or a jump
    const line = this.line();
    let changed = false;
    const bottom = this.atBottom();
    this.sections.forEach((_, i) => {
      if (this.read.has(i)) return;
      const end = this.endOf(i);
      // Passed the line in this move (its end was below the line before), or the article's end reached.
      if ((end <= line && end + moved > line) || (bottom && end <= window.innerHeight)) {
        this.read.add(i);
        changed = true;
      }
    });
    return changed;
  }

  update(): void {
    this.frame = 0;
    const index = this.compute();
    if (index !== this.current) {
      this.current = index;
      this.listener.section(index);
    }
    if (this.listener.progress) {
      this.markRead();
      const scroller = document.scrollingElement ?? document.documentElement;
      const range = scroller.scrollHeight - window.innerHeight;
      this.listener.progress(range > 0 ? Math.min(1, Math.max(0, window.scrollY / range)) : 1, this.read);
    }
  }

  /** Scrolls to a section (the heading lands just under the sticky bar) and focuses it. */
  goTo(index: number): void {
    const section = this.sections[index];
    if (!section) return;
    // Moving on to the next section whose end is on screen: the one being left has been read.
    if (this.listener.progress && index === this.current + 1 && this.current >= 0 && this.endOf(this.current) <= window.innerHeight) {
      this.read.add(this.current);
    }
    const scroller = document.scrollingElement ?? document.documentElement;
    const maxY = scroller.scrollHeight - window.innerHeight;
    const y = Math.max(0, Math.min(maxY, Math.round(section.heading.getBoundingClientRect().top + window.scrollY - this.topOffset() - 4)));
    this.pinned = { index, y, until: performance.now() + 900 };
    this.lastY = null; // the jump is not reading
    window.scrollTo({ top: y, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    section.heading.focus({ preventScroll: true });
    this.current = index;
    this.listener.section(index);
  }

  next(step: 1 | -1): void {
    if (!this.sections.length) return;
    const target = Math.max(0, Math.min(this.sections.length - 1, this.current + step));
    if (target === this.current && this.current >= 0) return;
    this.goTo(this.current < 0 && step < 0 ? 0 : target);
  }

  /** To the next first-level section, or back to the start of this one (then the one before). */
  nextTop(step: 1 | -1): void {
    const tops = this.sections.flatMap((s, i) => (s.entry.level === 1 ? [i] : []));
    const target = step > 0 ? tops.find((i) => i > this.current) : [...tops].reverse().find((i) => i < this.current);
    if (target !== undefined) this.goTo(target);
    else if (step < 0 && this.current < 0 && tops.length) this.goTo(tops[0]!);
  }
}
