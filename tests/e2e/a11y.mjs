// Accessibility in a real browser (issue 16): axe-core at WCAG 2.2 AA on the popup and the reader tab, in
// light, sepia and dark, with the settings panel, the sections menu and the corrections panel open (issue
// 14: removed items shown in the text); a keyboard-only walk through the popup; an RTL article in the
// reader tab. Each browser's suite passes a driver:
//   name
//   openPopup(url)         → a puppeteer Page showing the popup's view of that page (article state)
//   openReader(url, title) → a puppeteer Page of the reader tab showing that page's article
// axe is injected into the view's own document with page.evaluate (a devtools evaluation: the extension
// page's CSP does not apply to it), then run on the whole document.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/** Fixture pages these tests open, served under their own host names (run.mjs maps the names). */
export const A11Y_FIXTURES = ['rtl-hebrew-no-dir'];
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const THEMES = ['light', 'sepia', 'dark'];

/** Runs axe on the page's document; resolves to its violations (rule id, impact, the first targets). */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.length,
      targets: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`.trim()),
    }));
  }, WCAG_TAGS);
}

/**
 * In the view: waits until its transitions and finite animations have finished (a panel fading in, a fold
 * arrow turning), so that axe sees the colours they end on; at most `cap` ms. Document.getAnimations()
 * flushes styles first, so a transition the last click started is among them.
 */
const SETTLED = `(cap) => Promise.race([
  Promise.all(document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity).map((a) => a.finished.catch(() => undefined))),
  new Promise((r) => setTimeout(r, cap)),
])`;
const settle = (page, cap = 2000) => page.evaluate(`(${SETTLED})(${cap})`);

const setTheme = async (page, theme) => {
  const applied = await page.evaluate(async (t) => {
    const d = document;
    if (d.querySelector('[data-panel="settings"]').hidden) d.querySelector('[data-action="settings"]').click();
    d.querySelector(`[data-setting="theme"][data-value="${t}"]`).click();
    for (let i = 0; i < 50 && d.documentElement.dataset.theme !== t; i++) await new Promise((r) => setTimeout(r, 20));
    d.querySelector('[data-action="settings"]').click(); // closes it again
    return d.documentElement.dataset.theme;
  }, theme);
  await settle(page); // colour transitions settle
  return applied;
};

/**
 * Opens one of the view's states: 'plain', 'settings', 'sections' (the menu) or 'removed' (the corrections
 * panel of issue 14, open, with every removed item shown in the text: its marks and labels are audited too).
 */
const openState = (page, state) =>
  page.evaluate(async (s) => {
    const d = document;
    const showAll = d.querySelector('details.removed [data-corr="show-all"]');
    if (showAll?.getAttribute('aria-pressed') === 'true') showAll.click();
    for (const el of d.querySelectorAll('details.removed')) el.open = false;
    const open = (action) => {
      const button = d.querySelector(`[data-action="${action}"]`);
      if (button && button.getAttribute('aria-expanded') !== 'true') button.click();
      return Boolean(button && !button.hidden);
    };
    let ok = true;
    if (s === 'settings') ok = open('settings');
    else if (s === 'sections') ok = open('sections');
    else if (s === 'removed') {
      const details = d.querySelector('details.removed');
      if (details) details.open = true;
      showAll?.click();
      ok = Boolean(details?.querySelector('.removed__panel') && showAll && d.querySelector('.doc__body .ro-removed'));
    }
    return ok;
  }, state).then(async (ok) => {
    await settle(page);
    return ok;
  });

const closeAll = (page) => page.keyboard.press('Escape').then(() => settle(page));

/** Audits one view in one theme, in every state; keeps the counts and throws on any violation. */
async function auditView(page, label, theme, counts, report) {
  const failures = [];
  if ((await setTheme(page, theme)) !== theme) throw new Error(`${label}: theme ${theme} did not apply`);
  for (const state of ['plain', 'settings', 'sections', 'removed']) {
    if (!(await openState(page, state))) throw new Error(`${label} ${theme}: could not open ${state}`);
    const violations = await axeViolations(page);
    counts[`${label} ${theme} ${state}`] = violations.reduce((n, v) => n + v.nodes, 0);
    report[`${label} ${theme} ${state}`] = violations;
    for (const v of violations) failures.push(`${theme}/${state}: ${v.id} ×${v.nodes}`);
    await closeAll(page);
  }
  if (failures.length) throw new Error(`${label}: axe violations at WCAG 2.2 AA (details in artifacts/): ${failures.join(', ')}`);
}

/** Presses Tab `max` times from the top of the page; records each stop (what it is, whether its ring shows). */
async function tabWalk(page, max) {
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
  });
  const stops = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const cs = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      const where = el.closest('[data-outline]')?.dataset.outline ?? el.closest('.bar, .doc__header, .doc__body, .panel')?.className.split(' ')[0] ?? '';
      return {
        id: el.dataset.action ?? el.dataset.export ?? (el.tagName === 'SUMMARY' ? 'removed' : el.classList[0] ?? el.tagName.toLowerCase()),
        where,
        name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 50),
        ring: cs.outlineStyle !== 'none' && Number.parseFloat(cs.outlineWidth) >= 2,
        shown: r.width > 0 && r.height > 0 && cs.visibility !== 'hidden',
      };
    });
    if (!stop || (stop.id === 'skip' && stops.length)) break; // back at the start: the walk is done
    stops.push(stop);
  }
  return stops;
}

/** The bar's shown controls, in the order they are drawn from the start edge. */
const expectedBarOrder = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.bar button, .bar a')]
      .filter((el) => !el.hidden && el.getClientRects().length)
      .sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left)
      .map((el) => el.dataset.action),
  );

function checkTabOrder(walk, bar) {
  const ids = walk.map((s) => s.id);
  const problems = [];
  if (ids[0] !== 'skip') problems.push(`first stop is ${ids[0]}, not the skip link`);
  const barStops = walk.slice(1, 1 + bar.length).map((s) => s.id);
  if (JSON.stringify(barStops) !== JSON.stringify(bar)) problems.push(`bar order ${barStops.join(',')} ≠ ${bar.join(',')}`);
  const header = walk.slice(1 + bar.length).findIndex((s) => s.where === 'doc__header');
  const outline = walk.map((s, i) => (s.where === 'inline' ? i : -1)).filter((i) => i >= 0);
  if (header < 0) problems.push('the article header is not reached');
  if (outline.length < 6) problems.push(`${outline.length} inline outline entries reached`);
  if (outline.some((v, i) => i && v !== outline[i - 1] + 1)) problems.push('the outline entries are not consecutive stops');
  const body = walk.findIndex((s) => s.where === 'doc__body');
  if (body >= 0 && body < (outline.at(-1) ?? 0)) problems.push('the text comes before the outline');
  for (const s of walk) {
    if (!s.shown) problems.push(`${s.id} is focused but not shown`);
    if (!s.ring) problems.push(`${s.id} has no focus ring`);
  }
  if (problems.length) throw new Error(`${problems.join('; ')} — walk: ${ids.join(' ')}`);
}

/** Opens a panel with Enter on its button: focus goes in, Tab stays in, Esc closes it and focus returns. */
async function checkPanelFocus(page, action, driver) {
  await page.focus(`[data-action="${action}"]`);
  const focused = await page.evaluate(() => document.activeElement?.dataset.action);
  // Where key input cannot press a focused button (Firefox over BiDi), the panel's own key opens it.
  await page.keyboard.press(driver.buttonKeys === false ? { settings: 's', sections: 't' }[action] : 'Enter');
  const panel = action === 'settings' ? '#settings-panel' : '#outline-panel';
  await page.waitForSelector(`${panel}:not([hidden])`, { timeout: 3000 }).catch(async () => {
    const state = await page.evaluate((a) => ({ active: document.activeElement?.dataset.action ?? document.activeElement?.tagName, expanded: document.querySelector(`[data-action="${a}"]`).getAttribute('aria-expanded') }), action);
    throw new Error(`${action}: Enter on its button (focused: ${focused}) did not open the panel: ${JSON.stringify(state)}`);
  });
  const inside = () => page.evaluate((p) => document.querySelector(p).contains(document.activeElement), panel);
  if (!(await inside())) throw new Error(`${action}: focus did not move into the panel`);
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (!(await inside())) throw new Error(`${action}: Tab left the open panel after ${i + 1} presses`);
  }
  await page.keyboard.down('Shift');
  await page.keyboard.press('Tab');
  await page.keyboard.up('Shift');
  if (!(await inside())) throw new Error(`${action}: Shift+Tab left the open panel`);
  // Esc from a control that is not a text box or a list box (those keep Esc for themselves).
  await page.evaluate((p) => document.querySelector(`${p} button, ${p} a`)?.focus(), panel);
  await page.keyboard.press('Escape');
  const back = await page.evaluate((p) => ({ hidden: document.querySelector(p).hidden, focus: document.activeElement?.dataset.action }), panel);
  if (!back.hidden || back.focus !== action) throw new Error(`${action}: Esc left ${JSON.stringify(back)}`);
}

export async function a11ySuite(context, driver) {
  const { test, pages, artifacts, notes, expected } = context;
  const name = driver.name;
  const counts = {};
  const report = {};
  if (driver.buttonKeys === false) notes.push(`${name}: Enter/Space sent over WebDriver BiDi reach the page (keydown seen) but do not press a focused button, so the keyboard test opens panels with their keys (s, t)`);
  let popup = null;

  // One test per view and theme (four states each): twelve axe runs in one test overran the minute on a busy machine.
  for (const theme of THEMES) {
    await test(`a11y: axe (WCAG 2.2 AA) finds nothing in the popup, ${theme}, with each panel open`, async () => {
      popup ??= await driver.openPopup(pages.article);
      await auditView(popup, 'popup', theme, counts, report);
    });
  }
  await popup?.close().catch(() => undefined);
  popup = null;
  let reader = null;
  for (const theme of THEMES) {
    await test(`a11y: axe (WCAG 2.2 AA) finds nothing in the reader tab, ${theme}, with each panel open`, async () => {
      if (!reader) {
        reader = await driver.openReader(pages.article, expected.title);
        await reader.setViewport({ width: 1280, height: 860 });
      }
      await auditView(reader, 'reader', theme, counts, report);
    });
  }
  if (reader) {
    await setTheme(reader, 'light').catch(() => undefined);
    await reader.close().catch(() => undefined);
  }

  await test('a11y: keyboard only: Tab walks the popup in order with a visible focus ring; panels trap focus and give it back on Esc', async () => {
    await popup?.close().catch(() => undefined);
    popup = await driver.openPopup(pages.article); // a Chromium popup closes when another window takes focus
    const walk = await tabWalk(popup, 40);
    writeFileSync(join(artifacts, `a11y-tab-order-${name}.json`), `${JSON.stringify(walk, null, 1)}\n`);
    checkTabOrder(walk, await expectedBarOrder(popup));
    await checkPanelFocus(popup, 'settings', driver);
    await checkPanelFocus(popup, 'sections', driver);
    // "Skip to the article": the first stop; Enter moves focus to the article's title.
    await popup.focus('[data-action="skip"]');
    await popup.keyboard.press('Enter'); // a link: Enter follows it in both browsers
    const after = await popup.evaluate(() => document.activeElement?.id);
    if (after !== 'doc-title') throw new Error(`the skip link left focus on #${after}`);
  });

  await test('a11y: an RTL article without dir (Hebrew) in the reader tab: right to left, outline on the right, English UI left to right', async () => {
    const fixture = JSON.parse(readFileSync(join('tests/fixtures', A11Y_FIXTURES[0], 'expected.json'), 'utf8'));
    const reader = await driver.openReader(pages[A11Y_FIXTURES[0]], fixture.title);
    try {
      await reader.setViewport({ width: 1280, height: 860 });
      await new Promise((r) => setTimeout(r, 400));
      const layout = await reader.evaluate(() => {
        const box = (sel) => document.querySelector(sel)?.getBoundingClientRect().toJSON() ?? null;
        const p = document.querySelector('.doc__body p');
        return {
          htmlDir: getComputedStyle(document.documentElement).direction,
          docDir: getComputedStyle(document.querySelector('.doc')).direction,
          docLang: document.querySelector('.doc')?.lang,
          textAlign: p ? getComputedStyle(p).textAlign : null,
          side: box('[data-outline="side"]'),
          body: box('.doc__body'),
          title: box('.doc__title'),
          brand: box('.bar__brand'),
          settings: box('[data-action="settings"]'),
          timeDir: document.querySelector('.doc__time')?.getAttribute('dir'),
        };
      });
      await reader.screenshot({ path: join(artifacts, `${name}-reader-rtl-hebrew.png`) });
      const problems = [];
      if (layout.htmlDir !== 'ltr') problems.push(`UI direction ${layout.htmlDir}`);
      if (layout.docDir !== 'rtl' || layout.docLang !== 'he') problems.push(`article ${layout.docDir}/${layout.docLang}`);
      if (!['start', 'right'].includes(layout.textAlign)) problems.push(`paragraphs aligned ${layout.textAlign}`);
      if (!layout.side || layout.side.left < layout.body.right) problems.push(`outline not right of the text: ${JSON.stringify([layout.side, layout.body])}`);
      if (layout.title.right < layout.body.right - 2) problems.push('title does not start at the right edge of the text');
      if (!(layout.brand.left < layout.settings.left)) problems.push('the English bar is not left to right');
      if (layout.timeDir !== 'ltr') problems.push(`the reading time (UI words) is ${layout.timeDir}`);
      if (problems.length) throw new Error(problems.join('; '));
      const violations = await axeViolations(reader);
      if (violations.length) throw new Error(`axe on the RTL article: ${violations.map((v) => `${v.id} ×${v.nodes}`).join(', ')}`);
    } finally {
      await reader.close().catch(() => undefined);
    }
  });

  await test('a11y: 200 % zoom (reader tab at 640×430 CSS px): no sideways scrolling, every bar control on screen', async () => {
    const reader = await driver.openReader(pages.article, expected.title);
    try {
      await reader.setViewport({ width: 640, height: 430 });
      await new Promise((r) => setTimeout(r, 400));
      const fit = await reader.evaluate(() => {
        const scroller = document.scrollingElement;
        const controls = [...document.querySelectorAll('.bar button:not([hidden]), .bar a')].filter((el) => el.getClientRects().length);
        return {
          scrollWidth: scroller.scrollWidth,
          width: window.innerWidth,
          off: controls.filter((el) => {
            const r = el.getBoundingClientRect();
            return r.left < 0 || r.right > window.innerWidth + 1;
          }).map((el) => el.dataset.action ?? el.className),
        };
      });
      await reader.screenshot({ path: join(artifacts, `${name}-reader-zoom200.png`) });
      if (fit.scrollWidth > fit.width + 1) throw new Error(`the page scrolls sideways: ${fit.scrollWidth} > ${fit.width}`);
      if (fit.off.length) throw new Error(`controls off screen: ${fit.off.join(', ')}`);
    } finally {
      await reader.close().catch(() => undefined);
    }
  });

  if (driver.emulateMedia) {
    await test('a11y: prefers-reduced-motion stops transitions; forced colours keep panel borders and the focus ring', async () => {
      await popup?.close().catch(() => undefined);
      popup = await driver.openPopup(pages.article);
      await driver.emulateMedia(popup, [{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      const motion = await popup.evaluate(() => getComputedStyle(document.querySelector('.bar__btn')).transitionDuration);
      if (!/^0s(, 0s)*$/.test(motion)) throw new Error(`transitions with reduced motion: ${motion}`);
      await driver.emulateMedia(popup, [{ name: 'forced-colors', value: 'active' }]);
      await openState(popup, 'settings');
      const forced = await popup.evaluate(() => ({
        matches: matchMedia('(forced-colors: active)').matches,
        border: getComputedStyle(document.getElementById('settings-panel')).borderTopStyle,
        checked: getComputedStyle(document.querySelector('.seg__option[aria-checked="true"]')).outlineStyle,
      }));
      await popup.screenshot({ path: join(artifacts, `${name}-popup-forced-colors.png`) });
      await closeAll(popup);
      await driver.emulateMedia(popup, []);
      if (!forced.matches || forced.border !== 'solid' || forced.checked !== 'solid') throw new Error(`forced colours: ${JSON.stringify(forced)}`);
    });
  } else {
    notes.push(`${name}: prefers-reduced-motion and forced-colors not emulated (no media-feature emulation over WebDriver BiDi in puppeteer)`);
  }

  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const byTheme = THEMES.map((t) => `${t} ${Object.entries(counts).reduce((n, [k, c]) => n + (k.includes(` ${t} `) ? c : 0), 0)}`).join(', ');
  if (Object.keys(counts).length) {
    notes.push(`${name}: axe WCAG 2.2 AA, ${Object.keys(counts).length} audits, ${total} violating nodes (${byTheme})`);
    writeFileSync(join(artifacts, `a11y-axe-${name}.json`), `${JSON.stringify({ counts, report }, null, 1)}\n`);
  }
  await popup?.close().catch(() => undefined);
}
