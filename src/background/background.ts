/**
 * Background: only what needs it.
 * - the "open-reader-tab" command (extract in the active tab, then open the reader tab next to it),
 * - handing an article from the popup to a new reader tab (the popup closes as soon as the tab opens).
 */
import browser from 'webextension-polyfill';
import { isMessage } from '../shared/messages';
import { extractInTab, openReaderTab } from '../shared/tab-calls';

browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'open-reader-tab') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab || tab.id === undefined) return;
  const result = await extractInTab(tab.id, tab.url);
  await openReaderTab(result, tab.id);
});

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isMessage(message)) return undefined;
  return openReaderTab(message.result, message.sourceTabId).then(() => ({ ok: true }));
});
