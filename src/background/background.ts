/**
 * Background: only what needs it.
 * - the "open-reader-tab" command (extract in the active tab, then open the reader tab next to it),
 * - handing an article from the popup to a new reader tab (the popup closes as soon as the tab opens).
 */
import browser from 'webextension-polyfill';
import { checkRule } from '../core/site-rules';
import { hostName } from '../core/url';
import { isMessage } from '../shared/messages';
import { loadSiteRules, saveSiteRules } from '../shared/site-rules-store';
import { extractInTab, openReaderTab } from '../shared/tab-calls';

browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'open-reader-tab') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab || tab.id === undefined) return;
  const rules = await loadSiteRules(hostName(tab.url ?? '')).catch(() => []);
  const result = await extractInTab(tab.id, tab.url, false, rules);
  await openReaderTab(result, tab.id);
});

/**
 * The picker's block: kept as the site's one container rule, then the page read again with the site's rules
 * and shown in a reader tab (activeTab still holds: the reader opened the popup on this page to pick).
 */
async function picked(rule: unknown, tab: browser.Tabs.Tab | undefined): Promise<void> {
  const checked = checkRule(rule);
  if (!checked.ok || checked.value.type !== 'container' || tab?.id === undefined || !tab.url) return;
  const host = hostName(tab.url);
  const rules = [...(await loadSiteRules(host)).filter((r) => r.type !== 'container'), checked.value];
  const saved = await saveSiteRules(host, rules);
  const result = await extractInTab(tab.id, tab.url, false, saved.ok ? rules : [checked.value]);
  await openReaderTab(result, tab.id);
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isMessage(message)) return undefined;
  if (message.type === 'picked') return sender.id === browser.runtime.id ? picked(message.rule, sender.tab).then(() => ({ ok: true })) : undefined;
  return openReaderTab(message.result, message.sourceTabId).then(() => ({ ok: true }));
});
