// The reading tools in a real browser (issue 15): export from the reader tab (Markdown on the clipboard,
// plain text), the print stylesheet (print media emulated, screenshot), on the guide fixture served under
// its own host name. Each browser's suite passes a driver:
//   openReader(url, title) → a puppeteer Page of the reader tab showing that page's article
//   readClipboard(page)     → the clipboard's text
//   printShot(page, path)   → a screenshot with print media applied (returns false where the browser cannot)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const GUIDE = 'guide-tables-footnotes';
/** Fixture pages these tests open, served under their own host names (run.mjs maps the names). */
export const TOOL_FIXTURES = [GUIDE];
const GUIDE_TITLE = 'Choosing a tide gauge for a small harbour: a field guide';

async function clickExport(page, action) {
  if (await page.$eval('#export-panel', (el) => el.hidden)) await page.click('[data-action="export"]');
  await page.evaluate(() => {
    document.querySelector('.export__status').textContent = '';
  });
  await page.waitForSelector('#export-panel:not([hidden])', { timeout: 5000 });
  await page.click(`[data-export="${action}"]`);
  await page.waitForFunction(() => document.querySelector('.export__status')?.textContent, { timeout: 5000 });
  return page.evaluate(() => document.querySelector('.export__status').textContent);
}

export async function toolsSuite(context, driver) {
  const { test, pages, artifacts } = context;
  const name = driver.name;
  let reader = null;
  const guideReader = async () => {
    reader ??= await driver.openReader(pages[GUIDE], GUIDE_TITLE);
    await reader.bringToFront();
    return reader;
  };

  await test('tools: export: "Copy as Markdown" puts the article with front matter, a GFM table and fenced code on the clipboard', async () => {
    await guideReader();
    const status = await clickExport(reader, 'copy-markdown');
    if (status !== 'Markdown copied.') throw new Error(`status: ${status}`);
    await reader.screenshot({ path: join(artifacts, `${name}-export-panel.png`) });
    const md = await driver.readClipboard(reader);
    const want = [
      '---\ntitle: "Choosing a tide gauge for a small harbour: a field guide"',
      'url: "http://notes.quayside-works.org:',
      '# Choosing a tide gauge for a small harbour: a field guide',
      '| Gauge | Rough cost | Accuracy | Weak point |',
      '```typescript\nexport function clean(samples: number[]): number[] {',
      '[^1]: Boats that dry out',
    ];
    for (const w of want) if (!md.includes(w)) throw new Error(`clipboard lacks ${JSON.stringify(w)}:\n${md.slice(0, 600)}`);
  });

  await test('tools: export: "Copy plain text" puts the text without markup on the clipboard', async () => {
    await guideReader();
    const status = await clickExport(reader, 'copy-text');
    if (status !== 'Text copied.') throw new Error(`status: ${status}`);
    const text = await driver.readClipboard(reader);
    if (!text.startsWith(`${GUIDE_TITLE}\n`) || !text.includes('Small harbours usually choose') || /[#|`]{3}|<\w+>/.test(text)) {
      throw new Error(`plain text: ${text.slice(0, 300)}`);
    }
    await reader.keyboard.press('Escape');
  });

  await test('tools: export: "Save as .md file" downloads the Markdown (no downloads permission)', async () => {
    await guideReader();
    const status = await clickExport(reader, 'save-markdown');
    if (!/saved/.test(status)) throw new Error(`status: ${status}`);
    const end = Date.now() + 10_000;
    let file = null;
    while (!file && Date.now() < end) {
      file = readdirSync(driver.downloadDir).find((f) => f.endsWith('.md'));
      if (!file) await new Promise((r) => setTimeout(r, 200));
    }
    if (file !== 'Choosing-a-tide-gauge-for-a-small-harbour-a-field-guide.md') throw new Error(`downloaded: ${readdirSync(driver.downloadDir)}`);
    const md = readFileSync(join(driver.downloadDir, file), 'utf8');
    if (!md.startsWith('---\ntitle: "Choosing a tide gauge') || !md.includes('| Gauge | Rough cost |')) throw new Error(`file: ${md.slice(0, 200)}`);
    await reader.keyboard.press('Escape');
  });

  await test('tools: print: controls hidden, contents list first, link addresses printed, images within the page', async () => {
    await guideReader();
    await reader.setViewport({ width: 800, height: 1100 });
    const printed = await driver.printShot(reader, join(artifacts, `${name}-print.png`));
    if (printed === false) throw new Error('this browser cannot emulate print media here');
    const look = await reader.evaluate(() => {
      const shown = (el) => Boolean(el) && getComputedStyle(el).display !== 'none';
      const link = [...document.querySelectorAll('.doc__body a[href^="http"]')].find((a) => !a.querySelector('img'));
      const side = document.querySelector('.side');
      const img = document.querySelector('.doc__body img');
      return {
        bar: shown(document.querySelector('.bar')),
        side: shown(side),
        sideTop: side?.getBoundingClientRect().top ?? null,
        titleTop: document.querySelector('.doc__title')?.getBoundingClientRect().top ?? null,
        after: link ? getComputedStyle(link, '::after').content : 'none',
        imgFits: img ? img.getBoundingClientRect().width <= document.querySelector('.doc__body').getBoundingClientRect().width + 1 : true,
        firstTop: document.querySelector('.app').getBoundingClientRect().top,
      };
    });
    await driver.screenMedia(reader);
    await reader.setViewport({ width: 1280, height: 860 });
    if (look.bar) throw new Error('the bar prints');
    if (!look.side || look.sideTop > look.titleTop) throw new Error(`the contents list does not print before the text: ${JSON.stringify(look)}`);
    if (!/^"? ?\(/.test(look.after) && !look.after.includes('attr(')) throw new Error(`link addresses not printed: ${look.after}`);
    if (!look.imgFits) throw new Error('a picture is wider than the page');
    if (look.firstTop > 10) throw new Error(`the article starts ${look.firstTop}px down the first page`);
  });
}
