// Session 10: a new round of leaked-markup forms, written before any rule change from how markup reaches the
// text of scraped, syndicated and pasted pages — families the earlier pools (forms-inline.mjs,
// forms-round8.mjs) do not have, not from any failure: boolean attributes, attribute names of template
// languages, tag names outside the usual inline set, embed code pasted as text, tags whose `>` was eaten,
// escapes of other languages, and link syntaxes other than HTML's (Markdown, BBCode, wiki). Merged into the
// leaked pool by generate.mjs; the name hash splits them into dev and held halves as always.
//   [name, (c) => [before, after, raw?]] — raw: before/after are HTML, not text.
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const path = (c) => new URL(c.url).pathname;
const vid = (c) => (c.slug.replace(/[^a-z0-9]/gi, '') + 'dQw4w9WgXcQ').slice(0, 11);

export const LEAKED10 = [
  // Attributes without a value, alone or between others.
  ['boolean-attr-download', (c) => [`<a href="${c.url}" download>`, '</a>']],
  ['boolean-attr-first', (c) => [`<a data-noicon href="${c.url}" target="_blank">`, '</a>']],
  ['boolean-attr-tail', (c) => [`${c.url}" rel="nofollow" data-skip-lightbox>`, '']],
  ['unquoted-after-quoted-tail', (c) => [`${c.slug}/" target=_blank rel=noopener>`, '']],
  // Attribute names of template languages and frameworks, left in rendered text.
  ['vue-bound-attrs', (c) => [`<a :href="'${path(c)}'" @click.prevent="track('inline')">`, '</a>']],
  ['angular-router-link', (c) => [`<a [routerLink]="['${path(c)}']" routerLinkActive="active">`, '</a>']],
  ['alpine-x-attrs', (c) => [`<a x-data="{open:false}" x-on:click="open=true" href="${c.url}">`, '</a>']],
  // Tag names outside the usual inline set.
  ['button-tag', () => ['<button type="button" class="wp-block-button__link">', '</button>']],
  ['time-tag', () => ['<time datetime="2024-05-03T09:30:00+00:00">', '</time>']],
  ['label-bare-pair', () => ['<label>', '</label>']],
  ['section-div-pair', () => ['<section class="entry-content"><div class="inner">', '</div></section>']],
  ['abbr-title', (c) => [`<abbr title="${c.title}">`, '</abbr>']],
  // Embed code pasted into the text: the tags and what they hold go, the words around stay.
  ['iframe-embed-before', (c) => [`<iframe width="560" height="315" src="https://www.youtube.com/embed/${vid(c)}" title="YouTube video player" frameborder="0" allowfullscreen></iframe> `, '']],
  ['tweet-script-after', () => ['', ' <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>']],
  ['adsense-after', () => ['', ' <ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-1234567890" data-ad-slot="987654"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script>']],
  ['style-block-before', () => ['<style>.entry-content p{margin:0 0 1em}</style>', '']],
  // A tag whose `>` was eaten, its last value glued to the words.
  ['gt-eaten-glued', (c) => [`<a href="${c.url}" title="${c.title}"`, '</a>']],
  ['gt-eaten-tail', (c) => [`${c.slug}/" title="${c.title}"`, '']],
  // Escapes of other languages and cases the earlier forms did not use.
  ['upper-case-entities', (c) => [`&LT;a href=&QUOT;${c.url}&QUOT;&GT;`, '&LT;/a&GT;']],
  ['js-hex-escapes', (c) => [`\\x3Ca href=\\x22${c.url}\\x22\\x3E`, '\\x3C/a\\x3E']],
  ['json-double-backslash', (c) => [`\\\\u003ca href=\\\\\\"${c.url}\\\\\\"\\\\u003e`, '\\\\u003c/a\\\\u003e']],
  ['hex-entities-tag', (c) => [`&#x3C;a href=&#x22;${c.url}&#x22;&#x3E;`, '&#x3C;/a&#x3E;']],
  // Link syntaxes other than HTML's, left unrendered.
  ['markdown-inline-link', (c) => ['[', `](${c.url})`]],
  ['markdown-link-title', (c) => ['[', `](${c.url} "${c.title}")`]],
  ['bbcode-url-eq', (c) => [`[url=${c.url}]`, '[/url]']],
  ['bbcode-url-quoted-upper', (c) => [`[URL="${c.url}"]`, '[/URL]']],
  ['wiki-external-link', (c) => [`[${c.url} `, ']']],
  ['html-escaped-markdown', (c) => ['[', `](&lt;${c.url}&gt;)`]],
];

// ---- read-more lines: [name, (label, links, c) => html]; "two-links…" forms use both links. Families the earlier
// pools do not have: the label after the link or inside it, a date or a source beside the headline, the line inside a
// list, a quote box, a table or a definition, a picture for a label, a line of two teasers, an app's card markup. ----
const a = (l, inner = esc(l.text), attrs = '') => `<a href="${esc(l.href)}"${attrs}>${inner}</a>`;
export const READ_MORE10 = [
  ['link-then-label-span', (L, [l]) => `<p>${a(l)} <span class="tag-more">${L}</span></p>`],
  ['label-link-date', (L, [l]) => `<p>${L}: ${a(l)} (<time datetime="2024-05-02">2 May</time>)</p>`],
  ['label-link-source-em', (L, [l], c) => `<p><b>${L}</b> ${a(l)} <em>— ${esc(c.siteName)}</em></p>`],
  ['parenthesised-line', (L, [l]) => `<p>(${L}: ${a(l)})</p>`],
  ['label-inside-link-strong', (L, [l]) => `<p>${a(l, `<strong>${L}</strong> ${esc(l.text)}`)}</p>`],
  ['ol-single-item', (L, [l]) => `<ol class="more"><li>${L}: ${a(l)}</li></ol>`],
  ['icon-img-label', (L, [l], c) => `<p><img src="${c.origin}/assets/icons/arrow-right.svg" alt="${L}" width="16" height="16"> ${a(l)}</p>`],
  ['small-label-then-h3', (L, [l]) => `<p><small>${L}</small></p><h3>${a(l)}</h3>`],
  ['arrows-both-ends', (L, [l]) => `<p>${L} → ${a(l)} ←</p>`],
  ['nbsp-pipe-bold', (L, [l]) => `<p><b>${L.toUpperCase()}</b>&nbsp;|&nbsp;${a(l)}</p>`],
  ['div-label-div-link', (L, [l]) => `<div class="inline-teaser"><div class="inline-teaser__label">${L}</div><div class="inline-teaser__title">${a(l)}</div></div>`],
  ['two-links-slash', (L, [l, m]) => `<p><em>${L}:</em> ${a(l)} / ${a(m)}</p>`],
  ['two-links-ul-label-p', (L, [l, m]) => `<p><strong>${L}</strong></p><ul><li>${a(l)}</li><li>${a(m)}</li></ul>`],
  ['quote-box-label-cite', (L, [l]) => `<blockquote class="pullout"><p>${a(l)}</p><cite>${L}</cite></blockquote>`],
  ['app-card-div-role-link', (L, [l], c) => `<div class="story-card" data-href="${esc(l.href)}"><span class="story-card__kicker">${L}</span>${a(l, `<span class="story-card__headline">${esc(l.text)}</span>`, ' class="story-card__link"')}<span class="story-card__source">${esc(c.siteName)}</span></div>`],
  ['label-colon-link-in-strong-em', (L, [l]) => `<p><strong><em>${L}: ${a(l)}</em></strong></p>`],
];

// ---- taxonomy path shapes: [name, (word, slug, origin) => path or absolute URL]. Families the earlier pools do
// not have: an id before the slug, a slug in capitals, a section before the taxonomy word, the word after the slug,
// a hash route, a feed or page suffix, and taxonomy words of languages the earlier pools lack. ----
const idOf = (s) => ((s.length * 7919) % 9000) + 1000;
export const TAXONOMY10 = [
  ['id-then-slug', (_w, s) => `/t/${idOf(s)}/${s}`],
  ['id-dash-slug', (_w, s) => `/tags/${idOf(s)}-${s}`],
  ['capitalised-slug', (w) => `/Tag/${encodeURIComponent(w.replace(/ /g, '_'))}`],
  ['section-then-tag', (_w, s) => `/sport/tag/${s}/`],
  ['slug-then-word', (_w, s) => `/${s}/tag/`],
  ['hash-route', (_w, s) => `/#/tag/${s}`],
  ['tag-page-suffix', (_w, s) => `/tag/${s}/page/1/`],
  ['fi-avainsana', (_w, s) => `/avainsana/${s}/`],
  ['sv-amne', (_w, s) => `/amne/${s}`],
  ['cs-stitky', (_w, s) => `/stitky/${s}/`],
  ['hu-cimke', (_w, s) => `/cimke/${s}/`],
  ['ro-eticheta', (_w, s) => `/eticheta/${s}`],
  ['id-topik', (_w, s) => `/topik/${s}`],
  ['tr-etiket-query', (_w, s) => `/arama?etiket=${s}`],
  ['es-palabra-clave', (_w, s) => `/palabra-clave/${s}/`],
];

/** Every form name of this round (the scorer reports them apart). */
export const ROUND10_NAMES = new Set([...LEAKED10, ...READ_MORE10, ...TAXONOMY10].map(([name]) => name));
export { esc };
