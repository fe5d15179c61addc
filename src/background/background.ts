/**
 * Background: only what needs it.
 * - the "open-reader-tab" command (extract in the active tab, then open the reader tab next to it),
 * - handing an article from the popup to a new reader tab (the popup closes as soon as the tab opens).
 */
import browser from 'webextension-polyfill';
import { hostName } from '../core/url';
import { extractInTab, isMessage, openReaderTab } from '../shared/messages';
import { loadSiteRules } from '../shared/site-rules-store';

browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'open-reader-tab') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab || tab.id === undefined) return;
  const rules = await loadSiteRules(hostName(tab.url ?? '')).catch(() => []);
  const result = await extractInTab(tab.id, tab.url, false, undefined, rules);
  await openReaderTab(result, tab.id);
});

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isMessage(message)) return undefined;
  return openReaderTab(message.result, message.sourceTabId).then(() => ({ ok: true }));
});
