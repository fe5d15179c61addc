// The pipeline, step by step. Each step is its own module; this file only says the order.
//   page DOM → 1 article region, copy → 2 page chrome, injected links → 3 Readability (+ lead figure; read again
//   under the headline when it took another block) → 4 clutter, clean → 5 outline → 6 URLs → 7 sanitize → Article
// Step 7 is handed in: DOMPurify for the CLI and the tests (extract.ts); in the content script, the view's own
// sanitizer, run in the extension page before any node is shown (page-side.ts).
import type { Article, ExtractOptions } from './article';
import { serialize } from './dom';
import { isArticleContent } from './article-check';
import { findArticleRegion } from './article-region';
import { type Keep, type PageShape, type Worth, readBlock, readWide } from './reading';
import { cleanArticle } from './clean';
import { restoreHeadings } from './heading-guard';
import { restoreDataTables } from './data-tables';
import { restoreStoryBoxes } from './story-boxes';
import { CLUTTER_RULES } from './clutter';
import { absolutizeUrls } from './media';
import { readMetadata } from './metadata';
import { restoreLeadFigure } from './lead-image';
import { findStandfirst } from './standfirst';
import { buildOutline } from './outline';
import { timeSections } from './section-minutes';
import { headline } from './title';
import { holdsStart, ownLetters, sharesParagraphs, titleBlock } from './title-anchor';
import { Limits } from './limits';
import { collapseWrapperChains } from './wrapper-chains';
import { flattenRows, proseLetters, splitAcrossRows } from './split-story';
import { mayBeTooDeep } from './deep-tree';
import { pageHasShadowContent } from './shadow-dom';
import { headingsAtMost, ownAtMost, proseAtMost } from './reading-bound';
import { StepClock } from './step-times';
import { RemovalLog } from './removals';
import { NO_CORRECTIONS } from './site-rules/none';
import { rareStep } from './rare-steps';
import { ruleContext, runRules } from './rule-runner';
import { composeLetters, countWords, normalizeSpace, textOf } from './text';
import { STAND_IN_ADDRESS, isAddress } from './unknown-address';
import { absoluteUrl, hostName } from './url';
import { articleDirection, rtlLanguageGuess } from './text-direction';

// The time budget guards the page against a pathological extraction, not slow devices: a long read takes
// up to 1.8 s in Firefox's content script, and the popup stops waiting for an answer at 10 s.
const DEFAULTS = { timeBudgetMs: 6000, maxElements: 200_000 };
/** Letters of the page's own prose under which a reading is short enough to be read again with wrapper stacks collapsed. */
const SHORT_READING = 2000;
/**
 * Letters of own prose in a working copy with wrapper stacks under which it is kept for the wide reading. Under
 * SHORT_READING the reading is sure to be short (it holds no more than its copy); up to 1.5 × it, most are too.
 * A kept copy is one clone; a wide reading without one copies, prepares and runs the three rule lists again,
 * about five times a clone's time. On the 143 bench pages with stacks (session 11, one pass, jsdom): at
 * SHORT_READING 38 copies kept and 31 used, at 1.5 × 58 kept and 39 used (clones +185 ms, readings −503 ms),
 * at 2 × 78 and 41 (net less than 1.5 ×). (Session 6, before the stacks test and the reading bound: at 3 ×
 * SHORT_READING the copy was cloned on 93 of 132 pages and used on 43.)
 */
const KEEP_LETTERS = 1.5 * SHORT_READING;
const MAX_DIVS = 5000;
/** A reading with the story's rows flattened is taken when it holds this much more prose than the first. */
const ROWS_GAIN = 1.5;

const headings = (el: Element) => el.querySelectorAll('h2, h3, h4, h5, h6').length;

/** Step 7: the finished article element into a fragment of HTML fit for the receiver (see the header). */
export type FinishStep = (content: Element, win: Window) => DocumentFragment;

/**
 * Turns a page into its article, or null when the page is not an article (unless `options.force`).
 * `url` is the page's address; '' (or a relative path) when it is not known: links then stay relative.
 * Never changes `doc`. Throws `ExtractionLimitError` for pages too large or too slow to extract.
 */
export function runPipeline(doc: Document, url: string, options: ExtractOptions, finish: FinishStep): Article | null {
  const known = isAddress(url);
  // Without its address, the page is read under a stand-in one that goes back to relative URLs at the end.
  const relative = known ? null : { url: rareStep('relativeUrl'), urls: rareStep('relativizeUrls') };
  const pageUrl = known ? (absoluteUrl(url, url) ?? url.trim()) : STAND_IN_ADDRESS;
  const clock = new StepClock(options.steps);
  const meta = readMetadata(doc, pageUrl);
  let log = new RemovalLog();
  const limits = new Limits(options.maxElements ?? DEFAULTS.maxElements, options.timeBudgetMs ?? DEFAULTS.timeBudgetMs);
  // One walk of the page's elements for its size, its depth and its shadow content (each was a walk of its own).
  const all = doc.querySelectorAll('*');
  limits.checkSize(doc, all.length);

  clock.lap('metadata');
  const rules = options.siteRules ?? []; // the reader's corrections for this site
  const corrections = rules.length ? new (rareStep('SiteCorrections'))(rules) : NO_CORRECTIONS;
  const picked = corrections.region(doc);
  const region = picked ?? findArticleRegion(doc); // 1
  const ctx = { ...ruleContext(pageUrl, [meta.canonicalUrl]), ...(corrections.any ? { spare: corrections.spare } : {}) };
  clock.lap('region');
  // A wide reading (below) is not made on a page of more wrappers than any builder makes (thousands of nested
  // divs) or nested deeper than browsers nest: a second reading there costs seconds. A working copy with
  // wrapper stacks and little prose of its own is kept before Readability, so that reading starts from it.
  // The page's depth is looked at once: each copy (cloneDocument) and the guard ask.
  const deep = mayBeTooDeep(doc, all);
  let shadow: boolean | undefined;
  const shape: PageShape = { deep, shadow: () => (shadow ??= pageHasShadowContent(doc, all)) };
  let wideAllowed: boolean | undefined;
  const mayWiden = () => (wideAllowed ??= !deep && doc.getElementsByTagName('div').length <= MAX_DIVS);
  // The copy's own letters (ownLetters of its body), from the bound's count of its letters and its links'.
  const keep: Keep = (bound, stacks) => !picked && stacks && bound.letters - (bound.links?.all ?? 0) < KEEP_LETTERS && mayWiden();
  const first = readBlock(doc, shape, pageUrl, region, meta, limits, ctx, log, clock, keep);
  if (!first) return null;
  let reading = first;
  let usedRegion = region;
  // Readability took a block that shares nothing with the one under the page's headline: read that one.
  const block = titleBlock(doc, [first.parsed.title, meta.title ?? '', doc.title]);
  if (!picked && block && block !== region && !sharesParagraphs(first.parsed.content, block)) {
    const retryLog = new RemovalLog();
    clock.lap('headline block');
    // Taken only when it holds the block's text and at least as much of the page's own words, or twice the
    // prose (a subscription offer's prices and one-line perks are many words and no paragraph). A block whose
    // copy holds less than that even at its bound (reading-bound.ts) is not read (session 14: a block with a
    // tenth of the first reading's prose took Readability three quarters of the page's time).
    const [firstOwn, firstProse] = [ownLetters(first.parsed.content), proseLetters(first.parsed.content)];
    const worth: Worth = (bound, body) => ownAtMost(bound) >= firstOwn || proseAtMost(bound, body) > 2 * firstProse;
    const retry = readBlock(doc, shape, pageUrl, block, meta, limits, ctx, retryLog, clock, keep, undefined, worth);
    const more = (r: Element) => ownLetters(r) >= firstOwn || proseLetters(r) > 2 * firstProse;
    if (retry && sharesParagraphs(retry.parsed.content, block) && more(retry.parsed.content)) {
      reading = retry;
      log = retryLog;
      usedRegion = block;
    }
  }
  clock.lap('headline block');
  // A short reading may be one paragraph of a story whose paragraphs each sit in a stack of wrappers, and a
  // reading of any length may be one row of a story a page builder split into rows (split-story.ts): read
  // again with the stacks collapsed (and the rows flattened), and take it when it holds the first reading and
  // half as much again, or as much and more section headings (a heading in its own stack is dropped with it).
  // A reshaping that changes nothing is no second reading (readWide).
  const own = ownLetters(reading.parsed.content);
  const short = own < SHORT_READING;
  // Rows the reading took none of are looked for only after a short reading (beside a long one they are comments).
  const rowsFound = picked ? null : splitAcrossRows(doc, reading.parsed.content, usedRegion, short);
  const split = rowsFound !== null;
  // The tests below, at the most a wide reading can hold (its letters, own letters and headings: reading-bound.ts): when
  // even that would not be taken, no reading is made.
  // (Flattening rows may drop an <h1> Readability reads its title from: the title's header is counted out without rows only.)
  const { letters } = reading.bound;
  const headingsBound = split ? reading.bound.headings : headingsAtMost(reading.bound, reading.parsed.title);
  const ownBound = ownAtMost(reading.bound);
  const mayStack = short && (ownBound >= own * 1.5 || (ownBound >= own && headingsBound > headings(reading.parsed.content)));
  const mayRow = split && letters >= proseLetters(reading.parsed.content) * ROWS_GAIN;
  // Without wrapper stacks in the reading's copy (the wide reading's copy is the same tree) and without rows,
  // the reshaping would change nothing: no copy is made to find that out.
  if (!picked && (mayStack || mayRow) && (split || reading.stacks) && mayWiden()) {
    const first = reading.parsed.content;
    const wide = readWide(doc, shape, pageUrl, usedRegion, meta, limits, ctx, reading, clock, (body) => {
      const flattened = split ? flattenRows(body, first) : 0;
      return collapseWrapperChains(body) + flattened > 0;
    });
    // A reading of rows the first took none of holds the headline's block instead of the first's start.
    const beside = (content: Element) => rowsFound === 'beside' && block !== null && sharesParagraphs(content, block);
    if (wide && (holdsStart(wide.parsed.content, first) || beside(wide.parsed.content))) {
      const [a, b] = [ownLetters(wide.parsed.content), ownLetters(first)];
      const stacks = short && (a >= b * 1.5 || (a >= b && headings(wide.parsed.content) > headings(first)));
      const rows = split && proseLetters(wide.parsed.content) >= proseLetters(first) * ROWS_GAIN;
      if (stacks || rows) {
        reading = wide;
        log = wide.log;
      }
    }
  }
  const { parsed, hinted, leadFigure } = reading;
  clock.lap('wrapper stacks');
  const content = parsed.content;
  const removedInside = log.within(content);
  if (!options.force && !picked && !isArticleContent(content, hinted, removedInside, meta.declaresArticle)) return null;
  restoreHeadings(content);
  restoreDataTables(content);
  restoreStoryBoxes(content);
  restoreLeadFigure(content, leadFigure, meta.leadImage);
  const standfirst = findStandfirst(doc, content, parsed.excerpt);
  clock.lap('article check');

  // The title and the text composed (NFC) before the clutter rules compare them: a page saved with decomposed letters.
  const title = headline(normalizeSpace(parsed.title || doc.title || ''), doc).normalize('NFC');
  composeLetters(content);
  limits.checkTime();
  const authors = [meta.author, parsed.byline].filter((a): a is string => !!a).map((a) => normalizeSpace(a.replace(/^by\s+/i, '')));
  runRules(content, { ...ctx, authors, title, removalAt: (c) => log.at(c) }, log, CLUTTER_RULES); // 4
  log.placeAnchors(content);
  clock.lap('clutter');
  cleanArticle(content, title, log, ctx.spare);
  corrections.hide(content, log);
  log.placeAnchors(content);
  clock.lap('clean');
  const outline = buildOutline(content, title); // 5
  clock.lap('outline');
  absolutizeUrls(content, pageUrl); // 6
  relative?.urls(content);
  clock.lap('urls');
  const win = (doc.defaultView ?? globalThis.window) as Window;
  // Text and minutes per section from the article before step 7: its headings all still carry their outline
  // ids, and plainText reads nothing a sanitizer would take out (tests/unit/page-side.test.ts).
  const lang = parsed.lang || meta.lang;
  const { text, minutes, introMinutes } = timeSections(content, outline, lang);
  clock.lap('text and minutes');
  const fragment = finish(content, win); // 7
  clock.lap('finish');
  const firstImage = firstImageUrl(fragment);
  const leadImage = meta.leadImage ?? firstImage;
  const html = serialize(fragment);
  clock.lap('serialize');
  return {
    title,
    byline: parsed.byline ? normalizeSpace(parsed.byline) : meta.author,
    siteName: parsed.siteName || meta.siteName || (known ? hostName(pageUrl) : ''),
    url: known ? pageUrl : '',
    publishedTime: parsed.publishedTime || meta.publishedTime,
    lang: lang || rtlLanguageGuess(text) || null,
    dir: articleDirection(parsed.dir, meta.dir, text),
    excerpt: normalizeSpace(parsed.excerpt ?? '') || textOf(fragment).slice(0, 200),
    standfirst,
    leadImage: leadImage && relative ? relative.url(leadImage) : leadImage,
    html,
    text,
    wordCount: countWords(text),
    readingMinutes: minutes,
    outline,
    introMinutes,
    removed: relative ? log.list().map((r) => (r.href ? { ...r, href: relative.url(r.href) } : r)) : log.list(),
    ...(corrections.any ? { corrections: corrections.report() } : {}),
  };
}

/**
 * The first picture's address that a sanitizer keeps: DOMPurify's rule for `src` (after whitespace and
 * control characters: a web, ftp or data: scheme, or no scheme at all); never javascript: and the like, and
 * never one inside SVG or MathML (whose HTML islands a sanitizer drops).
 */
function firstImageUrl(fragment: DocumentFragment): string | null {
  for (const img of Array.from(fragment.querySelectorAll('img[src]'))) {
    if (img.closest('svg, math')) continue;
    const src = img.getAttribute('src')!;
    const bare = Array.from(src).filter((c) => c > ' ' && !/\s/.test(c)).join('');
    if (/^(?:(?:f|ht)tps?:|data:|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i.test(bare)) return src;
  }
  return null;
}
