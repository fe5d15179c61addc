// The outline on long, deep pages, in the real popup and reader tab (issue 13): the encyclopedia-style
// fixture (16 sections on three levels, with the page's own "Contents" box) served under its own host name.
// Checks what a reader sees — no "Contents" entry, subsections drawn right of their parent's text, folding,
// the filter (/), J/K, sections read and the progress bar, "Copy link to this section" (the clipboard holds
// a link with #:~:text=, and the browser opens the original page at that heading) — and takes screenshots
// of the three forms at one, two and three levels, light and dark, under artifacts/outline/.
// `d` is the browser's driver (chromium.mjs, firefox.mjs).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Runs in a view: the entries of one outline form, with what is shown and where its row and text start. */
export const outlineInfo = (w, variant) => {
  const nav = w.document.querySelector(`[data-outline="${variant}"]`);
  if (!nav) return null;
  const rtl = w.getComputedStyle(nav).direction === 'rtl';
  const edge = (el) => {
    const r = el.getBoundingClientRect();
    return rtl ? -r.right : r.left;
  };
  const items = [...nav.querySelectorAll('.outline__item')].map((li) => {
    const row = li.querySelector('.outline__row');
    const text = li.querySelector('.outline__text');
    const link = li.querySelector('.outline__link');
    return {
      text: text.textContent,
      level: Number(/outline__item--l(\d)/.exec(li.className)[1]),
      shown: row.getClientRects().length > 0,
      rowLeft: edge(row),
      linkLeft: edge(link),
      textLeft: edge(text),
      current: link.getAttribute('aria-current') === 'location',
      trail: row.classList.contains('is-trail'),
      read: row.classList.contains('is-read'),
      minutes: li.querySelector('.outline__min')?.textContent ?? null,
    };
  });
  const active = w.document.activeElement;
  return {
    long: nav.classList.contains('outline--long'),
    items,
    filterFocused: Boolean(active?.matches?.('.outline__search') && nav.contains(active)),
    progress: w.document.querySelector('.progress')?.dataset.progress ?? null,
    empty: nav.querySelector('.outline__empty')?.hidden === false,
  };
};

/** Runs in a view: sets the filter box of one outline form, as typing would. */
export const typeFilter = (w, variant, text) => {
  const box = w.document.querySelector(`[data-outline="${variant}"] .outline__search`);
  box.value = text;
  box.dispatchEvent(new w.Event('input', { bubbles: true }));
  return true;
};

export const scrollToNav = (w, variant) => {
  const nav = w.document.querySelector(`[data-outline="${variant}"]`);
  w.scrollTo(0, Math.max(0, nav.getBoundingClientRect().top + w.scrollY - 70));
  return w.scrollY;
};

/** Every shown entry under a parent starts right of the parent's text. Returns the problems found. */
export function nestingProblems(info) {
  const problems = [];
  const stack = [];
  for (const item of info.items) {
    while (stack.length && stack[stack.length - 1].level >= item.level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && item.shown && parent.shown && !(item.rowLeft > parent.textLeft)) {
      problems.push(`"${item.text}" (level ${item.level}) starts at ${item.rowLeft.toFixed(1)}, not right of "${parent.text}"'s text at ${parent.textLeft.toFixed(1)}`);
    }
    stack.push(item);
  }
  return problems;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function until(what, check, timeout = 8000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await check().catch((err) => err);
    if (last && !(last instanceof Error)) return last;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
}

const shown = (info) => info.items.filter((i) => i.shown).map((i) => i.text);
const currentOf = (info) => info.items.find((i) => i.current)?.text ?? null;

export async function outlineSuite({ test, server, artifacts }, d) {
  const out = join(artifacts, 'outline');
  mkdirSync(out, { recursive: true });
  const shot = (name) => join(out, `${d.name}-${name}.png`);
  const url = server.fixtureUrl('encyclopedia-wiki');

  await test(`${d.name}: long outline in the popup — no "Contents" entry, folded, nested right of the parent's text, filter, J/K`, async () => {
    await d.goto(url);
    await d.openPopup();
    let info = await d.popup(outlineInfo, 'inline');
    const texts = info.items.map((i) => i.text);
    if (texts.includes('Contents') || texts[0] !== 'History') throw new Error(`outline starts ${JSON.stringify(texts.slice(0, 3))}`);
    if (!info.long || texts.length !== 16) throw new Error(`expected a long outline of 16 entries, got ${texts.length} (long: ${info.long})`);
    if (info.items.some((i) => i.level > 1 && i.shown)) throw new Error(`subsections shown before reading: ${shown(info)}`);
    if (!info.items.every((i) => /min$/.test(i.minutes ?? ''))) throw new Error('an entry without its minutes');
    await d.popup(scrollToNav, 'inline');
    await d.popupShot(shot('popup-inline-folded-light'));
    await d.popupClick('[data-outline="inline"] [data-action="outline-all"]');
    info = await d.popup(outlineInfo, 'inline');
    if (info.items.some((i) => !i.shown)) throw new Error('"Open all" left entries folded');
    const problems = nestingProblems(info);
    if (problems.length) throw new Error(problems.join('; '));
    await d.popupShot(shot('popup-inline-3-levels-light'));

    // The filter, from the keyboard: "/" opens the sections menu with its filter box focused.
    await d.popupKey('/');
    info = await until('the menu filter focused', async () => {
      const i = await d.popup(outlineInfo, 'menu');
      return i?.filterFocused ? i : false;
    });
    await d.popupType('menu', 'turbines');
    info = await d.popup(outlineInfo, 'menu');
    const want = ['Generating methods', 'Tidal stream generator', 'Axial turbines', 'Cross-flow turbines'];
    if (JSON.stringify(shown(info)) !== JSON.stringify(want)) throw new Error(`filter "turbines" shows ${JSON.stringify(shown(info))}`);
    if (nestingProblems(info).length) throw new Error(nestingProblems(info).join('; '));
    await d.popupShot(shot('popup-menu-filtered-light'));
    await d.popupKey('Enter');
    await until('the first match current', async () => currentOf(await d.popup(outlineInfo, 'inline')) === 'Axial turbines');
    info = await d.popup(outlineInfo, 'inline');
    const trail = info.items.filter((i) => i.trail).map((i) => i.text);
    if (JSON.stringify(trail) !== JSON.stringify(['Generating methods', 'Tidal stream generator'])) throw new Error(`marked parents: ${JSON.stringify(trail)}`);

    // J / K: by first-level section.
    for (const [key, expect] of [['J', 'Environmental concerns'], ['K', 'Generating methods'], [']', 'Environmental concerns'], ['[', 'Generating methods']]) {
      await d.popupKey(key);
      await until(`${key} to reach ${expect}`, async () => currentOf(await d.popup(outlineInfo, 'inline')) === expect);
    }
    await d.popupKey('j');
    await until('j to reach Tidal stream generator', async () => currentOf(await d.popup(outlineInfo, 'inline')) === 'Tidal stream generator');
    await d.popupShot(shot('popup-section-current-light'));
  });

  await test(`${d.name}: reader tab — side outline folds along the current section, sections read, progress bar, copy link`, async () => {
    await d.openReader();
    let info = await d.reader(outlineInfo, 'side');
    if (!info || info.items[0].text !== 'History' || !info.long) throw new Error(`side outline: ${JSON.stringify(info?.items.slice(0, 2))}`);
    if (Number(info.progress) !== 0) throw new Error(`progress at the top is ${info.progress}`);
    await d.readerShot(shot('reader-side-top-light'));
    // Read down the page as a person does: small steps, a pause for each frame.
    // One call per step (the machine may be loaded): scroll, wait two frames (the scroll-spy updates in the
    // frame after the scroll), say which entry is current.
    const step = (w, by) =>
      new Promise((r) => {
        w.scrollBy(0, by);
        w.requestAnimationFrame(() => w.requestAnimationFrame(() => r(w.document.querySelector('[data-outline="side"] [aria-current="location"]')?.textContent ?? null)));
      });
    for (let i = 0; i < 60; i++) if ((await d.reader(step, 180)) === 'Cross-flow turbines') break;
    await sleep(300);
    info = await d.reader(outlineInfo, 'side');
    const progress = Number(info.progress);
    if (!(progress > 5 && progress < 95)) {
      const seen = await d.reader((w) => ({ visibility: w.document.visibilityState, y: w.scrollY, h: w.document.documentElement.scrollHeight }));
      throw new Error(`progress ${info.progress}, current ${currentOf(info)}, ${JSON.stringify(seen)}`);
    }
    const read = info.items.filter((i) => i.read).map((i) => i.text);
    if (JSON.stringify(read) !== JSON.stringify(['History', 'Tide mills', 'Twentieth-century plants', 'Axial turbines'])) throw new Error(`sections read: ${JSON.stringify(read)}`);
    if (currentOf(info) !== 'Cross-flow turbines') throw new Error(`current: ${currentOf(info)}`);
    const open = shown(info);
    if (!open.includes('Cross-flow turbines') || open.includes('Tide mills')) throw new Error(`folds: ${JSON.stringify(open)}`);
    const problems = nestingProblems(info);
    if (problems.length) throw new Error(problems.join('; '));
    await d.readerShot(shot('reader-side-reading-light'));

    const link = await d.copyLinkInReader('History');
    if (!/^http:\/\/en\.openpedia\.example(:\d+)?\/wiki\/Tidal_power#History:~:text=History,-/.test(link)) throw new Error(`clipboard holds ${JSON.stringify(link)}`);
    const opened = await d.openLink(link, 'History');
    d.notes.push(`${d.name}: the copied link ${link.replace(/^http:\/\/[^/]+/, '')} opened the page with the heading ${opened.top === null ? 'not found' : `at ${Math.round(opened.top)} px from the top`} (scrollY ${opened.scrollY})`);
    if (opened.top === null || opened.top < -2 || opened.top > 200) throw new Error(`the copied link did not open at its heading: ${JSON.stringify(opened)}`);
  });

  if (!d.galleries) return;
  await test(`${d.name}: screenshots of the three forms at one, two and three levels, light and dark`, async () => {
    const pages = [
      ['1-level', 'seed-news-h2'],
      ['2-levels', 'weekly-update-h5'],
      ['3-levels', 'longform-nested'],
      ['3-levels-long', 'encyclopedia-wiki'],
    ];
    for (const theme of ['light', 'dark']) {
      for (const [label, name] of pages) {
        await d.goto(server.fixtureUrl(name));
        await d.openPopup();
        await d.setTheme(theme);
        if (label === '3-levels-long') {
          await d.popupClick('[data-outline="inline"] [data-action="outline-all"]');
          await sleep(300); // the fold arrows turn for 0.15 s
        }
        await d.popup(scrollToNav, 'inline');
        await d.popupShot(shot(`popup-inline-${label}-${theme}`));
        const info = await d.popup(outlineInfo, 'inline');
        const problems = nestingProblems(info);
        if (problems.length) throw new Error(`${name}: ${problems.join('; ')}`);
        await d.popup((w) => w.scrollTo(0, 0));
        await d.popupClick('[data-action="sections"]');
        await sleep(150);
        await d.popupShot(shot(`popup-menu-${label}-${theme}`));
        await d.popupKey('Escape');
        await d.openReader();
        await d.reader((w) => w.scrollTo(0, w.document.querySelector('.doc__body h2, .doc__body h3')?.getBoundingClientRect().top + w.scrollY - 40));
        await sleep(400);
        await d.readerShot(shot(`reader-side-${label}-${theme}`));
        await d.closeReader();
      }
    }
  });
}
