// Step 3: Readability, bounded. `maxElemsToParse` refuses huge pages; the pipeline's deadline is
// checked while Readability walks the DOM, so a pathological page stops instead of hanging the popup.
import { Readability } from '@mozilla/readability';
import type { Limits } from './limits';
import { elementsNamed } from './dom';
import { NATIVE_SELECTORS } from './native-query';

export interface ReadabilityResult {
  content: Element;
  title: string;
  byline: string | null;
  dir: string | null;
  lang: string | null;
  excerpt: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

type Walker = { _getNextNode(node: Node, ignoreSelfAndKids?: boolean): Node | null };

/** Readability's own state and steps that the last-attempt test below reads (names as in Readability.js 0.6). */
interface Attempts {
  _attempts: unknown[];
  _flags: number;
  _articleByline: string | null;
  _cleanConditionally(e: Element, tag: string): void;
  FLAG_STRIP_UNLIKELYS: number;
  FLAG_WEIGHT_CLASSES: number;
  FLAG_CLEAN_CONDITIONALLY: number;
}

/**
 * Readability's fourth attempt, known before it is made when it would repeat the third. An attempt whose article
 * is under 500 characters (a short story, and our copy holds no page chrome to make up the rest) is made again
 * from the body's HTML with a flag off: unlikely blocks kept, then class names unweighed, then no conditional
 * cleaning; after the fourth Readability takes the longest attempt, the earliest of equals. The third and fourth
 * read the same HTML and differ only in that last flag, which only _cleanConditionally reads: when the third's
 * removed nothing, and it left Readability's state as it found it (the byline it looks for; the scores it keeps on
 * nodes outside the re-parsed body, where a node first scored makes a candidate in that attempt only: both hold
 * whenever the second attempt walked the same tree), the fourth would be the third again and fail, and the
 * longest is taken without it. (The second cannot be known so: the first reads the copy itself, the second its
 * HTML parsed again, which need not be the same tree.) Bench pages: 11 of 13 fourth attempts.
 */
function spareRepeatedLastAttempt(reader: Attempts, doc: Document): void {
  const { FLAG_STRIP_UNLIKELYS: strip, FLAG_WEIGHT_CLASSES: weigh, FLAG_CLEAN_CONDITIONALLY: clean } = reader;
  const third = () => (reader._flags & (strip | weigh | clean)) === clean;
  // The nodes Readability scores that persist across attempts: those outside the body it re-parses.
  const scored = () => [doc.documentElement, doc.head, doc.body, ...Array.from(doc.head?.getElementsByTagName('*') ?? [])].filter((n) => n && 'readability' in n).length;
  let cleaned = false;
  const cleanConditionally = reader._cleanConditionally.bind(reader);
  reader._cleanConditionally = (e, tag) => {
    if (!third()) return cleanConditionally(e, tag);
    const before = e.getElementsByTagName(tag).length;
    cleanConditionally(e, tag);
    if (e.getElementsByTagName(tag).length !== before) cleaned = true;
  };
  let start: { byline: string | null; scored: number } | null = null;
  const attempts = reader._attempts;
  // Readability records a failed attempt right before it turns the next flag off: the third's record is where
  // the fourth is decided, and the second's where the third's starting state is seen.
  attempts.push = (...items: unknown[]) => {
    if (third() && start && !cleaned && start.byline === reader._articleByline && start.scored === scored()) reader._flags &= ~clean;
    else if ((reader._flags & (strip | weigh | clean)) === (weigh | clean)) start = { byline: reader._articleByline, scored: scored() };
    return Array.prototype.push.apply(attempts, items);
  };
}

interface Gatherer {
  _getAllNodesWithTag(node: ParentNode, tagNames: string[]): Element[];
}

export function runReadability(doc: Document, limits: Limits): ReadabilityResult | null {
  const reader = new Readability<Element>(doc, {
    maxElemsToParse: limits.maxElements,
    // Readability would walk the article to strip its classes; the sanitizer drops every class anyway,
    // and no step in between reads them.
    keepClasses: true,
    serializer: (node) => node as Element,
  });
  // Readability's DOM walk goes through _getNextNode: check the clock there, every 512 steps.
  const walker = reader as unknown as Walker;
  const next = walker._getNextNode.bind(reader);
  let steps = 0;
  walker._getNextNode = (node, ignore) => {
    if ((++steps & 511) === 0) limits.checkTime();
    return next(node, ignore);
  };
  // In jsdom, Readability's gathering of elements by a list of names (a querySelectorAll of several names) as the walk
  // elementsNamed takes there (dom.ts): jsdom's selector engine sorts a list's matches into document order pairwise. The
  // same elements in the same order; a document is walked as an element is. One name stays a selector: jsdom answers it
  // from its index of names, faster than a walk on a long page. A browser keeps the native selector.
  if (!NATIVE_SELECTORS) {
    const gatherer = reader as unknown as Gatherer;
    const one = gatherer._getAllNodesWithTag.bind(reader);
    gatherer._getAllNodesWithTag = (node, tagNames) =>
      tagNames.length === 1 ? one(node, tagNames) : elementsNamed(node as Element, new Set(tagNames.map((t) => t.toLowerCase())), undefined, false);
  }
  spareRepeatedLastAttempt(reader as unknown as Attempts, doc);
  const parsed = reader.parse();
  if (!parsed?.content) return null;
  return {
    content: parsed.content,
    title: parsed.title ?? '',
    byline: parsed.byline ?? null,
    dir: parsed.dir ?? null,
    lang: parsed.lang ?? null,
    excerpt: parsed.excerpt ?? null,
    siteName: parsed.siteName ?? null,
    publishedTime: parsed.publishedTime ?? null,
  };
}
