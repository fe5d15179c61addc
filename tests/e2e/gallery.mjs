// Screenshots of every demo page in the popup and the reader tab (Chromium), for looking at by eye:
//   node tests/e2e/gallery.mjs [--theme dark|sepia|light]   →  artifacts/gallery/NAME-popup.png, NAME-reader.png
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { buildExtension } from '../../scripts/build-extension.mjs';
import { pageNames, startServer } from './server.mjs';
import { clickClosing } from './checks.mjs';

process.chdir(join(dirname(fileURLToPath(import.meta.url)), '..', '..'));
const themeArg = process.argv.indexOf('--theme');
const theme = themeArg > 0 ? process.argv[themeArg + 1] : 'light';
const out = join('artifacts', 'gallery');
mkdirSync(out, { recursive: true });
await buildExtension('chrome');
const server = await startServer();
const userDataDir = mkdtempSync(join(tmpdir(), 'ro-gallery-'));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  enableExtensions: true,
  pipe: true,
  userDataDir,
  defaultViewport: null,
  args: ['--no-sandbox', '--disable-gpu', '--window-size=1280,900', '--screen-info={1600x1000}', '--hide-scrollbars', '--disable-background-networking'],
});
try {
  const id = await browser.installExtension(resolve('build/chrome'));
  await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${id}/`));
  const ext = (await browser.extensions()).get(id);
  const page = (await browser.pages())[0];
  let first = true;
  for (const name of pageNames()) {
    await page.goto(server.url(name), { waitUntil: 'load' });
    await page.bringToFront();
    await page.triggerExtensionAction(ext);
    const pop = await (await browser.waitForTarget((t) => t.url().includes('/popup.html'))).asPage();
    await pop.waitForFunction(() => document.getElementById('app')?.dataset.state, { timeout: 15_000 });
    if (first) {
      await pop.evaluate((value) => {
        document.querySelector('[data-action="settings"]').click();
        document.querySelector(`[data-setting="theme"][data-value="${value}"]`).click();
        document.querySelector('[data-action="settings"]').click();
      }, theme);
      await new Promise((r) => setTimeout(r, 300));
      first = false;
    }
    await new Promise((r) => setTimeout(r, 400));
    await pop.screenshot({ path: join(out, `${name}-popup.png`) });
    const state = await pop.evaluate(() => document.getElementById('app').dataset.state);
    if (state === 'article') {
      await clickClosing(pop, '[data-action="open-tab"]');
      const reader = await (await browser.waitForTarget((t) => t.url().includes('/reader.html?a='))).asPage();
      await reader.waitForFunction(() => document.getElementById('app')?.dataset.state, { timeout: 15_000 });
      await new Promise((r) => setTimeout(r, 500));
      await reader.screenshot({ path: join(out, `${name}-reader.png`) });
      for (const sel of ['pre', 'table', 'figcaption', 'blockquote']) {
        const found = await reader.evaluate((q) => {
          const el = document.querySelector(`.doc__body ${q}`);
          if (!el) return false;
          el.scrollIntoView({ block: 'center' });
          return true;
        }, sel);
        if (!found) continue;
        await new Promise((r) => setTimeout(r, 200));
        await reader.screenshot({ path: join(out, `${name}-reader-${sel}.png`) });
      }
      await reader.close();
    } else {
      await pop.close();
    }
    console.log(`${name}: ${state}`);
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
