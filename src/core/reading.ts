// The readings of a block of the page (steps 1–3 of pipeline.ts): copy, page chrome and injected links, Readability;
// and the wide reading, from the first reading's kept copy reshaped (rows flattened, wrapper stacks collapsed).
import { looksReaderable } from './article-check';
import { protectHeadings } from './heading-guard';
import { protectDataTables } from './data-tables';
import { unwrapLooseLines, wrapLooseLines } from './loose-lines';
import { unwrapContentForms } from './content-forms';
import { guardStoryBoxes } from './story-boxes';
import { LATE_CHROME_RULES, PAGE_CHROME_RULES } from './chrome';
import type { PageMetadata } from './metadata';
import { type LeadFigure, findLeadFigure } from './lead-image';
import type { RuleContext } from './rules/rule';
import { cloneDocument, prepareWorkingCopy } from './prepare';
import type { Limits } from './limits';
import { type ReadabilityResult, runReadability } from './readability-step';
import { hasWrapperChains } from './wrapper-chains';
import { type ReadingBound, readingBound } from './reading-bound';
import type { StepClock } from './step-times';
import { RemovalLog } from './removals';
import { runRules } from './rule-runner';
import { INJECTED_LINK_RULES } from './rules';

/**
 * One reading of a block: Readability's result, the page's hints, the lead figure, (`kept`) the copy as it went
 * into Readability, (`bound`) what a reading of that copy, reshaped or not, can hold at most, and (`stacks`)
 * whether that copy held wrapper stacks (without them and without rows, the wide reading would change nothing).
 */
export type Reading = { parsed: ReadabilityResult; hinted: boolean; leadFigure: LeadFigure | null; kept: Kept | null; bound: ReadingBound; stacks: boolean };
/** A working copy after the rules, with its removals so far: the wide reading goes on from it instead of copying again. */
export type Kept = { work: Document; log: RemovalLog };
/** What each copy of the page needs to know of it, looked at once: its depth (mayBeTooDeep), its shadow content (asked when needed). */
export type PageShape = { deep: boolean; shadow: () => boolean };
/** Reshapes a working copy's body for the wide reading; returns false when it changed nothing. */
export type Reshape = (body: Element) => boolean;
/** Whether to keep the working copy (its bound and whether it holds wrapper stacks) for the wide reading. */
export type Keep = (bound: ReadingBound, stacks: boolean) => boolean;
/** Whether a reading of the working copy could be taken, at the most it can hold (its bound, its body): else none is made. */
export type Worth = (bound: ReadingBound, body: Element) => boolean;

/**
 * Steps 1–3 on one block of the page (or the whole page): copy, page chrome and injected links, Readability.
 * `keep` says whether to keep a copy of the working copy before Readability (see readWide; `stacks`: the copy
 * holds wrapper stacks); `reshape` is the wide reading's, run on the copy right before Readability: when it
 * changes nothing, there is no reading (null); nor is there when `worth` says no reading of the copy could be taken.
 */
export function readBlock(doc: Document, shape: PageShape, pageUrl: string, region: Element | null, meta: PageMetadata, limits: Limits, ctx: RuleContext, log: RemovalLog, clock: StepClock, keep: Keep, reshape?: Reshape, worth?: Worth): Reading | null {
  const work = cloneDocument(doc, pageUrl, limits, region, shape.deep, shape.shadow);
  clock.lap('copy');
  if (!work.body) return null;
  const hinted = looksReaderable(work, meta.declaresArticle);
  prepareWorkingCopy(work);
  const titles = [doc.title, meta.title ?? ''];
  const leadFigure = findLeadFigure(region ? [work, doc] : [work], meta.leadImage, titles, pageUrl);
  protectHeadings(work, titles);
  protectDataTables(work);
  clock.lap('prepare');
  limits.checkTime();
  runRules(work.body, ctx, log, PAGE_CHROME_RULES, limits); // 2
  clock.lap('page chrome');
  wrapLooseLines(work.body);
  runRules(work.body, ctx, log, INJECTED_LINK_RULES, limits);
  unwrapLooseLines(work.body);
  clock.lap('injected links');
  runRules(work.body, ctx, log, LATE_CHROME_RULES, limits);
  clock.lap('page chrome');
  // A form still there that holds most of the page's paragraphs (a shop's order form) is its content.
  unwrapContentForms(work.body);
  // Fact boxes and notices in the story's flow, kept from Readability's cleaning (restored after it).
  guardStoryBoxes(work.body);
  if (reshape && !reshape(work.body)) return null;
  // Asked of a first reading only (a wide reading is never widened again).
  const stacks = !reshape && hasWrapperChains(work.body);
  const bound = readingBound(work.body, stacks || !!worth);
  if (worth && !worth(bound, work.body)) return null;
  const kept = keep(bound, stacks) ? { work: work.cloneNode(true) as Document, log: log.copy() } : null;
  clock.lap('wrapper stacks');
  const parsed = runReadability(work, limits); // 3
  clock.lap('readability');
  return parsed ? { parsed, hinted, leadFigure, kept, bound, stacks } : null;
}

/**
 * The wide reading: the reading's copy reshaped (rows flattened, wrapper stacks collapsed), from the kept copy
 * when there is one (copying, preparing and the rules would give the same tree again). Null when the reshaping
 * changes nothing: the reading would be the first one again.
 */
export function readWide(doc: Document, shape: PageShape, pageUrl: string, region: Element | null, meta: PageMetadata, limits: Limits, ctx: RuleContext, first: Reading, clock: StepClock, reshape: Reshape): (Reading & { log: RemovalLog }) | null {
  if (first.kept) {
    const { work, log } = first.kept;
    if (!work.body || !reshape(work.body)) return null;
    const parsed = runReadability(work, limits);
    clock.lap('readability');
    return parsed ? { parsed, hinted: first.hinted, leadFigure: first.leadFigure, kept: null, bound: first.bound, stacks: false, log } : null;
  }
  const log = new RemovalLog();
  const wide = readBlock(doc, shape, pageUrl, region, meta, limits, ctx, log, clock, () => false, reshape);
  return wide ? { ...wide, log } : null;
}
