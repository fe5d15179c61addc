/**
 * An article's body, rendered whole or, when it is long, progressively: the first screen is sanitized,
 * finished and inserted at once, the browser paints it, and the rest follows in pieces (pieces.ts) after
 * that frame, a few milliseconds of sanitizing per frame, so the first screen does not wait for the whole
 * article and scrolling is never held up for long. Whatever needs the whole body (a jump to a later section,
 * the outline's headings, the reading tools) asks for it with `finish()`, which puts the rest in at once.
 * Either way the body ends the same, node for node (tests/unit/view-progressive.test.ts).
 */
import type { Article } from '../../core/article';
import { h } from '../dom';
import { enhanceFootnotes } from '../footnotes/popover';
import { afterNextPaint } from '../marks';
import { parseInert, sanitizeArticleHtml, sanitizeInert } from '../sanitize-html';
import { absolute, BodyFinisher } from './finish';
import { ArticlePieces } from './pieces';

/** Articles with less HTML than this are rendered in one pass, without parsing them first to measure. */
export const PROGRESSIVE_ABOVE_HTML = 60_000;
/** ... and those with less text than this (a few ms of layout): the first screen would be most of them. */
export const PROGRESSIVE_ABOVE_CHARS = 30_000;
/** Text in the first piece: more than a tall window shows at the smallest type and widest measure. */
export const FIRST_SCREEN_CHARS = 10_000;
/** Text in each later piece (about 5 ms of sanitizing in Chromium on this machine). */
export const PIECE_CHARS = 4_000;
/** Sanitizing per frame after the first; the frame's own layout of the new piece comes on top. */
export const FRAME_BUDGET_MS = 8;

export interface BodyOptions {
  progressive?: boolean;
  aboveHtml?: number;
  aboveChars?: number;
  firstChars?: number;
  pieceChars?: number;
  /** Text per piece when the rest is wanted at once (`finish`): all of it, but for tests. */
  finishChars?: number;
}

/** What waits for the whole body: `whenWhole` runs at once when it is complete, else when it becomes so. */
export interface Completion {
  readonly complete: boolean;
  /** Puts everything left in now (synchronously), then runs what waited. */
  finish(): void;
  whenWhole(fn: () => void): void;
}

export interface ArticleBody extends Completion {
  /** The body element (`.doc__body`): the first screen, or all of it. */
  readonly element: HTMLElement;
  /** How many pieces the body came in so far (1: in one pass). */
  readonly pieces: number;
  /** Starts putting the rest in, piece by piece, once the frame showing the first screen is painted. */
  resume(): void;
  /** Stops (another article replaces this one). */
  cancel(): void;
}

const textLength = (node: Node) => node.textContent?.length ?? 0;

export function renderBody(article: Article, options: BodyOptions = {}): ArticleBody {
  const element = h('div', { class: 'doc__body' });
  const lead = absolute(article.leadImage, article.url);
  const leadFigure = () => h('figure', { class: 'doc__lead' }, h('img', { src: lead ?? '', alt: '' }));
  const waiting: Array<() => void> = [];
  let finisher = new BodyFinisher(article.url);
  let pieces: ArticlePieces | null = null;
  /** Null while undecided: a picture may still come in a later piece. */
  let wantsLead: boolean | null = null;
  let complete = false;
  let cancelled = false;
  let scheduled = false;
  let placed = 0;

  /** The lead picture goes first when the sanitized article has no picture of its own (as before finishing). */
  const placeLead = () => {
    if (!lead || !wantsLead) return;
    const figure = leadFigure();
    finisher.piece(figure);
    element.prepend(figure);
  };
  const settle = () => {
    if (wantsLead === null) {
      wantsLead = true;
      placeLead();
    }
    finisher.settle();
    enhanceFootnotes(element);
    complete = true;
    for (const fn of waiting.splice(0)) fn();
  };
  /** The whole article in one pass (short articles; and the fallback should a piece not come out whole). */
  const onePass = (fragment: DocumentFragment) => {
    element.replaceChildren();
    finisher = new BodyFinisher(article.url);
    pieces = null;
    wantsLead = !fragment.querySelector('img');
    finisher.piece(fragment);
    element.appendChild(fragment);
    placed = 1;
    placeLead();
    settle();
  };
  /** Sanitizes, finishes and inserts the next piece; false when none is left. */
  const placeNext = (budget: number): boolean => {
    if (!pieces || pieces.done) return false;
    let piece: ReturnType<ArticlePieces['next']>;
    try {
      piece = pieces.next(budget);
    } catch {
      onePass(sanitizeArticleHtml(article.html));
      return false;
    }
    if (!piece) return false;
    if (piece.fragment.querySelector('img')) {
      if (wantsLead === null) wantsLead = false;
    }
    finisher.piece(piece.fragment);
    (piece.into ?? element).appendChild(piece.fragment);
    placed++;
    return true;
  };
  const finish = () => {
    if (complete || cancelled) return;
    while (placeNext(options.finishChars ?? Number.POSITIVE_INFINITY)) {
      // the rest, in one piece per cut wrapper
    }
    if (!complete) settle();
  };
  const step = () => {
    scheduled = false;
    if (complete || cancelled) return;
    if (document.hidden) return finish(); // nobody is looking: no frames to keep free
    const until = performance.now() + FRAME_BUDGET_MS;
    while (placeNext(options.pieceChars ?? PIECE_CHARS)) {
      if (performance.now() >= until) break;
    }
    if (!pieces || pieces.done) {
      if (!complete) settle();
      return;
    }
    scheduled = true;
    afterNextPaint(step);
  };

  const html = article.html;
  const long = options.progressive !== false && html.length > (options.aboveHtml ?? PROGRESSIVE_ABOVE_HTML);
  const raw = long ? parseInert(html) : null;
  if (!raw) onePass(sanitizeArticleHtml(html));
  else if (textLength(raw) <= (options.aboveChars ?? PROGRESSIVE_ABOVE_CHARS)) onePass(sanitizeInert(raw));
  else {
    // Undecided when a picture comes later than the first screen (a rare late lead: none at all survives).
    const anyPicture = raw.querySelector('img, iframe') !== null;
    pieces = new ArticlePieces(raw);
    let first: ReturnType<ArticlePieces['next']>;
    try {
      first = pieces.next(options.firstChars ?? FIRST_SCREEN_CHARS);
    } catch {
      first = null;
    }
    if (!first) onePass(sanitizeArticleHtml(html));
    else {
      wantsLead = first.fragment.querySelector('img') ? false : anyPicture ? null : true;
      finisher.piece(first.fragment);
      element.appendChild(first.fragment);
      placed = 1;
      placeLead();
      if (pieces.done) settle();
    }
  }

  return {
    element,
    get complete() {
      return complete;
    },
    get pieces() {
      return placed;
    },
    finish,
    whenWhole(fn) {
      if (complete) fn();
      else waiting.push(fn);
    },
    resume() {
      if (complete || cancelled || scheduled) return;
      if (document.hidden) return finish(); // a tab opened in the background: no frames to wait for
      scheduled = true;
      afterNextPaint(step);
    },
    cancel() {
      cancelled = true;
      waiting.length = 0;
    },
  };
}
