/**
 * The popup's ask to the page, started by its first, small script (popup-start.ts) before the view's bundle
 * (popup.js, 170 KB) is loaded and parsed: the page's injection and extraction run while the popup's own
 * script is still being parsed, instead of after it (issue 17: in Firefox, loading popup.js took 90–240 ms
 * of every click before the page was asked). popup.ts takes the answer with `takeEarlyRead`; when the
 * first script did not run, it starts the same read itself.
 */
import { hostName } from '../core/url';
import type { ExtractResult } from '../shared/messages';
import type { SiteRule } from '../core/site-rules/types';
import { loadSiteRules } from '../shared/site-rules-store';
import { extractInTab } from '../shared/tab-calls';
import { mark } from '../view/marks';
import browser from 'webextension-polyfill';

export interface TabRef {
  id: number;
  url: string | undefined;
}

export interface EarlyRead {
  /** The tab to read: `popup.html?tab=ID` (the popup opened in a tab), else the window's active tab. */
  tab: Promise<TabRef | null>;
  /** The reader's corrections for the tab's site. */
  rules: Promise<SiteRule[]>;
  /** The first read (not forced), or null when there is no tab to read. */
  result: Promise<ExtractResult | null>;
}

const KEY = '__readerOutlineEarlyRead';

async function targetTab(): Promise<TabRef | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param));
    return tab.id === undefined ? null : { id: tab.id, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab && tab.id !== undefined ? { id: tab.id, url: tab.url } : null;
}

/** Looks up the tab and asks it for its article; kept on the popup's global for popup.ts. */
export function startEarlyRead(): EarlyRead {
  mark('ro:popup-start');
  const tab = targetTab();
  const rules = tab.then((t) => (t ? loadSiteRules(hostName(t.url ?? '')) : [])).catch(() => [] as SiteRule[]);
  const result = tab.then(async (t) => {
    if (!t) return null;
    const siteRules = await rules;
    mark('ro:article-requested');
    const answer = await extractInTab(t.id, t.url, false, siteRules);
    mark('ro:article-received', answer.timing);
    return answer;
  });
  result.catch(() => undefined); // handled by popup.ts, which awaits it (or the tab lookup's own error)
  const read = { tab, rules, result };
  (globalThis as unknown as Record<string, EarlyRead>)[KEY] = read;
  return read;
}

/** The read popup-start.js began, or a new one. */
export function takeEarlyRead(): EarlyRead {
  return (globalThis as unknown as Record<string, EarlyRead | undefined>)[KEY] ?? startEarlyRead();
}
