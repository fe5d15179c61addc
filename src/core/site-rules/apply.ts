// Applies one site's rules during an extraction and reports what each did. The pipeline asks it three
// things: which block of the page holds the article (a picked container), whether a removal is to be
// spared (kept kinds and items), and it hands it the finished article to hide the reader's blocks in.
import type { RemovalKind } from '../article';
import type { RemovalLog } from '../removals';
import { normalizeSpace, textOf } from '../text';
import { findBlocks } from './signature';
import type { CorrectionReport, SiteRule } from './types';

const HEADING = /^h([1-6])$/;

/** A heading with the rest of its section (the siblings up to the next heading of its level or above). */
export function withSection(el: Element): Element[] {
  const level = HEADING.exec(el.localName)?.[1];
  if (!level) return [el];
  const blocks = [el];
  for (let next = el.nextElementSibling; next; next = next.nextElementSibling) {
    const other = HEADING.exec(next.localName)?.[1];
    if (other && other <= level) break;
    blocks.push(next);
  }
  return blocks;
}

function letters(el: Element): number {
  return normalizeSpace(el.textContent ?? '').length;
}

export class SiteCorrections {
  private readonly counts: number[];

  constructor(private readonly rules: readonly SiteRule[]) {
    this.counts = rules.map(() => 0);
  }

  get any(): boolean {
    return this.rules.length > 0;
  }

  /** The block a container rule names (the first rule that finds one), or null. */
  region(doc: Document): Element | null {
    if (!doc.body) return null;
    for (const [i, rule] of this.rules.entries()) {
      if (rule.type !== 'container') continue;
      let found = findBlocks(doc.body, rule.selector);
      if (!found.length && rule.text) found = findBlocks(doc.body, rule.selector, rule.text);
      const best = found.sort((a, b) => letters(b) - letters(a))[0];
      if (best && letters(best) > 0) {
        this.counts[i] = 1;
        return best;
      }
    }
    return null;
  }

  /** True when a removal of this kind with this text is to be left in the article (and counts it). */
  readonly spare = (kind: RemovalKind, text: string): boolean => {
    const words = normalizeSpace(text);
    const i = this.rules.findIndex((r) => r.type === 'keep' && r.kind === kind && (!r.text || words.startsWith(r.text)));
    if (i < 0) return false;
    this.counts[i]! += 1;
    return true;
  };

  /** Takes the blocks the hide rules name out of the article, each recorded as a correction where it stood. */
  hide(content: Element, log: RemovalLog): void {
    for (const [i, rule] of this.rules.entries()) {
      if (rule.type !== 'hide') continue;
      for (const block of findBlocks(content, rule.selector, rule.text)) {
        if (block === content || !content.contains(block)) continue; // gone with an earlier rule's section
        const blocks = withSection(block);
        const text = blocks.map(textOf).join(' ');
        const marker = log.marker(content.ownerDocument);
        block.before(marker);
        for (const b of blocks) b.remove();
        log.anchored({ kind: 'correction', rule: 'site-rule', reason: 'hidden by your correction for this site', text }, marker);
        this.counts[i]! += 1;
      }
    }
  }

  /** What each rule did on this page. */
  report(): CorrectionReport[] {
    return this.rules.map((rule, index) => {
      const count = this.counts[index] ?? 0;
      const label = rule.type === 'keep' ? (rule.text ?? rule.kind) : rule.type === 'hide' ? rule.text : (rule.text ?? rule.selector);
      return { index, type: rule.type, status: count > 0 ? 'applied' : 'stale', count, label };
    });
  }
}
