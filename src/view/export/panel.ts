/**
 * The export panel under the bar: copy as Markdown, save as .md, copy plain text, print. Every action
 * starts from the article on screen (the view's sanitized body), and says in the panel what it did.
 */
import type { Article } from '../../core/article';
import { h } from '../dom';
import { toolIcon, type ToolIconName } from '../tool-icons';
import { copyText, fileName, saveFile } from './deliver';
import { articleMarkdown } from './markdown';
import { articlePlainText } from './plain';
import { type MessageKey, t } from '../i18n/index';

export interface ExportPanel {
  /** The bar button that opens the panel. */
  button: HTMLButtonElement;
  element: HTMLElement;
  /** The article now on screen and its rendered body, or null (no article: the button hides). */
  setArticle(article: Article | null, body: HTMLElement | null): void;
  /** Runs an action by name (keys, tests): 'copy-markdown' | 'save-markdown' | 'copy-text' | 'print'. */
  run(action: ExportAction): Promise<void>;
}

export type ExportAction = 'copy-markdown' | 'save-markdown' | 'copy-text' | 'print';

const ACTIONS: ReadonlyArray<[ExportAction, ToolIconName, MessageKey, MessageKey]> = [
  ['copy-markdown', 'copy', 'copyMarkdown', 'copyMarkdownHint'],
  ['save-markdown', 'download', 'saveMarkdown', 'saveMarkdownHint'],
  ['copy-text', 'text', 'copyPlain', 'copyPlainHint'],
  ['print', 'print', 'print', 'printHint'],
];

export function createExportPanel(onDone: () => void): ExportPanel {
  let article: Article | null = null;
  let body: HTMLElement | null = null;
  const status = h('p', { class: 'export__status', role: 'status', 'aria-live': 'polite' });
  const button = h(
    'button',
    { class: 'bar__btn', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'export-panel', title: t('withKey', t('exportTitle'), 'e'), 'data-action': 'export', hidden: true },
    toolIcon('share', 19),
    h('span', { class: 'visually-hidden' }, t('exportTitle')),
  );
  const list = h('div', { class: 'export__list' });
  const element = h(
    'div',
    { class: 'panel export', id: 'export-panel', role: 'dialog', 'aria-label': t('exportTitle'), 'data-panel': 'export', hidden: true },
    h('span', { class: 'settings__label' }, t('exportTitle')),
    list,
    status,
  );
  const say = (text: string, ok = true) => {
    status.textContent = text;
    status.dataset.ok = String(ok);
  };

  const run = async (action: ExportAction) => {
    if (!article || !body) return;
    try {
      switch (action) {
        case 'copy-markdown':
          await copyText(articleMarkdown(article, body));
          say(t('markdownCopied'));
          break;
        case 'save-markdown':
          saveFile(articleMarkdown(article, body), fileName(article.title, 'md'));
          say(t('markdownSaved'));
          break;
        case 'copy-text':
          await copyText(articlePlainText(article, body));
          say(t('textCopied'));
          break;
        case 'print':
          onDone();
          window.print();
          return;
      }
    } catch (err) {
      say(err instanceof Error ? err.message : String(err), false);
    }
  };

  for (const [action, iconName, label, hint] of ACTIONS) {
    const item = h(
      'button',
      { class: 'export__item', type: 'button', 'data-export': action },
      toolIcon(iconName, 18),
      h('span', { class: 'export__text' }, h('span', { class: 'export__label' }, t(label)), h('span', { class: 'export__hint' }, t(hint))),
    );
    item.addEventListener('click', () => void run(action));
    list.appendChild(item);
  }

  return {
    button,
    element,
    run,
    setArticle(next, nextBody) {
      article = next;
      body = nextBody;
      button.hidden = !next;
      say('');
    },
  };
}
