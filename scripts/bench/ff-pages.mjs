// Generated pages for the Firefox section of the bench (firefox.mjs), deterministic (a seeded PRNG, so the
// same bytes every run) and written here (no third-party text):
//   midNewsPage()       a mid-size news page (107 KB): mega-menu header, consent dialog, a ~1 800-word article with
//                       subheads, a photo, a pull quote, a related box, newsletter box, comments teaser,
//                       a big footer and the inline JSON/scripts a news site carries
//   encyclopediaPage()  a long encyclopedia-style article (~1 MB, ~70 minutes of reading at 236 words a
//                       minute, references included): site menus, 380 language links, a hatnote, an infobox, a table of contents,
//                       sections with subsections, wiki links and reference marks in the text, tables,
//                       pictures, a references list, navboxes and categories (13 sections, 44 outline entries)
// Each returns { html, host, path, opening } where `opening` is the start of the article's first sentence
// (what the bench waits to see on screen).

import { rng } from './large-page.mjs';

const SUBJECTS = [
  'the canal company', 'the county engineers', 'the navigation trust', 'local merchants', 'the board of proprietors',
  'a group of mill owners', 'the river commissioners', 'the boatmen of the lower reach', 'the surveyor Anna Creel',
  'the engineer Tobias Marle', 'the town council of Harrowgate', 'the quarry owners at Lenby', 'later historians',
  'the restoration society', 'the water authority', 'the railway company', 'the harbour board at Ostry',
];
const VERBS = [
  'surveyed', 'financed', 'widened', 'rebuilt', 'extended', 'opposed', 'repaired', 'leased', 'deepened',
  'inspected', 'proposed', 'abandoned', 'reopened', 'measured', 'described', 'praised', 'criticised', 'mapped',
];
const OBJECTS = [
  'the upper flight of locks', 'a new basin at Merrow', 'the towpath along the marsh', 'the aqueduct over the Vell',
  'the summit pound', 'the feeder reservoir at Coldharbour', 'the tunnel under Ashby Ridge', 'the tidal lock at Ostry',
  'the wharves below the mill', 'the lime kilns beside the cut', 'the swing bridge at Tern', 'the pumping engine house',
  'the toll house at Brackwell', 'the lower reach', 'the stop gates near the junction', 'the overflow weirs',
];
const TIMES = [
  'in 1791', 'in the spring of 1794', 'during the dry summer of 1802', 'by 1810', 'in the winter of 1813',
  'after the floods of 1829', 'in the 1840s', 'around the middle of the century', 'in 1866', 'before 1880',
  'between the wars', 'in 1947', 'during the 1960s', 'in 1974', 'from 1988 onwards', 'in 2003', 'by 2015',
];
const CLAUSES = [
  'which cost far more than the first estimate', 'although the work was delayed by a shortage of stone',
  'because traffic in coal and grain had doubled', 'so that boats of forty tons could reach the town',
  'while the older channel was kept open for local barges', 'after a long dispute over the water rights',
  'which allowed the mills to work through the dry months', 'as the tolls no longer covered the upkeep',
  'despite objections from the landowners along the route', 'which is still visible from the towpath today',
  'and the accounts of that year survive in the county archive', 'although only part of the plan was carried out',
];
const LINKED = [
  'Vell', 'Ostry', 'Harrowgate', 'Merrow', 'Ashby Ridge', 'Coldharbour Reservoir', 'Lenby', 'Tern', 'Brackwell',
  'canal lock', 'towpath', 'aqueduct', 'narrowboat', 'puddling clay', 'summit level', 'Industrial Revolution',
  'turnpike road', 'lime kiln', 'navigation authority', 'inland waterway',
];
const H2 = [
  'Background', 'Early proposals', 'Act of Parliament', 'Construction', 'Route', 'The lower reach', 'The middle reach',
  'The summit level', 'Ashby Ridge tunnel', 'Locks', 'Aqueducts and bridges', 'Water supply', 'Engineering',
  'Finance', 'Tolls and traffic', 'Cargoes', 'Boats and crews', 'Competition from the railway', 'Decline',
  'Closure', 'Wartime use', 'Restoration', 'Reopening', 'Present day', 'Management', 'Ecology', 'Wildlife',
  'Heritage', 'Listed structures', 'Museums', 'In art and literature', 'In popular culture', 'Recreation',
  'Walking and cycling', 'Proposals for extension', 'Accidents and incidents', 'Historiography', 'Legacy',
];
const H3 = ['Origins', 'Planning', 'Works', 'Difficulties', 'Outcome', 'Contemporary accounts', 'Later changes', 'Assessment'];

/** Text pieces for one page: a seeded source of sentences and paragraphs, with or without wiki markup. */
function writer(seed, { wiki }) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  let ref = 0;
  const slug = (t) => t.replace(/ /g, '_');
  const link = (t) => (wiki ? `<a href="/wiki/${slug(t[0].toUpperCase() + t.slice(1))}" title="${t}">${t}</a>` : t);
  /** Wiki text links a good share of its noun phrases. */
  const maybe = (t) => (wiki && r() < 0.45 ? link(t) : t);
  const cap = (s) => s[0].toUpperCase() + s.slice(1);
  const sentence = () => {
    const shape = r();
    let s;
    if (shape < 0.35) s = `${cap(pick(TIMES))}, ${maybe(pick(SUBJECTS))} ${pick(VERBS)} ${maybe(pick(OBJECTS))}, ${pick(CLAUSES)}`;
    else if (shape < 0.65) s = `${cap(pick(SUBJECTS))} ${pick(VERBS)} ${maybe(pick(OBJECTS))} ${pick(TIMES)}`;
    else if (shape < 0.85) s = `${cap(pick(OBJECTS))}, near ${link(pick(LINKED))}, was ${pick(VERBS)} by ${maybe(pick(SUBJECTS))} ${pick(TIMES)}, ${pick(CLAUSES)}`;
    else s = `According to ${pick(SUBJECTS)}, the ${link(pick(LINKED))} section was ${pick(VERBS)} ${pick(TIMES)}`;
    s += '.';
    if (wiki && r() < 0.7) s += `<sup class="reference" id="cite_ref-${++ref}"><a href="#cite_note-${ref}">[${ref}]</a></sup>`;
    return s;
  };
  const paragraph = (n = 3 + Math.floor(r() * 4)) => Array.from({ length: n }, sentence).join(' ');
  return { r, pick, sentence, paragraph, refs: () => ref, link };
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** ~1 MB encyclopedia article, about 70 minutes of reading. */
export function encyclopediaPage({ words = 7_900 } = {}) {
  const host = 'en.openpedia.example';
  const path = '/wiki/Harrowgate_Canal';
  const w = writer(17, { wiki: true });
  const opening =
    'The Harrowgate Canal is a broad inland waterway in the province of Vell, running 142 kilometres from the tidal port of Ostry';
  const lead = `<p><b>The Harrowgate Canal</b>${opening.slice('The Harrowgate Canal'.length)} to the upland market town of ${w.link('Harrowgate')}, through 64 locks, two aqueducts and the 2.4-kilometre tunnel under ${w.link('Ashby Ridge')}. ${w.paragraph(4)}</p>`;
  const menu = (title, items) =>
    `<div class="vector-menu"><div class="vector-menu-heading">${title}</div><ul class="vector-menu-content-list">${items.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul></div>`;
  const languages = Array.from({ length: 380 }, (_, i) => `<li class="interlanguage-link interwiki-l${i}"><a href="https://l${i}.openpedia.example/wiki/Harrowgate_Canal" title="Harrowgate Canal – language ${i}" lang="l${i}" hreflang="l${i}" class="interlanguage-link-target"><span>Language ${i}</span></a></li>`).join('');
  const head = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Harrowgate Canal - Openpedia, the free encyclopedia</title>
<link rel="canonical" href="https://${host}${path}"><meta property="og:title" content="Harrowgate Canal - Openpedia"><meta property="og:type" content="website">
<link rel="stylesheet" href="/w/load.php?modules=site.styles&amp;only=styles">
<script>document.documentElement.className="client-js";RLCONF=${JSON.stringify({ wgPageName: 'Harrowgate_Canal', wgTitle: 'Harrowgate Canal', wgCategories: H2.map((h) => `Canal ${h}`), wgModules: Array.from({ length: 400 }, (_, i) => `ext.module.${i}.styles`) })};</script>
<style>${Array.from({ length: 3000 }, (_, i) => `.mw-rule-${i}{margin:${i % 7}px;padding:${i % 5}px}`).join('')}</style></head>
<body class="skin-vector mediawiki ltr sitedir-ltr ns-0 page-Harrowgate_Canal">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<header class="vector-header mw-header"><nav aria-label="Site">${menu('Navigation', ['Main Page', 'Contents', 'Current events', 'Random article', 'About Openpedia', 'Contact us'])}${menu('Contribute', ['Help', 'Learn to edit', 'Community portal', 'Recent changes', 'Upload file'])}</nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">Openpedia</span></a>
<div id="p-search" role="search"><form action="/w/index.php"><input type="search" name="search" placeholder="Search Openpedia"><button>Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li><a href="/w/index.php?title=Special:CreateAccount">Create account</a></li><li><a href="/w/index.php?title=Special:UserLogin">Log in</a></li></ul></nav></header>
<div class="mw-page-container"><nav id="mw-panel" aria-label="Tools">${menu('Tools', ['What links here', 'Related changes', 'Special pages', 'Permanent link', 'Page information', 'Cite this page', 'Get shortened URL', 'Download QR code'])}${menu('Print/export', ['Download as PDF', 'Printable version'])}${menu('In other projects', ['Commons', 'Wikidata item'])}
<div id="p-lang" class="vector-menu"><div class="vector-menu-heading">Languages</div><ul class="vector-menu-content-list">${languages}</ul></div></nav>
<main id="content" class="mw-body"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">Harrowgate Canal</span></h1>
<div class="vector-page-toolbar"><ul><li><a href="${path}">Article</a></li><li><a href="/wiki/Talk:Harrowgate_Canal">Talk</a></li><li><a href="/w/index.php?title=Harrowgate_Canal&amp;action=edit">Edit</a></li><li><a href="/w/index.php?title=Harrowgate_Canal&amp;action=history">View history</a></li></ul></div>
<div id="bodyContent" class="vector-body"><div id="siteSub">From Openpedia, the free encyclopedia</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div role="note" class="hatnote navigation-not-searchable">For the railway station, see <a href="/wiki/Harrowgate_Canal_station">Harrowgate Canal station</a>.</div>`;
  const infoboxRows = [
    ['Length', '142 km (88 mi)'], ['Maximum boat length', '21.3 m'], ['Maximum boat beam', '4.3 m'], ['Locks', '64'],
    ['Maximum height above sea level', '187 m'], ['Status', 'Navigable'], ['Navigation authority', 'Vell Waterways Trust'],
    ['Original owner', 'Harrowgate Canal Company'], ['Principal engineer', 'Tobias Marle'], ['Date of act', '1791'],
    ['Date completed', '1809'], ['Date closed', '1951'], ['Date restored', '2004'], ['Start point', 'Ostry'],
    ['End point', 'Harrowgate'], ['Connects to', 'River Vell, Lenby Branch'],
  ];
  const infobox = `<table class="infobox vcard"><caption class="infobox-title">Harrowgate Canal</caption><tbody>
<tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><a href="/wiki/File:Harrowgate_locks.jpg" class="mw-file-description"><img src="https://upload.openpedia.example/thumb/harrowgate-locks.jpg/300px-harrowgate-locks.jpg" width="300" height="200" alt="" class="mw-file-element"></a></span><div class="infobox-caption">The flight of locks at Merrow</div></td></tr>
${infoboxRows.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}
</tbody></table>`;
  // Sections until the text reaches `words`.
  const sections = [];
  let count = lead.replace(/<[^>]+>/g, ' ').split(/\s+/).length;
  const wordsOf = (html) => html.replace(/<sup[^>]*>.*?<\/sup>/g, '').replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
  for (let i = 0; count < words; i++) {
    const h2 = H2[i % H2.length] + (i >= H2.length ? ` (${Math.floor(i / H2.length) + 1})` : '');
    const id = h2.replace(/[^\w]+/g, '_');
    const subs = [];
    let html = `<div class="mw-heading mw-heading2"><h2 id="${id}">${esc(h2)}</h2><span class="mw-editsection">[<a href="/w/index.php?title=Harrowgate_Canal&amp;action=edit&amp;section=${i + 1}">edit</a>]</span></div>\n`;
    if (i % 5 === 2) html += `<div role="note" class="hatnote">Main article: <a href="/wiki/${id}_of_the_Harrowgate_Canal">${esc(h2)} of the Harrowgate Canal</a></div>\n`;
    html += `<p>${w.paragraph()}</p>\n<p>${w.paragraph()}</p>\n`;
    if (i % 4 === 1) html += `<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Canal_${i}.jpg"><img src="https://upload.openpedia.example/thumb/canal-${i}.jpg/250px-canal-${i}.jpg" width="250" height="166" alt=""></a><figcaption>${esc(w.sentence().replace(/<[^>]+>.*?<\/sup>/g, ''))}</figcaption></figure>\n`;
    for (let j = 0; j < 2 + (i % 3); j++) {
      const h3 = H3[(i + j) % H3.length];
      subs.push([`${id}_${j}`, h3]);
      html += `<div class="mw-heading mw-heading3"><h3 id="${id}_${j}">${h3}</h3></div>\n<p>${w.paragraph()}</p>\n<p>${w.paragraph()}</p>\n`;
      if ((i + j) % 6 === 0) html += `<ul>${Array.from({ length: 5 }, () => `<li>${w.sentence()}</li>`).join('')}</ul>\n`;
    }
    if (i % 6 === 3) {
      html += `<table class="wikitable"><caption>Traffic, selected years</caption><tbody><tr><th>Year</th><th>Tonnage</th><th>Tolls (£)</th><th>Boats</th></tr>${Array.from({ length: 8 }, (_, k) => `<tr><td>${1800 + k * 15}</td><td>${Math.round(w.r() * 90000)}</td><td>${Math.round(w.r() * 9000)}</td><td>${Math.round(w.r() * 400)}</td></tr>`).join('')}</tbody></table>\n`;
    }
    if (i % 7 === 5) html += `<blockquote><p>${w.sentence()}</p></blockquote>\n`;
    count += wordsOf(html);
    sections.push({ id, h2, subs, html });
  }
  const toc = `<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><div class="toctitle"><h2 id="mw-toc-heading">Contents</h2></div><ul>${sections
    .map((s, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${s.id}"><span class="tocnumber">${i + 1}</span> <span class="toctext">${esc(s.h2)}</span></a><ul>${s.subs.map(([sid, t], j) => `<li class="toclevel-2"><a href="#${sid}"><span class="tocnumber">${i + 1}.${j + 1}</span> <span class="toctext">${t}</span></a></li>`).join('')}</ul></li>`)
    .join('')}</ul></div>`;
  const refs = `<div class="mw-heading mw-heading2"><h2 id="References">References</h2></div><div class="reflist"><ol class="references">${Array.from({ length: w.refs() }, (_, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text"><cite id="CITEREFCreel${1950 + (i % 70)}" class="citation book cs1">Creel, Anna (${1950 + (i % 70)}). <a rel="nofollow" class="external text" href="https://books.example/harrowgate/${i + 1}"><i>The Harrowgate Canal, volume ${(i % 4) + 1}</i></a>. Ostry: Vell County Press. p.&nbsp;${10 + ((i * 7) % 400)}. <a href="/wiki/ISBN_(identifier)" class="mw-redirect" title="ISBN (identifier)">ISBN</a>&nbsp;<a href="/wiki/Special:BookSources/978-0-${100000 + i}" title="Special:BookSources/978-0-${100000 + i}"><bdi>978-0-${100000 + i}</bdi></a>. Archived from <a rel="nofollow" class="external text" href="https://archive.example/web/2019/https://books.example/harrowgate/${i + 1}">the original</a> on ${(i % 28) + 1} March 2019. Retrieved <span class="nowrap">${(i % 28) + 1} May 2024</span>.</cite><span title="ctx_ver=Z39.88-2004&amp;rft.genre=book&amp;rft.btitle=The+Harrowgate+Canal&amp;rft.pages=${i}&amp;rft.pub=Vell+County+Press&amp;rft.date=${1950 + (i % 70)}" class="Z3988"></span></span></li>`).join('')}</ol></div>`;
  const navbox = (n) => `<div role="navigation" class="navbox" aria-labelledby="navbox-${n}"><table class="nowraplinks navbox-inner"><tbody><tr><th colspan="2" class="navbox-title"><div id="navbox-${n}">Canals of Vell, group ${n}</div></th></tr>${Array.from({ length: 8 }, (_, g) => `<tr><th scope="row" class="navbox-group">Region ${g + 1}</th><td class="navbox-list"><ul>${Array.from({ length: 22 }, (_, k) => `<li><a href="/wiki/Canal_${n}_${g}_${k}" title="Canal ${n}-${g}-${k}">Canal ${n}-${g}-${k}</a></li>`).join('')}</ul></td></tr>`).join('')}</tbody></table></div>`;
  const foot = `<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks"><a href="/wiki/Help:Category">Categories</a>: <ul>${H2.map((h) => `<li><a href="/wiki/Category:Canal_${h.replace(/ /g, '_')}">Canal ${h}</a></li>`).join('')}</ul></div></div>
</div></div></div></main></div>
<footer id="footer" class="mw-footer"><ul id="footer-info"><li>This page was last edited on 1 December 2026.</li><li>Text is available under the Creative Commons Attribution-ShareAlike License.</li></ul>
<ul id="footer-places"><li><a href="/wiki/Openpedia:Privacy_policy">Privacy policy</a></li><li><a href="/wiki/Openpedia:About">About Openpedia</a></li><li><a href="/wiki/Openpedia:General_disclaimer">Disclaimers</a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set(${JSON.stringify({ wgBackendResponseTime: 212, wgPageParseReport: { limitreport: Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`entry${i}`, `value ${i} of the parser report`])) } })});});</script>
</body></html>`;
  const body = sections.map((s) => s.html).join('');
  const html = `${head}\n${infobox}\n${lead}\n${toc}\n${body}\n${refs}\n${Array.from({ length: 26 }, (_, n) => navbox(n + 1)).join('\n')}\n${foot}`;
  return { html, host, path, opening };
}

/** ~110 KB news page with a ~1 800-word article. */
export function midNewsPage({ words = 1_800 } = {}) {
  const host = 'www.riverside-courier.example';
  const path = '/news/2026/11/30/harbour-plan-vote-ostry/';
  const w = writer(23, { wiki: false });
  const opening = 'Councillors in Ostry voted late on Monday to press ahead with a plan to reopen the old tidal lock';
  const sections = ['nav-news', 'nav-sport', 'nav-business', 'nav-culture', 'nav-opinion', 'nav-life', 'nav-travel', 'nav-weather'];
  const mega = sections
    .map((s, i) => `<li class="mega__item"><a href="/${s.slice(4)}/" class="mega__link">${s.slice(4)}</a><div class="mega__panel"><ul>${Array.from({ length: 40 }, (_, k) => `<li><a href="/${s.slice(4)}/topic-${k}/">${s.slice(4)} topic ${k + 1}</a></li>`).join('')}</ul><div class="mega__promo"><a href="/${s.slice(4)}/featured-${i}/"><img src="https://cdn.riverside-courier.example/promo/${i}.jpg" width="160" height="90" alt=""><span>Featured in ${s.slice(4)}</span></a></div></div></li>`)
    .join('');
  let text = `<p class="article__lede">${opening} and the towpath beside it, after a four-hour meeting in which dozens of residents spoke. ${w.paragraph(3)}</p>\n`;
  let count = text.replace(/<[^>]+>/g, ' ').split(/\s+/).length;
  const subheads = ['What the plan includes', 'Money and timing', 'The objections', 'What happens next', 'A long history', 'Voices from the towpath'];
  for (let i = 0; count < words; i++) {
    let part = '';
    if (i % 3 === 2) part += `<h2>${subheads[Math.floor(i / 3) % subheads.length]}</h2>\n`;
    part += `<p>${w.paragraph(3 + (i % 3))}</p>\n`;
    if (i === 3) part += `<figure class="article__figure"><img src="https://cdn.riverside-courier.example/photos/2026/11/ostry-lock.jpg" width="1200" height="800" alt="The tidal lock at Ostry at low water"><figcaption>The tidal lock at Ostry at low water. Photo: Riverside Courier</figcaption></figure>\n`;
    if (i === 6) part += `<aside class="related"><h3>Related</h3><ul>${Array.from({ length: 4 }, (_, k) => `<li><a href="/news/2026/11/${10 + k}/canal-story-${k}/">Canal story ${k + 1}: ${w.pick(OBJECTS)}</a></li>`).join('')}</ul></aside>\n`;
    if (i === 9) part += `<blockquote class="pullquote"><p>${w.sentence()}</p></blockquote>\n`;
    count += part.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
    text += part;
  }
  const footerCols = ['News', 'Sport', 'Business', 'Culture', 'Opinion', 'Services']
    .map((c) => `<div class="footer__col"><h4>${c}</h4><ul>${Array.from({ length: 18 }, (_, k) => `<li><a href="/${c.toLowerCase()}/section-${k}/">${c} section ${k + 1}</a></li>`).join('')}</ul></div>`)
    .join('');
  const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Ostry votes to reopen its tidal lock', datePublished: '2026-11-30T21:40:00Z', author: { '@type': 'Person', name: 'Mara Ellison' }, publisher: { '@type': 'Organization', name: 'Riverside Courier' } };
  const config = { site: 'riverside-courier', section: 'news', tags: Array.from({ length: 60 }, (_, i) => `tag-${i}`), ads: Array.from({ length: 160 }, (_, i) => ({ slot: `slot-${i}`, sizes: [[300, 250], [728, 90]], targeting: { pos: i, kw: ['ostry', 'canal', 'council'] } })) };
  const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ostry votes to reopen its tidal lock | Riverside Courier</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical" href="https://${host}${path}">
<meta property="og:title" content="Ostry votes to reopen its tidal lock"><meta property="og:type" content="article"><meta name="author" content="Mara Ellison">
<link rel="stylesheet" href="https://cdn.riverside-courier.example/css/site.css">
<script type="application/ld+json">${JSON.stringify(ld)}</script>
<script>window.__CONFIG__=${JSON.stringify(config)};</script>
<style>${Array.from({ length: 120 }, (_, i) => `.c${i}{color:#${(i * 4099).toString(16).padStart(6, '0').slice(0, 6)}}`).join('')}</style></head>
<body class="page page--article">
<svg xmlns="http://www.w3.org/2000/svg" style="display:none">${Array.from({ length: 40 }, (_, i) => `<symbol id="icon-${i}" viewBox="0 0 24 24"><path d="${Array.from({ length: 24 }, (_, k) => `M${(i + k) % 24} ${(i * k) % 24}l${k % 5} ${(k * 3) % 7}`).join('')}"/></symbol>`).join('')}</svg>
<div class="consent" role="dialog" aria-label="Your privacy" hidden><h2>We value your privacy</h2><p>We and our partners store and access information on your device.</p><ul class="consent__vendors">${Array.from({ length: 160 }, (_, i) => `<li><label><input type="checkbox" name="vendor-${i}" checked> Partner ${i + 1} <a href="https://partner${i + 1}.example/privacy">privacy policy</a></label></li>`).join('')}</ul><button>Accept all</button> <button>Reject all</button></div>
<a class="skip" href="#main">Skip to content</a>
<div class="banner-ad"><div id="ad-top" class="ad-slot" data-slot="top"></div></div>
<header class="site-header"><a href="/" class="logo">Riverside Courier</a><nav class="mega" aria-label="Sections"><ul>${mega}</ul></nav>
<form class="search" action="/search"><input name="q" placeholder="Search"></form><a href="/subscribe/" class="btn">Subscribe</a><a href="/login/">Sign in</a></header>
<div class="ticker"><ul>${Array.from({ length: 10 }, (_, k) => `<li><a href="/news/latest-${k}/">Latest: ${w.pick(SUBJECTS)} ${w.pick(VERBS)} ${w.pick(OBJECTS)}</a></li>`).join('')}</ul></div>
<main id="main"><article class="article">
<nav class="breadcrumbs"><a href="/news/">News</a> › <a href="/news/local/">Local</a></nav>
<h1 class="article__title">Ostry votes to reopen its tidal lock</h1>
<p class="article__standfirst">A £14m plan to restore the lock and the towpath wins a narrow vote after a long night at the town hall</p>
<div class="article__meta"><span class="byline">By <a href="/authors/mara-ellison/">Mara Ellison</a></span> <time datetime="2026-11-30T21:40:00Z">30 November 2026, 9.40pm</time>
<div class="share"><a href="https://social.example/share?u=${path}">Share</a> <a href="mailto:?subject=Ostry">Email</a></div></div>
<div class="article__body">
${text}</div>
<div class="newsletter"><h3>The Morning Courier</h3><p>Our best stories in your inbox every morning.</p><form action="/newsletter"><input type="email" placeholder="Email address"><button>Sign up</button></form></div>
<div class="tags">${['Ostry', 'Canals', 'Local politics', 'Heritage'].map((t) => `<a href="/tags/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a>`).join(' ')}</div>
<section class="comments-teaser"><h3>Comments (148)</h3><a href="${path}comments/">Join the discussion</a></section>
</article>
<aside class="rail"><h3>Most read</h3><ol>${Array.from({ length: 10 }, (_, k) => `<li><a href="/news/most-read-${k}/">${w.pick(SUBJECTS)} ${w.pick(VERBS)} ${w.pick(OBJECTS)}</a></li>`).join('')}</ol>
<div id="ad-rail" class="ad-slot"></div></aside>
<section class="more"><h2>More from News</h2><ul>${Array.from({ length: 30 }, (_, k) => `<li class="card"><a href="/news/more-${k}/"><img src="https://cdn.riverside-courier.example/thumbs/${k}.jpg" width="320" height="180" alt=""><h3>${w.pick(SUBJECTS)} ${w.pick(VERBS)} ${w.pick(OBJECTS)}</h3></a><p>${w.sentence()}</p></li>`).join('')}</ul></section>
</main>
<footer class="site-footer">${footerCols}<p class="legal">© 2026 Riverside Courier Ltd. All rights reserved.</p></footer>
<script>${Array.from({ length: 8 }, (_, i) => `(function(){var d=document,s=d.createElement('script');s.async=true;s.src='https://tags.example/t${i}.js';d.head.appendChild(s);})();`).join('')}</script>
</body></html>`;
  return { html, host, path, opening };
}
