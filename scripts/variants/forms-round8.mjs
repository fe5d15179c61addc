// Session 8: a new round of forms for leaked markup, read-more lines, related boxes and keyword/affiliate
// links, written from how injected links appear in scraped, spun and SEO-injected content — families unlike
// the earlier pools (forms-inline.mjs, forms-blocks.mjs), not from any failure. Merged into those pools by
// generate.mjs; the name hash splits them into dev and held halves as always.
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const a = (l, inner = esc(l.text), attrs = '') => `<a href="${esc(l.href)}"${attrs}>${inner}</a>`;
const li = (links) => links.map((l) => `<li>${a(l)}</li>`).join('');
const thumb = (l, c, alt = '') => `<img src="${c.origin}/media/${l.slug.slice(0, 16)}-300x200.webp" alt="${esc(alt)}" width="300" height="200" loading="lazy">`;
const SHY = '\u00ad';

// ---- leaked markup: [name, (c) => [before, after, raw?]] — raw: before/after are HTML, not text ----
export const LEAKED8 = [
  // Tags cut by the page's own markup: a <wbr> or a soft hyphen a CMS put in a long word, a span per run of a
  // pasted document, the URL auto-linked inside the leaked tag.
  ['wbr-in-tag', (c) => [`&lt;a hr<wbr>ef="${esc(c.url)}"&gt;`, '&lt;/a&gt;', true]],
  ['wbr-in-url', (c) => [`&lt;a href="${esc(c.url).replace(/\//g, '/<wbr>')}"&gt;`, '&lt;/a&gt;', true]],
  ['soft-hyphens-in-tag', (c) => [`<a hre${SHY}f="${c.url.replace(/-/g, `-${SHY}`)}" tar${SHY}get="_blank">`, '</a>']],
  ['span-split-runs', (c) => [`<span style="font-weight:400">&lt;a href="</span><span style="font-weight:400">${esc(c.url)}"&gt;</span>`, '<span>&lt;/a&gt;</span>', true]],
  ['autolinked-url-in-tag', (c) => [`&lt;a href="<a href="${esc(c.url)}">${esc(c.url)}</a>"&gt;`, '&lt;/a&gt;', true]],
  ['em-split-tail', (c) => [`${esc(c.slug)}/” <em>title=”${esc(c.title)}”&gt;</em>`, '', true]],
  // Values with line breaks, attributes first that the earlier shapes never put first.
  ['newline-in-title', (c) => [`<a href="${c.url}" title="${c.title.split(' ').slice(0, 2).join(' ')}\n${c.title.split(' ').slice(2).join(' ')}">`, '</a>']],
  ['newline-between-attrs-tail', (c) => [`${c.url}"\n   target="_blank"\n   rel="noopener">`, '']],
  ['data-rel-target-first', (c) => [`<a data-ga-event="inline|click" rel="noopener noreferrer" target="_blank" href="${c.url}">`, '</a>']],
  ['mixed-case-tag', (c) => [`<A Href="${c.url}" Target="_Blank">`, '</a>']],
  // Leftovers: a closing tag with the tail of the next tag, a tag whose "<" was eaten, a lone href.
  ['close-then-quote-gt', () => ['', '</a>">']],
  ['lt-eaten-tag', (c) => [`a href="${c.url}" target="_blank">`, '/a>']],
  ['href-unquoted-tail', (c) => [`href=${c.url} target=_blank>`, '']],
  ['unquoted-tail-no-href', (c) => [`${c.url} target=_blank rel=noopener>`, '']],
  // Quotes and escapes the earlier shapes did not mix.
  ['mixed-quote-entities', (c) => [`&lt;a href=&#8221;${c.url}&#x201D; title=&rdquo;${c.title}&#8221;&gt;`, '&lt;/a&gt;']],
  ['doubled-quotes-csv', (c) => [`<a href=""${c.url}"" target=""_blank"">`, '</a>']],
  ['json-escaped', (c) => [`<a href=\\"${c.url}\\" target=\\"_blank\\">`, '<\\/a>']],
  ['json-unicode-escaped', (c) => [`\\u003ca href=\\u0022${c.url}\\u0022\\u003e`, '\\u003c/a\\u003e']],
  ['percent-encoded-tag', (c) => [`%3Ca%20href%3D%22${encodeURIComponent(c.url)}%22%3E`, '%3C%2Fa%3E']],
  ['fullwidth-brackets', (c) => [`＜a href＝”${c.url}”＞`, '＜/a＞']],
  ['title-slug-rel-bookmark-tail', (c) => [`${c.origin}/${c.title.toLowerCase().split(' ').slice(0, 3).join('-')}/” rel=”bookmark”>`, '']],
  // Other syntaxes: shortcodes, a block editor's comments, a Markdown reference.
  ['shortcode-link', (c) => [`[link url="${c.url}" target="_blank"]`, '[/link]']],
  ['shortcode-button', (c) => [`[su_button url="${c.url}" style="flat"]`, '[/su_button]']],
  ['gutenberg-comments', () => ['<!-- wp:paragraph -->', '<!-- /wp:paragraph -->']],
  ['html-comment-more', () => ['<!--more-->', '']],
  ['escaped-img-srcset', (c) => [`&lt;img class="alignnone size-full" src="${c.img}" srcset="${c.img} 1024w, ${c.img.replace('1024x683', '300x200')} 300w" sizes="(max-width: 1024px) 100vw, 1024px" /&gt;`, '']],
];

// ---- taxonomy path shapes: [name, (word, slug, origin) => path or absolute URL] ----
const host = (origin) => new URL(origin).hostname.replace(/^www\./, '');
export const TAXONOMY8 = [
  ['cyrillic-teg', (_w, s) => `/${encodeURIComponent('тег')}/${s}/`], ['korean-tag', (_w, s) => `/${encodeURIComponent('태그')}/${s}`],
  ['arabic-wasm', (_w, s) => `/${encodeURIComponent('وسم')}/${s}/`], ['chinese-biaoqian', (_w, s) => `/${encodeURIComponent('标签')}/${s}.html`],
  ['greek-etiketa', (_w, s) => `/${encodeURIComponent('ετικέτα')}/${s}/`], ['hebrew-tagit', (_w, s) => `/${encodeURIComponent('תגית')}/${s}/`],
  ['query-s-plus', (w) => `/?s=${encodeURIComponent(w).replace(/%20/g, '+')}`], ['query-topic', (_w, s) => `/?topic=${s}`],
  ['search-q-path', (w) => `/search?q=${encodeURIComponent(w)}`], ['index-php-tag', (_w, s) => `/index.php?tag=${s}`],
  ['subdomain-tags', (_w, s, o) => `https://tags.${host(o)}/${s}`], ['subdomain-topics-html', (_w, s, o) => `https://topics.${host(o)}/${s}.html`],
  ['tag-html', (_w, s) => `/tag/${s}.html`], ['tags-index-html', (_w, s) => `/tags/${s}/index.html`], ['vi-chu-de-html', (_w, s) => `/chu-de/${s}.html`],
  ['vi-tu-khoa', (_w, s) => `/tu-khoa/${s}`], ['tr-konu', (_w, s) => `/konu/${s}/`], ['kategorie', (_w, s) => `/kategorie/${s}/`],
  ['rubrique', (_w, s) => `/rubrique/${s}/`], ['tagged', (_w, s) => `/tagged/${s}`], ['blog-tag', (_w, s) => `/blog/tag/${s}/`],
  ['explore', (_w, s) => `/explore/${s}`], ['glossary', (_w, s) => `/glossary/${s}/`], ['lexikon', (_w, s) => `/lexikon/${s}.html`],
  ['encyclopedia', (_w, s) => `/encyclopedia/${s}`], ['tag-with-query', (_w, s) => `/tag/${s}/?ref=inline`], ['topic-fragment', (_w, s) => `/topic/${s}#latest`],
  ['tag-prefix-file', (_w, s) => `/tag-${s}.html`], ['news-topics-id', (_w, s) => `/news/topics/${s}-${(s.length * 7919) % 90000 + 10000}`],
];

// ---- affiliate shapes: [name, (c) => URL] ----
export const AFFILIATE8 = [
  ['own-link-path', (c) => `${c.origin}/link/${c.slug}/`], ['own-deal-path', (c) => `${c.origin}/deal/${c.slug}`],
  ['own-buy-path', (c) => `${c.origin}/buy/${c.slug}/`], ['own-nested-go', (c) => `${c.origin}/blog/go/${c.slug}/`],
  ['own-go-php-id', (c) => `${c.origin}/go.php?id=${c.asin.length * 311}`], ['own-out-php-url', (c) => `${c.origin}/out.php?id=12&url=${encodeURIComponent(`https://www.zalando.de/${c.slug}.html`)}`],
  ['go-subdomain', (c) => `https://go.${host(c.origin)}/${c.slug}`], ['own-redirect-base64', (c) => `${c.origin}/redirect/${Buffer.from(`https://www.ikea.com/p/${c.slug}`).toString('base64')}`],
  ['amazon-uk-ref-as-li', (c) => `https://www.amazon.co.uk/gp/product/${c.asin}/ref=as_li_tl?ie=UTF8&camp=1634&creative=6738&linkCode=as2&tag=${c.site}-21`],
  ['aff-param', (c) => `https://www.decathlon.fr/p/${c.slug}/_/R-p-30${c.asin.length}?aff=${c.site.slice(0, 4)}123`],
  ['partner-param-site', (c) => `https://www.hostinger.com/pricing?partner=${c.site}`], ['awin-awclick', (c) => `https://www.awin1.com/awclick.php?mid=5642&id=${c.asin.length}1234`],
  ['flexoffers', (c) => `https://track.flexlinkspro.com/g.ashx?foid=156052.${c.asin.length}&trid=1199&foc=16&fot=9999&fos=5`],
  ['tradetracker', (c) => `https://tc.tradetracker.net/?c=1234&m=12&a=56789&u=${encodeURIComponent(`https://www.coolblue.nl/product/${c.slug}`)}`],
  ['pricerunner-redirect', (c) => `https://www.idealo.de/relocator/relocate?categoryId=3751&offerKey=${c.asin}&pos=1&type=offer`],
  ['sovrn-redirect', (c) => `https://redirect.viglink.com/?key=abc123&u=${encodeURIComponent(`https://www.rei.com/product/${c.slug}`)}`],
  ['digidip', (c) => `https://${c.site}.digidip.net/visit?url=${encodeURIComponent(`https://www.otto.de/p/${c.slug}`)}`],
  ['clickbank-hop', (c) => `https://${c.site}.vendorx.hop.clickbank.net/?tid=${c.slug.slice(0, 10)}`],
];

// ---- citations and look-alikes of keyword links that must stay: [name, (c) => URL] (c adds url: the page's address) ----
export const CITATIONS8 = [
  ['other-site-topic-page', (c) => `https://www.nytimes.com/topic/subject/${c.slug}`],
  ['other-site-tag-query', (c) => `https://www.unesco.org/en/articles?tag=${c.slug}`],
  ['wikipedia-category', (c) => `https://en.wikipedia.org/wiki/Category:${c.anchor.replace(/ /g, '_')}`],
  ['other-site-search', (c) => `https://scholar.archive.org/search?q=${encodeURIComponent(c.anchor)}`],
  ['shop-product-plain', (c) => `https://www.bestbuy.com/site/${c.slug}/6501234.p`],
  // A reference work's cross-reference: a page beside the article under its own section (the parent of its
  // last path part); a page at the root has no section, and cites another site's topic page instead.
  ['own-sibling-reference', (c) => {
    const parts = new URL(c.url).pathname.split('/').filter(Boolean);
    return parts.length >= 2 ? `${c.origin}/${parts.slice(0, -1).join('/')}/${c.slug}` : `https://www.nytimes.com/topic/subject/${c.slug}`;
  }],
  ['other-site-go-path', () => 'https://www.nps.gov/go/parks/acadia/planyourvisit.htm'],
];

// ---- read-more lines: [name, (label, links, c) => html]; "two-links…" forms use both links ----
export const READ_MORE8 = [
  ['label-after-dash', (L, [l]) => `<p>${a(l)} — ${L}</p>`],
  ['label-after-paren', (L, [l]) => `<p>${a(l)} (${L})</p>`],
  ['em-label-after', (L, [l]) => `<p><em>${a(l)} · ${L} »</em></p>`],
  ['small-whole-line', (L, [l]) => `<p><small>${L} » ${a(l)}</small></p>`],
  ['mark-label', (L, [l]) => `<p><mark>${L}</mark> ${a(l)}</p>`],
  ['arrow-glyph-label', (L, [l]) => `<p>${L} ⟶ ${a(l)}</p>`],
  ['emoji-both-sides', (_L, [l]) => `<p>👉 ${a(l)} 👈</p>`],
  ['dl-dt-dd', (L, [l]) => `<dl class="also"><dt>${L}</dt><dd>${a(l)}</dd></dl>`],
  ['quoted-headline', (L, [l]) => `<p>${L}: “${a(l)}”</p>`],
  ['guillemets-in-link', (L, [l]) => `<p><strong>${L}</strong> ${a(l, `«${esc(l.text)}»`)}</p>`],
  ['two-links-pipe', (L, [l, m]) => `<p>${L}: ${a(l)} | ${a(m)}</p>`],
  ['two-links-br', (L, [l, m]) => `<p><b>${L}</b><br>${a(l)}<br>${a(m)}</p>`],
  ['h2-span-label', (L, [l]) => `<h2 class="inline-more"><span>${L}</span> ${a(l)}</h2>`],
  ['span-block', (L, [l]) => `<span style="display:block;margin:1em 0">${L}: ${a(l)}</span>`],
  ['center-line', (L, [l]) => `<center><b>${L}:</b> ${a(l)}</center>`],
  ['label-heading-link-paragraph', (L, [l]) => `<h4>${L}</h4><p>${a(l)}</p>`],
  ['figure-thumb-caption', (L, [l], c) => `<figure class="inline-story">${a(l, thumb(l, c))}<figcaption>${L}: ${a(l)}</figcaption></figure>`],
  ['bold-link-label-inside-strong', (L, [l]) => `<p><strong>${L}: ${a(l)}</strong></p>`],
  ['sup-label', (L, [l]) => `<p><sup>${L}</sup> ${a(l)}</p>`],
  ['u-link-only-italic', (_L, [l]) => `<p><i><u>${a(l)}</u></i></p>`],
  // The line as the last line of a paragraph of the text, after a break (appended to the paragraph).
  ['para-end-br-label', (L, [l]) => `<br><strong>${L}:</strong> ${a(l)}`],
  ['para-end-br-arrow', (_L, [l]) => `<br>➜ ${a(l)}`],
];

// ---- related boxes: [name, (label, links, c) => html]; three to five links ----
const DATES = ['3 May 2024', '28 April 2024', '21 April 2024', '9 April 2024', '2 April 2024'];
export const RELATED8 = [
  ['details-closed-cards', (L, ls) => `<details class="more"><summary><h3>${L}</h3></summary><div class="more__cards">${ls.map((l, n) => `<div class="more__card"><h4>${a(l)}</h4><time>${DATES[n]}</time></div>`).join('')}</div></details>`],
  ['gallery-figures-caption-label', (L, ls, c) => `<figure class="wp-block-gallery has-nested-images">${ls.map((l) => `<figure class="wp-block-image">${a(l, thumb(l, c))}<figcaption>${a(l)}</figcaption></figure>`).join('')}<figcaption class="blocks-gallery-caption">${L}</figcaption></figure>`],
  ['nav-aria-only-ul', (L, ls) => `<nav aria-label="${L}" class="inline-nav"><ul>${li(ls)}</ul></nav>`],
  ['nav-aria-only-links-br', (L, ls) => `<nav aria-label="${L}">${ls.map((l) => a(l)).join('<br>')}</nav>`],
  ['table-links-category-column', (L, ls) => `<table class="links"><thead><tr><th colspan="2">${L}</th></tr></thead><tbody>${ls.map((l, n) => `<tr><td>${['Politics', 'Sport', 'Economy', 'Local', 'Culture'][n]}</td><td>${a(l)}</td></tr>`).join('')}</tbody></table>`],
  ['img-alt-label-banner', (L, ls, c) => `<div class="rel-banner"><img src="${c.origin}/static/related-banner.png" alt="${L}" width="600" height="40"><ul>${li(ls)}</ul></div>`],
  ['aria-label-section-no-heading-cards', (L, ls, c) => `<section aria-label="${L}"><div class="row">${ls.map((l) => `<div class="col">${a(l, thumb(l, c))}<p class="col__title">${a(l)}</p></div>`).join('')}</div></section>`],
  ['next-article-teaser', (L, [l], c) => `<div class="next-article" data-next-url="${esc(l.href)}"><span class="next-article__label">${L}</span><h2 class="next-article__title">${a(l)}</h2><p class="next-article__dek">${esc(l.excerpt)}</p>${thumb(l, c)}</div>`],
  ['next-article-loader', (L, [l]) => `<div class="infinite-loader"><p class="infinite-loader__label">${L} ↓</p><p>${a(l, `<strong>${esc(l.text)}</strong>`)}</p><div class="spinner" aria-hidden="true"></div></div>`],
  ['h4-links-date-paragraphs', (L, ls) => `<p><strong>${L}</strong></p>${ls.map((l, n) => `<h4>${a(l)}</h4><p class="date"><small>${DATES[n]}</small></p>`).join('')}`],
  ['h4-link-date-span-divs', (L, ls) => `<div class="also-box"><h3>${L}</h3>${ls.map((l, n) => `<div><h4>${a(l)}</h4><span class="date">${DATES[n]}</span></div>`).join('')}</div>`],
  ['nested-list-label-item', (L, ls) => `<ul class="box"><li>${L}<ul>${li(ls)}</ul></li></ul>`],
  ['repeated-labelled-lines', (L, ls) => ls.slice(0, 3).map((l) => `<p><strong>${L}:</strong> ${a(l)}</p>`).join('')],
  ['hr-between-headline-paragraphs', (L, ls) => `<h3>${L}</h3>${ls.map((l) => `<p>${a(l)}</p>`).join('<hr>')}`],
  ['tiles-headline-in-alt-only', (L, ls, c) => `<div class="tiles"><h4>${L}</h4>${ls.map((l) => a(l, thumb(l, c, l.text), ' class="tile"')).join('')}</div>`],
  ['cards-unlinked-title-readmore-link', (L, ls) => `<div class="post-cards"><h3>${L}</h3>${ls.map((l) => `<div class="post-card"><h4>${esc(l.text)}</h4>${a(l, '→', ' class="post-card__more" aria-label="more"')}</div>`).join('')}</div>`],
  ['li-source-and-time', (L, ls, c) => `<div class="feed"><h4>${L}</h4><ul>${ls.map((l, n) => `<li>${a(l)} <span class="src">— ${esc(c.siteName)}, ${n + 2} hours ago</span></li>`).join('')}</ul></div>`],
  ['wp-columns-figures', (L, ls, c) => `<h3 class="wp-block-heading">${L}</h3><div class="wp-block-columns">${ls.map((l) => `<div class="wp-block-column"><figure class="wp-block-image">${a(l, thumb(l, c))}</figure><p>${a(l)}</p></div>`).join('')}</div>`],
  ['inline-run-label-after', (L, ls) => `<p>${ls.map((l) => a(l)).join(' · ')} — <em>${L}</em></p>`],
  ['emoji-number-paragraphs', (L, ls) => `<h3>${L}</h3>${ls.map((l, n) => `<p>${['1️⃣', '2️⃣', '3️⃣', '4️⃣', '5️⃣'][n]} ${a(l)}</p>`).join('')}`],
  ['sr-only-heading-list', (L, ls) => `<div class="rel"><h2 class="screen-reader-text">${L}</h2><ol class="rel__list">${li(ls)}</ol></div>`],
  ['page-builder-inline-styles', (L, ls) => `<div style="border:1px solid #ddd;padding:12px;margin:20px 0"><div style="font-weight:700;font-size:18px;margin-bottom:8px">${L}</div>${ls.map((l) => `<div style="padding:4px 0;border-top:1px solid #eee">${a(l, esc(l.text), ' style="color:#0a58ca"')}</div>`).join('')}</div>`],
  ['two-col-list-items-with-thumbs-and-excerpt', (L, ls, c) => `<aside class="read-also"><p class="read-also__title">${L}</p><ul>${ls.map((l) => `<li>${a(l, thumb(l, c))}<div>${a(l)}<p>${esc(l.excerpt)}</p></div></li>`).join('')}</ul></aside>`],
  ['blockquote-cite-list-no-label', (_L, ls, c) => `<blockquote class="also">${ls.map((l) => `<p>${a(l)}</p>`).join('')}<footer>— ${esc(c.siteName)}</footer></blockquote>`],
];

// ---- new labels (added to the language's pools) ----
export const LABELS8 = {
  en: { readMore: ['Read the full story', 'Catch up', 'Dig deeper', 'Background', 'Our earlier report'], related: ['Around the site', 'More like this', 'Elsewhere on the site', 'What to read next', 'Continue reading'] },
  es: { readMore: ['No te pierdas', 'Contexto', 'Clave'], related: ['Sigue leyendo', 'Más de la sección'] },
  fr: { readMore: ['Le contexte', 'Nos informations', 'Relire'], related: ['À lire ensuite', 'Dans l’actualité'] },
  de: { readMore: ['Hintergrund', 'Auch lesenswert', 'Lesetipp'], related: ['Weiterlesen', 'Neu auf der Seite'] },
  vi: { readMore: ['Tin cùng chủ đề', 'Xem tiếp', 'Bài đọc thêm'], related: ['Tin bài khác', 'Tin nổi bật', 'Bài cùng chuyên mục'] },
  el: { readMore: ['Δείτε ακόμη', 'Διαβάστε περισσότερα', 'Σχετικό θέμα'], related: ['Περισσότερα θέματα', 'Σχετικές ειδήσεις', 'Τελευταία νέα'] },
  he: { readMore: ['עוד באתר', 'לכתבה המלאה', 'בהקשר זה'], related: ['עוד כתבות', 'כתבות אחרונות', 'כדאי לקרוא'] },
  fa: { readMore: ['بیشتر بدانید', 'در همین زمینه', 'گزارش قبلی'], related: ['مطالب پیشنهادی', 'در همین زمینه', 'مطالب دیگر'] },
  ko: { readMore: ['관련 뉴스', '함께 읽기', '이전 기사'], related: ['관련 기사 더보기', '인기 기사', '함께 볼 기사'] },
  ru: { readMore: ['Также по теме', 'Ранее', 'Контекст'], related: ['Ещё новости', 'Материалы по теме'] },
  ar: { readMore: ['تابع أيضا', 'ذات صلة', 'اقرأ التفاصيل'], related: ['أخبار متعلقة', 'اقرأ المزيد من الأخبار'] },
  hi: { readMore: ['यह भी देखें', 'ज़रूर पढ़ें', 'पूरी खबर पढ़ें'], related: ['अन्य संबंधित खबरें', 'ताजा अपडेट'] },
  ja: { readMore: ['こちらも読まれています', '詳しくはこちら'], related: ['この記事に関連する記事', 'こちらの記事もおすすめ'] },
  zh: { readMore: ['相关报道', '点击阅读'], related: ['热门推荐', '相关报道'] },
  tr: { readMore: ['Bunlar da var', 'Haberin devamı'], related: ['Öne çıkanlar', 'Sıradaki haberler'] },
};

// A new page language, with labels of its own.
export const LANGS8 = {
  bn: {
    sentences: [
      'পৌরসভা মঙ্গলবার শীতের ঝড় আসার আগে বন্দরের প্রাচীর আরও চল্লিশ মিটার বাড়ানোর পক্ষে ভোট দিয়েছে।',
      'প্রকৌশলীরা সতর্ক করেছেন যে পুরোনো উপকূল রক্ষা বাঁধ এক দশকেরও বেশি সময় ধরে ঠিকমতো পরীক্ষা করা হয়নি।',
      'শহরের পূর্ব দিকের বাসিন্দারা জানান, গত ফেব্রুয়ারির বন্যায় নিচতলার কয়েক ডজন বাড়ি নষ্ট হয়ে গেছে।',
      'আবহাওয়া অনুকূলে থাকলে ঠিকাদার মার্চের মধ্যে কাজের প্রথম ধাপ শেষ করার আশা করছেন।',
      'প্রকল্পের অর্থ আসছে আংশিকভাবে আঞ্চলিক অনুদান থেকে এবং আংশিকভাবে পার্কিং ফি বাড়িয়ে।',
      'কয়েকজন জেলে সাংবাদিকদের বলেন, নির্মাণকাজের সময় ঘাটে যাওয়ার পথ বন্ধ হয়ে যাওয়া নিয়ে তাঁরা চিন্তিত।',
      'পরিবেশ সংস্থার একজন মুখপাত্র বলেন, স্বাধীন উপকূল বিশেষজ্ঞরা পরিকল্পনাটি পর্যালোচনা করেছেন।',
      'বিরোধী কাউন্সিলররা বলছেন, এই অর্থ সবচেয়ে ঝুঁকিপূর্ণ পরিবারগুলোকে সরিয়ে নিতে খরচ করা উচিত ছিল।',
    ],
    subjects: ['সিটি করপোরেশন', 'রেল কর্তৃপক্ষ', 'জেলা হাসপাতাল', 'স্থানীয় কৃষকেরা', 'একটি স্টার্টআপ', 'শিক্ষা বোর্ড'],
    actions: ['বাস লেন নিয়ে ভোট পিছিয়ে দিল', 'দুর্বল প্রান্তিকের পর কর্মী ছাঁটাই করল', 'নদীর পাড়ে নতুন পার্কের পরিকল্পনা দিল', 'হারানো তহবিল নিয়ে প্রশ্নের মুখে', 'নির্মাণ নিষেধাজ্ঞার বিরুদ্ধে আপিলে জিতল', 'উপত্যকায় প্রথম সৌর খামার চালু করল'],
    readMore: ['আরও পড়ুন', 'আরো পড়ুন', 'এটিও পড়ুন', 'সংশ্লিষ্ট খবর', 'পড়তে পারেন'],
    related: ['সম্পর্কিত খবর', 'আরও খবর', 'সর্বাধিক পঠিত', 'এই বিভাগের আরও খবর', 'আপনার জন্য বাছাই করা'],
  },
};

// ---- look-alikes that must stay: [name, (c) => html] ----
export const LOOKALIKES8 = [
  ['prose-heart-and-arrow', () => '<p>Fans painted “I <3 the harbour” on the old wall, and one banner read “tourism -> jobs”, the council noted.</p>'],
  ['prose-inequality', () => '<p>The engineers’ rule of thumb is simple: if the surge height h > 2.5 m and the wall is < 40 years old, it holds.</p>'],
  ['bracket-references', () => '<p>The ruling [PDF, 14 pages] says the permit was valid [sic], the court’s clerk confirmed [1].</p>'],
  ['email-in-angle-brackets', () => '<p>Objections can be sent to the planning officer, Jane Doe &lt;planning@harbour-council.example&gt;, until Friday.</p>'],
  ['prose-three-links', (c) => `<p>Earlier this year the council <a href="${c.origin}/${c.year}/01/council-delays-sea-wall-vote-again/">delayed the vote twice</a>, then <a href="${c.origin}/${c.year}/02/harbour-fund-cut-by-a-third/">cut the fund by a third</a> before it <a href="${c.origin}/${c.year}/03/sea-wall-plan-finally-approved/">approved the plan</a> in March.</p>`],
  ['source-line', () => '<p>Source: <a href="https://www.ons.gov.uk/peoplepopulationandcommunity/housing/bulletins/floodrisk2024">Office for National Statistics</a></p>'],
  ['correction-line', (c) => `<p><em>Correction: an earlier version of this article, <a href="${c.origin}/${c.year}/04/sea-wall-costs-double/">published on 4 April</a>, gave the wrong cost of the wall.</em></p>`],
  ['quote-with-citation', () => '<blockquote><p>“The defences are at the end of their design life,” the <a href="https://www.gov.uk/government/publications/coastal-defence-review">national coastal review</a> concluded.</p></blockquote>'],
  ['json-in-code', () => '<pre><code>{"link": "&lt;a href=\\"/maps/flood/\\"&gt;Flood map&lt;/a&gt;", "target": "_blank"}</code></pre>'],
];
