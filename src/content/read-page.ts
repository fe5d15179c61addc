// What the content script answers for a page: the article, or the reason there is none, said plainly.
// Beyond "not an article" and "too large", it tells apart a page of frames (and reads same-origin
// frames), an empty page, and a page still loading (an article read while loading is marked partial).
import { ExtractionLimitError, extractForView } from '../core/page-side';
import { RareStepMissing } from '../core/rare-steps';
import type { SiteRule } from '../core/site-rules/types';
import type { ExtractResult } from '../shared/messages';
import { UNSCRIPTABLE_MESSAGE } from '../shared/messages';
import { mainFrame, pageFrames, textLength } from './frames';

/** A page with less own text than this and frames is a page "made of frames". */
const FRAME_PAGE_TEXT = 200;
const MAX_FRAME_NESTING = 2;

const NOT_ARTICLE = 'This page doesn’t look like an article (it may be a home page, a list or an app).';

/** What the content script hands on: the reader's corrections for the site, and a step clock for the bench. */
export interface ReadExtras {
  siteRules?: SiteRule[];
  steps?: Record<string, number>;
}

export function readPage(doc: Document, url: string, force: boolean, nesting = 0, extras: ReadExtras = {}): ExtractResult {
  if (doc.contentType && !/html|xml/i.test(doc.contentType)) {
    // PDF viewers, images and plain files opened directly: there is no article markup to read.
    return { ok: false, reason: 'unscriptable', message: UNSCRIPTABLE_MESSAGE };
  }
  const loading = doc.readyState === 'loading';
  try {
    const { siteRules, steps } = extras;
    const article = extractForView(doc, url, { force, ...(siteRules?.length ? { siteRules } : {}), ...(steps ? { steps } : {}) });
    // Plain JSON across the boundary (structured clone of a JSON round-trip is safe in both browsers).
    if (article) {
      return { ok: true, article: JSON.parse(JSON.stringify(article)), ...(loading ? { partial: true } : {}) };
    }
  } catch (err) {
    if (err instanceof RareStepMissing) throw err; // not an answer: the caller loads the step and reads again
    if (err instanceof ExtractionLimitError) {
      return { ok: false, reason: 'too-big', message: `This page is too large to read here (${err.message}).` };
    }
    return { ok: false, reason: 'error', message: err instanceof Error ? err.message : String(err) };
  }
  return whyNoArticle(doc, force, loading, nesting);
}

function whyNoArticle(doc: Document, force: boolean, loading: boolean, nesting: number): ExtractResult {
  const ownText = textLength(doc);
  const frames = nesting < MAX_FRAME_NESTING && ownText < FRAME_PAGE_TEXT ? pageFrames(doc) : [];
  if (frames.length) {
    for (const frame of frames) {
      if (!frame.doc || frame.textLength === 0) continue;
      const result = readPage(frame.doc, frame.url, force, nesting + 1);
      if (result.ok) return result;
    }
    const main = mainFrame(frames);
    const readable = frames.some((f) => f.doc);
    return {
      ok: false,
      reason: 'frames',
      message: readable
        ? 'This page shows its content in frames, and none of them looks like an article. You can open its main frame on its own.'
        : 'This page shows its content in frames from another site, which can’t be read from here. Open the frame on its own, then click Reader Outline there.',
      ...(main ? { url: main.url } : {}),
    };
  }
  if (loading) {
    return { ok: false, reason: 'loading', message: 'The page is still loading and there is nothing to read yet. Try again when it has loaded.' };
  }
  if (ownText === 0) return { ok: false, reason: 'empty', message: 'This page is empty: there is no text on it to read.' };
  return { ok: false, reason: 'not-article', message: NOT_ARTICLE };
}
