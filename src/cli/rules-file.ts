// --rules FILE: the reader's corrections for the CLI, in the options page's export format
// ({ "site.example": [rules…] }: the rules of the page's site are used) or as one list of rules.
// A file that is not JSON, or holds a rule that is malformed or over the limits, stops with exit 2.
import { readFileSync } from 'node:fs';
import { checkRuleSet, checkRules, rulesForHost, type SiteRule } from '../core/site-rules';
import { hostName } from '../core/url';

export function readRules(file: string, pageUrl: string, fail: (code: number, message: string) => never): SiteRule[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(2, `--rules ${file}: ${code === 'ENOENT' ? 'no such file' : code ? 'cannot read' : `not JSON (${(e as Error).message})`}`);
  }
  if (Array.isArray(raw)) {
    const checked = checkRules(raw);
    if (!checked.ok) fail(2, `--rules ${file}: ${checked.error}`);
    return checked.value;
  }
  const set = checkRuleSet(raw);
  if (!set.ok) fail(2, `--rules ${file}: ${set.error}`);
  const host = pageUrl ? hostName(pageUrl) : '';
  return host ? rulesForHost(set.value, host) : [];
}
