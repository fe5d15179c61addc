/**
 * The article's sections as the view uses them: each outline entry paired with its rendered heading, and
 * the tree the levels make (parent, children), with minutes of reading for a section and all it holds.
 */
import type { OutlineEntry } from '../../core/article';
import { t } from '../i18n/index';

export interface Section {
  entry: OutlineEntry;
  heading: HTMLElement;
  /** Index of the enclosing section (the nearest earlier entry of a smaller level), or -1. */
  parent: number;
  /** Indexes of the sections directly under this one. */
  children: number[];
  /** Minutes of reading of this section with everything under it. */
  totalMinutes: number;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const wholeMinutes = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.round(n) : 0);

/** A section as the outline lists it, before its heading is known (a long article still coming in). */
export type SectionPlan = Omit<Section, 'heading'>;

/** Parents, children and total minutes from the levels, in place. */
function linkTree<T extends SectionPlan>(sections: T[]): T[] {
  const stack: number[] = [];
  sections.forEach((section, i) => {
    while (stack.length && sections[stack[stack.length - 1]!]!.entry.level >= section.entry.level) stack.pop();
    section.parent = stack.length ? stack[stack.length - 1]! : -1;
    if (section.parent >= 0) sections[section.parent]!.children.push(i);
    stack.push(i);
  });
  for (let i = sections.length - 1; i >= 0; i--) {
    const s = sections[i]!;
    s.totalMinutes = wholeMinutes(s.entry.minutes) + s.children.reduce((sum, c) => sum + sections[c]!.totalMinutes, 0);
  }
  return sections;
}

const levelled = (raw: OutlineEntry): OutlineEntry => ({ ...raw, level: Math.max(1, Math.min(3, Math.round(Number(raw.level) || 1))) });
const section = (entry: OutlineEntry, heading: HTMLElement): Section => ({ entry, heading, parent: -1, children: [], totalMinutes: 0 });

/**
 * Pairs outline entries with the rendered headings: by id first, then by text (in case re-sanitizing
 * dropped an id). With no outline at all, builds one from the headings so the view still works.
 */
export function resolveSections(outline: OutlineEntry[], headings: HTMLElement[]): Section[] {
  const unused = new Set(headings);
  const sections: Section[] = [];
  if (outline.length) {
    for (const raw of outline) {
      const entry = levelled(raw);
      let heading = headings.find((el) => el.id === entry.id && unused.has(el));
      if (!heading) heading = headings.find((el) => unused.has(el) && norm(el.textContent ?? '') === norm(entry.text));
      if (!heading) continue;
      unused.delete(heading);
      if (!heading.id) heading.id = entry.id;
      sections.push(section(entry, heading));
    }
    return linkTree(sections);
  }
  const levels = [...new Set(headings.map((el) => Number(el.tagName[1])))].sort();
  headings.forEach((heading, i) => {
    const text = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) return;
    if (!heading.id) heading.id = `section-${i + 1}`;
    const level = Math.min(3, levels.indexOf(Number(heading.tagName[1])) + 1);
    sections.push(section({ id: heading.id, level, text, minutes: 0 }, heading));
  });
  return linkTree(sections);
}

/**
 * The sections the outline will have when every entry finds its heading (the usual case: the core gave each
 * heading its entry's id), for the outline shown before the body is whole; samePlan tells whether it did.
 */
export function planSections(outline: OutlineEntry[]): SectionPlan[] {
  return linkTree(outline.map((raw) => ({ entry: levelled(raw), parent: -1, children: [], totalMinutes: 0 })));
}

/** Did every planned section find its heading (so an outline built from the plan is the outline)? */
export function samePlan(plan: readonly SectionPlan[], sections: readonly Section[]): boolean {
  return (
    plan.length === sections.length &&
    plan.every((p, i) => {
      const e = sections[i]!.entry;
      return p.entry.id === e.id && p.entry.level === e.level && p.entry.text === e.text && p.entry.minutes === e.minutes;
    })
  );
}

/** The section and every section above it: `[index, parent, grandparent…]`. */
export function trailOf(sections: readonly SectionPlan[], index: number): number[] {
  const trail: number[] = [];
  for (let i = index; i >= 0 && i < sections.length; i = sections[i]!.parent) trail.push(i);
  return trail;
}

/** "4 min", "<1 min": a section's length, as the header says the article's. */
export function minutesLabel(minutes: number): string {
  return minutes >= 1 ? t('minutesShort', minutes) : t('underAMinute');
}

/** Above this many entries, second and third levels fold under their parent and a filter box is offered. */
export const LONG_OUTLINE = 12;
