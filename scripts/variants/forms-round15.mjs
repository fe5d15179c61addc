// Session 15 (round 15), written BLIND: by a writer who opened nothing under src/, tests/ or docs/, ran no scorer,
// read no score output and tuned nothing on percentages — from how news CMSs, forums, wikis, shops, coupon sites and
// affiliate networks in other countries build these URLs and lines, not from any failure. What it adds to the pools:
//   keyword links: the tag routes of named national news CMSs (El País's `/noticias/`, La Nación's `-tid<id>`, El
//     Mundo's `/e/<2 letters>/`, G1's `/tudo-sobre/`, Hürriyet's prefix `/haberleri/`, RIA's `/keyword_`, Youm7's
//     `/Tags/Index?…&tags=`, Asahi's `/topics/word/`, UDN's `/search/tagging/`, Dân Trí's `/tim-kiem/`, Gazeta.pl's
//     `/0,<id>.html?tag=`, AP's `/hub/`, the Guardian's `/<section>/<slug>`, SZ's capitalised `/thema/Wort`, NYT's typed
//     `/topic/subject/`, BBC's id-only topics), forum and Q&A tag pages (Stack Exchange's `/questions/tagged/`,
//     phpBB's `search.php?keywords=`, vBulletin's `tags.php?tag=`, a subreddit's flair filter), wiki and CMS forms
//     (MediaWiki search, DokuWiki `doku.php?id=tag:`, Joomla's SEF `/component/tags/tag/` and K2, TYPO3 news'
//     bracketed filter, Bitrix and DLE search-by-tag, WooCommerce's `/product-tag/`, Hugo's `/categories/`, a WordPress
//     `/series/` taxonomy), hashtag routes (`?src=hashtag_click`, `/explore/tags/`), and taxonomy words of Lithuanian,
//     Latvian, Estonian, Slovenian, Afrikaans and Swedish sites;
//   affiliate links: network deep links with encoded targets the pools had none of (Adtraction, Daisycon, Adcell,
//     Effiliation, Commission Factory, Travelpayouts, an Impact `i<id>.net` host), travel partners' ids (Agoda, Viator,
//     GetYourGuide, Expedia's creator path), SaaS referral parameters (PartnerStack, Refersion), marketplaces' own
//     programmes (Mercado Livre's `matt_tool`, Magazine Você, Amazon's search with a tag, Amazon India), shorteners
//     (ebay.us, etsy.me, fkrt.it, temu.to, a.aliexpress.com, p.pinduoduo.com, ekaro.in, amzn.asia) and coupon pages of
//     the site in four languages (`/gutschein/`, `/codigo-descuento/`, `/kod-rabatowy/`, `/promo-code/`);
//   read-more lines: hgroup, small caps, French spacing before the colon, a pull-quote block, Bootstrap alerts, cards and
//     badges, a time or byline after the link, a label only in the link's title, a screen-reader-only heading,
//     Arc XP's bracketed italic "interstitial" link, an outline button, a dl with two dd, the label repeated on two
//     lines, run-ons in square brackets, and others (below).
// Labels in forty-five languages and seven new page languages live in forms-round15b.mjs. Merged into the pools by
// generate.mjs; the name hash splits them into dev and held halves as always.
const enc = encodeURIComponent;
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const a = (l, inner = esc(l.text), attrs = '') => `<a href="${esc(l.href)}"${attrs}>${inner}</a>`;
const host = (o) => new URL(o).hostname.replace(/^www\./, '');
/** A number that depends on the slug, so a page's links agree with each other. */
const num = (s, k = 0, span = 90000) => ((s.length * 7919 + k * 104729 + [...s].reduce((x, ch) => x + ch.charCodeAt(0), 0)) % span) + (span === 90000 ? 10000 : 0);
const hex = (s, n = 12) => [...`${s}harbour`].map((ch, i) => ((ch.charCodeAt(0) * (i + 7)) % 16).toString(16)).join('').padEnd(n, '0').slice(0, n);
const capWords = (w) => w.split(/\s+/).map((x) => x.charAt(0).toUpperCase() + x.slice(1)).join('_');

//   [name, (word, slug, origin) => path or absolute URL]
export const TAXONOMY15 = [
  ['r15-elpais-noticias', (_w, s) => `/noticias/${s}/`],
  ['r15-lanacion-tema-tid', (_w, s) => `/tema/${s}-tid${num(s, 1)}/`],
  ['r15-elmundo-e-two-letters', (_w, s) => `/e/${s.slice(0, 2) || 'xx'}/${s}.html`],
  ['r15-g1-tudo-sobre', (_w, s) => `/tudo-sobre/${s}/`],
  ['r15-hurriyet-haberleri-prefix', (_w, s) => `/haberleri/${s}`],
  ['r15-ria-keyword-underscore', (_w, s) => `/keyword_${s.replace(/-/g, '_')}/`],
  ['r15-youm7-tags-index', (w, s) => `/Tags/Index?id=${num(s, 2)}&tags=${enc(w)}`],
  ['r15-asahi-topics-word', (w) => `/topics/word/${enc(w)}.html`],
  ['r15-udn-search-tagging', (w) => `/search/tagging/2/${enc(w)}`],
  ['r15-dantri-tim-kiem', (_w, s) => `/tim-kiem/${s}.htm`],
  ['r15-gazeta-comma-tag-query', (w, s) => `/0,${num(s, 3)}.html?tag=${enc(w.toLowerCase())}`],
  ['r15-ap-hub', (_w, s) => `/hub/${s}`],
  ['r15-guardian-section-slug', (_w, s) => `/environment/${s}`],
  ['r15-sz-thema-capitalised', (w) => `/thema/${enc(capWords(w))}`],
  ['r15-nyt-topic-subject', (_w, s) => `/topic/subject/${s}`],
  ['r15-bbc-topic-id-only', (_w, s) => `/news/topics/c${hex(s, 10)}t`],
  ['r15-stackexchange-questions-tagged', (_w, s) => `/questions/tagged/${s}`],
  ['r15-phpbb-search-keywords', (w) => `/forum/search.php?keywords=${enc(w).replace(/%20/g, '+')}&terms=all`],
  ['r15-vbulletin-tags-php', (w) => `/forums/tags.php?tag=${enc(w.toLowerCase())}`],
  ['r15-subreddit-flair-filter', (w, _s, o) => `/r/${host(o).split('.')[0]}/?f=${enc(`flair_name:"${w}"`)}`],
  ['r15-mediawiki-special-search', (w) => `/w/index.php?title=Special:Search&search=${enc(w).replace(/%20/g, '+')}`],
  ['r15-dokuwiki-tag-id', (_w, s) => `/doku.php?id=tag:${s.replace(/-/g, '_')}&do=showtag`],
  ['r15-joomla-sef-component-tags', (_w, s) => `/component/tags/tag/${s}`],
  ['r15-joomla-k2-itemlist-tag', (w) => `/index.php?option=com_k2&view=itemlist&task=tag&tag=${enc(w)}`],
  ['r15-typo3-news-overwrite-demand', (_w, s) => `/aktuelles/?tx_news_pi1%5BoverwriteDemand%5D%5Btags%5D=${num(s, 4) % 900}&cHash=${hex(s, 32)}`],
  ['r15-bitrix-search-tags', (w) => `/search/index.php?tags=${enc(w)}`],
  ['r15-dle-do-tags', (w) => `/index.php?do=tags&tag=${enc(w)}`],
  ['r15-woocommerce-product-tag', (_w, s) => `/product-tag/${s}/`],
  ['r15-hugo-categories', (_w, s) => `/categories/${s}/`],
  ['r15-wp-series-taxonomy', (_w, s) => `/series/${s}/`],
  ['r15-hashtag-click-src', (w) => `/hashtag/${enc(w.replace(/\s+/g, ''))}?src=hashtag_click`],
  ['r15-explore-tags', (_w, s) => `/explore/tags/${s.replace(/-/g, '')}/`],
  ['r15-lt-temos', (_w, s) => `/temos/${s}`],
  ['r15-lt-zyme', (_w, s) => `/zyme/${s}/`],
  ['r15-lv-birka', (_w, s) => `/birka/${s}`],
  ['r15-et-teemad', (_w, s) => `/teemad/${s}`],
  ['r15-et-silt', (_w, s) => `/silt/${s}/`],
  ['r15-sl-oznake', (_w, s) => `/oznake/${s}`],
  ['r15-af-onderwerpe', (_w, s) => `/onderwerpe/${s}`],
  ['r15-sv-tagg', (_w, s) => `/tagg/${s}/`],
];

//   [name, (c) => URL] (c: { slug, site, origin, asin })
const STORES = ['zalando', 'decathlon', 'ikea', 'mediamarkt', 'fnac', 'elcorteingles', 'allegro', 'coolblue'];
const store = (c) => STORES[c.slug.length % STORES.length];
const target = (c) => `https://www.${store(c)}.example/p/${c.slug}`;
const b64 = (s) => Buffer.from(s).toString('base64').replace(/=+$/, '');
export const AFFILIATE15 = [
  ['r15-adtraction-deeplink', (c) => `https://track.adtraction.com/t/t?a=${num(c.slug)}&as=${num(c.slug, 1)}&t=2&tk=1&url=${enc(target(c))}`],
  ['r15-daisycon-ds1', (c) => `https://ds1.nl/c/?si=${num(c.slug) % 20000}&li=${num(c.slug, 2)}&wi=${num(c.slug, 3)}&ws=${c.site}&dl=${enc(`p/${c.slug}`)}`],
  ['r15-adcell-promo-click', (c) => `https://www.adcell.de/promotion/click/promoId/${num(c.slug, 4)}/slotId/${num(c.slug, 5)}?param0=${enc(target(c))}`],
  ['r15-effiliation-redir', (c) => `https://track.effiliation.com/servlet/effi.redir?id_compteur=${num(c.slug, 6)}${num(c.slug, 7) % 1000}&url=${enc(target(c))}`],
  ['r15-commission-factory-cfjump', (c) => `https://t.cfjump.com/${num(c.slug, 8)}/t/${num(c.slug, 9)}?Url=${enc(target(c))}`],
  ['r15-travelpayouts-tp-media', (c) => `https://tp.media/r?marker=${num(c.slug, 1)}&trs=${num(c.slug, 2) % 400000}&p=4114&u=${enc(`https://www.hotels.example/ho${num(c.slug, 3)}`)}&campaign_id=101`],
  ['r15-impact-numbered-host', (c) => `https://${store(c)}.i${num(c.slug, 4) % 900000}.net/c/${num(c.slug, 5)}/${num(c.slug, 6) % 1000000}/${num(c.slug, 7) % 20000}`],
  ['r15-agoda-partnersearch', (c) => `https://www.agoda.com/partners/partnersearch.aspx?pcs=1&cid=${1800000 + num(c.slug) % 99999}&hid=${num(c.slug, 8)}`],
  ['r15-viator-pid-mcid', (c) => `https://www.viator.com/tours/Lisbon/${c.slug}/d538-${num(c.slug)}P${num(c.slug, 1) % 100}?pid=P000${num(c.slug, 2)}&mcid=42383&medium=link`],
  ['r15-getyourguide-partner-id', (c) => `https://www.getyourguide.com/${c.slug}-t${num(c.slug, 3)}/?partner_id=${c.asin.slice(2, 9)}&cmp=${c.site}`],
  ['r15-expedia-affiliate-path', (c) => `https://expedia.com/affiliate/${c.asin.slice(3, 10)}`],
  ['r15-partnerstack-partner-key', (c) => `https://www.projectboard.example/?ps_partner_key=${b64(c.site)}&ps_xid=${c.asin.slice(2, 10)}&gsxid=${c.asin.slice(2, 10)}&gspk=${b64(c.site)}`],
  ['r15-refersion-rfsn', (c) => `https://www.outdoorkit.example/products/${c.slug}?rfsn=${num(c.slug) % 9000000}.${hex(c.slug, 6)}`],
  ['r15-mercadolivre-matt-tool', (c) => `https://produto.mercadolivre.com.br/MLB-${num(c.slug)}${num(c.slug, 1)}-${c.slug}-_JM?matt_tool=${num(c.slug, 2)}${num(c.slug, 3) % 1000}&matt_word=${c.site}`],
  ['r15-magazine-voce', (c) => `https://www.magazinevoce.com.br/magazine${c.site}/p/${c.slug}/${num(c.slug, 4)}${num(c.slug, 5) % 100}/`],
  ['r15-amazon-search-tag', (c) => `https://www.amazon.com/s?k=${c.slug.replace(/-/g, '+')}&tag=${c.site}-20`],
  ['r15-amazon-in-linkcode', (c) => `https://www.amazon.in/dp/${c.asin}?tag=${c.site}-21&linkCode=sl1&language=en_IN`],
  ['r15-amzn-asia-short', (c) => `https://amzn.asia/d/${c.asin.slice(3, 10).toLowerCase()}`],
  ['r15-ebay-us-short', (c) => `https://ebay.us/${c.asin.slice(2, 8)}`],
  ['r15-etsy-me-short', (c) => `https://etsy.me/${c.asin.slice(3, 10)}`],
  ['r15-flipkart-fkrt-short', (c) => `https://fkrt.it/${c.asin.slice(2, 9)}NNNN`],
  ['r15-temu-to-short', (c) => `https://temu.to/k/${c.asin.slice(2, 10).toLowerCase()}`],
  ['r15-aliexpress-a-short', (c) => `https://a.aliexpress.com/_m${c.asin.slice(2, 9)}`],
  ['r15-pinduoduo-short', (c) => `https://p.pinduoduo.com/${c.asin.slice(3, 11)}`],
  ['r15-earnkaro-ekaro', (c) => `https://ekaro.in/enkr2025${num(c.slug)}${num(c.slug, 1) % 1000}`],
  ['r15-own-gutschein', (c) => `${c.origin}/gutschein/${store(c)}/`],
  ['r15-own-codigo-descuento', (c) => `${c.origin}/codigos-descuento/${store(c)}/`],
  ['r15-own-kod-rabatowy', (c) => `${c.origin}/kody-rabatowe/${store(c)}`],
  ['r15-own-promo-code-query', (c) => `${c.origin}/promo-codes/${store(c)}?offer=${num(c.slug, 2)}&clickout=1`],
  ['r15-own-link-php-base64', (c) => `${c.origin}/link.php?l=${b64(target(c))}`],
];

// ---- read-more lines: [name, (label, links, c) => html]; "two-links…" forms use both links, "para-end…" forms are
// appended to a paragraph of the text ----
export const READ_MORE15 = [
  ['r15-hgroup-label-h4-link', (L, [l]) => `<hgroup class="read-also"><p>${L}</p><h4>${a(l)}</h4></hgroup>`],
  ['r15-small-caps-label', (L, [l]) => `<p><span style="font-variant:small-caps;letter-spacing:.05em">${L}</span> ${a(l)}</p>`],
  ['r15-french-nbsp-colon', (L, [l]) => `<p><b>${L}&nbsp;:</b>&nbsp;${a(l)}</p>`],
  ['r15-wp-pullquote-link-cite-label', (L, [l]) => `<figure class="wp-block-pullquote"><blockquote><p>${a(l)}</p><cite>${L}</cite></blockquote></figure>`],
  ['r15-bootstrap-alert-link', (L, [l]) => `<div class="alert alert-secondary" role="alert"><strong>${L}</strong> ${a(l, esc(l.text), ' class="alert-link"')}</div>`],
  ['r15-bootstrap-card-subtitle', (L, [l]) => `<div class="card mb-3"><div class="card-body"><h6 class="card-subtitle mb-2 text-muted">${L}</h6>${a(l, esc(l.text), ' class="card-link"')}</div></div>`],
  ['r15-badge-label', (L, [l]) => `<p><span class="badge rounded-pill text-bg-danger">${L}</span> ${a(l)}</p>`],
  ['r15-link-time-after', (L, [l]) => `<p>${L}: ${a(l)} <time datetime="2024-05-02">(02.05.2024)</time></p>`],
  ['r15-link-byline-after', (L, [l]) => `<p>${L}: ${a(l)} <span class="byline">— A. Ruiz</span></p>`],
  ['r15-link-minutes-sup', (L, [l]) => `<p>${L} ${a(l)}<sup>5′</sup></p>`],
  ['r15-ul-label-li-link-li', (L, [l]) => `<ul class="also"><li class="also__label">${L}</li><li>${a(l)}</li></ul>`],
  ['r15-pointing-down-label-br', (L, [l]) => `<p>${L} 👇<br>${a(l)}</p>`],
  ['r15-hash-label', (L, [l]) => `<p><b>#${L.replace(/\s+/g, '')}</b> ${a(l)}</p>`],
  ['r15-guillemets-outside-link', (L, [l]) => `<p>${L} «${a(l)}»</p>`],
  ['r15-strong-em-link-label-after', (L, [l]) => `<p><strong><em>${a(l)}</em></strong> – ${L}</p>`],
  ['r15-figure-figcaption-label-no-image', (L, [l]) => `<figure class="read-also"><figcaption>${L}</figcaption><p>${a(l)}</p></figure>`],
  ['r15-sr-only-heading-section', (L, [l]) => `<section aria-labelledby="ra-${l.slug.slice(0, 8)}"><h2 id="ra-${l.slug.slice(0, 8)}" class="sr-only">${L}</h2><p>${a(l)}</p></section>`],
  ['r15-grey-background-p-br', (L, [l]) => `<p style="background:#f2f2f2;padding:8px 12px"><b>${L}</b><br>${a(l)}</p>`],
  ['r15-link-external-svg-no-label', (_L, [l]) => `<p>${a(l)} <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true"><path d="M2 10L10 2M4 2h6v6" stroke="currentColor" fill="none"/></svg></p>`],
  ['r15-dir-auto-span-label', (L, [l]) => `<p dir="auto"><span class="label">${L}</span>: ${a(l)}</p>`],
  ['r15-arc-interstitial-brackets', (_L, [l]) => `<p class="interstitial-link"><i>[${a(l)}]</i></p>`],
  ['r15-th-row-over-td-row', (L, [l]) => `<table class="read-also"><tbody><tr><th scope="row">${L}</th></tr><tr><td>${a(l)}</td></tr></tbody></table>`],
  ['r15-label-in-title-attr-only', (L, [l]) => `<p>${a(l, esc(l.text), ` title="${L}"`)}</p>`],
  ['r15-outline-button-label-in-link', (L, [l]) => `<div class="wp-block-buttons"><div class="wp-block-button is-style-outline">${a(l, `${L}: ${esc(l.text)}`, ' class="wp-block-button__link wp-element-button"')}</div></div>`],
  ['r15-blockquote-footer-cite-link', (L, [l]) => `<blockquote class="read-also"><p>${L}</p><footer><cite>${a(l)}</cite></footer></blockquote>`],
  ['r15-right-aligned-em-arrow', (L, [l]) => `<p style="text-align:right"><em>${L} → ${a(l)}</em></p>`],
  ['two-links-r15-numbered-br', (L, [l, m]) => `<p>${L}<br>1. ${a(l)}<br>2. ${a(m)}</p>`],
  ['two-links-r15-em-label-ul', (L, [l, m]) => `<div class="rm"><em>${L}</em><ul><li>${a(l)}</li><li>${a(m)}</li></ul></div>`],
  ['two-links-r15-label-repeated-lines', (L, [l, m]) => `<p>${L}: ${a(l)}</p><p>${L}: ${a(m)}</p>`],
  ['two-links-r15-dl-two-dd', (L, [l, m]) => `<dl class="more"><dt>${L}</dt><dd>${a(l)}</dd><dd>${a(m)}</dd></dl>`],
  ['para-end-r15-nbsp-arrow-no-label', (_L, [l]) => `&nbsp;→&nbsp;${a(l)}`],
  ['para-end-r15-br-dash-line-label', (L, [l]) => `<br>—<br>${L}: ${a(l)}`],
  ['para-end-r15-run-on-square-brackets', (L, [l]) => ` [${L}: ${a(l)}]`],
];

/** Every keyword, affiliate and read-more form name of this round (the scorer reports them apart). */
export const ROUND15_FORM_NAMES = new Set([...TAXONOMY15, ...AFFILIATE15, ...READ_MORE15].map(([name]) => name));
