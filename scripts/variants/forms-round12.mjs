// Session 12: a new round of leaked-markup, keyword/affiliate and look-alike forms, written before any rule
// change, from families the earlier pools (forms-inline.mjs, forms-round8.mjs, forms-round10.mjs) do not have —
// not from any failure:
//   leaked markup: quotes of other scripts (guillemets, corner brackets, fullwidth), decimal entities, whitespace
//     the earlier forms never put in a tag (tab, no-break space, a line break before ">"), values that hold ">" or
//     an apostrophe, event handlers and query strings in tails, relative and protocol-relative addresses, tags
//     of other kinds (mailto, javascript:, xlink, JSX components, template and PHP placeholders, source, video,
//     svg), nested tag pairs, a commented-out tag, and the link syntaxes of other text formats (reStructuredText,
//     AsciiDoc, Org, Textile, MediaWiki, Markdown's autolink and reference forms, static-site shortcodes);
//   keyword links: search-result links, glossary and entity pages, slugs joined by "+", "_" or "%20", other file
//     endings, CMS query routes, taxonomy words of more languages;
//   affiliate links: networks and short-link hosts the earlier pools lack (a redirect carrying the shop's
//     address in the query, a short host with a code for a path);
//   look-alikes: prose with the words, signs and brackets of injected kinds that must stay.
// Merged into the pools by generate.mjs; the name hash splits them into dev and held halves as always.
const enc = encodeURIComponent;
const hostOf = (c) => new URL(c.origin).hostname;
const pathOf = (c) => new URL(c.url).pathname;

//   [name, (c) => [before, after, raw?]] — raw: before/after are HTML, not text.
export const LEAKED12 = [
  // Quotes of other scripts and keyboards.
  ['guillemet-quotes-tail', (c) => [`${c.slug}/» title=«${c.title}»>`, '']],
  ['guillemet-tag', (c) => [`<a href=«${c.url}» target=«_blank»>`, '</a>']],
  ['corner-bracket-quotes-tag', (c) => [`<a href=「${c.url}」>`, '</a>']],
  ['fullwidth-quotes-tail', (c) => [`${c.url}＂ title=＂${c.title}＂>`, '']],
  ['single-curly-tail', (c) => [`${c.slug}/’ title=‘${c.title}’ rel=‘bookmark’>`, '']],
  // Entities and escapes the earlier forms did not use.
  ['decimal-entities-tag', (c) => [`&#60;a href=&#34;${c.url}&#34;&#62;`, '&#60;/a&#62;']],
  ['double-escaped-decimal', (c) => [`&amp;#60;a href=&amp;#34;${c.url}&amp;#34;&amp;#62;`, '&amp;#60;/a&amp;#62;']],
  ['named-quot-amp-tail', (c) => [`${c.url}&quot; class=&quot;internal&quot; rel=&quot;noopener&quot;&gt;`, '']],
  // Whitespace inside the tag.
  ['tab-separated-attrs', (c) => [`<a\thref="${c.url}"\ttarget="_blank">`, '</a>']],
  ['nbsp-after-tag-name', (c) => [`<a\u00a0href="${c.url}">`, '</a>']],
  ['newline-before-gt', (c) => [`<a href="${c.url}"\n>`, '</a\n>']],
  // Values that hold ">" or an apostrophe; handlers and query strings in tails.
  ['gt-inside-title', (c) => [`<a href="${c.url}" title="Analysis > ${c.title}">`, '</a>']],
  ['apostrophe-title-tail', (c) => [`${c.slug}/” title=”What’s next: ${c.title}”>`, '']],
  ['onclick-tail', (c) => [`${c.url}" onclick="ga('send', 'event', 'outbound', 'click');">`, '']],
  ['utm-query-tail', (c) => [`${c.url}?utm_source=newsletter&utm_medium=email&utm_campaign=daily" target="_blank">`, '']],
  ['data-vars-tail', (c) => [`${c.url}" data-vars-event-category="inline link" data-vars-event-label="${c.title}">`, '']],
  // Addresses and tags of other kinds.
  ['relative-href-tag', (c) => [`<a href="${pathOf(c)}">`, '</a>']],
  ['protocol-relative-tail', (c) => [`//${hostOf(c)}${pathOf(c)}" title="${c.title}">`, '']],
  ['mailto-tag', (c) => [`<a href="mailto:newsroom@${hostOf(c).replace(/^www\./, '')}">`, '</a>']],
  ['javascript-href-tag', () => ['<a href="javascript:void(0)" onclick="openGallery(3)">', '</a>']],
  ['xlink-href-tag', (c) => [`<a xlink:href="${c.url}">`, '</a>']],
  ['self-closing-anchor', (c) => [`<a href="${c.url}" /> `, '']],
  ['jsx-link-component', (c) => [`<Link to="${pathOf(c)}" className="inline-link">`, '</Link>']],
  ['template-placeholder-href', () => ['<a href="{{ post.url }}" class="{{ link_class }}">', '</a>']],
  ['php-echo-href', () => ['<a href="<?php echo get_permalink( 4821 ); ?>">', '</a>']],
  ['nested-p-a-pair', (c) => [`<p><a href="${c.url}">`, '</a></p>']],
  ['span-in-link-pair', (c) => [`<a href="${c.url}"><span class="link-text">`, '</span></a>']],
  ['source-webp-before', (c) => [`<source srcset="${c.img.replace(/\.jpg$/, '.webp')}" type="image/webp"> `, '']],
  ['video-tag-before', (c) => [`<video controls preload="none" src="${c.origin}/media/harbour-clip.mp4"></video> `, '']],
  ['svg-icon-before', () => ['<svg aria-hidden="true" viewBox="0 0 24 24"><path d="M5 12h14M12 5l7 7-7 7"/></svg> ', '']],
  ['srcset-tail', (c) => [`${c.img} 1024w, ${c.img.replace('1024x683', '768x512')} 768w" sizes="(max-width: 1024px) 100vw, 1024px" /> `, '']],
  ['commented-out-tag', (c) => [`<!-- <a href="${c.url}"> --> `, '']],
  // Link syntaxes of other text formats, left unrendered.
  ['rst-link', (c) => ['`', ` <${c.url}>\`_`]],
  ['asciidoc-link', (c) => [`link:${c.url}[`, ']']],
  ['org-mode-link', (c) => [`[[${c.url}][`, ']]']],
  ['textile-link', (c) => ['"', `":${c.url}`]],
  ['mediawiki-piped-link', (c) => [`[[${c.title}|`, ']]']],
  ['markdown-autolink-after', (c) => ['', ` <${c.url}>`]],
  ['markdown-reference-link', () => ['[', '][3]']],
  ['hugo-ref-shortcode', (c) => ['[', `]({{< ref "posts/${c.slug}.md" >}})`]],
  ['liquid-post-url', (c) => ['[', `]({% post_url 2024-05-02-${c.slug} %})`]],
  ['bbcode-img-before', (c) => [`[img]${c.img}[/img] `, '']],
];

//   [name, (word, slug, origin) => path or absolute URL]
const idOf = (s) => ((s.length * 6271) % 900) + 100;
export const TAXONOMY12 = [
  ['wp-search-query', (_w, s) => `/?s=${s}`],
  ['search-q-words', (w) => `/search?q=${enc(w)}`],
  ['search-path', (_w, s) => `/search/${s}/`],
  ['glossary', (_w, s) => `/glossary/${s}/`],
  ['lexikon', (_w, s) => `/lexikon/${s}`],
  ['define', (_w, s) => `/define/${s}`],
  ['company-page', (_w, s) => `/company/${s}`],
  ['person-page', (_w, s) => `/person/${s}/`],
  ['places', (_w, s) => `/places/${s}/`],
  ['plus-joined', (w) => `/tag/${w.toLowerCase().split(/\s+/).map(enc).join('+')}`],
  ['underscore-joined', (_w, s) => `/topic/${s.replace(/-/g, '_')}`],
  ['space-encoded', (w) => `/tags/${enc(w.toLowerCase())}`],
  ['tag-htm', (_w, s) => `/tag/${s}.htm`],
  ['tag-index-html', (_w, s) => `/tags/${s}/index.html`],
  ['joomla-tag-query', (_w, s) => `/index.php?option=com_tags&view=tag&id=${idOf(s)}-${s}`],
  ['drupal-term', (_w, s) => `/taxonomy/term/${idOf(s)}`],
  ['no-emne', (_w, s) => `/emne/${s}/`],
  ['fi-aihe', (_w, s) => `/aihe/${s}`],
  ['vi-chu-de', (_w, s) => `/chu-de/${s}.html`],
  ['tr-konu', (_w, s) => `/konu/${s}/`],
  ['it-etichetta', (_w, s) => `/etichetta/${s}/`],
  ['ja-tag', (_w, s) => `/${enc('タグ')}/${s}/`],
  ['fa-barchasb', (_w, s) => `/${enc('برچسب')}/${s}`],
  ['uk-tehy', (_w, s) => `/${enc('теги')}/${s}/`],
  ['hi-tag', (_w, s) => `/${enc('टैग')}/${s}`],
];

//   [name, (c) => URL] (c: { product, slug, site, origin, asin })
const shop = (c) => `https://www.outdoorgear.example/products/${c.slug}`;
export const AFFILIATE12 = [
  ['a-co-short', (c) => `https://a.co/d/${c.asin.slice(2, 9)}`],
  ['amzn-eu-short', (c) => `https://amzn.eu/d/${c.asin.slice(1, 8).toLowerCase()}`],
  ['amazon-jp-tag', (c) => `https://www.amazon.co.jp/dp/${c.asin}/?tag=${c.site}-22`],
  ['shareasale', (c) => `https://www.shareasale.com/r.cfm?b=1234&u=567890&m=4321&urllink=${enc(shop(c).replace(/^https:\/\//, ''))}&afftrack=${c.site}`],
  ['shareasale-short', (c) => `https://shrsl.com/${c.asin.slice(3, 8).toLowerCase()}`],
  ['cj-anrdoezrs', (c) => `https://www.anrdoezrs.net/click-1234567-12345678?url=${enc(shop(c))}&sid=${c.site}`],
  ['avantlink', (c) => `https://www.avantlink.com/click.php?tt=cl&mi=10248&pw=${c.asin.length}5813&url=${enc(shop(c))}`],
  ['redirectingat', (c) => `https://go.redirectingat.com/?id=44681X1458326&xcust=${c.site}&url=${enc(shop(c))}`],
  ['rstyle', (c) => `https://rstyle.me/+${c.asin.slice(2, 12)}`],
  ['fave-co', (c) => `https://fave.co/${c.asin.slice(1, 8)}`],
  ['sovrn-short', (c) => `https://sovrn.co/${c.asin.slice(2, 9).toLowerCase()}`],
  ['admitad', (c) => `https://ad.admitad.com/g/1e8d114494b7e16d2a5b2f1d/?ulp=${enc(shop(c))}&subid=${c.site}`],
  ['tradedoubler', (c) => `https://clk.tradedoubler.com/click?p=23456&a=3154321&url=${enc(shop(c))}`],
  ['webgains', (c) => `https://track.webgains.com/click.html?wgcampaignid=123456&wgprogramid=7890&clickref=${c.site}&wgtarget=${enc(shop(c))}`],
  ['bol-partner', (c) => `https://partner.bol.com/click/click?p=2&t=url&s=1234567&f=TXL&url=${enc(`https://www.bol.com/nl/p/${c.slug}/9200000123456789/`)}&name=${c.site}`],
  ['own-shop-redirect', (c) => `${c.origin}/shop/redirect/?to=${enc(shop(c))}&pos=inline`],
];

// Look-alike prose that must stay: [name, ({ origin, year }) => html].
const P = (s) => () => `<p>${s}</p>`;
export const LOOKALIKES12 = [
  ['r12-prices-angle-signs', P('Prices jumped from &lt;£200 a night to &gt;£350 during the festival, the tourist board said.')],
  ['r12-arrow-in-quotes', P('Users complained that the app’s “&lt;-- Back” button took them out of the form and lost their answers.')],
  ['r12-hashtag-prose', P('#FloodWatch trended for most of Saturday as residents posted pictures of the rising water.')],
  ['r12-follow-up-study', P('A follow-up study, due next spring, will track the same 400 households for five more years.')],
  ['r12-subscriptions-news', P('Subscriptions to the regional paper rose by 4 per cent last year, its owner said.')],
  ['r12-read-more-books', P('Read more books and watch less television, the minister urged parents at the library’s reopening.')],
  ['r12-related-to-budget', P('Related to the budget row, two councillors resigned from the finance committee on Tuesday.')],
  ['r12-see-also-appendix', P('See also Table 2 in the report’s appendix, which lists every breach of the wall since 2010.')],
  ['r12-click-here-survey', P('“Click here” was still the most common link text on council websites, the accessibility audit found.')],
  ['r12-brackets-quote', P('The minister said the plan “[was] never going to work” without the harbour board’s money.')],
  ['r12-code-tail', P('If the theme prints <code>” title=”</code> in the middle of your posts, a plugin is escaping quotes twice.')],
  ['r12-markdown-explained', P('In Markdown, a link is written as the words in square brackets followed by the address in round ones.')],
  ['r12-own-tag-in-sentence', (c) => `<p>The paper has covered the storm season since 2019; <a href="${c.origin}/${c.year}/01/how-we-report-on-floods/">how we report on floods</a> explains its rules on photographs of victims.</p>`],
  ['r12-external-topic-citation', () => '<p>The <a href="https://www.who.int/health-topics/cholera">World Health Organization’s cholera page</a> lists the symptoms doctors should look for.</p>'],
  ['r12-share-of-vote', P('Her share of the vote fell to 31 per cent, the lowest for her party since the ward was created.')],
  ['r12-download-speeds', P('Download speeds in the harbour district doubled after the new cable was laid in March.')],
];

/** Every form name of this round (the scorer reports them apart). */
export const ROUND12_NAMES = new Set([...LEAKED12, ...TAXONOMY12, ...AFFILIATE12, ...LOOKALIKES12].map(([name]) => name));
