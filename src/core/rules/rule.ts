// The one shape every rule has: injected links (rules/), page chrome (chrome/) and clutter (clutter/).
// A rule only *finds*; the runner (../rule-runner.ts)
// applies what it found and records each removal with the rule's name and reason. A match inside a
// node that an earlier match removed is skipped by the runner, so rules need not track nesting.
import type { RemovalKind } from '../article';

/**
 * What to do with a found node: take it out, keep its words but drop the link, rewrite its text, or
 * make it a caption (a <figcaption>: kept under its picture in the view, left out of the running text).
 */
export type RuleAction = { type: 'remove' } | { type: 'unwrap' } | { type: 'replace-text'; text: string } | { type: 'caption' };

export interface RuleMatch {
  /** The element to remove/unwrap, or the text node to rewrite. */
  node: Node;
  action: RuleAction;
  /** Why, in a few words (shown by `--explain` and in `Article.removed`). */
  reason: string;
  /** The text that was removed (for unwrap/replace: the markup or link words concerned). */
  text: string;
  href?: string;
  /** Nodes removed with `node`, as one removal (the rest of a loose run of inline nodes: links, breaks, bullets). */
  with?: readonly Node[];
}

export interface RuleContext {
  /** Absolute URL of the page. */
  pageUrl: string;
  /**
   * True when an absolute URL belongs to the page's own site: the site of the page's address or of
   * its canonical address (a page read from a cache, a mirror or a local copy still knows its site).
   */
  isOwnSite(abs: string): boolean;
  /** The real links inside an element, in document order (an index kept by the runner; see link-index.ts). */
  linksOf(el: Element): readonly HTMLAnchorElement[];
  /**
   * A value computed from the tree (`compute` is its key), kept while the tree is unchanged: the runner
   * forgets every kept value as soon as it applies a match. Several rules read the same view of the tree.
   */
  kept<T>(compute: (root: Element) => T, root: Element): T;
  /** The article's author names, when known (the clutter rules run after Readability and know them). */
  authors?: readonly string[];
  /** The article's title (known to the clutter rules, as the authors are). */
  title?: string;
  /**
   * What was removed before Readability where this marker comment stands (the clutter rules see the
   * markers left in the article: a label whose box was removed can go with it).
   */
  removalAt?: (marker: Comment) => { kind: RemovalKind; rule: string } | undefined;
  /** True when the reader keeps what a match of this kind and text would remove (site rules: the runner skips it). */
  spare?: (kind: RemovalKind, text: string) => boolean;
}

export interface Rule {
  /** Same as the file name: what the rule catches. */
  name: string;
  kind: RemovalKind;
  /**
   * One sentence: what the rule catches and the structural guard that keeps it safe on prose. Documentation
   * only: content.js is built without it (scripts/rule-descriptions.mjs), so no code may read it.
   */
  description: string;
  find(root: Element, ctx: RuleContext): RuleMatch[];
}
