/**
 * The one reading view, shared by the popup and the reader tab: a bar (sections, settings, open in tab),
 * the article on screen (shown.ts: its document, outline and body, rendered by render/), the scroll-spy
 * (outline/), settings (settings*.ts) and keys (keys.ts).
 */
import type { Article } from '../core/article';
import type { NextPage } from '../core/pagination';
import type { ExtractResult } from '../shared/messages';
import { createAnnouncer, skipLink } from './a11y/index';
import { createCorrections } from './corrections/index';
import { createBar } from './bar';
import { h } from './dom';
import { bindKeys, keysHelp } from './keys';
import { afterNextPaint, mark } from './marks';
import { ScrollSpy, type Section, copyText, linkFor } from './outline/index';
import { createPanels } from './panels';
import { createProgressBar, createToast } from './reading-aids';
import { t } from './i18n/index';
import { renderLoading, renderMessage, renderNotice } from './render/index';
import { messageFor } from './result-message';
import { createSettingsPanel } from './settings-panel';
import { ShownArticle } from './shown';
import { createReadingTools } from './tools';
import { watchSettings } from './settings';

export type ViewMode = 'popup' | 'tab';

export interface ViewOptions {
  mode: ViewMode;
  /** Popup only: hand the article to a reader tab. */
  onOpenInTab?: (result: ExtractResult) => void;
  /** Reads a further page of a multi-page article through its tab (absent: only the first page is shown). */
  fetchPage?: (url: string) => Promise<ExtractResult>;
}

export interface View {
  showLoading(): void;
  /** Shows an article or a message; `retry` adds "Try anyway" to the not-an-article message. */
  showResult(result: ExtractResult, retry?: () => void): void;
  /** The shown article goes on over further pages (found after it was shown): offer them. */
  offerNextPage(next: NextPage): void;
}

export function mountView(root: HTMLElement, options: ViewOptions): View {
  const popup = options.mode === 'popup';
  root.replaceChildren();
  root.className = `app app--${options.mode}`;
  document.documentElement.dataset.mode = options.mode;

  const settingsPanel = createSettingsPanel(keysHelp(popup));
  const main = h('main', { class: 'page', id: 'main' });
  const tools = createReadingTools({
    popup,
    root,
    main,
    settingsPanel: settingsPanel.element,
    barHeight: () => bar.getBoundingClientRect().height,
    closePanels: () => closePanels(),
    currentSection: () => spy?.current ?? -1,
    fetchPage: options.fetchPage,
    showMore: (merged, next) => showMore(merged, next),
  });
  const { bar, sectionsButton, sectionsLabel, settingsButton, openButton, barTitle } = createBar(popup, tools.buttons);

  const progress = popup ? null : createProgressBar();
  if (progress) bar.appendChild(progress.element);
  const toast = createToast();
  const announcer = createAnnouncer();
  const outlinePanel = h('div', { class: 'panel outline-panel', id: 'outline-panel', 'data-panel': 'outline', hidden: true });
  const side = h('aside', { class: 'side', hidden: true });
  const layout = h('div', { class: 'layout' }, side, main);
  root.append(skipLink(main), bar, settingsPanel.element, outlinePanel, layout, toast.element, announcer.element, ...tools.elements);
  const corrections = createCorrections(root); // issue 14: hide blocks (x), keep corrections for the site (after the skip link)
  /** The article's language and direction rule the reading area (the side outline moves right in RTL). */
  const setDirection = (dir: 'ltr' | 'rtl', lang: string | null) => {
    layout.dir = dir;
    if (lang) layout.lang = lang;
    else layout.removeAttribute('lang');
  };

  // Panels: one open at a time (panels.ts); the sections menu shows the section being read when it opens.
  const panels = createPanels([[settingsPanel.element, settingsButton], [outlinePanel, sectionsButton], tools.panel], (panel) => {
    if (panel === outlinePanel) navs().find((n) => n.variant === 'menu')?.reveal(spy?.current ?? -1);
  });
  const { toggle, setOpen } = panels;
  const closePanels = () => panels.closeAll();

  void watchSettings((settings) => settingsPanel.sync(settings)).catch(() => undefined);

  let spy: ScrollSpy | null = null;
  /** The article on screen (null: loading or a message). */
  let shown: ShownArticle | null = null;
  const navs = () => shown?.navs ?? [];
  /** Its sections with their headings (none until a long body is whole). */
  const sections = (): Section[] => shown?.sections ?? [];
  /** Puts the rest of a long article in now: for what needs its headings or its whole text. */
  const whole = () => shown?.whole();
  let current: ExtractResult | null = null;
  /** Bumped by every showLoading/showResult, so work left for after a frame knows it is stale. */
  let generation = 0;

  if (openButton && options.onOpenInTab) {
    const open = options.onOpenInTab;
    openButton.addEventListener('click', () => current && open(current));
  }

  const sideNav = () => navs().find((n) => n.variant === 'side' && n.element.getClientRects().length > 0);
  /** After a move by key or outline: "Section 3 of 9: …" for screen readers (scrolling alone says nothing). */
  const moved = () => {
    const i = spy?.current ?? -1;
    const all = sections();
    if (all[i]) announcer.say(t('sectionOf', i + 1, all.length, all[i].entry.text));
  };
  /** A move by key: the rest of a long article first (its later sections are where the move may go). */
  const andSay = (move: () => void) => () => {
    whole();
    move();
    moved();
  };
  bindKeys({
    nextSection: andSay(() => spy?.next(1)),
    previousSection: andSay(() => spy?.next(-1)),
    nextTopSection: andSay(() => spy?.nextTop(1)),
    previousTopSection: andSay(() => spy?.nextTop(-1)),
    toggleOutline: () => {
      if (!navs().length) return;
      if (!sectionsButton.hidden && getComputedStyle(sectionsButton).display !== 'none') toggle(outlinePanel);
      else sideNav()?.focus(spy?.current ?? 0);
    },
    findSection: () => {
      const side = sideNav();
      if (side) return side.focusFilter();
      const menu = navs().find((n) => n.variant === 'menu');
      if (!menu?.long) return false;
      setOpen(outlinePanel, true);
      return menu.focusFilter();
    },
    copySectionLink: () => {
      whole();
      const section = sections()[spy?.current ?? -1];
      const link = section && current?.ok ? linkFor(section, current.article.url) : null;
      if (!section || !link) return false;
      copyText(link).then(
        () => toast.show(t('linkCopied', section.entry.text)),
        () => toast.show(t('copyRefused')),
      );
      return true;
    },
    toggleSettings: () => toggle(settingsPanel.element),
    ...tools.keys,
    closePanels,
    ...(openButton && options.onOpenInTab ? { openInTab: () => openButton.click() } : {}),
  });

  const onSection = (index: number) => {
    for (const nav of navs()) nav.setCurrent(index);
    sectionsLabel.textContent = index >= 0 ? (sections()[index]?.entry.text ?? t('contents')) : t('contents');
    for (const nav of navs()) if (nav.variant !== 'inline' && nav.element.getClientRects().length) nav.reveal(index);
    root.classList.toggle('is-reading', index >= 0);
  };

  /** The scroll-spy reads every heading's position: one layout of the whole article. */
  const startSpy = () => {
    spy?.destroy();
    const reading = progress
      ? (fraction: number, read: ReadonlySet<number>) => {
          progress.set(fraction);
          for (const nav of navs()) nav.setRead(read);
        }
      : undefined;
    spy = new ScrollSpy(sections(), () => bar.getBoundingClientRect().height, { section: onSection, ...(reading ? { progress: reading } : {}) }, main.querySelector<HTMLElement>('.doc__body'));
    onSection(spy.current);
  };

  /** Shows an article: a long one's first screen now, its rest after the first frame (afterResultPainted). */
  const showArticle = (article: Article) => {
    shown?.cancel();
    spy?.destroy();
    spy = null;
    const mine = generation;
    const next = new ShownArticle(article, {
      popup,
      outlinePanel,
      side,
      tools,
      corrections,
      pick: (index) => {
        spy?.goTo(index);
        moved();
      },
      closePanels,
      copied: (ok, section) => toast.show(ok ? t('linkCopied', section.entry.text) : t('copyRefused')),
      whole: () => {
        if (mine !== generation) return;
        delete root.dataset.rendering;
        startSpy();
        mark('ro:article-whole');
      },
    });
    shown = next;
    if (!next.body.complete) root.dataset.rendering = 'partial'; // until the rest is in (tests wait on it)
    setDirection(article.dir, article.lang);
    main.replaceChildren(next.doc);
    const outlined = next.navs.length > 0;
    side.hidden = popup || !outlined;
    sectionsButton.hidden = !outlined;
    root.classList.toggle('has-outline', outlined);
    if (openButton) openButton.hidden = false;
    if (!popup) document.title = t('tabTitle', article.title);
    barTitle.textContent = article.title;
    window.scrollTo(0, 0);
    onSection(-1);
    next.start(); // a whole body: its sections, tools and scroll-spy now; a long one's once it is in
  };

  /**
   * After the first frame showing this result: marks it (ro:article-painted, for the bench), then a long
   * article's rest goes on coming in. Hidden documents get no frames, so a timer does it there. Nothing
   * happens if another result or the loading state came in meanwhile.
   */
  const afterResultPainted = (state: string) => {
    const mine = generation;
    let done = false;
    const finish = (painted: boolean) => {
      if (done) return;
      done = true;
      if (painted) mark('ro:article-painted', { state });
      if (mine === generation) shown?.body.resume();
    };
    afterNextPaint(() => finish(true));
    if (shown && !shown.body.complete) setTimeout(() => finish(false), 250);
  };

  /** Shows the article with one more page, where the reader was (whole at once: it is on screen). */
  const showMore = (merged: Article, nextPage: NextPage | undefined) => {
    const y = window.scrollY;
    generation++;
    showArticle(merged);
    whole();
    window.scrollTo(0, y);
    current = { ok: true, article: merged, ...(nextPage ? { nextPage } : {}) };
  };

  const clearArticle = () => {
    delete root.dataset.rendering;
    shown?.cancel();
    shown = null;
    spy?.destroy();
    spy = null;
  };

  return {
    showLoading() {
      tools.clear();
      generation++;
      clearArticle();
      progress?.set(0);
      sectionsButton.hidden = true;
      side.hidden = true;
      if (openButton) openButton.hidden = true;
      root.setAttribute('aria-busy', 'true');
      main.replaceChildren(renderLoading());
    },
    showResult(result, retry) {
      generation++;
      current = result;
      root.removeAttribute('aria-busy');
      closePanels();
      if (result.timing) root.dataset.ms = String(Math.round(result.timing.extractMs));
      if (result.ok) {
        root.dataset.state = 'article';
        showArticle(result.article);
        tools.loadPages(result);
        if (result.partial) main.prepend(renderNotice(t('partialNotice')));
        announcer.say(t('articleLoaded', result.article.title || t('untitled')));
        afterResultPainted('article');
        return;
      }
      root.dataset.state = result.reason;
      clearArticle();
      tools.clear();
      setDirection('ltr', null);
      sectionsButton.hidden = true;
      side.hidden = true;
      if (openButton) openButton.hidden = true;
      const message = messageFor(result, retry);
      main.replaceChildren(renderMessage(message));
      announcer.alert(t('errorAnnounce', message.title));
      afterResultPainted(result.reason);
    },
    offerNextPage(next) {
      if (!current?.ok || current.nextPage) return;
      current = { ...current, nextPage: next };
      tools.loadPages(current);
    },
  };
}
