// Reading site rules from untrusted JSON (storage, an imported file, the CLI's --rules file): every rule is
// checked field by field against its shape and the limits; anything else is refused with a message that
// says which rule and why. Nothing is ever evaluated: a selector is only handed to querySelectorAll.
import type { RemovalKind } from '../article';
import { RULE_LIMITS, type SiteRule } from './types';

export const REMOVAL_KINDS: readonly RemovalKind[] = [
  'leaked-markup',
  'read-more',
  'related-box',
  'keyword-link',
  'affiliate-link',
  'follow-call',
  'page-chrome',
  'clutter',
  'correction',
];

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A selector of the simple form the rules use: a tag with classes, or compound ones joined by combinators. */
const SELECTOR = /^[a-z][a-z0-9-]*(?:\.[-_a-zA-Z][\w-]*)*(?:\s*[>+~ ]\s*[a-z][a-z0-9-]*(?:\.[-_a-zA-Z][\w-]*)*)*$/;

function checkSelector(v: unknown, where: string): string | null {
  if (typeof v !== 'string' || !v.trim()) return `${where}: "selector" must be a non-empty text`;
  if (v.length > RULE_LIMITS.selector) return `${where}: the selector is longer than ${RULE_LIMITS.selector} characters`;
  if (!SELECTOR.test(v.trim())) return `${where}: "${v.slice(0, 60)}" is not a tag-and-class selector`;
  return null;
}

function checkText(v: unknown, where: string, required: boolean): string | null {
  if (v === undefined && !required) return null;
  if (typeof v !== 'string' || (required && !v.trim())) return `${where}: "text" must be a non-empty text`;
  if (v.length > RULE_LIMITS.text) return `${where}: the text signature is longer than ${RULE_LIMITS.text} characters`;
  return null;
}

const KEYS: Record<SiteRule['type'], readonly string[]> = { hide: ['type', 'selector', 'text'], keep: ['type', 'kind', 'text'], container: ['type', 'selector', 'text'] };

/** One rule, checked; the value is a fresh object with only the known fields. */
export function checkRule(v: unknown, where = 'rule'): Checked<SiteRule> {
  if (!isObject(v)) return { ok: false, error: `${where}: not an object` };
  const type = v.type;
  if (type !== 'hide' && type !== 'keep' && type !== 'container') return { ok: false, error: `${where}: unknown type ${JSON.stringify(type)} (hide, keep or container)` };
  const extra = Object.keys(v).find((k) => !KEYS[type].includes(k));
  if (extra) return { ok: false, error: `${where}: unknown field "${extra}"` };
  const text = v.text as string | undefined;
  if (type === 'keep') {
    if (!REMOVAL_KINDS.includes(v.kind as RemovalKind)) return { ok: false, error: `${where}: unknown removal kind ${JSON.stringify(v.kind)}` };
    const bad = checkText(text, where, false);
    if (bad) return { ok: false, error: bad };
    return { ok: true, value: { type, kind: v.kind as RemovalKind, ...(text ? { text } : {}) } };
  }
  const bad = checkSelector(v.selector, where) ?? checkText(text, where, type === 'hide');
  if (bad) return { ok: false, error: bad };
  const selector = (v.selector as string).trim();
  return { ok: true, value: type === 'hide' ? { type, selector, text: text! } : { type, selector, ...(text ? { text } : {}) } };
}

/** One site's list of rules, checked whole: one bad rule refuses the list. */
export function checkRules(v: unknown, where = 'rules'): Checked<SiteRule[]> {
  if (!Array.isArray(v)) return { ok: false, error: `${where}: not a list` };
  if (v.length > RULE_LIMITS.perSite) return { ok: false, error: `${where}: ${v.length} rules, more than ${RULE_LIMITS.perSite} for one site` };
  const rules: SiteRule[] = [];
  for (const [i, item] of v.entries()) {
    const checked = checkRule(item, `${where}[${i}]`);
    if (!checked.ok) return checked;
    rules.push(checked.value);
  }
  return { ok: true, value: rules };
}

/** Bytes of a value as JSON text in UTF-8 (how storage.sync counts an item, with its key). */
export function jsonBytes(value: unknown, key = ''): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

/** A site's host name as the rules are keyed: lower case, without "www.". */
export function siteKey(host: string): string {
  return host.trim().toLowerCase().replace(/^www\./, '');
}

const HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/;

/**
 * A whole set of corrections, `{ "site": [rules…] }` (the export format and the CLI's --rules file):
 * refused whole if any site name, rule or size is wrong.
 */
export function checkRuleSet(v: unknown): Checked<Record<string, SiteRule[]>> {
  if (!isObject(v)) return { ok: false, error: 'the file must hold one JSON object: { "site.example": [rules…] }' };
  const entries = Object.entries(v);
  if (entries.length > RULE_LIMITS.sites) return { ok: false, error: `${entries.length} sites, more than ${RULE_LIMITS.sites}` };
  const out: Record<string, SiteRule[]> = {};
  let total = 0;
  for (const [host, rules] of entries) {
    const key = siteKey(host);
    if (!HOST.test(key)) return { ok: false, error: `"${host.slice(0, 60)}" is not a site's host name` };
    const checked = checkRules(rules, key);
    if (!checked.ok) return checked;
    const bytes = jsonBytes(checked.value, `site:${key}`);
    if (bytes > RULE_LIMITS.itemBytes) return { ok: false, error: `${key}: its rules take ${bytes} bytes, more than ${RULE_LIMITS.itemBytes}` };
    total += bytes;
    out[key] = [...(out[key] ?? []), ...checked.value];
  }
  if (total > RULE_LIMITS.totalBytes) return { ok: false, error: `the rules take ${total} bytes in all, more than ${RULE_LIMITS.totalBytes}` };
  return { ok: true, value: out };
}

/** The rules of a set that apply to a page's host (its own name, without "www."). */
export function rulesForHost(set: Record<string, readonly SiteRule[]>, host: string): SiteRule[] {
  return [...(set[siteKey(host)] ?? [])];
}
