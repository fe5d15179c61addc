/**
 * The reading tools, wired to the view in one place (issue 15): read aloud (speech/), copy, save and print
 * (export/), the reading position of the reader tab (position/) and the further pages of a multi-page
 * article (pages/). view.ts gives them the bar, the settings panel and the article shown; they keep to
 * their own modules.
 */
import type { Article } from '../core/article';
import type { NextPage } from '../core/pagination';
import type { ExtractResult } from '../shared/messages';
import { createExportPanel } from './export/panel';
import { loadMorePages, type PageLoader } from './pages/continue';
import { type PositionTracker, trackReaderPosition } from './position/index';
import { createSpeechPlayer } from './speech/player';
import { speechSettingsSection } from './speech/prefs';

export interface ReadingToolsOptions {
  popup: boolean;
  /** The app root (for the status of further pages). */
  root: HTMLElement;
  /** The reading area (the "continue" offer goes in it). */
  main: HTMLElement;
  /** The settings panel (the read-aloud voice and speed go in it, above its last part). */
  settingsPanel: HTMLElement;
  barHeight(): number;
  closePanels(): void;
  /** The section being read (-1: before the first), for "read aloud from here". */
  currentSection(): number;
  fetchPage?: ((url: string) => Promise<ExtractResult>) | undefined;
  /** Shows the article again with more pages, where the reader was. */
  showMore(merged: Article, next: NextPage | undefined): void;
}

export interface ReadingTools {
  /** Buttons for the bar, before the settings button. */
  buttons: HTMLButtonElement[];
  /** The export panel and its button (one of the view's panels). */
  panel: [HTMLElement, HTMLButtonElement];
  /** Elements for the app root (the export panel, the player). */
  elements: HTMLElement[];
  keys: { toggleExport(): void; readAloud(): void };
  /** The article now on screen, its rendered body and its sections' headings and titles. */
  show(article: Article, body: HTMLElement, headings: HTMLElement[], titles: string[]): void;
  /** A first page with more to come: loads the rest (when the host can fetch pages). */
  loadPages(result: Extract<ExtractResult, { ok: true }>): void;
  /** No article any more (loading, a message). */
  clear(): void;
}

export function createReadingTools(options: ReadingToolsOptions): ReadingTools {
  const exportPanel = createExportPanel(options.closePanels);
  const player = createSpeechPlayer(options.barHeight);
  const speechSettings = speechSettingsSection();
  options.settingsPanel.insertBefore(speechSettings.element, options.settingsPanel.lastElementChild);
  let position: PositionTracker | null = null;
  let pages: PageLoader | null = null;

  const stopPages = () => {
    pages?.stop();
    pages = null;
  };
  return {
    buttons: [player.button, exportPanel.button],
    panel: [exportPanel.element, exportPanel.button],
    elements: [exportPanel.element, player.element],
    keys: {
      toggleExport: () => {
        if (!exportPanel.button.hidden) exportPanel.button.click();
      },
      readAloud: () => {
        if (!player.button.hidden) player.start(options.currentSection());
      },
    },
    show(article, body, headings, titles) {
      exportPanel.setArticle(article, body);
      player.setArticle(article, body, headings, titles);
      speechSettings.setLanguage(article.lang);
      position?.stop();
      position = options.popup ? null : trackReaderPosition(article, body, options.main, options.barHeight);
    },
    loadPages(result) {
      stopPages();
      if (!result.nextPage || !options.fetchPage) return;
      pages = loadMorePages({ first: result.article, next: result.nextPage, fetchPage: options.fetchPage, host: options.root, show: (merged, _n, next) => options.showMore(merged, next) });
    },
    clear() {
      stopPages();
      exportPanel.setArticle(null, null);
      player.setArticle(null, null, [], []);
      position?.stop();
      position = null;
    },
  };
}
