// Session 13b: a new round of related-box, read-more and leaked-markup forms, written before any rule change by
// a writer who had not read the rules, from how themes, plugins, page builders, newsletters turned web pages,
// AMP pages, forums and wikis write these things — families the earlier pools (forms-blocks.mjs,
// forms-inline.mjs, forms-round8.mjs, forms-round10.mjs, forms-round12.mjs) do not have, not from any failure:
//   related boxes: bylines, reading times, counts and avatars beside the links, srcset and lazy-loaded pictures
//     without alt, headings that are an <h6> or a picture, partner and sponsored recirculation on the site's own
//     addresses, thumbnail tables, category definition lists, AMP lists, series and previous/next navigation,
//     question headlines, a tweet-like wrapper, "Load more" buttons, boxes split over two asides, reversed
//     lists, forum "similar threads", a wiki's "See also" and navbox holding the site's own articles, page
//     builders' and hosted builders' post modules, a newsletter's web version, Blogger's and WordPress's widgets;
//   read-more lines: the label after the link, an arrow or emoji for the label, the label in <u>, <em> or the
//     link in <mark>, the line in a quote, a list item or a heading, two labelled links on a line, a kicker glued
//     to the headline, quoted headlines, CJK and RTL lines, a dek under the line, brackets, a line with no link,
//     and the line run on at a paragraph's end with no break before it;
//   leaked markup: attributes in other orders and cases, unquoted values, an anchor holding a picture, BBCode and
//     Markdown variants, closing tags alone, tags split by an inline element, numeric single quotes, JSON and
//     percent escapes of tails, shortcodes and block comments with attributes, a more-anchor, noscript pictures,
//     right-to-left marks, and tags whose attribute values are in other scripts.
// Merged into the pools by generate.mjs; the name hash splits them into dev and held halves as always.
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const a = (l, inner = esc(l.text), attrs = '') => `<a href="${esc(l.href)}"${attrs}>${inner}</a>`;
const li = (links) => links.map((l) => `<li>${a(l)}</li>`).join('');
const img = (l, c, w = 320, h = 180) => `${c.origin}/uploads/2024/06/${l.slug.slice(0, 18)}-${w}x${h}.jpg`;
const withQuery = (href, q) => esc(`${href}${href.includes('?') ? '&' : '?'}${q}`);
const AUTHORS = ['Marta Quiroga', 'Owen Pryce', 'Nadia Farouk', 'Tomasz Wilk', 'Ines Baptista'];
const MINUTES = [4, 7, 3, 9, 5];
const CATS = ['Region', 'Business', 'Transport', 'Health', 'Schools'];

// ---- related boxes: [name, (label, links, c) => html]; three to five links ----
export const RELATED13B = [
  ['ul-byline-reading-time', (L, ls) => `<div class="related-list"><h3>${L}</h3><ul>${ls.map((l, n) => `<li>${a(l)}<br><span class="byline">By ${AUTHORS[n]}</span> · <span class="rt">${MINUTES[n]} min read</span></li>`).join('')}</ul></div>`],
  ['ranked-share-counts', (L, ls) => `<section class="chart"><h3 class="chart__title">${L}</h3><ol class="chart__list">${ls.map((l, n) => `<li><span class="chart__pos">${n + 1}</span>${a(l)}<span class="chart__count">${(5 - n) * 1183} shares</span></li>`).join('')}</ol></section>`],
  ['srcset-sizes-cards-no-alt', (L, ls, c) => `<div class="card-grid"><p class="card-grid__title">${L}</p>${ls.map((l) => `<div class="card-grid__item"><a href="${esc(l.href)}"><picture><source media="(min-width: 800px)" srcset="${img(l, c, 640, 360)} 1x, ${img(l, c, 1280, 720)} 2x"><img src="${img(l, c)}" srcset="${img(l, c)} 320w, ${img(l, c, 640, 360)} 640w" sizes="(max-width: 600px) 100vw, 33vw"></picture></a><h4>${a(l)}</h4></div>`).join('')}</div>`],
  ['lazy-data-src-noscript', (L, ls, c) => `<div class="rel-posts"><h4>${L}</h4>${ls.map((l) => `<div class="rel-posts__item"><a href="${esc(l.href)}"><img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="${img(l, c)}" width="320" height="180"><noscript><img src="${img(l, c)}"></noscript></a>${a(l)}</div>`).join('')}</div>`],
  ['h6-label-ul', (L, ls) => `<h6>${L}</h6><ul class="h6-list">${li(ls)}</ul>`],
  ['heading-is-image', (L, ls, c) => `<div class="promo-links"><h3><img src="${c.origin}/assets/headers/more-stories.png" alt="${L}" width="240" height="32"></h3><ul>${li(ls)}</ul></div>`],
  ['partner-recirc-tracked', (L, ls, c) => `<div class="recirc-widget" data-widget-id="AR_2"><div class="recirc-widget__head"><span class="recirc-widget__label">${L}</span><span class="recirc-widget__attrib">Recommended by Feedloop</span></div>${ls.map((l, n) => `<div class="recirc-widget__item"><a href="${withQuery(l.href, `utm_source=recirc&utm_medium=widget&utm_content=slot${n + 1}`)}" rel="sponsored"><img src="${img(l, c, 200, 120)}" alt=""><span class="recirc-widget__title">${esc(l.text)}</span></a><span class="recirc-widget__source">${esc(c.siteName)}</span></div>`).join('')}</div>`],
  ['sponsored-cards-paid-tag', (L, ls, c) => `<aside class="partner-content"><h3>${L}</h3>${ls.map((l) => `<article class="partner-card"><span class="partner-card__tag">Sponsored</span><h4><a href="${withQuery(l.href, 'ref=partner_box')}" rel="sponsored noopener">${esc(l.text)}</a></h4><p class="partner-card__by">Paid for by ${esc(c.siteName)} Studio</p></article>`).join('')}</aside>`],
  ['table-thumb-grid-2x2', (L, ls, c) => `<table class="thumbs" cellpadding="4" width="100%"><tbody><tr><td colspan="2"><b>${L}</b></td></tr>${[0, 2, 4].filter((k) => ls[k]).map((k) => `<tr>${ls.slice(k, k + 2).map((l) => `<td valign="top" width="50%"><a href="${esc(l.href)}"><img src="${img(l, c, 150, 100)}" width="150" height="100" border="0"></a><br>${a(l)}</td>`).join('')}</tr>`).join('')}</tbody></table>`],
  ['dl-category-dt', (L, ls) => `<div class="by-section"><p><strong>${L}</strong></p><dl>${ls.map((l, n) => `<dt>${CATS[n]}</dt><dd>${a(l)}</dd>`).join('')}</dl></div>`],
  ['amp-list-rendered', (L, ls, c) => `<amp-list layout="fixed-height" height="320" src="${c.origin}/amp/related.json"><div class="i-amphtml-fill-content" role="list"><h3 role="listitem">${L}</h3>${ls.map((l) => `<div role="listitem" class="amp-rel">${a(l, `<amp-img src="${img(l, c, 120, 80)}" width="120" height="80" layout="fixed" alt=""></amp-img><span>${esc(l.text)}</span>`)}</div>`).join('')}</div></amp-list>`],
  ['series-part-navigation', (L, ls) => `<nav class="series-nav"><p class="series-nav__label">${L}</p><ol>${ls.map((l, n) => (n === 1 ? `<li class="current">Part ${n + 1} (this article)</li>` : `<li>${a(l, `Part ${n + 1}: ${esc(l.text)}`)}</li>`)).join('')}</ol></nav>`],
  ['previous-next-pair', (L, [l, m]) => `<nav class="navigation post-navigation" aria-label="${L}"><h2 class="screen-reader-text">${L}</h2><div class="nav-links"><div class="nav-previous">${a(l, `<span class="meta-nav">← Previous</span> <span class="post-title">${esc(l.text)}</span>`, ' rel="prev"')}</div><div class="nav-next">${a(m, `<span class="meta-nav">Next →</span> <span class="post-title">${esc(m.text)}</span>`, ' rel="next"')}</div></div></nav>`],
  ['question-headlines', (L, ls) => `<div class="questions"><h3>${L}</h3>${ls.map((l) => `<p class="questions__q">${a(l, `${esc(l.text)}?`)}</p>`).join('')}</div>`],
  ['tweet-like-wrapper', (L, ls, c) => `<blockquote class="twitter-tweet" data-dnt="true"><p lang="und" dir="auto">${L}</p><ul>${li(ls)}</ul>— ${esc(c.siteName)} (@${esc(c.siteName)})</blockquote>`],
  ['load-more-button', (L, ls) => `<div class="more-feed"><h4 class="more-feed__title">${L}</h4><ul class="more-feed__list">${li(ls)}</ul><button type="button" class="more-feed__load" data-page="2">Load more</button></div>`],
  ['split-over-two-asides', (L, ls, c) => `<aside class="rel rel--a"><h4>${L}</h4>${ls.slice(0, 2).map((l) => `<div class="rel__card">${a(l, `<img src="${img(l, c)}" alt="">`)}${a(l)}</div>`).join('')}</aside><aside class="rel rel--b">${ls.slice(2).map((l) => `<div class="rel__card">${a(l, `<img src="${img(l, c)}" alt="">`)}${a(l)}</div>`).join('')}</aside>`],
  ['aside-ol-reversed', (L, ls) => `<aside class="countdown"><h3>${L}</h3><ol reversed>${li(ls)}</ol></aside>`],
  ['forum-similar-threads', (L, ls) => `<div class="block-container"><h3 class="block-minorHeader">${L}</h3><div class="structItemContainer">${ls.map((l, n) => `<div class="structItem structItem--thread"><div class="structItem-cell structItem-cell--main"><div class="structItem-title">${a(l)}</div><div class="structItem-minor"><ul class="structItem-parts"><li>${AUTHORS[n]}</li><li>${n + 2} May 2024</li></ul></div></div><div class="structItem-cell structItem-cell--meta"><dl class="pairs"><dt>Replies</dt><dd>${n * 7 + 4}</dd></dl><dl class="pairs"><dt>Views</dt><dd>${n * 311 + 95}</dd></dl></div></div>`).join('')}</div></div>`],
  ['phpbb-similar-topics', (L, ls) => `<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl><dt>${L}</dt><dd class="posts">Replies</dd><dd class="views">Views</dd></dl></li></ul><ul class="topiclist topics">${ls.map((l, n) => `<li class="row bg${(n % 2) + 1}"><dl><dt>${a(l, esc(l.text), ' class="topictitle"')}<br>by ${AUTHORS[n]}</dt><dd class="posts">${n + 1}</dd><dd class="views">${n * 57 + 40}</dd></dl></li>`).join('')}</ul></div></div>`],
  ['wiki-see-also-own-articles', (L, ls) => `<h2><span class="mw-headline" id="See_also">${L}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>edit<span class="mw-editsection-bracket">]</span></span></h2><div class="div-col" style="column-width: 22em;"><ul>${ls.map((l) => `<li>${a(l, esc(l.text), ` title="${esc(l.text)}"`)}</li>`).join('')}</ul></div>`],
  ['navbox-hlist', (L, ls) => `<div role="navigation" class="navbox" aria-label="${L}"><table class="nowraplinks navbox-inner"><tbody><tr><th scope="col" class="navbox-title">${L}</th></tr><tr><td class="navbox-list hlist"><ul>${li(ls)}</ul></td></tr></tbody></table></div>`],
  ['newsletter-web-version', (L, ls) => `<table role="presentation" width="100%" cellspacing="0" cellpadding="0" border="0" style="background:#f4f1ea"><tbody><tr><td style="padding:18px 24px;font-family:Georgia,serif"><p style="margin:0 0 10px;font-size:13px;letter-spacing:1px;text-transform:uppercase">${L}</p>${ls.map((l) => `<table role="presentation" width="100%"><tbody><tr><td style="padding:6px 0;border-top:1px solid #d9d2c3">${a(l, esc(l.text), ' style="color:#1a1a1a;text-decoration:none" target="_blank"')}</td><td align="right" style="padding:6px 0">→</td></tr></tbody></table>`).join('')}</td></tr></tbody></table>`],
  ['divi-blog-module', (L, ls) => `<div class="et_pb_module et_pb_text"><div class="et_pb_text_inner"><h3>${L}</h3></div></div><div class="et_pb_module et_pb_blog_0 et_pb_blog_grid_wrapper"><div class="et_pb_blog_grid"><div class="et_pb_ajax_pagination_container">${ls.map((l, n) => `<article class="et_pb_post clearfix et_pb_blog_item_0_${n}"><h2 class="entry-title">${a(l)}</h2><p class="post-meta">by <span class="author vcard">${AUTHORS[n]}</span> | <span class="published">May ${n + 3}, 2024</span></p></article>`).join('')}</div></div></div>`],
  ['squarespace-summary-block', (L, ls, c) => `<div class="summary-block-wrapper summary-block-collection-type-blog"><div class="summary-heading"><span class="summary-header-text">${L}</span></div><div class="summary-item-list">${ls.map((l) => `<div class="summary-item"><div class="summary-thumbnail-outer-container">${a(l, `<div class="summary-thumbnail-container"><img data-src="${img(l, c)}" data-image-dimensions="320x180" class="summary-thumbnail-image"></div>`, ' class="summary-thumbnail-container"')}</div><div class="summary-content"><div class="summary-title">${a(l, esc(l.text), ' class="summary-title-link"')}</div></div></div>`).join('')}</div></div>`],
  ['blogger-popular-posts', (L, ls, c) => `<div class="widget PopularPosts" data-version="2" id="PopularPosts1"><h2>${L}</h2><div class="widget-content popular-posts"><ul>${ls.map((l) => `<li><div class="item-thumbnail-only"><div class="item-thumbnail">${a(l, `<img src="${img(l, c, 72, 72)}" width="72" height="72">`)}</div><div class="item-title">${a(l)}</div></div><div style="clear: both;"></div></li>`).join('')}</ul></div></div>`],
  ['wp-rss-widget-own-feed', (L, ls, c) => `<section class="widget widget_rss"><h2 class="widget-title"><a class="rsswidget" href="${c.origin}/feed/"><img class="rss-widget-icon" src="${c.origin}/wp-includes/images/rss.png" width="14" height="14" alt="RSS"></a> <a class="rsswidget" href="${c.origin}/">${L}</a></h2><ul>${ls.map((l, n) => `<li>${a(l, esc(l.text), ' class="rsswidget"')} <span class="rss-date">May ${n + 4}, 2024</span></li>`).join('')}</ul></section>`],
  ['wp-buttons-headlines', (L, ls) => `<p class="has-small-font-size"><strong>${L}</strong></p><div class="wp-block-buttons is-layout-flex">${ls.map((l) => `<div class="wp-block-button is-style-outline">${a(l, esc(l.text), ' class="wp-block-button__link wp-element-button"')}</div>`).join('')}</div>`],
  ['cards-author-avatars', (L, ls, c) => `<div class="story-cards"><h3>${L}</h3>${ls.map((l, n) => `<div class="story-card"><h4>${a(l)}</h4><p class="story-card__meta"><img class="avatar" src="${c.origin}/avatars/${n + 11}.jpg" width="24" height="24"> ${AUTHORS[n]} · ${MINUTES[n]} min</p></div>`).join('')}</div>`],
  ['swiper-slides', (L, ls, c) => `<div class="section-title"><p>${L}</p></div><div class="swiper related-swiper"><div class="swiper-wrapper">${ls.map((l) => `<div class="swiper-slide" style="width: 280px;">${a(l, `<div class="swiper-slide__img" data-background="${img(l, c)}"></div><div class="swiper-slide__title">${esc(l.text)}</div>`)}</div>`).join('')}</div><div class="swiper-pagination"></div><div class="swiper-button-prev"></div><div class="swiper-button-next"></div></div>`],
  ['div-role-list-items', (L, ls) => `<div class="links-panel" role="region" aria-labelledby="lp-h"><div id="lp-h" class="links-panel__h">${L}</div><div role="list">${ls.map((l) => `<div role="listitem">${a(l)}</div>`).join('')}</div></div>`],
];

// ---- read-more lines: [name, (label, links, c) => html]; "two-links…" forms use both links, "para-end…" forms are
// appended to a paragraph of the text ----
export const READ_MORE13B = [
  ['link-then-guillemet-only', (_L, [l]) => `<p>${a(l)} »</p>`],
  ['emoji-only-newspaper', (_L, [l]) => `<p>🗞️ ${a(l)}</p>`],
  ['u-label-colon', (L, [l]) => `<p><u>${L}:</u> ${a(l)}</p>`],
  ['em-label-strong-link', (L, [l]) => `<p><em>${L}</em> <strong>${a(l)}</strong></p>`],
  ['mark-around-link', (L, [l]) => `<p>${L}: <mark>${a(l)}</mark></p>`],
  ['blockquote-label-after', (L, [l]) => `<blockquote class="wp-block-quote"><p><em>${a(l)}</em> — ${L}</p></blockquote>`],
  ['li-label-after-paren', (L, [l]) => `<ul class="wp-block-list"><li>${a(l)} (${L})</li></ul>`],
  ['h4-strong-label-br-link', (L, [l]) => `<h4><strong>${L}</strong><br>${a(l)}</h4>`],
  ['h4-link-em-label-after', (L, [l]) => `<h4>${a(l)} <em>(${L})</em></h4>`],
  ['two-links-two-labels', (L, [l, m]) => `<p><b>${L}:</b> ${a(l)} &nbsp; <b>${L}:</b> ${a(m)}</p>`],
  ['two-links-triangle-run', (L, [l, m]) => `<p>${L} ▸ ${a(l)} ▸ ${a(m)}</p>`],
  ['kicker-glued-no-space', (L, [l]) => `<p><span class="kicker">${L}</span>${a(l)}</p>`],
  ['straight-quoted-link-label-after', (L, [l]) => `<p>${a(l, `"${esc(l.text)}"`)} — ${L}</p>`],
  ['cjk-fullwidth-colon-corner-quotes', (L, [l]) => `<p>${L}：${a(l, `「${esc(l.text)}」`)}</p>`],
  ['cjk-double-angle-brackets', (L, [l]) => `<p>▶${L}：《${a(l)}》</p>`],
  ['rtl-bdi-left-arrow', (L, [l]) => `<p dir="rtl"><strong>${L}</strong> ⟵ <bdi>${a(l)}</bdi></p>`],
  ['rtl-div-pipe', (L, [l]) => `<div dir="rtl" class="inline-link-box"><span>${L}</span> | ${a(l)}</div>`],
  ['line-then-dek-paragraph', (L, [l]) => `<p><strong>${L}:</strong> ${a(l)}</p><p class="standfirst"><em>${esc(l.excerpt)}</em></p>`],
  ['line-dek-small-same-p', (L, [l]) => `<p>${L}: ${a(l)}<br><small>${esc(l.excerpt)}</small></p>`],
  ['p-small-label-after-arrow', (L, [l]) => `<p><small>${a(l)} ← ${L}</small></p>`],
  ['bracketed-whole-line', (L, [l]) => `<p>[${L}: ${a(l)}]</p>`],
  ['plain-text-no-link', (L, [l]) => `<p>${L}: ${esc(l.text)}</p>`],
  ['plain-text-quoted-no-link', (L, [l]) => `<p><strong>${L}</strong> “${esc(l.text)}”</p>`],
  ['hr-framed-line', (L, [l]) => `<hr class="wp-block-separator"><p>${L}: ${a(l)}</p><hr class="wp-block-separator">`],
  ['details-one-link', (L, [l]) => `<details class="also"><summary>${L}</summary><p>${a(l)}</p></details>`],
  ['para-end-run-on-caps', (L, [l]) => ` <strong>${L.toUpperCase()}:</strong> ${a(l)}`],
  ['para-end-br-bracketed', (L, [l]) => `<br>[${L}: ${a(l)}]`],
  ['para-end-br-link-then-label', (L, [l]) => `<br>${a(l)} (${L})`],
];

// ---- leaked markup: [name, (c) => [before, after, raw?]] — raw: before/after are HTML, not text ----
// c: { url, slug, title, origin, img }
export const LEAKED13B = [
  // Attributes in other orders, cases and quotings.
  ['title-first-curly-tag', (c) => [`<a title=”${c.title}” href=”${c.url}”>`, '</a>']],
  ['target-first-eaten-tail', (c) => [`_blank” href=”${c.url}”>`, '']],
  ['data-attr-first-tail', (c) => [`data-id="4821" data-type="post" href="${c.url}">`, '']],
  ['rel-first-unquoted-tag', (c) => [`<a rel=nofollow target=_blank href=${c.url}>`, '</a>']],
  ['upper-case-tail', (c) => [`${c.url}" TARGET="_BLANK" REL="NOOPENER">`, '']],
  ['upper-unquoted-tag', (c) => [`<A HREF=${c.url} TARGET=_BLANK>`, '</A>']],
  ['left-right-curly-tag', (c) => [`<a href=“${c.url}” target=“_blank”>`, '</a>']],
  // An anchor holding a picture, left as text before the words or around them.
  ['anchor-img-before', (c) => [`<a href="${c.url}"><img src="${c.img}" alt="${c.title}" width="300" height="200" /></a> `, '']],
  ['anchor-img-around', (c) => [`<a href="${c.url}" class="thumb"><img src="${c.img}" width="150" height="100">`, '</a>']],
  // BBCode and Markdown variants the earlier forms did not have.
  ['bbcode-url-bare-before', (c) => [`[url]${c.url}[/url] `, '']],
  ['bbcode-bold-in-url', (c) => [`[url=${c.url}][b]`, '[/b][/url]']],
  ['markdown-single-quote-title', (c) => ['[', `](${c.url} '${c.title}')`]],
  ['markdown-angle-url-paren-title', (c) => ['[', `](<${c.url}> (${c.title}))`]],
  ['markdown-image-link-before', (c) => [`[![${c.title}](${c.img})](${c.url}) `, '']],
  // Closing tags alone, and tags split by an inline element of the page.
  ['close-tag-upper-alone', () => ['', '</A>']],
  ['close-tag-br-alone', () => ['', '</a><br />']],
  ['strong-split-open-tag', (c) => [`&lt;a hr<strong>ef="${esc(c.url)}"&gt;</strong>`, '&lt;/a&gt;', true]],
  ['em-split-close-tag', (c) => [`&lt;a href="${esc(c.url)}"&gt;`, '&lt;/<em>a&gt;</em>', true]],
  // Escapes: numeric single quotes, a half-escaped tag, JSON and percent escapes of a tail.
  ['numeric-single-curly-tail', (c) => [`${c.slug}/&#8217; title=&#8216;${c.title}&#8217;&gt;`, '']],
  ['numeric-double-curly-tag', (c) => [`<a href=&#8220;${c.url}&#8221; target=&#8220;_blank&#8221;>`, '</a>']],
  ['half-escaped-lt-only', (c) => [`&lt;a href="${c.url}">`, '&lt;/a>']],
  ['json-escaped-tail', (c) => [`${c.url}\\" target=\\"_blank\\" rel=\\"noopener\\">`, '']],
  ['json-escaped-slashes-tag', (c) => [`<a href=\\"${c.url.replace(/\//g, '\\/')}\\">`, '<\\/a>']],
  ['percent-encoded-tail', (c) => [`${c.url}%22%20target%3D%22_blank%22%3E`, '']],
  // Shortcodes, block comments with attributes, anchors and pictures of a CMS.
  ['caption-shortcode-wrap', (c) => [`[caption id="attachment_4821" align="aligncenter" width="640"]<img src="${c.img}" width="640" height="427" /> `, '[/caption]']],
  ['embed-shortcode-before', (c) => [`[embed]${c.url}[/embed] `, '']],
  ['wp-comment-json-attrs', () => ['<!-- wp:paragraph {"align":"right","fontSize":"medium"} -->', '<!-- /wp:paragraph -->']],
  ['wp-comment-image-block-before', (c) => [`<!-- wp:image {"id":4821,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="${c.img}" alt="" class="wp-image-4821"/></figure><!-- /wp:image --> `, '']],
  ['wp-more-span-before', () => ['<span id="more-4821"></span>', '']],
  ['noscript-img-before', (c) => [`<noscript><img src="${c.img}" alt="" /></noscript> `, '']],
  // Right-to-left marks, and attribute values in other scripts.
  ['rlm-marks-tag', (c) => [`\u200f<a href="${c.url}" dir="rtl">\u200f`, '\u200f</a>']],
  ['arabic-aria-label-tag', (c) => [`<a href="${c.url}" aria-label="اقرأ التقرير كاملاً">`, '</a>']],
  ['devanagari-title-tail', (c) => [`${c.url}" title="पूरी ख़बर यहाँ पढ़ें">`, '']],
  ['chinese-title-curly-tail', (c) => [`${c.slug}/” title=”点击查看全文”>`, '']],
  ['cyrillic-title-tag', (c) => [`<a href="${c.url}" title="Подробнее о событии">`, '</a>']],
];

// ---- labels, added to the language's pools (read-more lines, related boxes) ----
export const LABELS13B = {
  en: { readMore: ['ICYMI', 'Read', 'Opinion', 'Explainer', 'Analysis', 'Watch', 'Go deeper', 'From the archive'], related: ['From our partners', 'Most read', 'Similar threads', 'Popular on the site', 'More from this series', 'Sponsored stories', 'Top stories this week', 'You might have missed'] },
  es: { readMore: ['Lee más', 'Relacionada'], related: ['Lo último', 'Recomendados', 'Te recomendamos'] },
  fr: { readMore: ['Lire', 'Décryptage'], related: ['Les plus partagés', 'À la une', 'Nos recommandations'] },
  de: { readMore: ['Lesen Sie dazu', 'Mehr dazu'], related: ['Top-Artikel', 'Beliebte Artikel', 'Neueste Artikel'] },
  pt: { readMore: ['Veja mais', 'Entenda'], related: ['Mais vistas', 'Últimas notícias', 'Recomendados para você'] },
  it: { readMore: ['Per approfondire', 'Leggi'], related: ['Più letti', 'Ultime notizie', 'Consigliati per te'] },
  ru: { readMore: ['Читать также', 'Смотри также'], related: ['Популярное', 'Выбор редакции', 'Читать ещё'] },
  uk: { readMore: ['Також читайте', 'Детальніше'], related: ['Популярне', 'Останні новини', 'Радимо прочитати'] },
  pl: { readMore: ['Sprawdź także', 'Przeczytaj też'], related: ['Warto przeczytać', 'Polecane artykuły', 'Najnowsze wiadomości'] },
  nl: { readMore: ['Lees hier', 'Ook gelezen'], related: ['Meer lezen', 'Populair', 'Aanbevolen voor jou'] },
  tr: { readMore: ['ÖNERİLEN HABER', 'İLGİLİ HABER'], related: ['Editörün seçtikleri', 'Çok okunanlar', 'Bunları da okuyun'] },
  id: { readMore: ['Cek juga', 'Baca artikel lainnya'], related: ['Berita populer', 'Pilihan editor', 'Terkini'] },
  vi: { readMore: ['Xem chi tiết', 'Mời đọc'], related: ['Tin đọc nhiều', 'Tin hay', 'Bạn có thể thích'] },
  el: { readMore: ['Διαβάστε εδώ', 'Δείτε εδώ'], related: ['Επιλογές σύνταξης', 'Κύριες ειδήσεις', 'Διαβάστε ακόμα'] },
  bn: { readMore: ['আরও জানুন', 'পড়ুন'], related: ['এ সম্পর্কিত আরও', 'পাঠকপ্রিয়', 'সর্বশেষ'] },
  hi: { readMore: ['ये खबर भी पढ़ें', 'जरूर पढ़ें'], related: ['टॉप खबरें', 'लोकप्रिय', 'आपके लिए'] },
  ar: { readMore: ['طالع أيضا', 'اقرأ'], related: ['الأكثر مشاهدة', 'اخترنا لك', 'أخبار ذات علاقة'] },
  fa: { readMore: ['حتما بخوانید', 'ببینید'], related: ['گزیده مطالب', 'داغ‌ترین‌ها', 'از همین نویسنده'] },
  he: { readMore: ['עוד באותו נושא', 'מומלץ לקרוא'], related: ['עוד מהאתר', 'הכי נקראות', 'בחירת העורכים'] },
  ja: { readMore: ['関連', '合わせて読みたい'], related: ['人気の記事', 'ランキング', '最新記事'] },
  zh: { readMore: ['相關閱讀', '延伸閱讀'], related: ['熱門新聞', '最新文章', '大家都在看'] },
  ko: { readMore: ['참고 기사', '이어 읽기'], related: ['주요 기사', '이 시각 많이 본 기사', '추천 뉴스'] },
};

/** Every form name and label of this round (the generator marks its items; the scorer may report them apart). */
export const ROUND13B_NAMES = new Set([
  ...[...RELATED13B, ...READ_MORE13B, ...LEAKED13B].map(([name]) => name),
  ...Object.values(LABELS13B).flatMap(({ readMore, related }) => [...readMore, ...related]),
]);
