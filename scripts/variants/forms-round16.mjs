// Session 16 (round 16), written BLIND: by a writer who opened nothing under src/, tests/ or docs/, ran no scorer and read
// no score output — from how CMSs, forums, wikis, page builders, docs generators and affiliate networks build these
// URLs and blocks, not from any failure. What it adds to the pools:
//   leaked markup: only what is HTML (a tag, an entity-escaped tag, a tag's attribute tail) shown as text. A WordPress
//     or forum shortcode such as [related id=4821] is not HTML and is not written here as markup (rounds 8 and 13b
//     counted some shortcodes; this round adds none). New shapes: an anchor pretty-printed over several lines, an
//     escaped tag with unquoted values, &apos; and named curly-quote entities, mismatched quotes, a zero-width space in
//     the tag, a CDATA section, head tags pasted into the text (canonical link, og:url meta), a figure and figcaption
//     pair, an AMP image, a lazy-load image with a data: placeholder, ins and mark pairs, a span with lang and dir, a
//     footnote reference, an escaped closing tag alone, a link inside a heading or a list item, a button with an onclick
//     location, an image map's area and an escaped picture source, left as text;
//   keyword links: other CMSs' and forums' routes (Discourse's tags in a category and tag intersections, Ghost's
//     internal #tags, Wix blog hashtags and categories, Squarespace's ?tag=, Webflow collections, a Medium
//     publication's tagged page, Habr hubs, Invision's tag search, the Korean NDSoft articleList sc_word search),
//     named newsrooms' (Haaretz's ty-tag UUID, Folha's topicos, 20minutos' tags/temas, Bild's themen/personen),
//     place and person routes, date-free topic hubs (coverage, in-depth, special, explainers), search pages in the
//     site's language (suche, recherche, busca, cerca, poisk, zoeken, szukaj, arama) and hashtag searches
//     (?q=%23…, ?s=%23…), percent-encoded route words in Urdu, Serbian, Macedonian and Thai, plural taxonomy words,
//     Azerbaijani ones, and two transliterations the pools lacked (Serbian/Macedonian Latin folded to ASCII, the
//     Ukrainian national system);
//   affiliate links: Indian (Cuelinks, amzn.in, dl.flipkart.com, myntr.it), Brazilian (Lomadee, Afilio, Amazon.com.br,
//     s.shopee.com.br, Hotmart), Korean (LinkPrice, naver.me), Japanese (afb, felmat, JANet), Polish (Ceneo with the
//     partner id in the fragment, Convertiser), Turkish (ty.gl, Hepsiburada's wt_af), Middle-East (amazon.sa, noon)
//     marketplaces and networks, price comparison click-outs (idealo, Heureka, PriceSpy), publishers' commerce links
//     (zdcs.link, shop-links.co, cna.st), Affilae, financeAds, Belboon, Post Affiliate Pro, Tapfiliate, Digistore24, a
//     tracking id in a path segment or in the fragment, the site's own /out/link/ and a brand short domain;
//   read-more lines and related boxes: docs admonitions, Obsidian and Notion callouts, Ghost's button card, iframely and
//     raw WordPress oEmbed output, link-preview cards, Bootstrap media objects and list groups, Tailwind "not-prose"
//     boxes and grids, custom elements with slots, the block editor's Query Loop, Newspack's homepage-articles block,
//     Outbrain and Taboola widgets holding the site's own links, Hexo's popular-posts list, Docusaurus's doc cards,
//     MkDocs Material's grid cards, Ghost's collection card, CJK tortoise-shell brackets and black squares, a label only
//     in an image's alt, a fieldset legend, a table caption, a reversed dl, and run-ons.
// Labels for the forty-five languages the generator had and three new page languages are in forms-round16b.mjs. Merged into the pools by
// generate.mjs; the name hash splits them into dev and held halves as always.
const enc = encodeURIComponent;
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const a = (l, inner = esc(l.text), attrs = '') => `<a href="${esc(l.href)}"${attrs}>${inner}</a>`;
const li = (links) => links.map((l) => `<li>${a(l)}</li>`).join('');
const host = (o) => new URL(o).hostname.replace(/^www\./, '');
const siteOf = (o) => host(o).split('.')[0].replace(/[^a-z0-9]/g, '');
/** Numbers and hex codes that depend on a string, so a page's links agree with each other. */
const num = (s, k = 0) => ((s.length * 6151 + k * 92821 + [...s].reduce((x, ch) => (x * 31 + ch.charCodeAt(0)) % 1000003, 7)) % 90000) + 10000;
const hex = (s, n = 12) => [...`${s}tidewater`.repeat(4)].map((ch, i) => ((ch.charCodeAt(0) * (i + 3) + i) % 16).toString(16)).join('').slice(0, n);
const thumb = (l, c) => `${c.origin}/media/2025/11/${l.slug.slice(0, 16)}-300x169.jpg`;
const pathOf = (c) => new URL(c.url).pathname;

// ---- leaked markup: [name, (c) => [text before the kept words, text after, raw?]] (shown as text unless raw) ----
export const LEAKED16 = [
  ['r16-anchor-pretty-printed-lines', (c) => [`<a\n    class="inline-link"\n    href="${c.url}"\n  >`, '</a\n  >']],
  ['r16-escaped-unquoted-attrs', (c) => [`&lt;a href=${c.url} target=_blank rel=noopener&gt;`, '&lt;/a&gt;']],
  ['r16-apos-entity-tail', (c) => [`${c.url}&apos; target=&apos;_blank&apos;&gt;`, '']],
  ['r16-named-curly-entities-tag', (c) => [`<a href=&ldquo;${c.url}&rdquo; title=&ldquo;${c.title}&rdquo;>`, '</a>']],
  ['r16-mismatched-quotes-tag', (c) => [`<a href='${c.url}" target="_blank'>`, '</a>']],
  ['r16-zero-width-space-in-tag', (c) => [`<a\u200b href="${c.url}">`, '</\u200ba>']],
  ['r16-cdata-wrapped-tag', (c) => [`<![CDATA[<a href="${c.url}">`, '</a>]]>']],
  ['r16-canonical-link-before', (c) => [`<link rel="canonical" href="${c.url}" /> `, '']],
  ['r16-og-url-meta-before', (c) => [`<meta property="og:url" content="${c.url}" /> `, '']],
  ['r16-figure-figcaption-pair', (c) => [`<figure class="wp-block-image size-large"><img src="${c.img}" alt="" /><figcaption>`, '</figcaption></figure>']],
  ['r16-amp-img-before', (c) => [`<amp-img src="${c.img}" width="1024" height="683" layout="responsive" alt=""></amp-img> `, '']],
  ['r16-lazy-data-src-img-before', (c) => [`<img class="lazyload" data-src="${c.img}" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="" /> `, '']],
  ['r16-ins-datetime-pair', () => ['<ins datetime="2025-11-03T09:12:00+01:00">', '</ins>']],
  ['r16-mark-class-pair', () => ['<mark style="background-color:rgba(0,0,0,0)" class="has-inline-color has-vivid-red-color">', '</mark>']],
  ['r16-span-lang-dir-pair', () => ['<span lang="en" dir="ltr">', '</span>']],
  ['r16-footnote-ref-after', () => ['', '<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup>']],
  ['r16-escaped-close-tag-alone', () => ['', '&lt;/a&gt;']],
  ['r16-heading-link-pair', (c) => [`<h3 class="wp-block-heading"><a href="${pathOf(c)}">`, '</a></h3>']],
  ['r16-list-item-link-pair', (c) => [`<li><a href="${c.url}" rel="bookmark">`, '</a></li>']],
  ['r16-button-onclick-location', (c) => [`<button type="button" onclick="location.href='${c.url}'">`, '</button>']],
  ['r16-area-map-before', (c) => [`<area shape="rect" coords="0,0,240,60" href="${c.url}" alt="${c.title}"> `, '']],
  ['r16-escaped-source-srcset-before', (c) => [`&lt;source media="(min-width: 800px)" srcset="${c.img}"&gt; `, '']],
];

// Serbian and Macedonian Cyrillic in Latin letters, folded to ASCII as slugs are (š → s, č/ć → c, ž → z, đ → dj).
const SR_LATIN = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'dj', е: 'e', ж: 'z', з: 'z', и: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'c', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'c', џ: 'dz', ш: 's', ѓ: 'gj', ќ: 'kj', ѕ: 'dz',
  й: 'j', ы: 'y', э: 'e', ю: 'ju', я: 'ja', ё: 'jo', щ: 'sc', ъ: '', ь: '',
};
// Ukrainian's national transliteration (2010): г → h, и → y, х → kh, ї/й → i, є → ie, ю → iu, я → ia; Russian letters as near.
const UK_LATIN = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia',
  ы: 'y', э: 'e', ё: 'io', ъ: '',
};
/** The word in Latin by `map`, as a slug; the generator's slug when the word is not (only) in that script. */
const latin = (map) => (w, s) => {
  const out = [...w.toLowerCase()].map((ch) => map[ch] ?? ch).join('');
  const slug = out.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return /[^\x20-\x7e]/.test(out.replace(/[\s\p{P}]/gu, '')) || !slug ? s : slug;
};

//   [name, (word, slug, origin) => path or absolute URL]
export const TAXONOMY16 = [
  ['r16-discourse-tags-in-category', (_w, s) => `/tags/c/news/${(num(s) % 40) + 3}/${s}`],
  ['r16-discourse-tags-intersection', (_w, s) => `/tags/intersection/${s}/local`],
  ['r16-ghost-internal-hash-tag', (_w, s) => `/tag/hash-${s}/`],
  ['r16-wix-blog-hashtags', (_w, s) => `/blog/hashtags/${s.replace(/-/g, '')}`],
  ['r16-wix-blog-categories', (_w, s) => `/blog/categories/${s}`],
  ['r16-squarespace-blog-tag-query', (w) => `/blog?tag=${enc(w).replace(/%20/g, '+')}`],
  ['r16-webflow-blog-categories', (_w, s) => `/blog-categories/${s}`],
  ['r16-medium-publication-tagged', (_w, s, o) => `/${siteOf(o)}/tagged/${s}`],
  ['r16-habr-hubs', (_w, s) => `/ru/hubs/${s.replace(/-/g, '_')}/`],
  ['r16-invision-search-tags', (w) => `/search/?tags=${enc(w)}&quick=1`],
  ['r16-ndsoft-articlelist-sc-word', (w) => `/news/articleList.html?sc_area=A&view_type=sm&sc_word=${enc(w)}`],
  ['r16-haaretz-ty-tag-uuid', (_w, s) => `/ty-tag/0000017f-${hex(s, 4)}-${hex(`${s}b`, 4)}-a17f-${hex(s, 12)}`],
  ['r16-folha-topicos', (_w, s) => `/folha-topicos/${s}/`],
  ['r16-20minutos-tags-temas', (_w, s) => `/tags/temas/${s}.html`],
  ['r16-bild-themen-personen', (_w, s) => `/themen/personen/${s}/${s}-${num(s)}.bild.html`],
  ['r16-location-route', (_w, s) => `/location/${s}/`],
  ['r16-de-ort', (_w, s) => `/ort/${s}/`],
  ['r16-es-lugar', (_w, s) => `/lugar/${s}/`],
  ['r16-person-singular-id', (_w, s) => `/person/${s}-${num(s, 1)}/`],
  ['r16-coverage-hub', (_w, s) => `/coverage/${s}`],
  ['r16-in-depth-hub', (_w, s) => `/in-depth/${s}/`],
  ['r16-special-report-hub', (_w, s) => `/special/${s}/`],
  ['r16-explainers-hub', (_w, s) => `/explainers/${s}/`],
  ['r16-de-suche-q', (w) => `/suche/?q=${enc(w).replace(/%20/g, '+')}`],
  ['r16-fr-recherche-q', (w) => `/recherche/?q=${enc(w)}`],
  ['r16-pt-busca-q', (w) => `/busca/?q=${enc(w).replace(/%20/g, '+')}`],
  ['r16-it-cerca-q', (w) => `/cerca?q=${enc(w)}`],
  ['r16-ru-poisk-q', (w) => `/poisk/?q=${enc(w)}`],
  ['r16-nl-zoeken-query', (w) => `/zoeken?query=${enc(w)}`],
  ['r16-pl-szukaj-q', (w) => `/szukaj?q=${enc(w)}`],
  ['r16-tr-arama-q', (w) => `/arama?q=${enc(w)}`],
  ['r16-search-hashtag-encoded', (w) => `/search?q=${enc(`#${w.replace(/\s+/g, '')}`)}`],
  ['r16-s-hashtag-encoded', (w) => `/?s=${enc(`#${w.replace(/\s+/g, '')}`)}`],
  ['r16-ur-tag-encoded', (_w, s) => `/${enc('ٹیگ')}/${s}/`],
  ['r16-sr-oznaka-encoded', (_w, s) => `/${enc('ознака')}/${s}/`],
  ['r16-mk-tagovi-encoded', (_w, s) => `/${enc('тагови')}/${s}`],
  ['r16-th-huakho-encoded', (_w, s) => `/${enc('หัวข้อ')}/${s}`],
  ['r16-sr-latinica-folded-tag', (w, s) => `/tag/${latin(SR_LATIN)(w, s)}/`],
  ['r16-uk-national-translit-tag', (w, s) => `/tag/${latin(UK_LATIN)(w, s)}`],
  ['r16-es-etiquetas-plural', (_w, s) => `/etiquetas/${s}/`],
  ['r16-de-stichworte-plural', (_w, s) => `/stichworte/${s}`],
  ['r16-fr-mots-cles-plural', (_w, s) => `/mots-cles/${s}/`],
  ['r16-pt-palavras-chave', (_w, s) => `/palavras-chave/${s}/`],
  ['r16-it-temi-plural', (_w, s) => `/temi/${s}/`],
  ['r16-nl-trefwoord', (_w, s) => `/trefwoord/${s}/`],
  ['r16-id-kata-kunci', (_w, s) => `/kata-kunci/${s}`],
  ['r16-az-teq', (_w, s) => `/teq/${s}`],
  ['r16-az-movzu', (_w, s) => `/movzu/${s}/`],
];

//   [name, (c) => URL] (c: { slug, site, origin, asin })
const STORES = ['decathlon', 'zalando', 'mediamarkt', 'ikea', 'lidl', 'otto', 'boulanger', 'alza'];
const store = (c) => STORES[num(c.slug) % STORES.length];
const target = (c) => `https://www.${store(c)}.example/p/${c.slug}`;
const code = (c, i, n) => c.asin.slice(i, i + n);
export const AFFILIATE16 = [
  ['r16-cuelinks-linksredirect', (c) => `https://linksredirect.com/?cid=${num(c.slug)}&source=linkkit&url=${enc(`https://www.myntra.com/${c.slug}`)}`],
  ['r16-amzn-in-short', (c) => `https://amzn.in/d/${code(c, 2, 7).toLowerCase()}`],
  ['r16-flipkart-dl-short', (c) => `https://dl.flipkart.com/s/!${code(c, 2, 6)}uuuN`],
  ['r16-myntra-myntr-it', (c) => `https://myntr.it/${code(c, 3, 7)}`],
  ['r16-lomadee-redir', (c) => `https://redir.lomadee.com/v2/${hex(c.slug, 10)}`],
  ['r16-afilio-tracker', (c) => `https://v2.afilio.com.br/Tracker.php?banid=${num(c.slug)}&campid=${num(c.slug, 1)};${num(c.slug, 2) % 1000}&siteid=${num(c.slug, 3)}`],
  ['r16-amazon-br-tag', (c) => `https://www.amazon.com.br/dp/${c.asin}?tag=${c.site}-20&linkCode=ll1`],
  ['r16-shopee-br-short', (c) => `https://s.shopee.com.br/${code(c, 2, 8)}`],
  ['r16-hotmart-go', (c) => `https://go.hotmart.com/${code(c, 1, 9)}?dp=1`],
  ['r16-linkprice-click', (c) => `https://click.linkprice.com/click.php?m=gmarket&a=A100${num(c.slug)}&l=9999&l_cd1=3&l_cd2=0&tu=${enc(`https://item.gmarket.co.kr/Item?goodscode=${num(c.slug, 4)}${num(c.slug, 5)}`)}`],
  ['r16-naver-me-short', (c) => `https://naver.me/${code(c, 2, 8)}`],
  ['r16-afb-visit', (c) => `https://t.afi-b.com/visit.php?a=${hex(c.slug, 6)}-${hex(c.site, 6)}&p=${hex(`${c.slug}p`, 8)}`],
  ['r16-felmat-fmcl', (c) => `https://t.felmat.net/fmcl?ak=${code(c, 2, 4)}.${num(c.slug)}.${hex(c.slug, 8)}`],
  ['r16-janet-click', (c) => `https://click.j-a-net.jp/${num(c.slug)}/${num(c.slug, 1)}/`],
  ['r16-ceneo-pid-fragment', (c) => `https://www.ceneo.pl/${num(c.slug)}${num(c.slug, 1) % 1000}#pid=${num(c.slug, 2)}&crid=${num(c.slug, 3)}&cid=${num(c.slug, 4)}`],
  ['r16-convertiser-click', (c) => `https://converti.se/click/${hex(c.slug, 8)}-${hex(c.site, 8)}?url=${enc(target(c))}`],
  ['r16-trendyol-ty-gl', (c) => `https://ty.gl/${code(c, 2, 7).toLowerCase()}`],
  ['r16-hepsiburada-wt-af', (c) => `https://www.hepsiburada.com/${c.slug}-p-HBC0000${code(c, 2, 5)}?wt_af=TR.${num(c.slug)}.${c.site}`],
  ['r16-amazon-sa-tag', (c) => `https://www.amazon.sa/dp/${c.asin}?tag=${c.site}-21&language=ar_AE`],
  ['r16-noon-short', (c) => `https://s.noon.com/${code(c, 2, 8)}`],
  ['r16-idealo-relocator', (c) => `https://www.idealo.de/relocator/relocate?offerKey=${hex(c.slug, 32)}&categoryId=${num(c.slug) % 30000}&pageType=PRODUCT&offerListId=${num(c.slug, 1)}-${hex(c.slug, 12)}`],
  ['r16-heureka-exit', (c) => `https://www.heureka.cz/exit/${store(c)}/${num(c.slug)}${num(c.slug, 1)}/?z=2&p=1`],
  ['r16-pricespy-go-to-shop', (c) => `https://pricespy.co.uk/go-to-shop/${num(c.slug)}${num(c.slug, 1) % 1000}?pid=${num(c.slug, 2)}&utm_source=${c.site}`],
  ['r16-path-segment-aff-id', (c) => `https://www.${store(c)}.example/aff/${c.site}/p/${c.slug}`],
  ['r16-fragment-tracking-id', (c) => `https://www.${store(c)}.example/p/${c.slug}#utm_source=${c.site}&utm_medium=affiliate&aff_sub=${num(c.slug)}`],
  ['r16-own-out-link-merchant', (c) => `${c.origin}/out/link/${num(c.slug)}/${num(c.slug, 1)}/4/${num(c.slug, 2)}?merchant=${store(c)}`],
  ['r16-own-brand-short-domain', (c) => `https://${c.site.slice(0, 4) || 'news'}.st/${code(c, 2, 7)}`],
  ['r16-zdcs-short', (c) => `https://zdcs.link/${code(c, 2, 5).toLowerCase()}`],
  ['r16-shop-links-co', (c) => `https://shop-links.co/${num(c.slug)}${num(c.slug, 1)}${num(c.slug, 2)}`],
  ['r16-cna-st-affiliate-link', (c) => `https://cna.st/affiliate-link/${code(c, 2, 8)}${hex(c.slug, 6)}?cid=${hex(c.site, 24)}`],
  ['r16-affilae-lb', (c) => `https://lb.affilae.com/r/?p=${hex(c.slug, 24)}&af=${num(c.slug) % 300}&lp=${enc(target(c))}`],
  ['r16-financeads-tc', (c) => `https://www.financeads.net/tc.php?t=${num(c.slug)}C${num(c.slug, 1)}T`],
  ['r16-belboon-adtracking', (c) => `https://www1.belboon.de/adtracking/${hex(c.slug, 4)}${num(c.slug)}${hex(c.site, 8)}.html`],
  ['r16-pap-a-aid', (c) => `https://www.projecthub.example/pricing/?a_aid=${c.site}&a_bid=${hex(c.slug, 8)}`],
  ['r16-tapfiliate-tap-a', (c) => `https://www.formkit.example/?tap_a=${num(c.slug)}-${hex(c.slug, 6)}&tap_s=${num(c.slug, 1)}-${hex(c.site, 6)}`],
  ['r16-digistore24-redir', (c) => `https://www.digistore24.com/redir/${num(c.slug)}/${c.site}/`],
];

// ---- read-more lines: [name, (label, links, c) => html]; "two-links…" forms use both links, "para-end…" forms are
// appended to a paragraph of the text ----
const secret = (l) => hex(l.slug, 10);
export const READ_MORE16 = [
  ['r16-admonition-seealso', (L, [l]) => `<div class="admonition seealso"><p class="admonition-title">${L}</p><p>${a(l)}</p></div>`],
  ['r16-obsidian-callout-info', (L, [l]) => `<blockquote class="callout" data-callout="info"><div class="callout-title"><div class="callout-title-inner">${L}</div></div><div class="callout-content"><p>${a(l)}</p></div></blockquote>`],
  ['r16-notion-callout-link', (L, [l]) => `<div class="notion-callout"><div class="notion-callout__icon">📖</div><div class="notion-callout__content"><p>${L}: ${a(l)}</p></div></div>`],
  ['r16-ghost-button-card-label', (L, [l]) => `<p>${L}</p><div class="kg-card kg-button-card kg-align-left">${a(l, esc(l.text), ' class="kg-btn kg-btn-accent"')}</div>`],
  ['r16-link-emoji-no-label', (_L, [l]) => `<p>🔗 ${a(l)}</p>`],
  ['r16-label-only-in-img-alt', (L, [l], c) => `<p><img src="${c.origin}/static/labels/read-also.svg" alt="${L}" width="84" height="16"> ${a(l)}</p>`],
  ['r16-tortoise-shell-brackets', (L, [l]) => `<p>〔${L}〕${a(l)}</p>`],
  ['r16-black-square-label-br', (L, [l]) => `<p>■${L}<br>${a(l)}</p>`],
  ['r16-iframely-embed', (_L, [l]) => `<div class="iframely-embed"><div class="iframely-responsive" style="height:140px;padding-bottom:0">${a(l, esc(l.text), ' data-iframely-url=""')}</div></div>`],
  ['r16-wp-embed-raw-blockquote-iframe', (_L, [l], c) => `<blockquote class="wp-embedded-content" data-secret="${secret(l)}">${a(l)}</blockquote><iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="position: absolute; clip: rect(1px, 1px, 1px, 1px);" title="&#8220;${esc(l.text)}&#8221; &#8212; ${esc(c.siteName)}" src="${esc(new URL(l.href, c.origin).href)}embed/#?secret=${secret(l)}" data-secret="${secret(l)}" width="500" height="282" frameborder="0" marginwidth="0" marginheight="0" scrolling="no"></iframe>`],
  ['r16-link-preview-card-domain', (_L, [l], c) => `<a class="link-preview" href="${esc(l.href)}"><span class="link-preview__title">${esc(l.text)}</span><span class="link-preview__desc">${esc(l.excerpt)}</span><span class="link-preview__domain">${host(c.origin)}</span></a>`],
  ['r16-bootstrap-media-object', (L, [l], c) => `<div class="media my-3"><img class="mr-3" src="${thumb(l, c)}" alt="" width="64" height="64"><div class="media-body"><h5 class="mt-0">${L}</h5>${a(l)}</div></div>`],
  ['r16-tailwind-not-prose-box', (L, [l]) => `<div class="not-prose my-6 rounded-md border-l-4 border-sky-500 bg-sky-50 p-4"><p class="text-xs font-semibold uppercase tracking-wide text-sky-700">${L}</p>${a(l, esc(l.text), ' class="mt-1 block font-medium underline"')}</div>`],
  ['r16-fieldset-legend-label', (L, [l]) => `<fieldset class="read-also"><legend>${L}</legend>${a(l)}</fieldset>`],
  ['r16-table-caption-label', (L, [l]) => `<table class="read-also"><caption>${L}</caption><tbody><tr><td>${a(l)}</td></tr></tbody></table>`],
  ['r16-dl-link-dt-label-dd', (L, [l]) => `<dl class="read-also"><dt>${a(l)}</dt><dd>${L}</dd></dl>`],
  ['r16-h6-label-p-link', (L, [l]) => `<h6>${L}</h6><p>${a(l)}</p>`],
  ['r16-custom-element-teaser', (L, [l]) => `<article-teaser variant="inline" href="${esc(l.href)}"><span slot="kicker">${L}</span>${a(l, esc(l.text), ' slot="headline"')}</article-teaser>`],
  ['r16-hook-arrow-label', (L, [l]) => `<p>↪ ${L}: ${a(l)}</p>`],
  ['r16-kicker-dot-link-dot-minutes', (L, [l]) => `<p><span class="kicker">${L}</span> · ${a(l)} · <span class="read-time">4 min</span></p>`],
  ['two-links-r16-table-rowspan-label', (L, [l, m]) => `<table class="also"><tbody><tr><th rowspan="2">${L}</th><td>${a(l)}</td></tr><tr><td>${a(m)}</td></tr></tbody></table>`],
  ['two-links-r16-h5-label-p-br', (L, [l, m]) => `<h5>${L}</h5><p>${a(l)}<br>${a(m)}</p>`],
  ['two-links-r16-callout-ul', (L, [l, m]) => `<div class="notion-callout"><div class="notion-callout__icon">📌</div><div class="notion-callout__content"><p>${L}</p><ul>${li([l, m])}</ul></div></div>`],
  ['para-end-r16-br-link-emoji', (_L, [l]) => `<br>🔗 ${a(l)}`],
  ['para-end-r16-run-on-em-label', (L, [l]) => ` <em>${L}: ${a(l)}</em>`],
  ['para-end-r16-run-on-small-triangle', (L, [l]) => ` ▸ ${L} ${a(l)}`],
];

// ---- related boxes: [name, (label, links, c) => html]; three to five links ----
const DATES = ['2025-11-03', '2025-10-28', '2025-10-21', '2025-10-14', '2025-10-02'];
export const RELATED16 = [
  ['r16-wp-query-loop', (L, ls) => `<div class="wp-block-query is-layout-flow"><h2 class="wp-block-heading">${L}</h2><ul class="wp-block-post-template is-layout-flow">${ls.map((l, n) => `<li class="wp-block-post post type-post status-publish"><h3 class="wp-block-post-title">${a(l, esc(l.text), ' target="_self"')}</h3><div class="wp-block-post-date"><time datetime="${DATES[n]}T08:00:00+00:00">${DATES[n]}</time></div></li>`).join('')}</ul></div>`],
  ['r16-newspack-homepage-articles', (L, ls, c) => `<div class="wp-block-newspack-blocks-homepage-articles show-image image-aligntop ts-3"><div data-posts><h2 class="article-section-title"><span>${L}</span></h2>${ls.map((l, n) => `<article class="post-has-image"><figure class="post-thumbnail">${a(l, `<img src="${thumb(l, c)}" alt="" width="300" height="169">`)}</figure><div class="entry-wrapper"><h3 class="entry-title">${a(l, esc(l.text), ' rel="bookmark"')}</h3><div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="${c.origin}/author/staff/">Staff</a></span></span><time class="entry-date published" datetime="${DATES[n]}">${DATES[n]}</time></div></div></article>`).join('')}</div></div>`],
  ['r16-outbrain-own-links', (L, ls, c) => `<div class="OUTBRAIN" data-src="${c.origin}/" data-widget-id="AR_1"><div class="ob-widget ob-grid-layout AR_1"><div class="ob-widget-header"><span class="ob-widget-text">${L}</span></div><div class="ob-widget-items-container">${ls.map((l) => `<div class="ob-dynamic-rec-container ob-recIdx-0"><a class="ob-dynamic-rec-link" href="${esc(l.href)}" onmousedown="this.href=this.href"><div class="ob-rec-image-container"><img class="ob-rec-image" src="${thumb(l, c)}" alt=""></div><span class="ob-rec-text">${esc(l.text)}</span></a></div>`).join('')}</div></div></div>`],
  ['r16-taboola-own-links', (L, ls, c) => `<div id="taboola-below-article-thumbnails" class="trc_related_container"><div class="trc_rbox_container"><div class="trc_rbox_header trc_rbox_border_elm"><span class="trc_rbox_header_span">${L}</span></div><div class="trc_rbox_div trc_rbox_border_elm">${ls.map((l) => `<div class="videoCube trc_spotlight_item"><a class="item-thumbnail-href" href="${esc(l.href)}" title="${esc(l.text)}"><img class="thumbBlock" src="${thumb(l, c)}" alt=""></a><a class="item-label-href" href="${esc(l.href)}"><span class="video-label video-title">${esc(l.text)}</span></a></div>`).join('')}</div></div></div>`],
  ['r16-bootstrap-list-group-card', (L, ls) => `<div class="card my-4"><div class="card-header">${L}</div><div class="list-group list-group-flush">${ls.map((l) => a(l, esc(l.text), ' class="list-group-item list-group-item-action"')).join('')}</div></div>`],
  ['r16-tailwind-grid-cards', (L, ls) => `<div class="not-prose my-8 grid grid-cols-1 gap-4 sm:grid-cols-3"><p class="col-span-full text-sm font-bold uppercase tracking-wide">${L}</p>${ls.map((l) => `<a href="${esc(l.href)}" class="group block rounded-lg border border-gray-200 p-4 hover:bg-gray-50"><p class="font-medium group-hover:underline">${esc(l.text)}</p><p class="mt-1 text-xs text-gray-500">${esc(l.excerpt)}</p></a>`).join('')}</div>`],
  ['r16-hexo-popular-posts', (L, ls) => `<div class="post-widgets"><div class="popular-posts-header">${L}</div><ul class="popular-posts">${ls.map((l) => `<li class="popular-posts-item"><div class="popular-posts-title"><a href="${esc(l.href)}" rel="bookmark">${esc(l.text)}</a></div></li>`).join('')}</ul></div>`],
  ['r16-notion-collection-list', (L, ls) => `<div class="notion-collection"><div class="notion-collection-header"><div class="notion-collection-header-title">${L}</div></div><div class="notion-list-view">${ls.map((l) => `<a class="notion-list-item" href="${esc(l.href)}"><div class="notion-list-item-title"><span class="notion-page-title-text">${esc(l.text)}</span></div></a>`).join('')}</div></div>`],
  ['r16-custom-element-related', (L, ls) => `<related-stories layout="list"><h3 slot="heading">${L}</h3>${ls.map((l) => `<story-card href="${esc(l.href)}">${a(l, esc(l.text), ' slot="title"')}</story-card>`).join('')}</related-stories>`],
  ['r16-admonition-seealso-list', (L, ls) => `<div class="admonition seealso"><p class="admonition-title">${L}</p><ul class="simple">${li(ls)}</ul></div>`],
  ['r16-docusaurus-doc-card-list', (L, ls) => `<h2>${L}</h2><section class="row list_eTzJ">${ls.map((l) => `<article class="col col--6 margin-bottom--lg"><a class="card padding--lg cardContainer_fWXF" href="${esc(l.href)}"><h2 class="text--truncate cardTitle_rnsV" title="${esc(l.text)}">📄️ ${esc(l.text)}</h2><p class="text--truncate cardDescription_PWke">${esc(l.excerpt)}</p></a></article>`).join('')}</section>`],
  ['r16-mkdocs-material-grid-cards', (L, ls) => `<p><strong>${L}</strong></p><div class="grid cards"><ul>${ls.map((l) => `<li><p><strong>${a(l)}</strong></p><hr><p>${esc(l.excerpt)}</p></li>`).join('')}</ul></div>`],
  ['r16-ghost-collection-card', (L, ls) => `<div class="kg-card kg-collection-card kg-width-wide"><h4 class="kg-collection-card-title">${L}</h4><div class="kg-collection-card-feed kg-collection-card-list">${ls.map((l) => `<a href="${esc(l.href)}" class="kg-collection-card-post-wrapper"><div class="kg-collection-card-post"><div class="kg-collection-card-content"><h2 class="kg-collection-card-post-title">${esc(l.text)}</h2><p class="kg-collection-card-post-excerpt">${esc(l.excerpt)}</p></div></div></a>`).join('')}</div></div>`],
  ['r16-obsidian-callout-list', (L, ls) => `<blockquote class="callout" data-callout="example"><div class="callout-title"><div class="callout-title-inner">${L}</div></div><div class="callout-content"><ul>${li(ls)}</ul></div></blockquote>`],
];

/** Every leaked-markup, keyword, affiliate, read-more and related form name of this round (the scorer reports them apart). */
export const ROUND16_FORM_NAMES = new Set([...LEAKED16, ...TAXONOMY16, ...AFFILIATE16, ...READ_MORE16, ...RELATED16].map(([name]) => name));
