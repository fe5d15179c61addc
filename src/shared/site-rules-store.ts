/**
 * The reader's corrections in storage.sync: one item per site, `site:<host>` → its list of rules (small
 * declarative objects, src/core/site-rules/). Every write is checked against the rule schema and
 * storage.sync's quotas first (8 KB an item, 100 KB and 512 items in all); a write that would not fit is
 * refused with a message and nothing is changed. Used by the view (keep for this site), the popup and the
 * background (the rules handed to the content script) and the options page.
 */
import browser from 'webextension-polyfill';
import { RULE_LIMITS, type Refused, type SiteRule, checkRuleSet, checkRules, jsonBytes, refuse, siteKey } from '../core/site-rules';

export const SITE_PREFIX = 'site:';

/** Refusals carry the problem's code (core/site-rules/validate.ts) for the UI to say in its language. */
export type StoreResult = { ok: true } | Refused;

const keyOf = (host: string) => `${SITE_PREFIX}${siteKey(host)}`;

/** One site's rules (none when the stored item is missing or malformed: a bad item never breaks reading). */
export async function loadSiteRules(host: string): Promise<SiteRule[]> {
  if (!host) return [];
  const key = keyOf(host);
  const got = await browser.storage.sync.get(key);
  const checked = checkRules(got[key] ?? []);
  return checked.ok ? checked.value : [];
}

/** Every site's rules, as the export holds them (malformed items left out). */
export async function loadAllRules(): Promise<Record<string, SiteRule[]>> {
  const all = await browser.storage.sync.get(null);
  const out: Record<string, SiteRule[]> = {};
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(SITE_PREFIX)) continue;
    const checked = checkRules(value);
    if (checked.ok && checked.value.length) out[key.slice(SITE_PREFIX.length)] = checked.value;
  }
  return out;
}

async function fits(writes: Record<string, SiteRule[]>): Promise<StoreResult> {
  const all = await browser.storage.sync.get(null);
  Object.assign(all, writes);
  const entries = Object.entries(all);
  const sites = entries.filter(([k]) => k.startsWith(SITE_PREFIX)).length;
  if (sites > RULE_LIMITS.sites) return refuse('storeSites', RULE_LIMITS.sites);
  for (const [k, v] of Object.entries(writes)) {
    const bytes = jsonBytes(v, k);
    if (bytes > RULE_LIMITS.itemBytes) return refuse('siteBytes', k.slice(SITE_PREFIX.length), bytes, RULE_LIMITS.itemBytes);
  }
  const total = entries.reduce((sum, [k, v]) => sum + jsonBytes(v, k), 0);
  if (total > 100_000) return refuse('storeTotal', total);
  return { ok: true };
}

/** Writes one site's whole list (an empty list removes the site), checked first. */
export async function saveSiteRules(host: string, rules: unknown): Promise<StoreResult> {
  const checked = checkRules(rules, siteKey(host));
  if (!checked.ok) return checked;
  const key = keyOf(host);
  if (!checked.value.length) {
    await browser.storage.sync.remove(key);
    return { ok: true };
  }
  const room = await fits({ [key]: checked.value });
  if (!room.ok) return room;
  await browser.storage.sync.set({ [key]: checked.value });
  return { ok: true };
}

const same = (a: SiteRule, b: SiteRule) => JSON.stringify(a) === JSON.stringify(b);

/** Adds one rule to a site's list (a rule already there is not added twice). */
export async function addSiteRule(host: string, rule: SiteRule): Promise<StoreResult> {
  const rules = await loadSiteRules(host);
  if (rules.some((r) => same(r, rule))) return { ok: true };
  return saveSiteRules(host, [...rules, rule]);
}

/** Forgets the hide rules whose signature starts the given hidden text. */
export async function forgetHidden(host: string, hiddenText: string): Promise<StoreResult> {
  const rules = await loadSiteRules(host);
  return saveSiteRules(host, rules.filter((r) => !(r.type === 'hide' && hiddenText.startsWith(r.text))));
}

/** Imports a set: each site in it gets the imported list, other sites keep theirs (checked whole: a bad file changes nothing). */
export async function importRules(raw: unknown): Promise<StoreResult & { sites?: number }> {
  const checked = checkRuleSet(raw);
  if (!checked.ok) return checked;
  const writes = Object.fromEntries(Object.entries(checked.value).map(([host, rules]) => [keyOf(host), rules]));
  const room = await fits(writes);
  if (!room.ok) return room;
  await browser.storage.sync.set(writes);
  return { ok: true, sites: Object.keys(writes).length };
}
