/**
 * Reading settings: kept in storage.sync, applied live to every open view (storage.onChanged),
 * and mirrored in localStorage so the first frame already has the right theme and type.
 */
import browser from 'webextension-polyfill';

export type ThemeChoice = 'light' | 'sepia' | 'dark' | 'system';
/** 'readable': the most legible font installed (view.css names the stack: Atkinson Hyperlegible, Lexend, …). */
export type FontChoice = 'serif' | 'sans' | 'readable';
export type WidthChoice = 'narrow' | 'medium' | 'wide';
/** 'open': the dyslexia-friendly preset, the text spacing of WCAG 1.4.12 (letters, words, lines, paragraphs). */
export type LeadingChoice = 'compact' | 'normal' | 'loose' | 'open';

export interface Settings {
  theme: ThemeChoice;
  font: FontChoice;
  /** Body text size in CSS pixels. */
  size: number;
  width: WidthChoice;
  leading: LeadingChoice;
}

export const DEFAULT_SETTINGS: Settings = { theme: 'system', font: 'serif', size: 18, width: 'medium', leading: 'normal' };
export const SIZE_MIN = 14;
export const SIZE_MAX = 26;

export const THEMES: readonly ThemeChoice[] = ['light', 'sepia', 'dark', 'system'];
export const FONTS: readonly FontChoice[] = ['serif', 'sans', 'readable'];
export const WIDTHS: readonly WidthChoice[] = ['narrow', 'medium', 'wide'];
export const LEADINGS: readonly LeadingChoice[] = ['compact', 'normal', 'loose', 'open'];

const MEASURE: Record<WidthChoice, string> = { narrow: '58ch', medium: '68ch', wide: '80ch' };
const LINE_HEIGHT: Record<LeadingChoice, string> = { compact: '1.45', normal: '1.65', loose: '1.85', open: '2' };

const STORAGE_KEY = 'readerSettings';
const CACHE_KEY = 'reader-outline:settings';

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Accepts anything (old versions, hand-edited storage) and returns valid settings. */
export function normalizeSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const size = Number(r.size);
  return {
    theme: pick(r.theme, THEMES, DEFAULT_SETTINGS.theme),
    font: pick(r.font, FONTS, DEFAULT_SETTINGS.font),
    size: Number.isFinite(size) ? Math.round(Math.min(SIZE_MAX, Math.max(SIZE_MIN, size))) : DEFAULT_SETTINGS.size,
    width: pick(r.width, WIDTHS, DEFAULT_SETTINGS.width),
    leading: pick(r.leading, LEADINGS, DEFAULT_SETTINGS.leading),
  };
}

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

export function resolvedTheme(theme: ThemeChoice): 'light' | 'sepia' | 'dark' {
  if (theme !== 'system') return theme;
  return darkQuery().matches ? 'dark' : 'light';
}

let applied: Settings = DEFAULT_SETTINGS;
/** What is on <html> now (the settings and the theme they resolve to), or null before the first apply. */
let appliedKey: string | null = null;
/** Our own writes not yet echoed back by storage.onChanged (an older echo must not undo a newer change). */
const pendingWrites: string[] = [];

/**
 * Puts the settings on <html>: data attributes for theme and font, custom properties for the rest.
 * Settings already on the page are not applied again: every apply restyles the whole document (twice,
 * with the no-transition class), which on a long article costs as much as laying it out, and the
 * stored settings usually come back equal to the cached ones the first frame already used.
 */
export function applySettings(settings: Settings): void {
  applied = settings;
  const key = `${JSON.stringify(settings)} ${resolvedTheme(settings.theme)}`;
  if (key === appliedKey) return;
  appliedKey = key;
  const root = document.documentElement;
  // Switch themes at once: no colour transitions while the variables change.
  root.classList.add('is-restyling');
  requestAnimationFrame(() => requestAnimationFrame(() => root.classList.remove('is-restyling')));
  root.dataset.theme = resolvedTheme(settings.theme);
  root.dataset.themeChoice = settings.theme;
  root.dataset.font = settings.font;
  root.style.setProperty('--text-size', `${settings.size}px`);
  root.style.setProperty('--measure', MEASURE[settings.width]);
  root.style.setProperty('--leading', LINE_HEIGHT[settings.leading]);
  root.dataset.spacing = settings.leading;
  root.style.colorScheme = root.dataset.theme === 'dark' ? 'dark' : 'light';
}

export function currentSettings(): Settings {
  return applied;
}

function readCache(): Settings | null {
  try {
    const text = localStorage.getItem(CACHE_KEY);
    return text ? normalizeSettings(JSON.parse(text)) : null;
  } catch {
    return null;
  }
}

function writeCache(settings: Settings): void {
  try {
    localStorage.setItem(CACHE_KEY, JSON.stringify(settings));
  } catch {
    // private windows may refuse: the cache only saves a flash
  }
}

/** Synchronous, for the first frame: the last settings this browser saw (or the defaults). */
export function applyCachedSettings(): Settings {
  const settings = readCache() ?? DEFAULT_SETTINGS;
  applySettings(settings);
  return settings;
}

export async function loadSettings(): Promise<Settings> {
  try {
    const got = await browser.storage.sync.get(STORAGE_KEY);
    return normalizeSettings(got[STORAGE_KEY]);
  } catch {
    return readCache() ?? DEFAULT_SETTINGS;
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  const clean = normalizeSettings(settings);
  applySettings(clean);
  writeCache(clean);
  pendingWrites.push(JSON.stringify(clean));
  await browser.storage.sync.set({ [STORAGE_KEY]: clean });
}

/**
 * Loads the stored settings, applies them, and keeps applying changes made in any other view
 * (and system theme changes when the theme follows the system). Calls `onChange` after each apply.
 */
export async function watchSettings(onChange: (settings: Settings) => void): Promise<Settings> {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync' || !(STORAGE_KEY in changes)) return;
    const next = normalizeSettings(changes[STORAGE_KEY]?.newValue);
    const echo = pendingWrites.indexOf(JSON.stringify(next));
    if (echo >= 0) {
      pendingWrites.splice(0, echo + 1);
      if (pendingWrites.length) return; // a newer change of ours is on its way
    }
    applySettings(next);
    writeCache(next);
    onChange(next);
  });
  darkQuery().addEventListener('change', () => {
    applySettings(applied);
    onChange(applied);
  });
  const settings = await loadSettings();
  applySettings(settings);
  writeCache(settings);
  onChange(settings);
  return settings;
}
