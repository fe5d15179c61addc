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
export const TOOL_FIXTURES = [GUIDE, 'explainer-math-references'];
const VIDEO = 'news-video-embeds';
const MULTI = 'magazine-three-pages';

/**
 * The video page as it was written: the test server points a page's frames at itself (localize), which
 * would make the players unknown addresses; here they keep their own (unreachable: they never load).
 */
export function toolPages(server) {
  const file = readFileSync(join('tests/fixtures', VIDEO, 'source.html'), 'utf8').replace(/<script\b[^>]*\bsrc="[^"]*"[^>]*><\/script>/g, '');
  const own = new URL(JSON.parse(readFileSync(join('tests/fixtures', VIDEO, 'expected.json'), 'utf8')).url);
  const pages = { [VIDEO]: server.site(own.hostname, own.pathname, { body: file, type: 'text/html; charset=utf-8' }) };
  // A three-page article: page 1 at its own address, pages 2 and 3 below it (same origin, as on its site).
  const mag = new URL(JSON.parse(readFileSync(join('tests/fixtures', MULTI, 'expected.json'), 'utf8')).url);
  for (const n of [1, 2, 3]) {
    // Its links name the site's own https origin: here the site is this server's http origin.
    const body = readFileSync(join('tests/fixtures', MULTI, n === 1 ? 'source.html' : `page-${n}.html`), 'utf8').replaceAll(mag.origin, `http://${mag.hostname}:${server.port}`);
    const url = server.site(mag.hostname, n === 1 ? mag.pathname : `${mag.pathname}${n}/`, { body, type: 'text/html; charset=utf-8' });
    if (n === 1) pages[MULTI] = url;
  }
  return pages;
}
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

  await test('tools: embeds: a video article shows poster cards with "Watch on …", its podcast and post as links', async () => {
    const page = await driver.openReader(pages[VIDEO], 'Watch: the night the lifeboat launched');
    await page.bringToFront();
    const look = await page.evaluate(() => {
      const card = document.querySelector('figure.embed[data-embed="YouTube"]');
      const links = [...document.querySelectorAll('.doc__body a')].map((a) => a.textContent);
      return {
        frames: document.querySelectorAll('iframe').length,
        card: Boolean(card),
        cardLink: card?.querySelector('figcaption a')?.getAttribute('href'),
        cardHeight: card?.querySelector('.embed__frame')?.getBoundingClientRect().height ?? 0,
        links: links.filter((t) => /^(Watch on|Listen on|View post on|Listen to)/.test(t)),
      };
    });
    if (look.frames) throw new Error(`${look.frames} frames in the view`);
    if (!look.card || look.cardLink !== 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' || look.cardHeight < 100) throw new Error(JSON.stringify(look));
    const want = ['Watch on YouTube', 'Watch on Vimeo', 'Listen on Spotify', 'Listen to the recording (coastguard-channel-16.mp3)'];
    for (const w of want) if (!look.links.includes(w)) throw new Error(`no "${w}" link: ${JSON.stringify(look.links)}`);
    await page.evaluate(() => document.querySelector('figure.embed').scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, -90));
    await page.screenshot({ path: join(artifacts, `${name}-video-poster.png`) });
  });

  await test('tools: footnotes: hovering a reference shows its note; click jumps there; "Back to the text" returns', async () => {
    const page = await driver.openReader(pages['explainer-math-references'], 'Why are there two tides a day?');
    await page.bringToFront();
    await page.evaluate(() => document.querySelector('a[href="#cite_note-2"]').scrollIntoView({ block: 'center' }));
    await page.hover('a[href="#cite_note-2"]');
    await page.waitForFunction(() => document.getElementById('ro-fn-pop')?.hidden === false, { timeout: 5000 });
    const pop = await page.evaluate(() => document.getElementById('ro-fn-pop').textContent.trim());
    if (!/46 % of the Moon/.test(pop)) throw new Error(`popover: ${pop}`);
    const math = await page.evaluate(() => {
      const m = document.querySelector('math[display="block"]');
      return m ? m.getBoundingClientRect().height : 0;
    });
    if (math < 20) throw new Error(`the display formula is ${math}px tall: MathML not laid out`);
    await page.screenshot({ path: join(artifacts, `${name}-footnote-popover.png`) });
    await page.click('a[href="#cite_note-2"]');
    await page.waitForFunction(() => {
      const r = document.getElementById('cite_note-2').getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    }, { timeout: 5000 });
    await page.click('#cite_note-2 .fn-back');
    await page.waitForFunction(() => document.activeElement?.getAttribute('href') === '#cite_note-2', { timeout: 5000 });
  });

  await test('tools: reading position: a reader tab opened again offers to continue, and lands where reading stopped', async () => {
    const first = await guideReader();
    await first.setViewport({ width: 1280, height: 700 });
    await first.evaluate(() => document.querySelectorAll('.doc__body h2')[1].scrollIntoView({ block: 'start' }));
    const left = await first.evaluate(() => document.querySelectorAll('.doc__body h2')[1].textContent);
    await first.evaluate(() => window.scrollBy(0, -70)); // under the bar, as a reader would leave it
    await new Promise((r) => setTimeout(r, 900)); // saved at most twice a second
    const saved = await first.evaluate(async () => {
      const all = (await (globalThis.browser ?? globalThis.chrome).storage.local.get('readingPositions')).readingPositions ?? {};
      return Object.entries(all).find(([key]) => key.endsWith('/guides/choosing-a-tide-gauge/'))?.[1] ?? null;
    });
    if (!saved || !(saved.progress > 0.1 && saved.progress < 0.9)) throw new Error(`saved: ${JSON.stringify(saved)}`);
    await first.close();
    reader = null;
    const again = await guideReader();
    await again.setViewport({ width: 1280, height: 700 });
    await again.waitForSelector('.resume [data-action="resume"]', { timeout: 5000 });
    await again.screenshot({ path: join(artifacts, `${name}-resume-offer.png`) });
    await again.click('.resume [data-action="resume"]');
    await again.waitForFunction(
      (text) => {
        const h = [...document.querySelectorAll('.doc__body h2')].find((x) => x.textContent === text);
        const top = h.getBoundingClientRect().top;
        return top > 0 && top < 200 && !document.querySelector('.resume');
      },
      { timeout: 5000 },
      left,
    );
  });

  await test('tools: read aloud: the player reads sentence by sentence with a stubbed voice; highlight, pause, skip, keys', async () => {
    const page = await guideReader();
    await page.setViewport({ width: 1280, height: 760 });
    // What this headless browser has, for the record (a desktop has system voices; headless may have none).
    const real = await page.evaluate(() => ({ api: typeof speechSynthesis === 'object', voices: speechSynthesis?.getVoices().length ?? 0 }));
    console.log(`      [${name}] speechSynthesis: ${real.api ? 'present' : 'missing'}, ${real.voices} voices`);
    // The stub "speaks" each utterance for 400 ms and records it.
    await page.evaluate(() => {
      const synth = window.speechSynthesis;
      window.__spoken = [];
      let timer = null;
      synth.speak = (u) => {
        window.__spoken.push(u.text);
        clearTimeout(timer);
        timer = setTimeout(() => u.onend?.(new Event('end')), 400);
      };
      synth.cancel = () => clearTimeout(timer);
      synth.getVoices = () => [];
    });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForFunction(() => !document.querySelector('[data-outline="side"] [aria-current]'), { timeout: 5000, polling: 100 });
    await page.evaluate(() => document.activeElement?.blur());
    await page.keyboard.press('r');
    await page.waitForSelector('.player:not([hidden])', { timeout: 5000 });
    await page.waitForFunction(() => window.__spoken.length >= 2, { timeout: 5000 });
    const first = await page.evaluate(() => window.__spoken.slice(0, 2));
    if (!/^Three winters ago/.test(first[0]) || !/^The published tables|^This guide describes/.test(first[1])) throw new Error(`spoken: ${JSON.stringify(first)}`);
    const marked = await page.evaluate(() => document.querySelector('.is-speaking')?.textContent.slice(0, 30));
    if (!marked) throw new Error('no sentence highlighted');
    await page.screenshot({ path: join(artifacts, `${name}-read-aloud.png`) });
    await page.click('.player [data-speech="toggle"]');
    await page.waitForFunction(() => document.querySelector('.player').dataset.state === 'paused', { timeout: 10_000 });
    const count = await page.evaluate(() => window.__spoken.length);
    await new Promise((r) => setTimeout(r, 600));
    if ((await page.evaluate(() => window.__spoken.length)) !== count) throw new Error('still speaking while paused');
    await page.click('.player [data-speech="next-section"]');
    await page.focus('.player');
    await page.keyboard.press(' ');
    await page.waitForFunction(() => window.__spoken[window.__spoken.length - 1] === 'The three kinds of gauge', { timeout: 10_000 });
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => /^Small harbours usually choose/.test(window.__spoken[window.__spoken.length - 1]), { timeout: 10_000 });
    const from = await page.evaluate(() => [...document.querySelectorAll('.player__from option')].map((o) => o.textContent));
    if (from.length !== 6 || from[0] !== 'From the start') throw new Error(`read from: ${JSON.stringify(from)}`);
    await page.select('.player__from', '4');
    await page.waitForFunction(() => window.__spoken[window.__spoken.length - 1] === 'What we would do differently', { timeout: 10_000 });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('.player').hidden && !document.querySelector('.is-speaking'), { timeout: 10_000 });
  });

  await test('tools: multi-page: a three-page article is read from its own origin and merged, with a continuous outline', async () => {
    const popup = await driver.openPopupOn(pages[MULTI]);
    const end = Date.now() + 15_000;
    let status = '';
    while (!status.includes('Page 3 of 3 added') && Date.now() < end) {
      status = await popup.run((w) => w.document.querySelector('.pages-status')?.textContent ?? '');
      await new Promise((r) => setTimeout(r, 200));
    }
    if (!status.includes('Page 3 of 3 added')) throw new Error(`status: "${status}"`);
    const look = await popup.run((w) => ({
      outline: [...w.document.querySelectorAll('[data-outline="inline"] .outline__link')].map((a) => a.textContent),
      rules: [...w.document.querySelectorAll('.doc__body hr[aria-label]')].map((hr) => hr.getAttribute('aria-label')),
      last: w.document.querySelector('.doc__body').textContent.includes('Not as neat as mine, mind.'),
    }));
    const want = ['A trade older than the town', 'The smell of the place', 'Decline', 'The last season', 'What remains'];
    if (JSON.stringify(look.outline) !== JSON.stringify(want)) throw new Error(`outline: ${JSON.stringify(look.outline)}`);
    if (JSON.stringify(look.rules) !== '["Page 2","Page 3"]' || !look.last) throw new Error(JSON.stringify(look));
    await popup.run((w) => w.document.querySelector('.doc__body hr[aria-label="Page 2"]').scrollIntoView({ block: 'start' }));
    await popup.shot(`${name}-multi-page.png`);
    await popup.close();
  });

  // Chromium only: puppeteer cannot click into Firefox's popup panel, and a click made through the panel's DOM
  // is no user gesture, which the clipboard requires (the reader tab's test above covers Firefox).
  if (name !== 'chromium') return;
  await test('tools: export from the popup: "Copy as Markdown" there too', async () => {
    const popup = await driver.openPopupOn(pages[GUIDE]);
    await popup.click('[data-action="export"]');
    await popup.click('[data-export="copy-markdown"]');
    const end = Date.now() + 5000;
    let status = '';
    while (!status && Date.now() < end) status = await popup.run((w) => w.document.querySelector('.export__status')?.textContent ?? '');
    if (status !== 'Markdown copied.') throw new Error(`status: "${status}"`);
    const md = await driver.readClipboard(popup.page ?? reader);
    if (!md.startsWith('---\ntitle: "Choosing a tide gauge') || !md.includes('```ini')) throw new Error(`clipboard: ${md.slice(0, 200)}`);
    await popup.close();
  });
}
