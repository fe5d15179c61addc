#!/usr/bin/env node
// Variant generator for the injected-link rules: splices injected items of every kind (leaked link markup,
// read-more lines, related boxes, keyword/affiliate links, calls to action) plus citations and look-alike
// prose that must stay, into our own fixture pages (tests/fixtures/*/source.html), rewritten in other
// languages and dressed in other platforms' markup. Deterministic for a seed.
//
//   node scripts/variants/generate.mjs [--out /tmp/variants] [--seed 1] [--pages 240]
//
// Pages alternate between a dev half (look at its failures while tuning) and a held-aside half (only ever
// report its score). Every pool of forms (markup shapes, labels, path names, call phrasings, containers) is
// split by the hash of each form's name, and each half draws only from its own part: the held half shows
// forms the dev half never does. Writes <out>/<half>/<id>.html and <id>.json (what was inserted where).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { CALL_LOOKALIKES, CALLS } from './calls.mjs';
import { FAMILY_LOOKALIKES } from './calls-families.mjs';
import { STEP_LOOKALIKES } from './calls-steps.mjs';
import { ROUND9_LOOKALIKES, ROUND9_NAMES } from './calls-round9.mjs';
import { ROUND11_LOOKALIKES, ROUND11_NAMES } from './calls-round11.mjs';
import { ROUND13_LOOKALIKES, ROUND13_NAMES } from './calls-round13.mjs';
import { ROUND13C_LOOKALIKES, ROUND13C_NAMES } from './calls-round13c.mjs';
import { ROUND14_LOOKALIKES, ROUND14_NAMES } from './calls-round14.mjs';
import { ROUND15_LOOKALIKES, ROUND15_NAMES } from './calls-round15.mjs';
import { ROUND16_LOOKALIKES, ROUND16_NAMES } from './calls-round16.mjs';
import { CALL_PAIRS, CALL_SHAPES, CALL_TARGETS, READ_MORE, RELATED } from './forms-blocks.mjs';
import { AFFILIATE, CITATIONS, LEAKED, TAXONOMY } from './forms-inline.mjs';
import { LANGS } from './lang.mjs';
import { LEAKED10, READ_MORE10, ROUND10_NAMES, TAXONOMY10 } from './forms-round10.mjs';
import { AFFILIATE8, CITATIONS8, LABELS8, LANGS8, LEAKED8, LOOKALIKES8, READ_MORE8, RELATED8, TAXONOMY8 } from './forms-round8.mjs';
import { AFFILIATE12, LEAKED12, LOOKALIKES12, ROUND12_NAMES, TAXONOMY12 } from './forms-round12.mjs';
import { AFFILIATE13, LANGS13, ROUND13_FORM_NAMES, TAXONOMY13 } from './forms-round13.mjs';
import { LABELS13B, LEAKED13B, READ_MORE13B, RELATED13B, ROUND13B_NAMES } from './forms-round13b.mjs';
import { AFFILIATE14, LABELS14, LANGS14, READ_MORE14, ROUND14_FORM_NAMES, ROUND14_LABELS, TAXONOMY14 } from './forms-round14.mjs';
import { AFFILIATE15, READ_MORE15, ROUND15_FORM_NAMES, TAXONOMY15 } from './forms-round15.mjs';
import { LABELS15, LANGS15, ROUND15_LABELS } from './forms-round15b.mjs';
import { AFFILIATE16, LEAKED16, READ_MORE16, RELATED16, ROUND16_FORM_NAMES, TAXONOMY16 } from './forms-round16.mjs';
import { LABELS16, LANGS16, ROUND16_LABELS } from './forms-round16b.mjs';
import { CJK_LANGS, escapeHtml, poolFor, randomSource, slugify } from './util.mjs';
import { applyPlatform, PLATFORMS } from './platforms.mjs';
import { loadCore, parsePage } from '../bench/core.mjs';

// Session 8's round of forms (forms-round8.mjs) joins the pools; the name hash splits it as the rest.
LEAKED.push(...LEAKED8, ...LEAKED10, ...LEAKED12, ...LEAKED13B, ...LEAKED16);
TAXONOMY.push(...TAXONOMY8, ...TAXONOMY10, ...TAXONOMY12, ...TAXONOMY13, ...TAXONOMY14, ...TAXONOMY15, ...TAXONOMY16);
AFFILIATE.push(...AFFILIATE8, ...AFFILIATE12, ...AFFILIATE13, ...AFFILIATE14, ...AFFILIATE15, ...AFFILIATE16);
CITATIONS.push(...CITATIONS8);
READ_MORE.push(...READ_MORE8, ...READ_MORE10, ...READ_MORE13B, ...READ_MORE14, ...READ_MORE15, ...READ_MORE16);
RELATED.push(...RELATED8, ...RELATED13B, ...RELATED16);
Object.assign(LANGS, LANGS8, LANGS13);
for (const [lang, { readMore, related }] of Object.entries(LABELS8)) {
  LANGS[lang].readMore.push(...readMore);
  LANGS[lang].related.push(...related);
}
// Session 13b's labels (forms-round13b.mjs), for languages the pools had few of.
for (const [lang, { readMore, related }] of Object.entries(LABELS13B)) {
  LANGS[lang].readMore.push(...readMore);
  LANGS[lang].related.push(...related);
}
// Session 14's labels (forms-round14.mjs) for the languages the generator had, and ten page languages it had not
// (fi, da, no, sk, bg, hr, ca, ms, tl, ta). A label some pool already had is not pushed twice, nor counted as the round's.
const EARLIER_LABELS = new Set(Object.values(LANGS).flatMap(({ readMore, related }) => [...readMore, ...related]));
for (const [lang, { readMore, related }] of Object.entries(LABELS14)) {
  LANGS[lang].readMore.push(...readMore.filter((x) => !LANGS[lang].readMore.includes(x)));
  LANGS[lang].related.push(...related.filter((x) => !LANGS[lang].related.includes(x)));
}
Object.assign(LANGS, LANGS14);
const ROUND14_NEW_LABELS = new Set([...ROUND14_LABELS].filter((x) => !EARLIER_LABELS.has(x)));
// Session 15's labels (forms-round15b.mjs, written blind) for the thirty-eight languages the generator had, and seven page
// languages it had not (lt, lv, et, sl, sr, ur, af); as in round 14, a label a pool already had is neither pushed twice nor counted.
const EARLIER_LABELS15 = new Set(Object.values(LANGS).flatMap(({ readMore, related }) => [...readMore, ...related]));
for (const [lang, { readMore, related }] of Object.entries(LABELS15)) {
  LANGS[lang].readMore.push(...readMore.filter((x) => !LANGS[lang].readMore.includes(x)));
  LANGS[lang].related.push(...related.filter((x) => !LANGS[lang].related.includes(x)));
}
Object.assign(LANGS, LANGS15);
const ROUND15_NEW_LABELS = new Set([...ROUND15_LABELS].filter((x) => !EARLIER_LABELS15.has(x)));
// Session 16's labels (forms-round16b.mjs, written blind) for the forty-five languages the generator had, and three page
// languages it had not (gl, az, mk); as in rounds 14 and 15, a label a pool already had is neither pushed twice nor counted.
const EARLIER_LABELS16 = new Set(Object.values(LANGS).flatMap(({ readMore, related }) => [...readMore, ...related]));
for (const [lang, { readMore, related }] of Object.entries(LABELS16)) {
  LANGS[lang].readMore.push(...readMore.filter((x) => !LANGS[lang].readMore.includes(x)));
  LANGS[lang].related.push(...related.filter((x) => !LANGS[lang].related.includes(x)));
}
Object.assign(LANGS, LANGS16);
const ROUND16_NEW_LABELS = new Set([...ROUND16_LABELS].filter((x) => !EARLIER_LABELS16.has(x)));

const FIXTURES = 'tests/fixtures';
const args = { out: '/tmp/variants', seed: 1, pages: 240 };
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];

const norm = (s) => s.replace(/\s+/g, ' ').trim();
const wordsOf = (text, lang) => (CJK_LANGS.has(lang) ? [...text] : text.split(/\s+/).filter(Boolean));
const joinWords = (ws, lang) => ws.join(CJK_LANGS.has(lang) ? '' : ' ');
const plainWord = (w) => /^[\p{L}\p{M}]+$/u.test(w);
// Keyword and citation anchors are content words: no one links "of" or "di".
const contentWord = (w, lang) => plainWord(w) && (CJK_LANGS.has(lang) || [...w].length >= 4);

// Items go only into paragraphs the reader shows on the clean page (session 9): a page's teaser blurbs, or a
// comment form's notice, are long paragraphs too, and an item spliced into one was scored as lost (or its words
// as moved) when the pipeline rightly dropped the teaser with it: a failure of the generator, not of a rule.
const core = await loadCore();
const shownCache = new Map();
function shownText(host, url) {
  if (!shownCache.has(host)) {
    const dom = parsePage(readFileSync(join(FIXTURES, host, 'source.html')), url);
    try {
      shownCache.set(host, norm(core.extractArticle(dom.window.document, url, { force: true })?.text ?? ''));
    } finally {
      dom.window.close();
    }
  }
  return shownCache.get(host);
}

/** The element holding most of the page's long paragraphs (as children or grandchildren), and those paragraphs. */
function articleBody(doc, minLength, shown) {
  // Body paragraphs only: not a standfirst or a pull quote (a class, or a header/aside/figure/blockquote around it),
  // not a form's hint (a sign-in dialog's paragraphs are page chrome), not ruby text (its readings leave the text).
  const long = [...doc.querySelectorAll('p')].filter(
    (p) =>
      norm(p.textContent).length >= minLength &&
      !p.querySelector('code, img, rt') &&
      !p.className &&
      !p.closest('header, aside, figure, blockquote, form') &&
      shown.includes(norm(p.textContent).slice(0, 60)),
  );
  const count = new Map();
  for (const p of long) {
    for (const el of [p.parentElement, p.parentElement?.parentElement]) if (el) count.set(el, (count.get(el) ?? 0) + 1);
  }
  const body = [...count].sort((x, y) => y[1] - x[1])[0]?.[0];
  const paras = long.filter((p) => p.parentElement === body || p.parentElement?.parentElement === body);
  return { body, paras };
}

const hosts = readdirSync(FIXTURES)
  .filter((d) => {
    try {
      const e = JSON.parse(readFileSync(join(FIXTURES, d, 'expected.json'), 'utf8'));
      // Article pages with enough paragraphs to take a dozen items (not the list page, not the short release),
      // and a body of long paragraphs to splice them into (a sign-in dialog's paragraphs are none).
      const src = readFileSync(join(FIXTURES, d, 'source.html'), 'utf8');
      if (!e.article || (src.match(/<p[\s>]/g) ?? []).length < 12) return false;
      const doc = new JSDOM(src, { virtualConsole: new VirtualConsole() }).window.document;
      return articleBody(doc, CJK_LANGS.has((e.lang ?? 'en').split('-')[0]) ? 50 : 120, shownText(d, e.url)).body !== undefined;
    } catch {
      return false;
    }
  })
  .sort();

function makePage(i) {
  const id = `v${args.seed}-${String(i).padStart(3, '0')}`;
  const half = i % 2 === 0 ? 'dev' : 'held';
  const r = randomSource(Number(args.seed) * 7919 + i * 104729);
  const host = hosts[Math.floor(i / 2) % hosts.length]; // both halves see every host
  const expected = JSON.parse(readFileSync(join(FIXTURES, host, 'expected.json'), 'utf8'));
  const hostLang = (expected.lang ?? 'en').split('-')[0];
  const lang = hostLang !== 'en' ? hostLang : r.next() < 0.3 ? 'en' : r.pick(Object.keys(LANGS));
  const L = LANGS[lang];
  const dom = new JSDOM(readFileSync(join(FIXTURES, host, 'source.html'), 'utf8'), { url: expected.url, virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const { body, paras } = articleBody(doc, CJK_LANGS.has(hostLang) ? 50 : 120, shownText(host, expected.url));
  const origin = new URL(expected.url).origin;
  const labels = new URL(expected.url).hostname.split('.');
  const site = labels[labels.length - (labels[labels.length - 2].length <= 3 && labels.length > 2 ? 3 : 2)].replace(/[^a-z0-9]/g, '');
  if (lang !== hostLang) {
    doc.documentElement.lang = lang;
    doc.documentElement.dir = ['ar', 'he', 'fa', 'ur'].includes(lang) ? 'rtl' : 'ltr';
    paras.forEach((p, n) => {
      const s = L.sentences;
      p.textContent = [0, 1, 2].map((k) => s[(n * 3 + k + i) % s.length]).join(CJK_LANGS.has(lang) ? '' : ' ');
    });
  }
  const platform = r.pick(PLATFORMS);
  applyPlatform(platform, body, paras, doc, r);

  // Headlines of other stories of the site, never found in the body.
  const combos = r.shuffle(L.subjects.flatMap((s) => L.actions.map((a) => [s, a])));
  const joiner = CJK_LANGS.has(lang) ? '' : ' ';
  const year = 2020 + r.int(5);
  const urlShapes = [
    (s) => `${origin}/${year}/0${1 + r.int(9)}/${s}/`, (s) => `/news/${s}-${100000 + r.int(899999)}`, (s) => `${origin}/${s}.html`,
    (s) => `/p/${s}`, (s) => `/${s}/`, () => `${origin}/?p=${1000 + r.int(8999)}`, () => `/node/${10000 + r.int(89999)}`,
    () => `/article/${1000000 + r.int(8999999)}.html`, (s) => `${origin}/${year}/0${1 + r.int(9)}/${s}.html`,
    (s) => `/@${site}/${s}-${(r.int(2 ** 31)).toString(16)}`, (s) => `/${r.pick(['politics', 'sport', 'economy', 'local'])}/${s}`,
  ];
  const encode = r.next() < 0.7;
  let headlineN = 0;
  const headline = () => {
    const [s, a] = combos[headlineN++ % combos.length];
    const text = `${s}${joiner}${a}`;
    const slug = slugify(text, encode);
    const href = r.pick(urlShapes)(slug);
    const [s2, a2] = combos[(headlineN + 17) % combos.length];
    return { text, slug, href, excerpt: `${s2}${joiner}${a2}…` };
  };

  const items = [];
  // Block slots: paragraphs after which a block goes (never the first; not two blocks after the same one).
  const slots = r.shuffle(paras.slice(1, -1).map((_, n) => n + 1));
  const inlineParas = r.shuffle(paras.map((_, n) => n));
  const tail = (n) => joinWords(wordsOf(norm(paras[n].textContent), lang).slice(-5), lang);
  const head = (n) => (paras[n + 1] ? joinWords(wordsOf(norm(paras[n + 1].textContent), lang).slice(0, 5), lang) : '');
  const insertBlock = (kind, form, html, pieces, hrefs) => {
    const n = slots.shift();
    if (n === undefined) return;
    const tpl = doc.createElement('template');
    tpl.innerHTML = html;
    const shown = tpl.content.textContent.toLowerCase();
    paras[n].after(tpl.content);
    // A call split over two lines or paragraphs (session 8) is shown without the space between its halves.
    const bare = (s) => s.toLowerCase().replace(/\s+/g, '');
    const shows = (p) => shown.includes(p.toLowerCase()) || (kind === 'call' && bare(shown).includes(bare(p)));
    items.push({ kind, form, pieces: pieces.filter(shows), hrefs, prevTail: tail(n), nextHead: head(n) });
  };

  const dirty = new Set();
  /** Splices `make(keepWords)` into a text node of a paragraph, around `m` plain words. */
  const insertInline = (m, make, content = false) => {
    for (let tries = 0; tries < inlineParas.length; tries++) {
      const n = inlineParas.shift();
      inlineParas.push(n);
      const walker = doc.createTreeWalker(paras[n], 4);
      const nodes = [];
      // Never a text that shows markup of its own (a host page about leaked markup): the window would hold it.
      for (let t = walker.nextNode(); t; t = walker.nextNode()) if (!dirty.has(t) && !t.parentElement.closest('a, code') && !/[<>[\]]/.test(t.data) && wordsOf(t.data, lang).length >= m + 8) nodes.push(t);
      const node = nodes.sort((x, y) => y.data.length - x.data.length)[0];
      if (!node) continue;
      const ws = wordsOf(node.data.trim(), lang);
      const starts = ws.map((_, k) => k).filter((k) => k >= 3 && k + m + 3 <= ws.length && ws.slice(k, k + m).every(plainWord) && plainWord(ws[k - 1]) && (!content || (contentWord(ws[k], lang) && contentWord(ws[k + m - 1], lang))));
      if (starts.length === 0) continue;
      const k = r.pick(starts);
      const keep = joinWords(ws.slice(k, k + m), lang);
      const { html, ...truth } = make(keep);
      const sep = CJK_LANGS.has(lang) ? '' : ' ';
      const tpl = doc.createElement('template');
      tpl.innerHTML = `${escapeHtml(joinWords(ws.slice(0, k), lang))}${sep}${html}${sep}${escapeHtml(joinWords(ws.slice(k + m), lang))}`;
      // The text around an item is its window: no later item may be spliced into it.
      const fresh = doc.createTreeWalker(tpl.content, 4);
      for (let t = fresh.nextNode(); t; t = fresh.nextNode()) dirty.add(t);
      node.replaceWith(tpl.content);
      const window = { before: joinWords(ws.slice(k - 3, k), lang), keep, after: joinWords(ws.slice(k + m, k + m + 3), lang) };
      items.push({ ...truth, window });
      return;
    }
  };

  // Leaked markup, twice.
  for (const [form, shape] of r.shuffle(poolFor(LEAKED, half)).slice(0, 2)) {
    const h = headline();
    const url = h.href.startsWith('/') ? origin + h.href : h.href;
    const c = { url, slug: url.replace(/\/$/, '').split('/').pop(), title: h.text, origin, img: `${origin}/wp-content/uploads/${year}/05/harbour-${r.int(99)}-1024x683.jpg` };
    // A shape returns the text shown around the kept words, or (raw) the HTML around them.
    const [before, after, raw] = shape(c);
    const show = raw ? (s) => s : escapeHtml;
    insertInline(1 + r.int(3), (keep) => ({ kind: 'leaked', form, html: `${show(before)}${escapeHtml(keep)}${show(after)}`, href: url }));
  }
  // Keyword links: two or three to one taxonomy prefix, sometimes one more to another.
  const tax = r.shuffle(poolFor(TAXONOMY, half));
  const taxN = [2, 3, 1][r.int(3)];
  for (let k = 0; k < taxN + (r.next() < 0.3 ? 1 : 0); k++) {
    const [form, path] = k < taxN ? tax[0] : tax[1];
    const abs = r.next() < 0.5;
    insertInline(CJK_LANGS.has(lang) ? 2 + r.int(3) : 1 + r.int(2), (keep) => {
      const p = path(keep, slugify(keep, encode), origin); // a path, or a whole URL (a tags subdomain)
      const href = /^https?:/.test(p) ? p : `${abs ? origin : ''}${p}`;
      return { kind: 'keyword', form: `taxonomy:${form}`, html: `<a href="${escapeHtml(href)}">${escapeHtml(keep)}</a>`, href: new URL(href, origin).href };
    }, true);
  }
  // Affiliate link, once.
  {
    const [form, make] = r.pick(poolFor(AFFILIATE, half));
    insertInline(2, (keep) => {
      const href = make({ slug: slugify(keep, true) || 'product', site, origin, asin: `B0${(r.int(2 ** 31)).toString(36).toUpperCase().padEnd(8, 'X')}` });
      const rel = r.pick(['', ' rel="nofollow sponsored"', ' target="_blank" rel="noopener"']);
      return { kind: 'keyword', form: `affiliate:${form}`, html: `<a href="${escapeHtml(href)}"${rel}>${escapeHtml(keep)}</a>`, href };
    }, true);
  }
  // Citations, three.
  for (const [form, make] of r.shuffle(poolFor(CITATIONS, half)).slice(0, 3)) {
    insertInline(2 + r.int(2), (keep) => {
      const href = make({ origin, url: expected.url, anchor: keep, slug: slugify(keep, true), year });
      return { kind: 'citation', form, html: `<a href="${escapeHtml(href)}">${escapeHtml(keep)}</a>`, href: new URL(href, origin).href };
    }, true);
  }
  // Read-more line.
  {
    const [form, shape] = r.pick(poolFor(READ_MORE, half));
    const label = r.pick(poolFor(L.readMore, half));
    const links = [headline(), headline()];
    const html = shape(escapeHtml(label), links, { origin, siteName: site });
    const used = form.startsWith('two-links') ? links : links.slice(0, 1);
    const pieces = [label, ...used.map((l) => l.text)];
    const hrefs = used.map((l) => new URL(l.href, origin).href);
    if (form.startsWith('para-end')) {
      // The last line of a paragraph of the text (after a break): the paragraph's words before it must stay.
      const n = slots.shift();
      if (n !== undefined) {
        const prevTail = tail(n);
        paras[n].insertAdjacentHTML('beforeend', html);
        const tpl = doc.createElement('template');
        tpl.innerHTML = html;
        const shown = tpl.content.textContent.toLowerCase();
        items.push({ kind: 'readmore', form, pieces: pieces.filter((p) => shown.includes(p.toLowerCase())), hrefs, prevTail, nextHead: head(n) });
      }
    } else insertBlock('readmore', form, html, pieces, hrefs);
  }
  // Related box.
  {
    const [form, shape] = r.pick(poolFor(RELATED, half));
    const label = r.pick(poolFor(L.related, half));
    const links = Array.from({ length: 3 + r.int(3) }, headline);
    insertBlock('related', form, shape(escapeHtml(label), links, { origin, siteName: site }), [label, ...links.map((l) => l.text)], links.map((l) => new URL(l.href, origin).href));
  }
  // Calls to action, two: each in a container of its own, or (sometimes) both in one box.
  {
    const calls = r.shuffle(poolFor(CALLS[lang] ?? CALLS.en, half)).slice(0, 2);
    const c = { origin, site, lang, id: String(100000 + r.int(899999)), pick: r.pick };
    const render = ([text, to], hrefs) =>
      escapeHtml(text).replace(/\[([^\]]+)\]/g, (_, words) => {
        const href = CALL_TARGETS[to](c, hrefs.length);
        hrefs.push(href);
        return `<a href="${escapeHtml(href)}">${words}</a>`;
      });
    const plain = ([text]) => text.replace(/[[\]]/g, '');
    if (calls.length === 2 && r.next() < 0.2) {
      const [form, shape] = r.pick(poolFor(CALL_PAIRS, half));
      const hrefs = [];
      const html = shape(render(calls[0], hrefs), render(calls[1], hrefs));
      insertBlock('call', `${form}:${calls[0][1]}+${calls[1][1]}`, html, [plain(calls[0]), plain(calls[1])], hrefs);
    } else {
      for (const call of calls) {
        const [form, shape] = r.pick(poolFor(CALL_SHAPES, half));
        const hrefs = [];
        const inner = render(call, hrefs);
        // A shape may add links of its own (badges, icons, a button): they must go too.
        const link = (to, n = 0) => {
          const href = CALL_TARGETS[to](c, n);
          hrefs.push(href);
          return escapeHtml(href);
        };
        if (form.startsWith('para-end')) {
          // The last line of a paragraph of the text: the paragraph's words before it must stay.
          const n = slots.shift();
          if (n === undefined) continue;
          const prevTail = tail(n);
          paras[n].insertAdjacentHTML('beforeend', shape(inner, { ...c, link }));
          items.push({ kind: 'call', form: `${form}:${call[1]}`, pieces: [plain(call)], hrefs, prevTail, nextHead: head(n) });
        } else insertBlock('call', `${form}:${call[1]}`, shape(inner, { ...c, link }), [plain(call)], hrefs);
      }
    }
  }
  // Look-alike prose that must stay.
  {
    const lookalikes = [
      ['code-inline', `<p>To embed the map, paste <code>&lt;a href="${origin}/maps/flood/" title="Flood map"&gt;flood map&lt;/a&gt;</code> into your page, the council's web team said.</p>`],
      ['pre-html', `<pre><code>&lt;a href="${origin}/maps/flood/" target="_blank" rel="noopener"&gt;Flood map&lt;/a&gt;\n&lt;img src="/maps/flood.png" alt="Flood map" /&gt;</code></pre>`],
      ['quote-imperative', '<p>“Follow the money and you will find who signed off on it,” she told reporters.</p>'],
      ['reader-address-long', `<p>${CALL_LOOKALIKES[lang] ?? CALL_LOOKALIKES.en}</p>`],
      ['prose-gt', '<p>Analysts expect volumes > 2 million containers if the “base case” holds, the report said.</p>'],
      ['own-link-short', `<p>The council first discussed the plan <a href="/${year - 1}/11/council-first-debates-the-sea-wall-extension/">last November</a>.</p>`],
      ['share-news', '<p>Share prices in the harbour company fell by 4 per cent after the announcement.</p>'],
      // Session 6: directions that open with an imperative and say "you", in a short paragraph of a travel story.
      ['directions-you', '<p>Follow the coastal path north for two miles and you reach the old lighthouse.</p>'],
      ['recipe-step', '<p>Leave the dough to rest for an hour before you shape it.</p>'],
      // Session 7: how-to, recipe and legal steps, a quoted "follow me" (calls-families.mjs), in English and the page's language.
      ...[...FAMILY_LOOKALIKES.en, ...(lang === 'en' ? [] : (FAMILY_LOOKALIKES[lang] ?? []))].map(([name, text]) => [name, `<p>${escapeHtml(text)}</p>`]),
      // Session 8: how-to steps (numbered, under a heading, a run of steps), verb-last recipe steps, dialogue (calls-steps.mjs).
      ...STEP_LOOKALIKES.en, ...(lang === 'en' ? [] : (STEP_LOOKALIKES[lang] ?? [])),
      // Session 8: prose with angle brackets and bracketed references, lines with real links (forms-round8.mjs).
      ...LOOKALIKES8.map(([name, make]) => [name, make({ origin, year })]),
      // Session 9: reviews, tutorials, reported calls, history prose, a FAQ answer (calls-round9.mjs).
      ...ROUND9_LOOKALIKES.en, ...(lang === 'en' ? [] : (ROUND9_LOOKALIKES[lang] ?? [])),
      // Session 11: the round-11 call verbs used for something else (calls-round11.mjs).
      ...ROUND11_LOOKALIKES.en, ...(lang === 'en' ? [] : (ROUND11_LOOKALIKES[lang] ?? [])),
      // Session 12: prose with the words, signs and brackets of injected kinds (forms-round12.mjs).
      ...LOOKALIKES12.map(([name, make]) => [name, make({ origin, year })]),
      // Session 13: subscriber numbers, settings how-tos, quoted appeals, recipes, fans (calls-round13.mjs).
      ...ROUND13_LOOKALIKES.en, ...(lang === 'en' ? [] : (ROUND13_LOOKALIKES[lang] ?? [])),
      // Session 13c: third parties' services, quoted chants, fans, bios, letters, FAQs, in boxes (calls-round13c.mjs).
      ...ROUND13C_LOOKALIKES.en, ...(lang === 'en' ? [] : (ROUND13C_LOOKALIKES[lang] ?? [])),
      // Session 14: reported calls, quoted calls, tutorials, reviews, notices, histories, forum answers, in call containers (lookalikes-round14.mjs).
      ...ROUND14_LOOKALIKES.en, ...(lang === 'en' ? [] : (ROUND14_LOOKALIKES[lang] ?? [])),
      // Session 15 (written blind): reported calls with numbers and keywords, questions opening prose, how-tos, reviews,
      // courts, histories, captions, fact boxes, cited fundraisers and studies, in this round's call containers (lookalikes-round15.mjs).
      ...ROUND15_LOOKALIKES.en, ...(lang === 'en' ? [] : (ROUND15_LOOKALIKES[lang] ?? [])),
      // Session 16 (written blind): tutorials, steps, recipes, a review needing the app, court orders, a quoted police post,
      // opening hours, fundraisers, petitions, one-line paragraphs to the reader, in this round's call containers (lookalikes-round16.mjs).
      ...ROUND16_LOOKALIKES.en, ...(lang === 'en' ? [] : (ROUND16_LOOKALIKES[lang] ?? [])),
    ];
    const [form, html] = r.pick(poolFor(lookalikes, half));
    const n = slots.shift();
    if (n !== undefined) {
      const tpl = doc.createElement('template');
      tpl.innerHTML = html;
      const hrefs = [...tpl.content.querySelectorAll('a')].map((x) => new URL(x.getAttribute('href'), origin).href);
      const text = norm(tpl.content.textContent);
      paras[n].after(tpl.content);
      items.push({ kind: 'lookalike', form, text, hrefs });
    }
  }
  // Items of session 9's round (a call's phrasing or container, a look-alike), for the scorer's "new forms" line.
  for (const it of items) if ((it.kind === 'call' || it.kind === 'lookalike') && (it.form.split(/[:+]/).some((f) => ROUND9_NAMES.has(f)) || it.pieces?.some((p) => ROUND9_NAMES.has(p)))) it.round9 = true;
  // Leaked markup and read-more lines of session 10's round (forms-round10.mjs), for the scorer's "new forms" line.
  for (const it of items) if (ROUND10_NAMES.has(it.form.replace(/^taxonomy:/, ''))) it.round10 = true;
  // Calls and look-alikes of session 11's round (calls-round11.mjs).
  for (const it of items) if ((it.kind === 'call' || it.kind === 'lookalike') && (ROUND11_NAMES.has(it.form) || it.pieces?.some((p) => ROUND11_NAMES.has(p)))) it.round11 = true;
  // Leaked markup, keyword/affiliate links and look-alikes of session 12's round (forms-round12.mjs).
  for (const it of items) if (ROUND12_NAMES.has(it.form.replace(/^(taxonomy|affiliate):/, ''))) it.round12 = true;
  // Calls, look-alikes and keyword/affiliate links of session 13's round (calls-round13.mjs, forms-round13.mjs).
  for (const it of items) {
    const form = it.form.replace(/^(taxonomy|affiliate):/, '');
    if (ROUND13_FORM_NAMES.has(form) || ((it.kind === 'call' || it.kind === 'lookalike') && (ROUND13_NAMES.has(form) || it.pieces?.some((p) => ROUND13_NAMES.has(p))))) it.round13 = true;
  }
  // Calls and look-alikes of session 13c's round (calls-round13c.mjs): its call texts, containers or look-alikes.
  for (const it of items) {
    if ((it.kind === 'call' || it.kind === 'lookalike') && (ROUND13C_NAMES.has(it.form) || it.form.split(/[:+]/).some((f) => ROUND13C_NAMES.has(f)) || it.pieces?.some((p) => ROUND13C_NAMES.has(p)))) it.round13c = true;
  }
  // Related boxes, read-more lines and leaked markup of session 13b's round (forms-round13b.mjs): its forms, or its labels.
  for (const it of items) if ((it.kind === 'related' || it.kind === 'readmore' || it.kind === 'leaked') && (ROUND13B_NAMES.has(it.form) || ROUND13B_NAMES.has(it.pieces?.[0]))) it.round13b = true;
  // Session 14's round (forms-round14.mjs): keyword/affiliate and read-more forms, and read-more and related labels.
  for (const it of items) {
    if (ROUND14_FORM_NAMES.has(it.form.replace(/^(taxonomy|affiliate):/, ''))) it.round14 = true;
    else if ((it.kind === 'readmore' || it.kind === 'related') && ROUND14_NEW_LABELS.has(it.pieces?.[0])) it.round14 = true;
    // Its calls and look-alikes (calls-round14.mjs): a call text, a container, or a look-alike of the round.
    else if ((it.kind === 'call' || it.kind === 'lookalike') && (ROUND14_NAMES.has(it.form) || it.form.split(/[:+]/).some((f) => ROUND14_NAMES.has(f)) || it.pieces?.some((p) => ROUND14_NAMES.has(p)))) it.round14 = true;
  }
  // Session 15's round (written blind): keyword/affiliate and read-more forms (forms-round15.mjs), read-more and related labels
  // (forms-round15b.mjs), and call texts, containers and look-alikes (calls-round15.mjs, calls-round15b.mjs, lookalikes-round15.mjs).
  for (const it of items) {
    if (ROUND15_FORM_NAMES.has(it.form.replace(/^(taxonomy|affiliate):/, ''))) it.round15 = true;
    else if ((it.kind === 'readmore' || it.kind === 'related') && ROUND15_NEW_LABELS.has(it.pieces?.[0])) it.round15 = true;
    else if ((it.kind === 'call' || it.kind === 'lookalike') && (ROUND15_NAMES.has(it.form) || it.form.split(/[:+]/).some((f) => ROUND15_NAMES.has(f)) || it.pieces?.some((p) => ROUND15_NAMES.has(p)))) it.round15 = true;
  }
  // Session 16's round (written blind): leaked-markup, keyword/affiliate, read-more and related forms (forms-round16.mjs), read-more
  // and related labels (forms-round16b.mjs), and call texts, containers and look-alikes (calls-round16.mjs, calls-round16b.mjs,
  // lookalikes-round16.mjs, lookalikes-round16b.mjs).
  for (const it of items) {
    if (ROUND16_FORM_NAMES.has(it.form.replace(/^(taxonomy|affiliate):/, ''))) it.round16 = true;
    else if ((it.kind === 'readmore' || it.kind === 'related') && ROUND16_NEW_LABELS.has(it.pieces?.[0])) it.round16 = true;
    else if ((it.kind === 'call' || it.kind === 'lookalike') && (ROUND16_NAMES.has(it.form) || it.form.split(/[:+]/).some((f) => ROUND16_NAMES.has(f)) || it.pieces?.some((p) => ROUND16_NAMES.has(p)))) it.round16 = true;
  }
  return { id, half, html: dom.serialize(), truth: { id, half, url: expected.url, host, lang, platform, items } };
}

rmSync(args.out, { recursive: true, force: true });
for (const h of ['dev', 'held']) mkdirSync(join(args.out, h), { recursive: true });
const counts = {};
for (let i = 0; i < Number(args.pages); i++) {
  const page = makePage(i);
  writeFileSync(join(args.out, page.half, `${page.id}.html`), page.html);
  writeFileSync(join(args.out, page.half, `${page.id}.json`), `${JSON.stringify(page.truth, null, 1)}\n`);
  for (const it of page.truth.items) counts[`${page.half} ${it.kind}`] = (counts[`${page.half} ${it.kind}`] ?? 0) + 1;
}
console.log(`wrote ${args.pages} pages to ${args.out}:`, JSON.stringify(counts));
core.cleanup();
