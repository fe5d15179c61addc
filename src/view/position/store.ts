/**
 * Reading positions, one per article, in storage.local: where the reader tab was left, so it can offer
 * "continue where you left off". Bounded: at most MAX_POSITIONS articles, the least recently read dropped
 * first. A finished article (read to the end) is forgotten. Nothing leaves the browser.
 */

export const POSITIONS_KEY = 'readingPositions';
export const MAX_POSITIONS = 200;

export interface ReadingPosition {
  /** Index of the block at the top of the window, among the body's reading blocks (blocks.ts). */
  block: number;
  /** How far down that block the window's top was (0–1). */
  within: number;
  /** How far through the article (0–1), to show and to tell a finished article. */
  progress: number;
  /** When it was saved (ms since the epoch); the oldest go first when the store is full. */
  at: number;
}

export type PositionMap = Record<string, ReadingPosition>;

/** The storage the positions live in (browser.storage.local, or a stand-in in tests). */
export interface PositionStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The key of an article: its address without the fragment, or its title when it has no address. */
export function articleKey(url: string, title: string): string {
  if (url) return url.replace(/#.*$/, '');
  return `title:${title}`;
}

function isPosition(value: unknown): value is ReadingPosition {
  const v = value as Partial<ReadingPosition> | null;
  return (
    typeof v === 'object' && v !== null && Number.isInteger(v.block) && (v.block ?? -1) >= 0 && typeof v.within === 'number' &&
    typeof v.progress === 'number' && typeof v.at === 'number'
  );
}

async function readAll(storage: PositionStorage): Promise<PositionMap> {
  const got = await storage.get(POSITIONS_KEY);
  const raw = got[POSITIONS_KEY];
  const out: PositionMap = {};
  if (typeof raw !== 'object' || raw === null) return out;
  for (const [key, value] of Object.entries(raw)) if (isPosition(value)) out[key] = value;
  return out;
}

export async function loadPosition(storage: PositionStorage, key: string): Promise<ReadingPosition | null> {
  return (await readAll(storage))[key] ?? null;
}

/** Keeps the newest `max` positions. */
export function bounded(map: PositionMap, max = MAX_POSITIONS): PositionMap {
  const entries = Object.entries(map).sort((a, b) => b[1].at - a[1].at);
  return Object.fromEntries(entries.slice(0, max));
}

/** Saves (or, with null, forgets) the position of one article. */
export async function savePosition(storage: PositionStorage, key: string, position: ReadingPosition | null, max = MAX_POSITIONS): Promise<void> {
  const all = await readAll(storage);
  if (position) all[key] = position;
  else delete all[key];
  await storage.set({ [POSITIONS_KEY]: bounded(all, max) });
}
