// What the e2e tests look at inside a view (popup or reader tab). Each function runs in the browser with
// `w` = the view's window, so the same checks serve Chromium (the popup's own page) and Firefox
// (the popup's window reached through browser.extension.getViews from an extension tab).

/** Serialises `fn(w, ...args)` into an expression; `windowExpr` names the view's window in the evaluating page. */
export function expr(windowExpr, fn, ...args) {
  return `(${fn.toString()})(${windowExpr}, ...${JSON.stringify(args)})`;
}

export const inView = {
  state: (w) => {
    if (!w) return { state: 'no-window' };
    const app = w.document.getElementById('app');
    return {
      state: app?.dataset.state ?? (app?.getAttribute('aria-busy') ? 'loading' : 'none'),
      theme: w.document.documentElement.dataset.theme ?? null,
      themeChoice: w.document.documentElement.dataset.themeChoice ?? null,
      checked: [...w.document.querySelectorAll('[data-setting="theme"][aria-checked="true"]')].map((b) => b.dataset.value),
      message: w.document.querySelector('[data-message]')?.textContent ?? null,
      messageText: w.document.querySelector('[data-message] .message__text')?.textContent ?? null,
      tryAnyway: Boolean(w.document.querySelector('[data-action="try-anyway"]')),
      link: w.document.querySelector('[data-action="open-link"]')?.getAttribute('href') ?? null,
      notice: w.document.querySelector('[data-notice]')?.textContent ?? null,
      ms: app?.dataset.ms ? Number(app.dataset.ms) : null,
      href: w.location.href,
    };
  },

  article: (w, variant) => {
    const d = w.document;
    const body = d.querySelector('.doc__body');
    const nav = d.querySelector(`[data-outline="${variant}"]`);
    const imgs = [...(body?.querySelectorAll('img') ?? [])];
    return {
      title: d.querySelector('.doc__title')?.textContent ?? null,
      meta: d.querySelector('.doc__meta')?.textContent ?? null,
      facts: d.querySelector('.doc__facts')?.textContent ?? null,
      outline: [...(nav?.querySelectorAll('.outline__link') ?? [])].map((a) => a.textContent.trim()),
      navVisible: Boolean(nav && nav.getBoundingClientRect().width > 0 && w.getComputedStyle(nav).display !== 'none'),
      navPosition: nav ? w.getComputedStyle(nav).position : null,
      text: (body?.textContent ?? '').replace(/\s+/g, ' '),
      images: imgs.map((i) => ({ src: i.src, complete: i.complete, width: i.naturalWidth })),
      links: [...(body?.querySelectorAll('a[href]') ?? [])].map((a) => ({ target: a.target, rel: a.rel })),
      removed: d.querySelector('[data-removed]')?.getAttribute('data-removed') ?? null,
    };
  },

  imagesLoaded: (w) => {
    const imgs = [...w.document.querySelectorAll('.doc__body img')];
    return imgs.length > 0 && imgs.every((i) => i.complete && i.naturalWidth > 0);
  },

  clickOutline: (w, variant, index) => {
    const link = w.document.querySelectorAll(`[data-outline="${variant}"] .outline__link`)[index];
    link.click();
    return link.textContent;
  },

  sectionPosition: (w, variant, index) => {
    const link = w.document.querySelectorAll(`[data-outline="${variant}"] .outline__link`)[index];
    const heading = w.document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
    const bar = w.document.querySelector('.bar').getBoundingClientRect().height;
    return {
      top: heading ? heading.getBoundingClientRect().top : null,
      bar,
      current: link.getAttribute('aria-current'),
      scrollY: w.scrollY,
      heading: heading?.textContent ?? null,
    };
  },

  setTheme: (w, value) => {
    const d = w.document;
    const panel = d.querySelector('[data-panel="settings"]');
    if (panel.hidden) d.querySelector('[data-action="settings"]').click();
    d.querySelector(`[data-setting="theme"][data-value="${value}"]`).click();
    return true;
  },

  setSetting: (w, key, value) => {
    const d = w.document;
    if (d.querySelector('[data-panel="settings"]').hidden) d.querySelector('[data-action="settings"]').click();
    d.querySelector(key === 'size' ? `[data-size="${value}"]` : `[data-setting="${key}"][data-value="${value}"]`).click();
    return true;
  },

  typography: (w) => {
    const root = w.document.documentElement;
    const body = w.document.querySelector('.doc__body p');
    const cs = body ? w.getComputedStyle(body) : null;
    return {
      font: root.dataset.font,
      size: root.style.getPropertyValue('--text-size'),
      measure: root.style.getPropertyValue('--measure'),
      leading: root.style.getPropertyValue('--leading'),
      family: cs?.fontFamily ?? null,
      fontSize: cs?.fontSize ?? null,
    };
  },

  closeSettings: (w) => {
    const panel = w.document.querySelector('[data-panel="settings"]');
    if (!panel.hidden) w.document.querySelector('[data-action="settings"]').click();
    return true;
  },

  press: (w, key) => {
    w.document.dispatchEvent(new w.KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    return true;
  },

  currentSection: (w) => w.document.querySelector('.outline__link[aria-current="location"]')?.textContent ?? null,

  /** Presses a key where the focus is (the filter box gets its own keys), as a keydown event. */
  pressHere: (w, key) => {
    const target = w.document.activeElement ?? w.document;
    target.dispatchEvent(new w.KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    return true;
  },

  click: (w, selector) => {
    w.document.querySelector(selector).click();
    return true;
  },
};

/** Assertions on what `inView.article` returned for the seed article. */
export function checkSeedArticle(a, expected, variant) {
  const fail = (msg) => {
    throw new Error(`${variant}: ${msg}`);
  };
  if (a.title !== expected.title) fail(`title is ${JSON.stringify(a.title)}`);
  const wanted = expected.outline.map((o) => o.text);
  if (a.outline.length !== wanted.length) fail(`outline has ${a.outline.length} entries: ${JSON.stringify(a.outline)}`);
  wanted.forEach((t, i) => {
    if (a.outline[i] !== t) fail(`outline entry ${i + 1} is ${JSON.stringify(a.outline[i])}, expected ${JSON.stringify(t)}`);
  });
  if (!a.navVisible) fail('the outline is not visible');
  if (!a.text.includes('among military analysts and international observers')) fail('the repaired sentence is missing');
  if (a.text.includes('title=”') || a.text.includes('title="')) fail('leaked title=” markup is shown');
  for (const related of ['Pyongyang and Moscow', 'Inside the Kursk salient, two months on']) {
    if (a.text.includes(related)) fail(`related box text shown: ${related}`);
  }
  if (!a.images.length) fail('no images');
  const broken = a.images.filter((i) => !(i.complete && i.width > 0));
  if (broken.length) fail(`images not shown: ${broken.map((i) => i.src).join(', ')}`);
  const unsafe = a.links.filter((l) => l.target !== '_blank' || !/noopener/.test(l.rel) || !/noreferrer/.test(l.rel));
  if (unsafe.length) fail(`${unsafe.length} links do not open in a new tab with rel=noopener noreferrer`);
}

/** Marks the "Copy link to this section" button of the heading with this text, for a real click on it. */
export const markCopyButton = (w, text) => {
  for (const b of w.document.querySelectorAll('[data-e2e-copy]')) b.removeAttribute('data-e2e-copy');
  const heading = [...w.document.querySelectorAll('.doc__body h2, .doc__body h3, .doc__body h4')].find((h) => h.textContent.trim() === text);
  heading.scrollIntoView({ block: 'center' });
  heading.querySelector('.heading-link').setAttribute('data-e2e-copy', '');
  return true;
};

/** On the original page: where the heading with this text is, and how far the page scrolled. */
export const headingPosition = (w, text) => {
  const heading = [...w.document.querySelectorAll('h1, h2, h3, h4, h5, h6')].find((h) => h.textContent.trim().startsWith(text));
  return { top: heading ? heading.getBoundingClientRect().top : null, scrollY: w.scrollY, href: w.location.href };
};

/**
 * Clicks a control that closes its own page (the popup's "Open in tab" closes the popup). Puppeteer's click is
 * a mouse down and a mouse up over CDP; when the popup closes between them, or before the up's answer, it
 * throws "Target closed" although the click did its work. That ending is the expected one, so it is not an error;
 * what the click was for (the reader tab) is what the caller waits for next.
 */
export async function clickClosing(page, selector) {
  try {
    await page.click(selector);
  } catch (error) {
    if (!/Target closed|Session closed|detached|TargetCloseError/i.test(`${error?.name} ${error?.message}`)) throw error;
  }
}
