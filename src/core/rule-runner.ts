// Runs a list of rules over a tree: each rule finds, this applies what it found and records why.
// The pipeline runs three lists: page chrome and injected links on the cloned page before Readability
// (so Readability scores the article without them), and clutter rules on the extracted article.
import { realLinks, treeChanged, unwrap, withElementIndex } from './dom';
import { LinkIndex } from './link-index';
import type { Limits } from './limits';
import type { RemovalLog } from './removals';
import { forgetTexts, keepingTexts } from './text';
import type { Rule, RuleContext, RuleMatch } from './rules/rule';
import { isSameSite } from './url';

/**
 * Applies one match; returns its anchor (a marker comment where a block was removed, else the element
 * whose content changed), or undefined when an earlier match took the node already.
 */
function apply(root: Element, match: RuleMatch, log: RemovalLog): Element | Comment | null | undefined {
  const { node, action } = match;
  if (!node.parentNode || !root.contains(node)) return undefined;
  if (action.type === 'remove') {
    const marker = log.marker(node.ownerDocument!);
    node.parentNode.replaceChild(marker, node);
    for (const part of match.with ?? []) if (part.parentNode && root.contains(part)) part.parentNode.removeChild(part);
    return marker;
  }
  if (action.type === 'caption') return toCaption(node as Element);
  if (action.type === 'replace-text') {
    // A line run on in the text: the text node keeps its start, the nodes after it go with the rest.
    for (const part of match.with ?? []) if (part.parentNode && root.contains(part)) part.parentNode.removeChild(part);
    return replaceText(node as Text, action.text, log);
  }
  const anchor = node.parentElement;
  unwrap(node as Element);
  return anchor;
}

/** Rewrites a text node; the marker goes where the old and the new text part (the removed markup's place). */
function replaceText(node: Text, text: string, log: RemovalLog): Comment {
  const old = node.data;
  let at = 0;
  while (at < old.length && at < text.length && old[at] === text[at]) at++;
  node.data = text;
  const marker = log.marker(node.ownerDocument);
  if (at >= text.length) node.after(marker);
  else if (at === 0) node.before(marker);
  else node.splitText(at).before(marker);
  return marker;
}

/** Turns an element into a <figcaption> holding the same content (undefined: inside a caption already). */
function toCaption(el: Element): Element | undefined {
  if (el.closest('figcaption')) return undefined;
  const caption = el.ownerDocument.createElement('figcaption');
  while (el.firstChild) caption.appendChild(el.firstChild);
  el.replaceWith(caption);
  return caption;
}

/** The rules' view of the page: its address, and which URLs are of its own site. */
export function ruleContext(pageUrl: string, canonicalUrls: readonly (string | null)[] = []): RuleContext {
  const sites = [pageUrl, ...canonicalUrls].filter((u): u is string => !!u);
  return { pageUrl, isOwnSite: (abs) => sites.some((site) => isSameSite(abs, site)), linksOf: realLinks, kept: (compute, root) => compute(root) };
}

export function runRules(root: Element, ctx: RuleContext, log: RemovalLog, rules: readonly Rule[], limits?: Limits): void {
  withElementIndex(root, () => keepingTexts(() => runIndexed(root, ctx, log, rules, limits)));
}

/** runRules under the root's element index (dom.ts): told of every change a match makes. */
function runIndexed(root: Element, ctx: RuleContext, log: RemovalLog, rules: readonly Rule[], limits?: Limits): void {
  const links = new LinkIndex(root);
  const kept = new Map<unknown, Map<Element, unknown>>();
  const indexed: RuleContext = {
    ...ctx,
    linksOf: (el) => links.of(el),
    kept: <T>(compute: (root: Element) => T, at: Element): T => {
      let byRoot = kept.get(compute);
      if (!byRoot) {
        byRoot = new Map();
        kept.set(compute, byRoot);
      }
      if (!byRoot.has(at)) byRoot.set(at, compute(at));
      return byRoot.get(at) as T;
    },
  };
  for (const rule of rules) {
    limits?.checkTime();
    for (const match of rule.find(root, indexed)) {
      if (ctx.spare?.(rule.kind, match.text)) continue; // the reader keeps this here (a site rule)
      const anchor = apply(root, match, log);
      if (anchor === undefined) continue;
      treeChanged();
      forgetTexts();
      kept.clear();
      if (match.action.type === 'remove' || match.action.type === 'unwrap') for (const node of [match.node, ...(match.with ?? [])]) links.removed(node);
      else if (match.action.type === 'replace-text') for (const node of match.with ?? []) links.removed(node);
      else if (match.action.type === 'caption') links.reset(); // the same links, under a new element
      log.anchored(
        {
          kind: rule.kind,
          rule: rule.name,
          reason: match.reason,
          text: match.text,
          ...(match.href ? { href: match.href } : {}),
        },
        anchor,
      );
    }
  }
}
