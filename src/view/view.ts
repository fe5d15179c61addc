/**
 * The one reading view, shared by the popup and the reader tab: a bar (sections, settings, open in tab),
 * the article (render.ts), its outline with scroll-spy (outline.ts), settings (settings*.ts) and keys (keys.ts).
 */
import type { Article } from '../core/article';
import type { NextPage } from '../core/pagination';
import type { ExtractResult } from '../shared/messages';
import { createAnnouncer, panelFocus, skipLink } from './a11y/index';
import { createCorrections } from './corrections/index';
import { h, icon } from './dom';
import { type HeldBack, holdBackBelowFirstScreen } from './first-screen';
import { bindKeys, keysHelp } from './keys';
import { afterNextPaint, mark } from './marks';
import { OutlineNav, ScrollSpy, type Section, addSectionLinks, copyText, linkFor, resolveSections } from './outline/index';
import { createProgressBar, createToast } from './reading-aids';
import { t } from './i18n/index';
import { renderArticle, renderLoading, renderMessage, renderNotice } from './render';
import { messageFor } from './result-message';
import { createSettingsPanel } from './settings-panel';
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

  const sectionsLabel = h('span', { class: 'bar__current' }, t('contents'));
  const sectionsButton = h(
    'button',
    { class: 'bar__sections', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'outline-panel', 'data-action': 'sections', hidden: true },
    icon('list'),
    sectionsLabel,
    icon('chevron', 16),
  );
  const settingsButton = h(
    'button',
    { class: 'bar__btn', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'settings-panel', title: t('withKey', t('readingSettings'), 's'), 'data-action': 'settings' },
    icon('type', 20),
    h('span', { class: 'visually-hidden' }, t('readingSettings')),
  );
  const openButton = popup
    ? h('button', { class: 'bar__btn bar__btn--primary', type: 'button', title: t('withKey', t('openInReaderTab'), 'o'), 'data-action': 'open-tab', hidden: true }, icon('external', 16), h('span', {}, t('openInTab')))
    : null;
  const brand = h('span', { class: 'bar__brand' }, icon('book', 20), h('span', { class: 'bar__name' }, t('extName')));
  const barTitle = h('span', { class: 'bar__title', 'aria-hidden': 'true' });
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
  const bar = h(
    'header',
    { class: 'bar' },
    popup ? null : brand,
    sectionsButton,
    popup ? null : barTitle,
    h('span', { class: 'bar__spacer' }),
    ...tools.buttons,
    settingsButton,
    openButton,
  );

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

  // Panels: one open at a time, closed by Escape, a click outside, or picking a section.
  const panels: Array<[HTMLElement, HTMLButtonElement]> = [
    [settingsPanel.element, settingsButton],
    [outlinePanel, sectionsButton],
    tools.panel,
  ];
  const focusOf = new Map(panels.map(([p, b]) => [p, panelFocus(p, b)]));
  const setOpen = (panel: HTMLElement, open: boolean) => {
    for (const [p, b] of panels) {
      const on = p === panel ? open : false;
      const was = !p.hidden;
      p.hidden = !on;
      b.setAttribute('aria-expanded', String(on));
      if (on && !was) focusOf.get(p)?.opened();
      else if (!on && was) focusOf.get(p)?.closed();
    }
  };
  const toggle = (panel: HTMLElement) => {
    setOpen(panel, panel.hidden !== false);
    if (panel === outlinePanel && !panel.hidden) navs.find((n) => n.variant === 'menu')?.reveal(spy?.current ?? -1);
  };
  const closePanels = () => {
    const wasOpen = panels.some(([p]) => !p.hidden);
    for (const [p] of panels) setOpen(p, false);
    return wasOpen;
  };
  settingsButton.addEventListener('click', () => toggle(settingsPanel.element));
  sectionsButton.addEventListener('click', () => toggle(outlinePanel));
  tools.panel[1].addEventListener('click', () => toggle(tools.panel[0]));
  document.addEventListener('click', (event) => {
    const target = event.target as Node;
    for (const [p, b] of panels) if (!p.hidden && !p.contains(target) && !b.contains(target)) setOpen(p, false);
  });

  void watchSettings((settings) => settingsPanel.sync(settings)).catch(() => undefined);

  let spy: ScrollSpy | null = null;
  let navs: OutlineNav[] = [];
  let sections: Section[] = [];
  let current: ExtractResult | null = null;
  /** Bumped by every showLoading/showResult, so work left for after a frame knows it is stale. */
  let generation = 0;
  /** A long article's body below its first screens, until the first frame has been painted. */
  let heldBack: HeldBack | null = null;

  if (openButton && options.onOpenInTab) {
    const open = options.onOpenInTab;
    openButton.addEventListener('click', () => current && open(current));
  }

  const sideNav = () => navs.find((n) => n.variant === 'side' && n.element.getClientRects().length > 0);
  /** After a move by key or outline: "Section 3 of 9: …" for screen readers (scrolling alone says nothing). */
  const moved = () => {
    const i = spy?.current ?? -1;
    if (sections[i]) announcer.say(t('sectionOf', i + 1, sections.length, sections[i].entry.text));
  };
  const andSay = (move: () => void) => () => {
    move();
    moved();
  };
  bindKeys({
    nextSection: andSay(() => spy?.next(1)),
    previousSection: andSay(() => spy?.next(-1)),
    nextTopSection: andSay(() => spy?.nextTop(1)),
    previousTopSection: andSay(() => spy?.nextTop(-1)),
    toggleOutline: () => {
      if (!sections.length) return;
      if (!sectionsButton.hidden && getComputedStyle(sectionsButton).display !== 'none') toggle(outlinePanel);
      else sideNav()?.focus(spy?.current ?? 0);
    },
    findSection: () => {
      const side = sideNav();
      if (side) return side.focusFilter();
      const menu = navs.find((n) => n.variant === 'menu');
      if (!menu?.long) return false;
      setOpen(outlinePanel, true);
      return menu.focusFilter();
    },
    copySectionLink: () => {
      const section = sections[spy?.current ?? -1];
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
    for (const nav of navs) nav.setCurrent(index);
    sectionsLabel.textContent = index >= 0 ? (sections[index]?.entry.text ?? t('contents')) : t('contents');
    for (const nav of navs) if (nav.variant !== 'inline' && nav.element.getClientRects().length) nav.reveal(index);
    root.classList.toggle('is-reading', index >= 0);
  };

  const showArticle = (article: Article) => {
    const rendered = renderArticle(article);
    setDirection(article.dir, article.lang);
    sections = resolveSections(article.outline, rendered.headings);
    const pick = (index: number) => {
      closePanels();
      spy?.goTo(index);
      moved();
    };
    const copied = (ok: boolean, section: Section) =>
      toast.show(ok ? t('linkCopied', section.entry.text) : t('copyRefused'));
    addSectionLinks(sections, article.url, copied);
    navs = [];
    const doc = h('article', { class: 'doc', lang: article.lang, dir: article.dir }, rendered.header);
    if (sections.length) {
      const menu = new OutlineNav(sections, 'menu', { onPick: pick, onEscape: closePanels });
      Object.assign(menu.element, { dir: article.dir, lang: article.lang ?? '' });
      outlinePanel.replaceChildren(menu.element);
      navs.push(menu);
      if (popup) {
        const inline = new OutlineNav(sections, 'inline', { onPick: pick });
        doc.appendChild(inline.element);
        navs.push(inline);
      } else {
        const sideOutline = new OutlineNav(sections, 'side', { onPick: pick });
        side.replaceChildren(sideOutline.element);
        navs.push(sideOutline);
      }
    }
    doc.appendChild(rendered.body);
    tools.show(article, rendered.body, sections.map((s) => s.heading), sections.map((s) => s.entry.text));
    corrections.show(article, rendered.body);
    heldBack = holdBackBelowFirstScreen(rendered.body);
    main.replaceChildren(doc);
    side.hidden = popup || !sections.length;
    sectionsButton.hidden = !sections.length;
    root.classList.toggle('has-outline', sections.length > 0);
    if (openButton) openButton.hidden = false;
    if (!popup) document.title = t('tabTitle', article.title);
    barTitle.textContent = article.title;
    window.scrollTo(0, 0);
    spy?.destroy();
    spy = null;
    if (heldBack) onSection(-1); // the scroll-spy measures the whole article: it starts once it is all in
    else startSpy();
  };

  /** The scroll-spy reads every heading's position: one layout of the whole article. */
  const startSpy = () => {
    const reading = progress
      ? (fraction: number, read: ReadonlySet<number>) => {
          progress.set(fraction);
          for (const nav of navs) nav.setRead(read);
        }
      : undefined;
    spy = new ScrollSpy(sections, () => bar.getBoundingClientRect().height, { section: onSection, ...(reading ? { progress: reading } : {}) }, main.querySelector<HTMLElement>('.doc__body'));
    onSection(spy.current);
  };

  /**
   * After the first frame showing this result: marks it (ro:article-painted, for the bench), then puts
   * back a long article's held-back body and starts the scroll-spy. Hidden documents get no frames, so a
   * timer does it there. Nothing happens if another result or the loading state came in meanwhile.
   */
  const afterResultPainted = (state: string) => {
    const mine = generation;
    let done = false;
    const finish = (painted: boolean) => {
      if (done) return;
      done = true;
      if (painted) mark('ro:article-painted', { state });
      if (mine !== generation || !heldBack) return;
      heldBack.restore();
      heldBack = null;
      startSpy();
    };
    afterNextPaint(() => finish(true));
    if (heldBack) setTimeout(() => finish(false), 250);
  };

  /** Shows the article with one more page, where the reader was (no first-screen hold-back: it is on screen). */
  const showMore = (merged: Article, nextPage: NextPage | undefined) => {
    const y = window.scrollY;
    generation++;
    showArticle(merged);
    if (heldBack) {
      heldBack.restore();
      heldBack = null;
      startSpy();
    }
    window.scrollTo(0, y);
    current = { ok: true, article: merged, ...(nextPage ? { nextPage } : {}) };
  };

  return {
    showLoading() {
      tools.clear();
      generation++;
      heldBack = null;
      spy?.destroy();
      spy = null;
      navs = [];
      sections = [];
      progress?.set(0);
      sectionsButton.hidden = true;
      side.hidden = true;
      if (openButton) openButton.hidden = true;
      root.setAttribute('aria-busy', 'true');
      main.replaceChildren(renderLoading());
    },
    showResult(result, retry) {
      generation++;
      heldBack = null;
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
