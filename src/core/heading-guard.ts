// Readability drops the first h1/h2 whose words all appear in the title (it takes it for a repeated
// title), so a section called "The soil tests" vanishes from "What the soil tests showed". Section
// headings are the outline: before Readability, h2s that are not the title itself are renamed h3 with
// a mark, and renamed back afterwards.
import { elementsWithAttribute, renameElement } from './dom';
import { normalizeSpace } from './text';

const MARK = 'data-ro-tag';

const key = (s: string) => normalizeSpace(s).toLowerCase();

export function protectHeadings(doc: Document, titles: readonly string[]): void {
  const body = doc.body;
  if (!body) return;
  const titleKeys = new Set(titles.map(key).filter(Boolean));
  for (const h of Array.from(body.querySelectorAll('h2'))) {
    const text = key(h.textContent ?? '');
    if (!text || titleKeys.has(text)) continue;
    renameElement(h, 'h3').setAttribute(MARK, 'h2');
  }
}

export function restoreHeadings(content: Element): void {
  for (const h of elementsWithAttribute(content, MARK)) {
    const tag = h.getAttribute(MARK) ?? 'h2';
    h.removeAttribute(MARK);
    renameElement(h, tag);
  }
}
