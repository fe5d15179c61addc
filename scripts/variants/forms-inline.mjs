// Inline forms for the variant generator: leaked link markup (visible text spliced before/after words of a
// paragraph), keyword and affiliate links (words of a paragraph wrapped in a link), citations (words wrapped
// in a link that must stay) and prose that looks like them (must stay). Each form has a name; the name's
// hash puts it in the dev half or the held-aside half (see split.mjs), so the held half has forms the dev
// half never shows.

// ---- leaked link markup: [name, (c) => [visible text before the kept words, visible text after]] ----
// c: { url, slug, title, origin, img } — url is a same-site article URL, slug its last path part.
export const LEAKED = [
  ['slug-curly-title', (c) => [`${c.slug}/” title=”${c.title}”>`, '']],
  ['url-straight-target', (c) => [`${c.url}" target="_blank" rel="noopener">`, '']],
  ['tag-straight', (c) => [`<a href="${c.url}">`, '</a>']],
  ['tag-curly-title', (c) => [`<a href=”${c.url}” title=”${c.title}”>`, '</a>']],
  ['entity-quot-tag', (c) => [`&lt;a href=&quot;${c.url}&quot;&gt;`, '&lt;/a&gt;']],
  ['double-escaped', (c) => [`&amp;lt;a href="${c.url}"&amp;gt;`, '&amp;lt;/a&amp;gt;']],
  ['single-quotes', (c) => [`<a href='${c.url}' target='_blank'>`, '</a>']],
  ['attr-order', (c) => [`<a class="internal-link" title="${c.title}" href="${c.url}" data-wpel-link="internal">`, '</a>']],
  ['unquoted', (c) => [`<a href=${c.url} target=_blank>`, '</a>']],
  ['self-closing-img', (c) => [`<img src="${c.img}" alt="" width="1024" height="683" />`, '']],
  ['span-style', () => ['<span style="font-weight: 400;">', '</span>']],
  ['strong', () => ['<strong>', '</strong>']],
  ['prime-quotes', (c) => [`${c.slug}/″ title=″${c.title}″>`, '']],
  ['closing-only', () => ['', '</a>']],
  ['unclosed-tag', (c) => [`<a href="${c.url}" `, '']],
  ['single-tail', (c) => [`${c.slug}/' title='${c.title}'>`, '']],
  ['low-high-quotes-tail', (c) => [`${c.slug}/“ title=„${c.title}“>`, '']],
  ['numeric-entities-tail', (c) => [`${c.slug}/&#8221; title=&#8221;${c.title}&#8221;&gt;`, '']],
  ['upper-case', (c) => [`<A HREF="${c.url}" TARGET="_blank">`, '</A>']],
  ['spaced-tag', (c) => [`< a href = "${c.url}" >`, '< /a >']],
  ['attrs-only-tail', () => [' target="_blank" rel="noopener noreferrer">', '']],
  ['slug-no-slash', (c) => [`${c.slug}” title=”${c.title}”>`, '']],
  ['url-quote-gt', (c) => [`${c.url}">`, '']],
  ['br-tag', () => ['<br />', '']],
  ['em-pair', () => ['<em>', '</em>']],
  ['data-attrs', (c) => [`<a href="${c.url}" data-id="4821" aria-label="${c.title}">`, '</a>']],
  ['escaped-apos', (c) => [`&lt;a href=&#039;${c.url}&#039;&gt;`, '&lt;/a&gt;']],
  ['quot-entity-tail', (c) => [`${c.slug}/&quot; title=&quot;${c.title}&quot;&gt;`, '']],
  ['font-tag', () => ['<font color="#333333">', '</font>']],
  ['escaped-span', () => ['&lt;span class=&quot;hl&quot;&gt;', '&lt;/span&gt;']],
  ['href-tail', (c) => [`href="${c.url}">`, '']],
  ['rel-first-tail', (c) => [`${c.url}" rel="nofollow noopener" target="_blank">`, '']],
  ['percent-slug-tail', (c) => [`${c.origin}/${encodeURIComponent(c.title.toLowerCase().split(' ').slice(0, 4).join('-'))}/” title=”${c.title}”>`, '']],
  ['p-style-tag', () => ['<p style="text-align: justify;">', '</p>']],
  ['amp-quot-tail', (c) => [`${c.url}&amp;quot; target=&amp;quot;_blank&amp;quot;&amp;gt;`, '']],
  ['strong-in-link-tags', (c) => [`<a href="${c.url}"><strong>`, '</strong></a>']],
];

// ---- taxonomy path shapes: [name, (word, slug) => path] ----
export const TAXONOMY = [
  ['tag', (_w, s) => `/tag/${s}/`], ['tags', (_w, s) => `/tags/${s}`], ['topics', (_w, s) => `/topics/${s}`],
  ['topic', (_w, s) => `/topic/${s}/`], ['schlagwort', (_w, s) => `/schlagwort/${s}/`], ['etiqueta', (_w, s) => `/etiqueta/${s}/`],
  ['sujet', (_w, s) => `/sujet/${s}/`], ['tema', (_w, s) => `/tema/${s}/`], ['keyword', (_w, s) => `/keyword/${s}`],
  ['t', (_w, s) => `/t/${s}`], ['c', (_w, s) => `/c/${s}/`], ['thema', (_w, s) => `/thema/${s}.html`],
  ['stichwort', (_w, s) => `/stichwort/${s}/`], ['temas', (_w, s) => `/temas/${s}/`], ['argomenti', (_w, s) => `/argomenti/${s}/`],
  ['temat', (_w, s) => `/temat/${s}/`], ['blogger-label', (w, _s) => `/search/label/${encodeURIComponent(w)}`],
  ['hashtag', (_w, s) => `/hashtag/${s}`], ['kw', (_w, s) => `/kw/${s}.html`], ['mot-cle', (_w, s) => `/mot-cle/${s}/`],
  ['onderwerp', (_w, s) => `/onderwerp/${s}/`], ['etiket', (_w, s) => `/etiket/${s}`], ['news-tag', (_w, s) => `/news/tag/${s}/`],
  ['dossier', (_w, s) => `/dossier/${s}/`], ['trending', (_w, s) => `/trending/${s}/`], ['story-tag', (_w, s) => `/story-tag/${s}/`],
  ['themen', (_w, s) => `/themen/${s}`], ['k', (_w, s) => `/k/${s}/`], ['query-tag', (_w, s) => `/?tag=${s}`],
  ['tag-php', (w, _s) => `/tag.php?name=${encodeURIComponent(w)}`], ['category-nested', (_w, s) => `/category/news/${s}/`],
  ['assunto', (_w, s) => `/assunto/${s}/`], ['subjects', (_w, s) => `/subjects/${s}`], ['people', (_w, s) => `/people/${s}/`],
  ['ghost-tag', (_w, s) => `/tag/${s}/`], ['metki', (_w, s) => `/metki/${s}/`], ['lang-prefixed', (_w, s) => `/en/topics/${s}/`],
  ['entity-id', (_w, s) => `/topic/${s}-${100 + s.length}/`], ['zhuanti', (_w, s) => `/zhuanti/${s}/`], ['label', (_w, s) => `/label/${s}/`],
];

// ---- affiliate link shapes: [name, (c) => URL] (c: { product, slug, site, origin, asin }) ----
export const AFFILIATE = [
  ['amzn-short', (c) => `https://amzn.to/${c.asin.slice(0, 7)}`],
  ['amazon-tag', (c) => `https://www.amazon.com/dp/${c.asin}?tag=${c.site}-20`],
  ['amazon-de-tag', (c) => `https://www.amazon.de/dp/${c.asin}/?tag=${c.site}0d-21&linkCode=ogi&th=1`],
  ['own-go-cloak', (c) => `${c.origin}/go/${c.slug}/`],
  ['own-recommends', (c) => `${c.origin}/recommends/${c.slug}/`],
  ['own-out', (c) => `${c.origin}/out/${c.slug}`],
  ['skimlinks', (c) => `https://go.skimresources.com/?id=12345X678&xs=1&url=${encodeURIComponent(`https://www.bestbuy.com/site/${c.slug}`)}`],
  ['impact-sjv', (c) => `https://bestbuy.sjv.io/c/1234/612/10014?u=${encodeURIComponent(`https://www.bestbuy.com/site/${c.slug}`)}`],
  ['impact-pxf', (c) => `https://goto.walmart.com/c/2003851/565706/9383?veh=aff&sourceid=imp_000&u=${encodeURIComponent(`https://www.walmart.com/ip/${c.slug}`)}`],
  ['awin', (c) => `https://www.awin1.com/cread.php?awinmid=1234&awinaffid=56789&ued=${encodeURIComponent(`https://www.currys.co.uk/${c.slug}`)}`],
  ['ebay-campid', (c) => `https://www.ebay.com/itm/1234567890?mkcid=1&mkrid=711-53200-19255-0&campid=5338${c.asin.length}&toolid=10001`],
  ['booking-aid', (c) => `https://www.booking.com/hotel/es/${c.slug}.html?aid=1234567&label=${c.site}`],
  ['utm-affiliate', (c) => `https://www.nordvpn.com/pricing/?utm_medium=affiliate&utm_source=${c.site}&utm_campaign=${c.slug}`],
  ['ref-site', (c) => `https://www.backmarket.com/en-us/p/${c.slug}?ref=${c.site}`],
  ['tidd', (c) => `https://tidd.ly/${c.asin.slice(0, 6)}`],
  ['geni', (c) => `https://geni.us/${c.asin.slice(0, 5)}`],
  ['linksynergy', (c) => `https://click.linksynergy.com/deeplink?id=AbC123&mid=2149&murl=${encodeURIComponent(`https://www.macys.com/shop/${c.slug}`)}`],
  ['partnerize', (c) => `https://prf.hn/click/camref:1100l5Xyz/destination:${encodeURIComponent(`https://www.apple.com/shop/${c.slug}`)}`],
  ['aff-id-param', (c) => `https://www.bhphotovideo.com/c/product/${c.slug}.html?BI=2466&KBID=${c.asin.length}7&aff_id=${c.site}`],
  ['own-redirect-url', (c) => `${c.origin}/redirect?url=${encodeURIComponent(`https://www.target.com/p/${c.slug}`)}&src=article`],
  ['aliexpress', (c) => `https://s.click.aliexpress.com/e/_${c.asin.slice(0, 8)}`],
  ['howl', (c) => `https://howl.me/${c.asin.slice(0, 6).toLowerCase()}`],
];

// ---- citations that must stay links: [name, (c) => [URL, same-site?]] (c: { origin, anchor, slug, year }) ----
export const CITATIONS = [
  ['external-article', (c) => `https://www.reuters.com/world/europe/${c.year}-05-14/ministers-meet-over-port-dispute-${c.year}/`],
  ['doi', () => 'https://doi.org/10.1038/s41586-023-06647-8'],
  ['gov-pdf', (c) => `https://www.gov.uk/government/uploads/system/uploads/attachment_data/file/1049/coastal-review-${c.year}.pdf`],
  ['wikipedia', (c) => `https://en.wikipedia.org/wiki/${c.anchor.replace(/ /g, '_')}`],
  ['external-tag-page', (c) => `https://www.theguardian.com/environment/${c.slug}`],
  ['tweet', () => 'https://x.com/portauthority/status/1790023456789012345'],
  ['youtube-watch', () => 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
  ['own-dated-article', (c) => `${c.origin}/${c.year}/03/council-approves-emergency-funding-for-sea-wall-repairs/`],
  ['own-long-slug', (c) => `${c.origin}/news/residents-demand-answers-after-second-flood-in-two-years-${c.year}0412`],
  ['amazon-plain', () => 'https://www.amazon.com/dp/B0C1234XYZ'],
  ['github', () => 'https://github.com/openstreetmap/iD/issues/9876'],
  ['own-report-pdf', (c) => `${c.origin}/documents/annual-flood-report-${c.year}.pdf`],
  ['utm-source-only', (c) => `https://www.nature.com/articles/d41586-${c.year}-01234-5?utm_source=twitter&utm_medium=social`],
  ['court-docket', () => 'https://www.courtlistener.com/docket/67890123/harbour-v-county-council/'],
  ['external-query-id', () => 'https://www.ons.gov.uk/peoplepopulationandcommunity/housing?dataset=floodrisk&id=4421'],
  ['own-relative-article', (c) => `/${c.year}/02/what-the-flood-maps-do-not-show-about-the-east-side/`],
];
