// Issue 7, security half, end to end: every vector page (tests/security/pages.mjs) is opened in the popup and
// in the reader tab, in each browser. For each page, from the moment the extension is asked to read it:
//   - nothing runs: no /canary/ request reaches the server, window.__canary stays unset in the popup and the
//     reader tab, and the page's own canaries and DOM do not change (the working copy must stay inert, the
//     live page untouched);
//   - nothing planted is fetched (/planted/…: stylesheets, refresh targets, frames, objects, forms, pings);
//   - the rendered article holds no dangerous construct (findDangers), and the whole view document no
//     base, http-equiv meta, frame, object, embed or form;
//   - the extension pages' CSP reports no violation at all (any blocked inline script, handler, style or
//     frame would mean the sanitizers let it through).
// The browser suites supply a driver (tests/e2e/security-drivers.mjs) and call securitySuite at their end.
import { findDangers } from '../security/dangers.mjs';
import { securityPages } from '../security/pages.mjs';
import { isPlantedPath } from '../security/vectors.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** An expression that runs `fn(w, findDangers, ...args)` with `w` = the view's window. */
export function scanExpr(windowExpr, fn, ...args) {
  return `(${fn.toString()})(${windowExpr}, ${findDangers.toString()}, ...${JSON.stringify(args)})`;
}

/** Runs in the view: what the security checks need to know about it. */
export function scanView(w, findDangersFn, ids) {
  if (!w) return { state: 'no-window' };
  const d = w.document;
  const state = d.getElementById('app')?.dataset.state ?? null;
  const doc = d.querySelector('article.doc');
  const text = (d.querySelector('.doc__body')?.textContent ?? '').replace(/\s+/g, ' ');
  // The view's own "Copy link to this section" buttons are scanned apart: no page can make one (the view's
  // sanitizer forbids <button> and class attributes in the article), and each must be the bare control.
  const ours = doc ? [...doc.querySelectorAll('button.heading-link[data-action="copy-section-link"]')] : [];
  const bad = ours.filter((b) => b.attributes.length !== 5 || b.querySelector(':not(svg, path)') || b.textContent !== '');
  // So are the corrections' controls (issue 14: show, restore, keep, hide, pick), each marked data-corr.
  const corrAttrs = new Set(['class', 'type', 'data-corr', 'aria-pressed', 'disabled', 'hidden', 'title', 'aria-label', 'data-ro-ui']);
  const corr = doc ? [...doc.querySelectorAll('button[data-corr]')] : [];
  const badCorr = corr.filter((b) => [...b.attributes].some((a) => !corrAttrs.has(a.name)) || b.querySelector(':not(svg, path)'));
  const scanned = doc?.cloneNode(true);
  for (const b of scanned ? [...scanned.querySelectorAll('button.heading-link[data-action="copy-section-link"], button[data-corr]')] : []) b.remove();
  return {
    state,
    dangers: scanned
      ? [...findDangersFn(scanned), ...bad.map(() => 'unexpected heading-link button'), ...badCorr.map(() => 'unexpected corrections button')]
      : ['no article element'],
    documentWide: [...d.querySelectorAll('base, meta[http-equiv], iframe, frame, object, embed, form, style:not(head style)')].map((e) => e.localName),
    canary: w.__canary === undefined ? null : String(w.__canary),
    missing: ids.filter((id) => !text.includes(`Note ${id}.`)),
  };
}

/** Waits until the server has seen no request for `quietMs` (the page's own loads are done). */
async function settle(server, quietMs = 250, maxMs = 3000) {
  const end = Date.now() + maxMs;
  let count = server.requests.length;
  let since = Date.now();
  while (Date.now() < end) {
    await sleep(50);
    if (server.requests.length !== count) {
      count = server.requests.length;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
  }
}

function checkScan(where, scan, failures) {
  if (scan.state !== 'article') failures.push(`${where}: state ${scan.state}`);
  if (scan.dangers?.length) failures.push(`${where}: ${scan.dangers.join(', ')}`);
  if (scan.documentWide?.length) failures.push(`${where}: in the document: ${scan.documentWide.join(', ')}`);
  if (scan.canary !== null && scan.canary !== undefined) failures.push(`${where}: window.__canary = ${scan.canary}`);
}

/**
 * The security tests for one browser. `driver`: { name, goto(url), pageState(), openPopup(), waitView(which,
 * exprOf), openReader(), violations(), closeViews() } (see security-drivers.mjs).
 */
export async function securitySuite({ test, server }, driver) {
  const pages = securityPages(server.origin);
  const totals = { vectors: 0, byCategory: {}, executed: new Set(), planted: [], violations: [], missing: [], views: 0 };
  for (const page of pages) {
    const ids = page.vectors.map((v) => v.id);
    const categories = [...new Set(page.vectors.map((v) => v.category))].join(', ');
    await test(`security: ${page.name} (${page.vectors.length} vectors: ${categories}) in the popup and the reader tab`, async () => {
      const failures = [];
      await driver.closeViews(); // a reader tab left open by an earlier test must not be mistaken for this one
      await driver.goto(`${server.origin}${page.path}`);
      await settle(server);
      const mark = server.requests.length;
      const pageBefore = await driver.pageState();
      await driver.violations(); // start from a clean slate

      await driver.openPopup();
      const popup = await driver.waitView('popup', (w) => scanExpr(w, scanView, ids));
      checkScan('popup', popup, failures);
      await driver.openReader();
      const reader = await driver.waitView('reader', (w) => scanExpr(w, scanView, ids));
      checkScan('reader tab', reader, failures);
      await sleep(400); // late loads (images, anything a surviving vector would fetch)

      const violations = await driver.violations();
      await driver.closeViews();
      const pageAfter = await driver.pageState();
      const requests = server.requests.slice(mark).map((r) => r.path);
      const planted = requests.filter(isPlantedPath);
      for (const path of planted.filter((p) => p.startsWith('/canary/'))) totals.executed.add(path.slice('/canary/'.length));
      const pageFired = pageAfter.canaries.slice(pageBefore.canaries.length).trim();
      if (pageFired) totals.executed.add(`${page.name}, in the page: ${pageFired}`);
      if (popup.canary) totals.executed.add(`popup: ${popup.canary}`);
      if (reader.canary) totals.executed.add(`reader: ${reader.canary}`);
      totals.planted.push(...planted);
      totals.violations.push(...violations);
      totals.vectors += page.vectors.length;
      totals.missing.push(...new Set([...(popup.missing ?? []), ...(reader.missing ?? [])]));
      totals.views += 2;
      for (const v of page.vectors) totals.byCategory[v.category] = (totals.byCategory[v.category] ?? 0) + 1;

      if (planted.length) failures.push(`fetched planted URLs: ${[...new Set(planted)].join(', ')}`);
      if (pageAfter.canaries !== pageBefore.canaries) failures.push(`canaries fired in the page while it was read: ${pageFired}`);
      if (pageAfter.html !== pageBefore.html) failures.push('the live page DOM changed while it was read');
      if (violations.length) failures.push(`CSP violations: ${violations.join(' | ')}`);
      if (failures.length) throw new Error(failures.join('\n'));
    });
  }
  const categories = Object.entries(totals.byCategory)
    .map(([c, n]) => `${c} ${n}`)
    .join(', ');
  console.log(
    `  security (${driver.name}): ${totals.vectors} vectors (${categories}) in ${totals.views} views; executed ${totals.executed.size}` +
      `${totals.executed.size ? ` (${[...totals.executed].join(', ')})` : ''}; planted URLs fetched ${totals.planted.length};` +
      ` CSP violations ${totals.violations.length}; blocks around vectors not in the article ${totals.missing.length}`,
  );
  if (totals.missing.length) console.log(`    (not in the article, so not tested past Readability here: ${totals.missing.join(' ')})`);
}
