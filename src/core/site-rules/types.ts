// A reader's corrections for one site, as plain data: small declarative rules (a selector with a text
// signature, never code) that the core applies on the next extraction of that site. The extension keeps
// them in storage.sync (one item per site); the CLI reads them from a JSON file (--rules FILE).
import type { RemovalKind } from '../article';

/** Hide a block of the article (a heading goes with its section). */
export interface HideRule {
  type: 'hide';
  /** The block's tag and stable classes (`p`, `ul`, `div.promo`): no ids, no positions. */
  selector: string;
  /** The block's text signature: its first words, whitespace collapsed (see signature.ts). */
  text: string;
}

/** Keep what a removal kind would take out on this site (or, with `text`, the one item that starts so). */
export interface KeepRule {
  type: 'keep';
  kind: RemovalKind;
  text?: string;
}

/** The article is in this block of the page (picked by the reader when the extraction chose another). */
export interface ContainerRule {
  type: 'container';
  selector: string;
  /** The block's text signature when it was picked: used when the selector no longer finds it. */
  text?: string;
}

export type SiteRule = HideRule | KeepRule | ContainerRule;

/** What became of one site rule on one extraction (listed with the removals). */
export interface CorrectionReport {
  /** The rule's index in the list handed to the core. */
  index: number;
  type: SiteRule['type'];
  /** applied: it found what it names and acted; stale: it found nothing on this page and did nothing. */
  status: 'applied' | 'stale';
  /** What it acted on (hide: blocks hidden; keep: removals spared; container: 1). */
  count: number;
  /** A few words to show: the signature, the kind kept, or the selector. */
  label: string;
}

/** The limits: storage.sync allows 8 KB an item and 512 items; a site's rules are one item. */
export const RULE_LIMITS = {
  /** Rules for one site. */
  perSite: 50,
  /** Characters of a selector. */
  selector: 200,
  /** Characters of a text signature. */
  text: 120,
  /** Bytes of one site's rules as stored (JSON, UTF-8), with its key: under storage.sync's 8192. */
  itemBytes: 8000,
  /** Sites with rules (storage.sync holds 512 items; a few are the settings'). */
  sites: 400,
  /** Bytes of all sites' rules together (storage.sync holds 102 400 bytes in all). */
  totalBytes: 90_000,
} as const;
