// How a block is named in a rule, and found again: its tag and stable classes (never an id or a position,
// which change between visits), and its first words. The words pick the one block among those the
// selector finds; when the page's classes change or a wrapper is added, the tag alone and the words
// still find it.
import { normalizeSpace } from '../text';
import { RULE_LIMITS } from './types';

const SIGNATURE_CHARS = 80;

/** The block's text signature: its first words, whitespace collapsed, at most 80 characters. */
export function signatureOf(el: Element): string {
  return signatureOfText(el.textContent ?? '');
}

/** The signature of a text (a removed item's words, kept for the site). */
export function signatureOfText(raw: string): string {
  const text = normalizeSpace(raw);
  if (text.length <= SIGNATURE_CHARS) return text;
  const cut = text.slice(0, SIGNATURE_CHARS);
  const space = cut.lastIndexOf(' ');
  return space > SIGNATURE_CHARS / 2 ? cut.slice(0, space) : cut;
}

/** A class name that looks written by a person (`promo-box`), not generated (`css-1x2y3z`, `sc-aXbY`). */
function stableClass(name: string): boolean {
  return /^[a-z][a-z_-]*[a-z]$/i.test(name) && name.length <= 32 && !/^(css|sc|jsx|svelte|emotion)-/i.test(name) && !/[A-Z].*[A-Z].*[A-Z]/.test(name);
}

const CSS_IDENT = /^-?[_a-zA-Z][\w-]*$/;

/** The block's tag and up to two stable classes. */
export function selectorFor(el: Element): string {
  const classes = Array.from(el.classList).filter((c) => stableClass(c) && CSS_IDENT.test(c)).slice(0, 2);
  return [el.localName, ...classes].join('.').slice(0, RULE_LIMITS.selector);
}

/** The tag of a `tag.class` selector, or null for anything else. */
function tagOf(selector: string): string | null {
  const m = /^([a-z][a-z0-9-]*)(?:\.[\w-]+)*$/i.exec(selector.trim());
  return m?.[1]?.toLowerCase() ?? null;
}

function query(root: Element, selector: string): Element[] {
  try {
    return [...(root.matches(selector) ? [root] : []), ...Array.from(root.querySelectorAll(selector))];
  } catch {
    return [];
  }
}

/** Of the candidates, those that hold no other candidate (the block itself, not its wrapper). */
function innermost(found: Element[]): Element[] {
  return found.filter((el) => !found.some((other) => other !== el && el.contains(other)));
}

function withText(found: Element[], text: string): Element[] {
  return found.filter((el) => normalizeSpace(el.textContent ?? '').startsWith(text));
}

/**
 * The blocks under `root` a selector and signature name: by the selector and the words; else by the
 * selector's tag and the words (the classes changed). Without a signature, every block the selector finds.
 */
export function findBlocks(root: Element, selector: string, text?: string): Element[] {
  const bySelector = query(root, selector);
  if (!text) return bySelector;
  const exact = innermost(withText(bySelector, text));
  if (exact.length) return exact;
  const tag = tagOf(selector);
  return tag && tag !== selector ? innermost(withText(query(root, tag), text)) : [];
}
