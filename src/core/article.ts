import type { CorrectionReport, SiteRule } from './site-rules/types';

/**
 * The one data type that flows from the core pipeline to the views: a page reduced to its article.
 * Everything here is plain data (JSON-safe), so it crosses extension contexts and the CLI unchanged.
 */

/** One heading of the article, in document order. */
export interface OutlineEntry {
  /** The `id` of the heading element inside `Article.html` (stable for the same text, unique in the article). */
  id: string;
  /** Normalised depth: 1 for the article's top section level, 2 and 3 for nested ones (no gaps). */
  level: number;
  /** The heading's text, whitespace collapsed. */
  text: string;
  /**
   * Minutes of reading in this section's own text (from its heading to the next heading of any level),
   * whole minutes shared out so that the entries and `Article.introMinutes` add up to `readingMinutes`.
   */
  minutes: number;
  /** The heading's own id on the original page (its `#anchor` there), when the page gives it one. */
  anchor?: string;
}

/** What kind of injected or unwanted thing a removal took out. */
export type RemovalKind =
  | 'leaked-markup' // link markup shown as text (`slug/” title=”…”>`); the markup went, the words stayed
  | 'read-more' // a "Read more: / Also read:"-style line pointing elsewhere on the site
  | 'related-box' // an in-body box of related-post links
  | 'keyword-link' // an auto-linked tag/topic/category keyword; the link went, the words stayed
  | 'affiliate-link' // an affiliate/shortened shop link; the link went, the words stayed
  | 'follow-call' // "Follow us on …", newsletter and social calls
  | 'page-chrome' // site navigation, banners and other articles' teaser cards, cut before Readability
  | 'clutter' // share bars, ad labels, date lines and similar page furniture left inside the article
  | 'correction'; // a block the reader hid on this site (a site rule, site-rules/)

/** One thing the pipeline removed, with the rule that removed it and why. */
export interface Removal {
  kind: RemovalKind;
  /** The rule's name (one file under `src/core/rules/`, `chrome/` or `clutter/`, or a cleaning step). */
  rule: string;
  /** Why the rule fired, in a few words a person can check. */
  reason: string;
  /** The removed text (for link removals: the link's words, which stay in the article). */
  text: string;
  /** The link target that was removed, when there was one. */
  href?: string;
  /**
   * Where it was, in `Article.html`: the id of an empty `<span>` left at the spot (a removed block stood
   * there; for links and rewritten text, the span opens the element that held them).
   */
  anchor?: string;
}

export interface Article {
  /** The article's headline. */
  title: string;
  /** Author line ("By Jane Doe"), or null when the page names none. */
  byline: string | null;
  /** The publication's name (og:site_name, JSON-LD publisher, or the host name). */
  siteName: string;
  /**
   * The page's URL (the one given to the extractor), or '' when it was not known (a saved page read
   * without its address): the article's relative links and image paths then stay relative.
   */
  url: string;
  /** Publication time as given by the page (ISO 8601 where the page provides it), or null. */
  publishedTime: string | null;
  /** BCP 47 language tag of the article ("en", "ar", "ja"), or null when unknown. */
  lang: string | null;
  /** Text direction: "rtl" or "ltr". */
  dir: 'ltr' | 'rtl';
  /** A short summary: the page's description or the first paragraph. */
  excerpt: string;
  /**
   * The standfirst (dek) under the headline, when the page shows its description there, apart from the body
   * (standfirst.ts); null otherwise. Shown in the view's header under the title; like the title, not in `text`.
   */
  standfirst: string | null;
  /** Absolute URL of the lead image, or null. */
  leadImage: string | null;
  /** The clean article as sanitized HTML: no scripts, handlers, forms; absolute URLs; headings carry outline ids. */
  html: string;
  /**
   * The article's running text, one line per block (paragraph, heading, list item, table row).
   * Figure captions are left out (they stay in `html`, under their pictures).
   */
  text: string;
  /** Words in `text` (for Chinese, Japanese and Korean script: characters). */
  wordCount: number;
  /** Estimated reading time in whole minutes (at least 1), at a reading speed suited to the language. */
  readingMinutes: number;
  /** The article's sections: every heading in `html`, in order. */
  outline: OutlineEntry[];
  /** Minutes of reading before the first section (the part of `readingMinutes` no outline entry holds). */
  introMinutes: number;
  /** What the cleaning removed and why (injected links, related boxes, calls, clutter). */
  removed: Removal[];
  /** What each site rule handed in (`ExtractOptions.siteRules`) did: present only when there were some. */
  corrections?: CorrectionReport[];
}

export interface ExtractOptions {
  /** Extract even when the page does not look like an article ("try anyway"). */
  force?: boolean;
  /** Stop with an `ExtractionLimitError` after this many milliseconds of Readability work (default 6000). */
  timeBudgetMs?: number;
  /** Refuse pages with more elements than this (default 200 000). */
  maxElements?: number;
  /** When given, each step's milliseconds are added to it (step-times.ts): the CLI's --steps, the bench. */
  steps?: Record<string, number>;
  /** The reader's corrections for this page's site (site-rules/): applied and reported in `corrections`. */
  siteRules?: readonly SiteRule[];
}

/** Thrown when a page is too large or too slow to extract within the limits. */
export class ExtractionLimitError extends Error {
  constructor(
    message: string,
    readonly limit: 'elements' | 'time',
  ) {
    super(message);
    this.name = 'ExtractionLimitError';
  }
}
