// The UI in the browser's language (issue 16): each browser launched anew in German and in Arabic, the popup
// and the reader tab read in that language, screenshots saved for looking at. The browsers switch their UI
// language only with their language packs installed (Debian: chromium-l10n, firefox-esr-l10n-de and -ar);
// without them they stay in English and these tests say so and count as skipped, never as passed.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { clickClosing } from './checks.mjs';

const ADDON_ID = 'reader-outline@readeroutline.dev';
const UUID = '5b0c7e52-6a4f-4d7e-9c1b-0e2f3a4b5c6d';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function poll(what, check, timeout = 15_000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await check().catch((err) => err);
    if (last && !(last instanceof Error)) return last;
    await sleep(150);
  }
  throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
}

/**
 * Waits for the view's result; a page stopped by the 1.5 s extraction budget (a loaded machine: this test is
 * about words, not speed) is read once more. Anything but an article fails with the view's message.
 */
export async function articleIn(tab) {
  const result = () => poll('a result', () => tab.evaluate(() => document.getElementById('app')?.dataset.state ?? false), 25_000);
  let state = await result();
  if (state === 'too-big') {
    await tab.evaluate(() => location.reload());
    await sleep(500);
    state = await result();
  }
  if (state !== 'article') throw new Error(`the view shows ${state}: ${await tab.evaluate(() => document.querySelector('[data-message]')?.textContent)}`);
  return tab;
}

/** What the view shows in the UI's language (run in the view's page). */
const readUi = () => {
  const box = (sel) => document.querySelector(sel)?.getBoundingClientRect().toJSON() ?? null;
  return {
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    settingsTitle: document.querySelector('[data-action="settings"]')?.title ?? null,
    time: document.querySelector('.doc__time')?.textContent ?? null,
    removed: document.querySelector('details.removed summary')?.textContent ?? null,
    outlineTitle: document.querySelector('.outline__title')?.textContent ?? null,
    docDir: document.querySelector('.doc')?.dir ?? null,
    settings: box('[data-action="settings"]'),
    first: box('.bar > :not(.bar__spacer):not([hidden])'),
    settingsPanel: box('#settings-panel'),
    // The first side-outline entry: its text and its minutes (Arabic words at the end of an English row).
    entryText: box('[data-outline="side"] .outline__text'),
    entryMinutes: box('[data-outline="side"] .outline__min'),
    width: window.innerWidth,
  };
};

/** The checks for one language; `ui` is what readUi returned with the settings panel open. */
const EXPECT = {
  de: (ui) => [
    ui.lang === 'de' && ui.dir === 'ltr' ? null : `html ${ui.lang}/${ui.dir}`,
    ui.settingsTitle === 'Leseeinstellungen (s)' ? null : `settings button "${ui.settingsTitle}"`,
    /^4 Minuten Lesezeit$/.test(ui.time ?? '') ? null : `reading time "${ui.time}"`,
    /eingeschleuste (Links|Inhalte) entfernt$/.test(ui.removed ?? '') ? null : `removed "${ui.removed}"`,
    ui.settingsPanel && ui.settingsPanel.right > ui.width / 2 ? null : 'the settings panel is not at the right',
  ],
  ar: (ui) => [
    ui.lang === 'ar' && ui.dir === 'rtl' ? null : `html ${ui.lang}/${ui.dir}`,
    ui.settingsTitle === 'إعدادات القراءة (s)' ? null : `settings button "${ui.settingsTitle}"`,
    // Four minutes: the Arabic "few" form (3–10).
    ui.time === '4 دقائق للقراءة' ? null : `reading time "${ui.time}"`,
    /^حُذف/.test(ui.removed ?? '') ? null : `removed "${ui.removed}"`,
    // Mirrored: the bar starts at the right, the settings button and its panel are at the left.
    ui.first && ui.settings && ui.first.left > ui.settings.left ? null : 'the bar is not mirrored',
    ui.settingsPanel && ui.settingsPanel.left < ui.width / 2 ? null : 'the settings panel is not at the left',
    ui.docDir === 'ltr' ? null : `the English article is ${ui.docDir}`,
  ],
};

async function launchChromium(context, lang) {
  const userDataDir = mkdtempSync(join(tmpdir(), `ro-e2e-${lang}-`));
  const browser = await puppeteer.launch({
    executablePath: context.chromiumPath,
    headless: true,
    enableExtensions: true,
    pipe: true,
    userDataDir,
    defaultViewport: null,
    // Chromium on Linux takes its UI language from the environment (LANGUAGE), --lang is for the others.
    env: { ...process.env, LANGUAGE: lang, LANG: `${lang}.UTF-8`, LC_ALL: '' },
    args: [
      `--lang=${lang}`,
      '--window-size=1280,900',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--hide-scrollbars',
      `--host-resolver-rules=${[...context.hosts.map((h) => `MAP ${h} 127.0.0.1`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ')}`,
    ],
  });
  const id = await browser.installExtension(resolve('build/chrome'));
  await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${id}/`), { timeout: 10_000 });
  const ext = (await browser.extensions()).get(id);
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  return {
    uiLanguage: () => page.evaluate(() => navigator.language),
    openPopup: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
      await page.bringToFront();
      await page.triggerExtensionAction(ext);
      const pop = await (await browser.waitForTarget((t) => t.url().startsWith(`chrome-extension://${id}/popup.html`), { timeout: 25_000 })).asPage();
      return articleIn(pop);
    },
    openReader: async (pop) => {
      const seen = new Set(await browser.targets());
      await clickClosing(pop, '[data-action="open-tab"]');
      const target = await browser.waitForTarget((t) => !seen.has(t) && t.url().includes('/reader.html?a='), { timeout: 25_000 });
      const tab = await target.asPage();
      await tab.setViewport({ width: 1280, height: 860 });
      await tab.waitForFunction(() => document.getElementById('app')?.dataset.state === 'article', { timeout: 25_000 });
      return tab;
    },
    close: async () => {
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function launchFirefox(context, lang) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: context.firefoxPath,
    headless: true,
    args: ['-remote-allow-system-access', '--width=1280', '--height=900'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      'intl.locale.requested': lang,
      'network.dns.localDomains': context.hosts.join(','),
      'dom.security.https_first': false,
    },
  });
  const base = `moz-extension://${UUID}/`;
  await browser.installExtension(resolve('build/firefox'));
  const page = (await browser.pages())[0];
  const open = async (tab, url) => {
    tab.goto(url).catch(() => undefined);
    await poll(url, () => tab.evaluate((u) => location.href === u && document.readyState === 'complete', url));
  };
  const helper = await browser.newPage();
  await open(helper, `${base}reader.html?e2e-helper`);
  const testTab = await helper.evaluate(async () => {
    const me = await browser.tabs.getCurrent();
    return (await browser.tabs.query({})).find((t) => t.id !== me.id).id;
  });
  await helper.evaluate((tabId) => {
    const b = document.createElement('button');
    b.id = 'e2e-open-popup';
    b.style.cssText = 'position:fixed;top:0;left:0;z-index:999;width:300px;height:80px';
    b.addEventListener('click', () => {
      browser.tabs.update(tabId, { active: true });
      browser.action.openPopup();
    });
    document.body.append(b);
  }, testTab);
  const findTab = async (test, skip) => {
    for (const p of await browser.pages()) {
      if (skip.has(p)) continue;
      if (await Promise.race([p.evaluate(test).catch(() => false), sleep(1000).then(() => false)])) return p;
    }
    return null;
  };
  return {
    uiLanguage: () => helper.evaluate(() => browser.i18n.getUILanguage()),
    // The real popup grants activeTab; the same page then runs in a tab (popup.html?tab=ID) for the checks.
    openPopup: async (url) => {
      await page.bringToFront();
      await page.goto(url, { waitUntil: 'load' }).catch(() => undefined);
      await poll('the page', () => page.evaluate((u) => location.href === u && document.readyState === 'complete', url));
      await helper.bringToFront();
      await helper.click('#e2e-open-popup');
      await poll('the popup', () => helper.evaluate(() => browser.extension.getViews({ type: 'popup' }).length > 0));
      await helper.evaluate(() => browser.extension.getViews({ type: 'popup' })[0].close());
      const tab = await browser.newPage();
      await tab.setViewport({ width: 640, height: 600 });
      await open(tab, `${base}popup.html?tab=${testTab}`);
      return articleIn(tab);
    },
    openReader: async (pop) => {
      const before = new Set(await browser.pages());
      await clickClosing(pop, '[data-action="open-tab"]');
      const tab = await poll('the reader tab', () => findTab(() => location.href.includes('/reader.html?a=') && document.getElementById('app')?.dataset.state === 'article', before));
      await tab.setViewport({ width: 1280, height: 860 });
      return tab;
    },
    close: () => browser.close(),
  };
}

/** True when the browser has the language pack for `lang` (Debian's packages). */
function hasLanguagePack(name, lang) {
  if (name === 'chromium') return existsSync(`/usr/lib/chromium/locales/${lang}.pak`);
  const dir = '/usr/lib/firefox-esr/browser/extensions';
  return existsSync(dir) && readdirSync(dir).some((f) => f.startsWith(`langpack-${lang}@`));
}

export async function localeSuite(context, name) {
  const { test, skip, pages, artifacts } = context;
  for (const lang of ['de', 'ar']) {
    const title = `locale: the ${lang === 'de' ? 'German' : 'Arabic'} UI when ${name} runs in ${lang}: popup, reader tab${lang === 'ar' ? ', mirrored' : ''}`;
    if (!hasLanguagePack(name, lang)) {
      skip(title, `no ${lang} language pack, the browser would stay in English (apt-get install ${name === 'chromium' ? 'chromium-l10n' : `firefox-esr-l10n-${lang}`})`);
      continue;
    }
    await test(title, async () => {
      const run = await (name === 'chromium' ? launchChromium : launchFirefox)(context, lang);
      try {
        const language = await run.uiLanguage();
        if (!language.startsWith(lang)) throw new Error(`${name} runs in ${language}, not ${lang}`);
        const pop = await run.openPopup(pages.article);
        await pop.click('[data-action="settings"]');
        await sleep(300);
        const ui = await pop.evaluate(readUi);
        await pop.screenshot({ path: join(artifacts, `${name}-popup-${lang}.png`) });
        const problems = EXPECT[lang](ui).filter(Boolean);
        if (problems.length) throw new Error(`${lang} popup: ${problems.join('; ')}`);
        await pop.keyboard.press('Escape');
        const reader = await run.openReader(pop);
        await sleep(300);
        await reader.screenshot({ path: join(artifacts, `${name}-reader-${lang}.png`) });
        const tabUi = await reader.evaluate(readUi);
        if (tabUi.lang !== lang || tabUi.outlineTitle !== (lang === 'de' ? 'Inhalt' : 'المحتويات')) throw new Error(`${lang} reader tab: ${JSON.stringify(tabUi)}`);
        if (!(tabUi.entryMinutes?.left > tabUi.entryText?.left)) throw new Error(`${lang} reader tab: the minutes are not at the end of the English entries`);
        // The corrections panel (issue 14) in the UI's language and direction, removed items shown in the text.
        const corr = await reader.evaluate(async () => {
          const d = document.querySelector('details.removed');
          if (!d) return null;
          d.open = true;
          d.querySelector('[data-corr="show-all"]')?.click();
          d.scrollIntoView({ block: 'start' });
          await new Promise((r) => setTimeout(r, 300));
          const words = [d.querySelector('summary'), d.querySelector('[data-corr="show-all"]'), d.querySelector('.removed__name'), d.querySelector('[data-corr="restore"]'), document.querySelector('.ro-removed__label')];
          return { lang: d.lang, dir: getComputedStyle(d).direction, words: words.map((el) => el?.textContent ?? '') };
        });
        await reader.screenshot({ path: join(artifacts, `${name}-reader-${lang}-corrections.png`) });
        if (!corr || corr.lang !== lang || corr.dir !== (lang === 'ar' ? 'rtl' : 'ltr') || corr.words.some((w) => !w || /injected|Show all|Hide them|Restore|links|Related|Call/.test(w)))
          throw new Error(`${lang} corrections panel: ${JSON.stringify(corr)}`);
        if (lang === 'ar') {
          // Arabic UI over a right-to-left article (the Hebrew page): both right to left.
          const rtl = await run.openPopup(pages['rtl-hebrew-no-dir']);
          const rtlReader = await run.openReader(rtl);
          await sleep(300);
          await rtlReader.screenshot({ path: join(artifacts, `${name}-reader-ar-rtl-article.png`) });
          const both = await rtlReader.evaluate(readUi);
          if (both.dir !== 'rtl' || both.docDir !== 'rtl') throw new Error(`Arabic UI, Hebrew article: ${both.dir}/${both.docDir}`);
        }
      } finally {
        await run.close().catch(() => undefined);
      }
    });
  }
}
