// Reading positions for the reader tab, kept in storage.local (the browser's own profile, not synced).
import browser from 'webextension-polyfill';
import type { PositionStorage } from './store';
import { type PositionTracker, trackPosition } from './tracker';

const local: PositionStorage = {
  get: (key) => browser.storage.local.get(key) as Promise<Record<string, unknown>>,
  set: (items) => browser.storage.local.set(items),
};

export type { PositionTracker };

export function trackReaderPosition(article: { url: string; title: string }, body: HTMLElement, host: HTMLElement, topEdge: () => number): PositionTracker {
  return trackPosition(local, article, body, host, topEdge);
}
