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

/**
 * Why rules were refused, as a stable code with its arguments (`where` names the rule: "rules[2]", a host),
 * so a UI can say it in its own language (the options page: the message `rule<Code>` of _locales, with the
 * arguments as $1…). The core stays free of extension APIs and answers in English (`error`, for the CLI and
 * as the fallback), from the templates below; tests/unit/i18n.test.ts checks _locales/en says the same.
 */
export const RULE_PROBLEMS = {
  notObject: '$1: not an object',
  unknownType: '$1: unknown type $2 (hide, keep or container)',
  unknownField: '$1: unknown field "$2"',
  unknownKind: '$1: unknown removal kind $2',
  selectorEmpty: '$1: "selector" must be a non-empty text',
  selectorLong: '$1: the selector is longer than $2 characters',
  selectorForm: '$1: "$2" is not a tag-and-class selector',
  textEmpty: '$1: "text" must be a non-empty text',
  textLong: '$1: the text signature is longer than $2 characters',
  notList: '$1: not a list',
  tooMany: '$1: $2 rules, more than $3 for one site',
  notSet: 'the file must hold one JSON object: { "site.example": [rules…] }',
  tooManySites: '$1 sites, more than $2',
  badHost: '"$1" is not a site\'s host name',
  siteBytes: '$1: its rules take $2 bytes, more than $3',
  totalBytes: 'the rules take $1 bytes in all, more than $2',
  // storage.sync's own limits (src/shared/site-rules-store.ts)
  storeSites: 'corrections for more than $1 sites',
  storeTotal: '$1 bytes in all, more than storage.sync holds',
} as const;

export type RuleProblemCode = keyof typeof RULE_PROBLEMS;
export interface RuleProblem {
  code: RuleProblemCode;
  args: string[];
}
export type Refused = { ok: false; error: string; problem: RuleProblem };
export type Checked<T> = { ok: true; value: T } | Refused;

/** A refusal: the problem's code and arguments, and its English text. */
export function refuse(code: RuleProblemCode, ...args: Array<string | number>): Refused {
  const strings = args.map(String);
  const error = RULE_PROBLEMS[code].replace(/\$(\d)/g, (_, d: string) => strings[Number(d) - 1] ?? '');
  return { ok: false, error, problem: { code, args: strings } };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A selector of the simple form the rules use: a tag with classes, or compound ones joined by combinators. */
const SELECTOR = /^[a-z][a-z0-9-]*(?:\.[-_a-zA-Z][\w-]*)*(?:\s*[>+~ ]\s*[a-z][a-z0-9-]*(?:\.[-_a-zA-Z][\w-]*)*)*$/;

function checkSelector(v: unknown, where: string): Refused | null {
  if (typeof v !== 'string' || !v.trim()) return refuse('selectorEmpty', where);
  if (v.length > RULE_LIMITS.selector) return refuse('selectorLong', where, RULE_LIMITS.selector);
  if (!SELECTOR.test(v.trim())) return refuse('selectorForm', where, v.slice(0, 60));
  return null;
}

function checkText(v: unknown, where: string, required: boolean): Refused | null {
  if (v === undefined && !required) return null;
  if (typeof v !== 'string' || (required && !v.trim())) return refuse('textEmpty', where);
  if (v.length > RULE_LIMITS.text) return refuse('textLong', where, RULE_LIMITS.text);
  return null;
}

const KEYS: Record<SiteRule['type'], readonly string[]> = { hide: ['type', 'selector', 'text'], keep: ['type', 'kind', 'text'], container: ['type', 'selector', 'text'] };

/** One rule, checked; the value is a fresh object with only the known fields. */
export function checkRule(v: unknown, where = 'rule'): Checked<SiteRule> {
  if (!isObject(v)) return refuse('notObject', where);
  const type = v.type;
  if (type !== 'hide' && type !== 'keep' && type !== 'container') return refuse('unknownType', where, String(JSON.stringify(type)));
  const extra = Object.keys(v).find((k) => !KEYS[type].includes(k));
  if (extra) return refuse('unknownField', where, extra);
  const text = v.text as string | undefined;
  if (type === 'keep') {
    if (!REMOVAL_KINDS.includes(v.kind as RemovalKind)) return refuse('unknownKind', where, String(JSON.stringify(v.kind)));
    const bad = checkText(text, where, false);
    if (bad) return bad;
    return { ok: true, value: { type, kind: v.kind as RemovalKind, ...(text ? { text } : {}) } };
  }
  const bad = checkSelector(v.selector, where) ?? checkText(text, where, type === 'hide');
  if (bad) return bad;
  const selector = (v.selector as string).trim();
  return { ok: true, value: type === 'hide' ? { type, selector, text: text! } : { type, selector, ...(text ? { text } : {}) } };
}

/** One site's list of rules, checked whole: one bad rule refuses the list. */
export function checkRules(v: unknown, where = 'rules'): Checked<SiteRule[]> {
  if (!Array.isArray(v)) return refuse('notList', where);
  if (v.length > RULE_LIMITS.perSite) return refuse('tooMany', where, v.length, RULE_LIMITS.perSite);
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
  if (!isObject(v)) return refuse('notSet');
  const entries = Object.entries(v);
  if (entries.length > RULE_LIMITS.sites) return refuse('tooManySites', entries.length, RULE_LIMITS.sites);
  const out: Record<string, SiteRule[]> = {};
  let total = 0;
  for (const [host, rules] of entries) {
    const key = siteKey(host);
    if (!HOST.test(key)) return refuse('badHost', host.slice(0, 60));
    const checked = checkRules(rules, key);
    if (!checked.ok) return checked;
    const bytes = jsonBytes(checked.value, `site:${key}`);
    if (bytes > RULE_LIMITS.itemBytes) return refuse('siteBytes', key, bytes, RULE_LIMITS.itemBytes);
    total += bytes;
    out[key] = [...(out[key] ?? []), ...checked.value];
  }
  if (total > RULE_LIMITS.totalBytes) return refuse('totalBytes', total, RULE_LIMITS.totalBytes);
  return { ok: true, value: out };
}

/** The rules of a set that apply to a page's host (its own name, without "www."). */
export function rulesForHost(set: Record<string, readonly SiteRule[]>, host: string): SiteRule[] {
  return [...(set[siteKey(host)] ?? [])];
}
