// Accessibility in a real browser (issue 16): axe-core at WCAG 2.2 AA on the popup and the reader tab, in
// light, sepia and dark, with the settings panel, the sections menu and the removed-items list open; a
// keyboard-only walk through the popup; an RTL article in the reader tab. Each browser's suite passes a driver:
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

const setTheme = (page, theme) =>
  page.evaluate(async (t) => {
    const d = document;
    if (d.querySelector('[data-panel="settings"]').hidden) d.querySelector('[data-action="settings"]').click();
    d.querySelector(`[data-setting="theme"][data-value="${t}"]`).click();
    for (let i = 0; i < 50 && d.documentElement.dataset.theme !== t; i++) await new Promise((r) => setTimeout(r, 20));
    d.querySelector('[data-action="settings"]').click(); // closes it again
    await new Promise((r) => setTimeout(r, 350)); // colour transitions settle
    return d.documentElement.dataset.theme;
  }, theme);

/** Opens one of the view's states: 'plain', 'settings', 'sections' (the menu) or 'removed' (the list). */
const openState = (page, state) =>
  page.evaluate(async (s) => {
    const d = document;
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
      ok = Boolean(details);
    }
    await new Promise((r) => setTimeout(r, 250));
    return ok;
  }, state);

const closeAll = (page) => page.keyboard.press('Escape').then(() => page.evaluate(() => new Promise((r) => setTimeout(r, 100))));

/** Audits one view in every theme and state; returns the counts and throws on any violation. */
async function auditView(page, label, counts, report) {
  const failures = [];
  for (const theme of THEMES) {
    if ((await setTheme(page, theme)) !== theme) throw new Error(`${label}: theme ${theme} did not apply`);
    for (const state of ['plain', 'settings', 'sections', 'removed']) {
      if (!(await openState(page, state))) throw new Error(`${label} ${theme}: could not open ${state}`);
      const violations = await axeViolations(page);
      counts[`${label} ${theme} ${state}`] = violations.reduce((n, v) => n + v.nodes, 0);
      report[`${label} ${theme} ${state}`] = violations;
      for (const v of violations) failures.push(`${theme}/${state}: ${v.id} ×${v.nodes}`);
      await closeAll(page);
    }
  }
  if (failures.length) throw new Error(`${label}: axe violations at WCAG 2.2 AA (details in artifacts/): ${failures.join(', ')}`);
}

export async function a11ySuite(context, driver) {
  const { test, pages, artifacts, notes, expected } = context;
  const name = driver.name;
  const counts = {};
  const report = {};
  let popup = null;

  await test(`a11y: axe (WCAG 2.2 AA) finds nothing in the popup, light/sepia/dark, with each panel open`, async () => {
    popup = await driver.openPopup(pages.article);
    await auditView(popup, 'popup', counts, report);
  });

  await test(`a11y: axe (WCAG 2.2 AA) finds nothing in the reader tab, light/sepia/dark, with each panel open`, async () => {
    const reader = await driver.openReader(pages.article, expected.title);
    try {
      await reader.setViewport({ width: 1280, height: 860 });
      await auditView(reader, 'reader', counts, report);
    } finally {
      await setTheme(reader, 'light').catch(() => undefined);
      await reader.close().catch(() => undefined);
    }
  });
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const byTheme = THEMES.map((t) => `${t} ${Object.entries(counts).reduce((n, [k, c]) => n + (k.includes(` ${t} `) ? c : 0), 0)}`).join(', ');
  notes.push(`${name}: axe WCAG 2.2 AA, ${Object.keys(counts).length} audits, ${total} violating nodes (${byTheme})`);
  writeFileSync(join(artifacts, `a11y-axe-${name}.json`), `${JSON.stringify({ counts, report }, null, 1)}\n`);
  await popup?.close().catch(() => undefined);
}
