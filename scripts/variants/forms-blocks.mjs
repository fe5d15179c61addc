// Block forms for the variant generator: read-more lines, related boxes and calls to action, each a
// function of the label, the links and the page, returning the HTML spliced between two paragraphs.
// As in forms-inline.mjs, a form's name puts it in the dev or the held-aside half.
import { FAMILY_SHAPES } from './calls-families.mjs';
import { STEP_SHAPES } from './calls-steps.mjs';
import { ROUND9_SHAPES } from './calls-round9.mjs';
import { ROUND13C_SHAPES } from './calls-round13c.mjs';
import { ROUND14_SHAPES, ROUND14_TARGETS } from './calls-round14.mjs';
import { ROUND15_SHAPES, ROUND15_TARGETS } from './calls-round15.mjs';
import { ROUND16_SHAPES, ROUND16_TARGETS } from './calls-round16.mjs';
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const a = (l, inner = esc(l.text), attrs = '') => `<a href="${esc(l.href)}"${attrs}>${inner}</a>`;

// ---- read-more lines: [name, (label, links, c) => html]; links: [{href, text}], one or two ----
export const READ_MORE = [
  ['p-strong-colon', (L, [l]) => `<p><strong>${L}:</strong> ${a(l)}</p>`],
  ['p-plain-colon', (L, [l]) => `<p>${L}: ${a(l)}</p>`],
  ['p-em', (L, [l]) => `<p><em>${L}: ${a(l)}</em></p>`],
  ['label-in-link', (L, [l]) => `<p>${a(l, `${L}: ${esc(l.text)}`)}</p>`],
  ['h4-line', (L, [l]) => `<h4>${L}: ${a(l)}</h4>`],
  ['div-span', (L, [l]) => `<div class="read-more"><span class="label">${L}</span> ${a(l)}</div>`],
  ['blockquote', (L, [l]) => `<blockquote><p>${L}: ${a(l)}</p></blockquote>`],
  ['single-li', (L, [l]) => `<ul><li><strong>${L}:</strong> ${a(l)}</li></ul>`],
  ['arrow', (_L, [l]) => `<p>→ ${a(l)}</p>`],
  ['triangle-bold', (_L, [l]) => `<p><strong>► ${a(l)}</strong></p>`],
  ['label-br', (L, [l]) => `<p><strong>${L}</strong><br>${a(l)}</p>`],
  ['pipe', (L, [l]) => `<p>${L.toUpperCase()} | ${a(l)}</p>`],
  ['dash-bold', (L, [l]) => `<p><b>${L}</b> — ${a(l)}</p>`],
  ['aside-p', (L, [l]) => `<aside class="inline-related"><p>${L}</p>${a(l)}</aside>`],
  ['ghost-bookmark', (_L, [l], c) => `<figure class="kg-card kg-bookmark-card">${a(l, `<div class="kg-bookmark-content"><div class="kg-bookmark-title">${esc(l.text)}</div><div class="kg-bookmark-metadata"><span class="kg-bookmark-publisher">${esc(c.siteName)}</span></div></div><div class="kg-bookmark-thumbnail"><img src="${c.origin}/content/images/2024/05/thumb.jpg" alt=""></div>`, ' class="kg-bookmark-container"')}</figure>`],
  ['wp-embed', (_L, [l]) => `<figure class="wp-block-embed is-type-wp-embed"><div class="wp-block-embed__wrapper"><blockquote class="wp-embedded-content"><p>${a(l)}</p></blockquote></div></figure>`],
  ['two-links', (L, [l, m]) => `<p><strong>${L}:</strong> ${a(l)}; ${a(m)}</p>`],
  ['table-row', (L, [l]) => `<table class="related-inline"><tbody><tr><td><b>${L}</b></td><td>${a(l)}</td></tr></tbody></table>`],
  ['colored-span', (L, [l]) => `<p><span style="color: #ff0000;"><strong>${L}:</strong></span> ${a(l, `<span style="color: #0000ff;">${esc(l.text)}</span>`)}</p>`],
  ['emoji-label', (L, [l]) => `<p>📌 <strong>${L}:</strong> ${a(l)}</p>`],
  ['caps-no-colon', (L, [l]) => `<p><strong>${L.toUpperCase()}</strong> ${a(l)}</p>`],
  ['medium-classes', (L, [l]) => `<p class="pw-post-body-paragraph ks kt fr ku b kv" data-selectable-paragraph=""><strong class="ku fs">${L}:</strong> ${a(l, esc(l.text), ' class="af ns" rel="noopener"')}</p>`],
  ['div-strong-a', (L, [l]) => `<div><strong>${L}:</strong> <a href="${esc(l.href)}"><strong>${esc(l.text)}</strong></a></div>`],
  ['fullwidth-colon', (L, [l]) => `<p>【${L}】${a(l)}</p>`],
  ['h3-link-only', (_L, [l]) => `<h3>${a(l)}</h3>`],
  ['small-label', (L, [l]) => `<p><small>${L}</small><br><a href="${esc(l.href)}"><b>${esc(l.text)}</b></a></p>`],
];

const li = (links) => links.map((l) => `<li>${a(l)}</li>`).join('');
const thumb = (l, c) => `<img src="${c.origin}/wp-content/uploads/2024/05/${l.slug.slice(0, 20)}-150x150.jpg" alt="" width="150" height="150">`;

// ---- related boxes: [name, (label, links, c) => html]; links: three to five ----
export const RELATED = [
  ['div-h3-ul', (L, ls) => `<div class="related"><h3>${L}</h3><ul>${li(ls)}</ul></div>`],
  ['h4-ol-noclass', (L, ls) => `<div><h4>${L}</h4><ol>${li(ls)}</ol></div>`],
  ['p-strong-ul', (L, ls) => `<div class="wp-block-group"><p><strong>${L}</strong></p><ul>${li(ls)}</ul></div>`],
  ['aside-h2-cards', (L, ls, c) => `<aside class="post-links"><h2>${L}</h2>${ls.map((l) => `<div class="card">${a(l, thumb(l, c))}<h5>${a(l)}</h5><time>12 May 2024</time></div>`).join('')}</aside>`],
  ['section-h5-divs', (L, ls) => `<section><h5>${L}</h5>${ls.map((l) => `<div>${a(l)}</div>`).join('')}</section>`],
  ['p-br-links', (L, ls) => `<p><strong>${L}</strong><br>${ls.map((l) => a(l)).join('<br>')}</p>`],
  ['blockquote-ps', (L, ls) => `<blockquote><p><strong>${L}</strong></p>${ls.map((l) => `<p>${a(l)}</p>`).join('')}</blockquote>`],
  ['table-caption', (L, ls) => `<table><caption>${L}</caption><tbody>${ls.map((l) => `<tr><td>${a(l)}</td></tr>`).join('')}</tbody></table>`],
  ['sibling-paragraphs', (L, ls) => `<p><strong>${L}</strong></p>${ls.map((l) => `<p>${a(l)}</p>`).join('')}`],
  ['no-label-ul', (_L, ls) => `<ul>${li(ls)}</ul>`],
  ['jetpack', (L, ls, c) => `<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>${L}</em></h3><div class="jp-relatedposts-items">${ls.map((l) => `<div class="jp-relatedposts-post"><a class="jp-relatedposts-post-a" href="${esc(l.href)}">${thumb(l, c)}</a><h4 class="jp-relatedposts-post-title">${a(l)}</h4><p class="jp-relatedposts-post-date">May 3, 2024</p></div>`).join('')}</div></div>`],
  ['excerpt-cards', (L, ls) => `<div class="more-box"><div class="more-box__title">${L}</div>${ls.map((l) => `<article class="teaser"><h3>${a(l)}</h3><p>${esc(l.excerpt)}</p></article>`).join('')}</div>`],
  ['dl-list', (L, ls) => `<dl><dt>${L}</dt>${ls.map((l) => `<dd>${a(l)}</dd>`).join('')}</dl>`],
  ['span-label-ul', (L, ls) => `<div class="box"><span class="box-title">${L}</span><ul class="list">${li(ls)}</ul></div>`],
  ['ghost-cards', (L, ls, c) => `<div class="kg-card kg-header-card"><h2 class="kg-header-card-header">${L}</h2></div>${ls.map((l) => `<figure class="kg-card kg-bookmark-card">${a(l, `<div class="kg-bookmark-content"><div class="kg-bookmark-title">${esc(l.text)}</div></div>${thumb(l, c)}`, ' class="kg-bookmark-container"')}</figure>`).join('')}`],
  ['substack-digest', (L, ls) => `<div class="digest-post-embed"><p class="header-anchor-post">${L}</p>${ls.map((l) => `<div class="digest-post"><a class="digest-post-title" href="${esc(l.href)}">${esc(l.text)}</a><div class="digest-post-meta">5 min read</div></div>`).join('')}</div>`],
  ['two-column-table', (L, ls) => `<table class="related-table"><thead><tr><th colspan="2">${L}</th></tr></thead><tbody>${ls.map((l) => `<tr><td>•</td><td>${a(l)}</td></tr>`).join('')}</tbody></table>`],
  ['label-p-ol-excerpts', (L, ls) => `<p><b>${L}</b></p><ol>${ls.map((l) => `<li>${a(l)} — ${esc(l.excerpt)}</li>`).join('')}</ol>`],
  ['cards-with-category', (L, ls, c) => `<div class="post-grid"><h3 class="post-grid__title">${L}</h3>${ls.map((l) => `<div class="post-grid__item"><a class="cat" href="${c.origin}/category/news/">News</a><h4>${a(l)}</h4><span class="when">3 days ago</span></div>`).join('')}</div>`],
  ['inline-dot-links', (L, ls) => `<p><span class="lbl">${L}:</span> ${ls.map((l) => a(l)).join(' · ')}</p>`],
  ['framed-hr', (L, ls) => `<hr><h3>${L}</h3>${ls.map((l) => `<p>${a(l)}</p>`).join('')}<hr>`],
  ['post-embeds', (L, ls) => `<h4>${L}</h4>${ls.map((l) => `<figure class="wp-block-embed is-type-wp-embed"><div class="wp-block-embed__wrapper"><blockquote class="wp-embedded-content"><a href="${esc(l.href)}">${esc(l.text)}</a></blockquote></div></figure>`).join('')}`],
  ['ul-with-dates', (L, ls) => `<div class="widget"><h4>${L}</h4><ul>${ls.map((l) => `<li>${a(l)} <span class="date">(May 2024)</span></li>`).join('')}</ul></div>`],
  ['details-summary', (L, ls) => `<details open><summary>${L}</summary><ul>${li(ls)}</ul></details>`],
  ['figure-caption-ul', (L, ls) => `<figure class="links"><figcaption>${L}</figcaption><ul>${li(ls)}</ul></figure>`],
  ['fieldset-box', (L, ls) => `<fieldset><legend>${L}</legend>${ls.map((l) => `<p>${a(l)}</p>`).join('')}</fieldset>`],
  ['label-spacer-ul', (L, ls) => `<p><strong>${L}</strong></p><p>&nbsp;</p><ul>${li(ls)}</ul>`],
  ['label-hr-ul', (L, ls) => `<h3>${L}</h3><hr><ul>${li(ls)}</ul>`],
  ['label-text-node', (L, ls) => `${L}<ul>${li(ls)}</ul>`],
  ['label-link-heading', (L, ls, c) => `<h3><a href="${c.origin}/category/news/">${L}</a></h3><ul>${li(ls)}</ul>`],
  ['split-columns', (L, ls) => `<div class="rel"><h4>${L}</h4><div class="cols"><ul>${li(ls.slice(0, 2))}</ul><ul>${li(ls.slice(2))}</ul></div></div>`],
  ['cards-readmore', (L, ls, c) => `<div class="recommended"><p class="title">${L}</p>${ls.map((l) => `<div class="item">${a(l, thumb(l, c))}<p>${a(l)}</p><p><a href="${esc(l.href)}">»</a></p></div>`).join('')}</div>`],
  // Carousels and grids of <article> cards, as themes and recommendation widgets write them.
  ['article-card-carousel', (L, ls, c) => `<div class="carousel" data-slick='{"slidesToShow":3}'><h2 class="carousel__title">${L}</h2><button class="prev" aria-label="Previous">‹</button><div class="carousel__track">${ls.map((l) => `<article class="card">${a(l, thumb(l, c))}<h3 class="card__title">${a(l)}</h3></article>`).join('')}</div><button class="next" aria-label="Next">›</button></div>`],
  ['article-cards-no-heading', (_L, ls, c) => `<div class="grid">${ls.map((l) => `<article>${a(l, thumb(l, c))}<h4>${a(l)}</h4><time datetime="2024-05-03">3 May</time></article>`).join('')}</div>`],
  ['section-aria-label', (L, ls) => `<section aria-label="${L}" class="rail">${ls.map((l) => `<div class="rail__item">${a(l)}</div>`).join('')}</section>`],
  ['nav-story-links', (L, ls) => `<nav class="story-nav" aria-label="${L}"><h2>${L}</h2>${ls.map((l) => a(l)).join('')}</nav>`],
  ['most-read-ranked', (L, ls) => `<div class="ranking"><h3>${L}</h3><ol class="ranked">${ls.map((l, n) => `<li><span class="rank">${n + 1}</span> ${a(l)}</li>`).join('')}</ol></div>`],
  ['most-read-number-divs', (L, ls) => `<div class="top"><div class="top__head">${L}</div>${ls.map((l, n) => `<div class="top__row"><span>0${n + 1}</span>${a(l)}</div>`).join('')}</div>`],
  ['inline-pipe-run', (L, ls) => `<p><strong>${L}:</strong> ${ls.map((l) => a(l)).join(' | ')}</p>`],
  ['inline-run-no-label', (_L, ls) => `<p>${ls.map((l) => a(l)).join(' · ')}</p>`],
  ['headline-cards-no-label', (_L, ls, c) => `<div class="teasers">${ls.map((l) => `<div class="teaser">${a(l, thumb(l, c))}<a href="${esc(l.href)}" class="teaser__title">${esc(l.text)}</a></div>`).join('')}</div>`],
  ['whole-link-cards', (L, ls, c) => `<div class="more"><h4>${L}</h4><div class="row">${ls.map((l) => `<a class="tile" href="${esc(l.href)}">${thumb(l, c)}<span class="tile__title">${esc(l.text)}</span></a>`).join('')}</div></div>`],
  ['figure-grid', (L, ls, c) => `<aside><h4>${L}</h4>${ls.map((l) => `<figure>${a(l, thumb(l, c))}<figcaption>${a(l)}</figcaption></figure>`).join('')}</aside>`],
  ['table-cells-row', (L, ls) => `<table class="more"><tbody><tr><th colspan="${ls.length}">${L}</th></tr><tr>${ls.map((l) => `<td>${a(l)}</td>`).join('')}</tr></tbody></table>`],
  ['label-as-first-li', (L, ls) => `<ul class="links"><li><strong>${L}</strong></li>${li(ls)}</ul>`],
  ['cards-byline-category', (L, ls, c) => `<div class="related-grid"><h3>${L}</h3>${ls.map((l) => `<div class="card"><a class="card__cat" href="${c.origin}/topics/local/">Local</a>${a(l, thumb(l, c))}<h4>${a(l)}</h4><p class="meta">By Staff · 4 min</p></div>`).join('')}</div>`],
  ['box-with-section-link', (L, ls, c) => `<div class="box"><h3>${L}</h3><ul>${li(ls)}</ul><p class="box__more"><a href="${c.origin}/news/">»</a></p></div>`],
  ['list-dashes-br', (L, ls) => `<div><b>${L}</b><br>${ls.map((l) => `– ${a(l)}`).join('<br>')}</div>`],
  ['article-cards-excerpt-byline', (L, ls) => `<section class="more-stories"><h2>${L}</h2>${ls.map((l) => `<article><h3>${a(l)}</h3><p class="dek">${esc(l.excerpt.replace(/…$/, ''))}</p><span class="byline">Staff reporter</span></article>`).join('')}</section>`],
  ['ul-thumb-title-date', (L, ls, c) => `<div class="widget-posts"><h4>${L}</h4><ul class="posts">${ls.map((l) => `<li>${a(l, thumb(l, c))}<div class="posts__body">${a(l)}<span class="date">2 days ago</span></div></li>`).join('')}</ul></div>`],
  ['numbered-paragraphs', (L, ls) => `<aside class="box"><p><strong>${L}</strong></p>${ls.map((l, n) => `<p>${n + 1}. ${a(l)}</p>`).join('')}</aside>`],
  ['label-div-links-div', (L, ls) => `<div><strong>${L}</strong></div><div>${ls.map((l) => a(l)).join('<br>')}</div>`],
  ['triangle-paragraphs', (L, ls) => `<p>${L}</p>${ls.map((l) => `<p>▶ ${a(l)}</p>`).join('')}`],
  ['bullets-in-one-p', (L, ls) => `<p><strong>${L}</strong></p><p>${ls.map((l) => `• ${a(l)}`).join('<br>')}</p>`],
  ['kicker-items', (L, ls) => `<div class="list"><h3>${L}</h3>${ls.map((l, n) => `<div class="list__item"><span class="kicker">${['Politics', 'Sport', 'Economy', 'Local', 'Culture'][n]}</span> ${a(l)}</div>`).join('')}</div>`],
  ['quote-block-list', (L, ls) => `<blockquote class="wp-block-quote"><p><strong>${L}</strong></p><ul>${li(ls)}</ul></blockquote>`],
  ['blogger-centered', (L, ls) => `<div style="text-align: center;"><b>${L}</b></div>${ls.map((l) => `<div style="text-align: center;">${a(l)}</div>`).join('')}`],
  ['block-link-cards', (L, ls) => `<div class="related-links"><h4>${L}</h4>${ls.map((l) => `<a class="block-card" href="${esc(l.href)}"><h5>${esc(l.text)}</h5><p>${esc(l.excerpt)}</p></a>`).join('')}</div>`],
  ['picture-cards', (L, ls, c) => `<div class="strip"><p class="strip__label">${L}</p>${ls.map((l) => `<div class="strip__item"><a href="${esc(l.href)}"><picture><source srcset="${c.origin}/img/${l.slug.slice(0, 12)}.webp" type="image/webp"><img src="${c.origin}/img/${l.slug.slice(0, 12)}.jpg" alt="${esc(l.text)}" loading="lazy"></picture></a><a href="${esc(l.href)}">${esc(l.text)}</a></div>`).join('')}</div>`],
  ['span-row', (L, ls) => `<div class="inline-links">${L}: ${ls.map((l) => `<span class="il">${a(l)}</span>`).join(' ')}</div>`],
  ['ranked-with-views', (L, ls) => `<div class="popular"><h3>${L}</h3><ol>${ls.map((l, n) => `<li>${a(l)} <span class="views">${(9 - n) * 1.3}k</span></li>`).join('')}</ol></div>`],
  ['grid-li-articles', (L, ls, c) => `<div class="block"><h2 class="block__title">${L}</h2><ul class="grid">${ls.map((l) => `<li><article class="post">${a(l, thumb(l, c))}<div class="post__body"><a class="post__cat" href="${c.origin}/section/region/">Region</a><h3>${a(l)}</h3><time>09:4${ls.indexOf(l)}</time></div></article></li>`).join('')}</ul></div>`],
  ['heading-then-loose-articles', (L, ls, c) => `<h2>${L}</h2>${ls.map((l) => `<article class="teaser">${a(l, thumb(l, c))}<h3>${a(l)}</h3></article>`).join('')}`],
  ['section-link-heading-excerpts', (L, ls, c) => `<div class="section-box"><h3><a href="${c.origin}/local/">${L}</a></h3>${ls.map((l) => `<div class="item"><h4>${a(l)}</h4><p>${esc(l.excerpt.replace(/…$/, '.'))}</p></div>`).join('')}</div>`],
  ['links-with-dates-br', (L, ls) => `<p><b>${L}</b><br>${ls.map((l, n) => `${a(l)} (${n + 2} May)`).join('<br>')}</p>`],
  ['slash-separated', (L, ls) => `<div class="more-links">${L} / ${ls.map((l) => a(l)).join(' / ')}</div>`],
  ['cards-arrow-button', (L, ls) => `<div class="cards"><p class="cards__label">${L}</p>${ls.map((l) => `<div class="card"><h4>${a(l)}</h4><a class="btn" href="${esc(l.href)}">→</a></div>`).join('')}</div>`],
  ['background-image-tiles', (L, ls, c) => `<div class="widget"><div class="widget__title">${L}</div>${ls.map((l) => `<div class="tile">${a(l, `<div class="tile__img" style="background-image:url(${c.origin}/img/${l.slug.slice(0, 10)}.jpg)"></div><div class="tile__t">${esc(l.text)}</div>`)}</div>`).join('')}</div>`],
  ['em-label-h3-run', (L, ls) => `<p><em>${L}</em></p>${ls.map((l) => `<h3>${a(l)}</h3>`).join('')}`],
  ['dl-headline-excerpt', (L, ls) => `<p><strong>${L}</strong></p><dl>${ls.map((l) => `<dt>${a(l)}</dt><dd>${esc(l.excerpt)}</dd>`).join('')}</dl>`],
  ['table-with-date-column', (L, ls) => `<table class="list"><tbody><tr><th colspan="2">${L}</th></tr>${ls.map((l, n) => `<tr><td>${a(l)}</td><td>0${n + 2}.05.2024</td></tr>`).join('')}</tbody></table>`],
  // Third round: plugins' and CMSs' own markup, labels in other places, label-less boxes, split boxes, dates, nesting.
  ['yarpp-thumbnails', (L, ls, c) => `<div class="yarpp yarpp-related yarpp-template-thumbnails"><h3>${L}</h3><div class="yarpp-thumbnails-horizontal">${ls.map((l) => `<a class="yarpp-thumbnail" rel="norewrite" href="${esc(l.href)}" title="${esc(l.text)}">${thumb(l, c)}<span class="yarpp-thumbnail-title">${esc(l.text)}</span></a>`).join('')}</div></div>`],
  ['crp-list-date', (L, ls, c) => `<div class="crp_related"><h3>${L}:</h3><ul>${ls.map((l, n) => `<li><a href="${esc(l.href)}" class="crp_link post-${4100 + n}"><figure>${thumb(l, c)}</figure><span class="crp_title">${esc(l.text)}</span></a><span class="crp_date"> ${n + 2} May 2024</span></li>`).join('')}</ul><div class="crp_clear"></div></div>`],
  ['elementor-posts', (L, ls, c) => `<div class="elementor-widget-container"><h2 class="elementor-heading-title">${L}</h2></div><div class="elementor-posts-container elementor-grid">${ls.map((l) => `<article class="elementor-post">${a(l, `<div class="elementor-post__thumbnail">${thumb(l, c)}</div>`, ' class="elementor-post__thumbnail__link"')}<div class="elementor-post__text"><h3 class="elementor-post__title">${a(l)}</h3><div class="elementor-post__meta-data"><span class="elementor-post-date">May 3, 2024</span></div>${a(l, 'Read More »', ' class="elementor-post__read-more"')}</div></article>`).join('')}</div>`],
  ['blogger-related-widget', (L, ls, c) => `<div id="related-posts"><h2>${L}</h2>${ls.map((l) => `<a href="${esc(l.href)}" style="text-decoration:none;">${thumb(l, c)}<br>${esc(l.text)}</a>`).join('')}</div>`],
  ['ghost-read-next', (L, ls, c) => `<section class="read-next"><h3 class="read-next-title">${L}</h3>${ls.map((l) => `<article class="post-card">${a(l, thumb(l, c), ' class="post-card-image-link"')}<div class="post-card-content">${a(l, `<header class="post-card-header"><div class="post-card-primary-tag">News</div><h2 class="post-card-title">${esc(l.text)}</h2></header><div class="post-card-excerpt">${esc(l.excerpt.replace(/…$/, '.'))}</div>`, ' class="post-card-content-link"')}<footer class="post-card-meta"><time>May 3, 2024</time><span> — 4 min read</span></footer></div></article>`).join('')}</section>`],
  ['drupal-view-rows', (L, ls) => `<div class="view view-related-content view-display-id-block_1"><div class="view-header"><h2 class="block-title">${L}</h2></div><div class="view-content">${ls.map((l, n) => `<div class="views-row"><div class="views-field views-field-title"><span class="field-content">${a(l)}</span></div><div class="views-field views-field-created"><span class="field-content">05/0${n + 2}/2024 - 10:3${n}</span></div></div>`).join('')}</div></div>`],
  ['story-more-dates-in-link', (L, ls) => `<div class="story-more"><h2 class="story-more__title">${L}</h2><ul class="story-more__list">${ls.map((l, n) => `<li>${a(l, `<span class="story-more__headline">${esc(l.text)}</span> <time class="story-more__date">${n + 2} May 2024</time>`)}</li>`).join('')}</ul></div>`],
  ['amp-related', (L, ls, c) => `<div class="amp-wp-related-posts"><h3>${L}</h3><ul>${ls.map((l) => `<li>${a(l, `<amp-img src="${c.origin}/img/${l.slug.slice(0, 12)}.jpg" width="100" height="75" layout="fixed"></amp-img>${esc(l.text)}`)}</li>`).join('')}</ul></div>`],
  ['amp-carousel', (L, ls, c) => `<h3>${L}</h3><amp-carousel type="carousel" layout="fixed-height" height="240">${ls.map((l) => `<div class="slide">${a(l, `<amp-img src="${c.origin}/img/${l.slug.slice(0, 12)}.jpg" width="160" height="90" layout="responsive"></amp-img><p>${esc(l.text)}</p>`)}</div>`).join('')}</amp-carousel>`],
  ['substack-embedded-posts', (L, ls, c) => `<p><strong>${L}</strong></p>${ls.map((l) => `<div class="embedded-post-wrap">${a(l, `<div class="embedded-post-header"><span class="embedded-post-publication-name">${esc(c.siteName)}</span></div><div class="embedded-post-title-wrapper"><div class="embedded-post-title">${esc(l.text)}</div></div><div class="embedded-post-body">${esc(l.excerpt)}</div><div class="embedded-post-cta-wrapper"><span class="embedded-post-cta">Read more</span></div><div class="embedded-post-meta">3 days ago · 12 likes</div>`, ' class="embedded-post"')}</div>`).join('')}`],
  ['forum-topics-table', (L, ls) => `<h3>${L}</h3><table class="topic-list"><thead><tr><th>Topic</th><th>Replies</th><th>Views</th><th>Activity</th></tr></thead><tbody>${ls.map((l, n) => `<tr><td>${a(l, esc(l.text), ' class="title"')}</td><td>${n * 3 + 2}</td><td>${n * 97 + 120}</td><td>${n + 1}d</td></tr>`).join('')}</tbody></table>`],
  ['nested-wrapper-box', (L, ls) => `<div class="wp-block-group"><div class="wp-block-group__inner-container"><div class="box-head"><h3 class="box-head__title"><span>${L}</span></h3></div><div class="box-body"><div class="box-body__inner"><ul>${li(ls)}</ul></div></div></div></div>`],
  ['svg-icon-label', (L, ls) => `<div class="related"><div class="related__head"><svg width="16" height="16" aria-hidden="true"><path d="M0 0h16v16H0z"/></svg><span>${L}</span></div><ul>${li(ls)}</ul></div>`],
  ['split-by-ad-slot', (L, ls) => `<div class="related"><h4>${L}</h4><ul>${li(ls.slice(0, 2))}</ul></div><div class="ad-slot" data-ad-unit="inline-2"></div><div class="related related--more"><ul>${li(ls.slice(2))}</ul></div>`],
  ['split-by-rule', (L, ls) => `<h4>${L}</h4><ul>${li(ls.slice(0, 2))}</ul><hr><ul>${li(ls.slice(2))}</ul>`],
  ['thumbs-unlinked-captions', (L, ls, c) => `<div class="related-gallery"><p class="related-gallery__label">${L}</p>${ls.map((l) => `<figure class="wp-block-image size-thumbnail">${a(l, thumb(l, c))}<figcaption class="wp-element-caption">${esc(l.text)}</figcaption></figure>`).join('')}</div>`],
  ['numbered-strong-items', (L, ls) => `<div class="top5"><h3>${L}</h3>${ls.map((l, n) => `<div class="top5__item"><strong class="top5__n">${n + 1}</strong><h4>${a(l)}</h4></div>`).join('')}</div>`],
  ['ol-bold-link-date-line', (L, ls) => `<h3>${L}</h3><ol>${ls.map((l, n) => `<li>${a(l, `<strong>${esc(l.text)}</strong>`)}<br><small>0${n + 2}.05.2024</small></li>`).join('')}</ol>`],
  ['date-first-rows', (L, ls) => `<div class="ticker"><h4>${L}</h4>${ls.map((l, n) => `<p><time datetime="2024-05-0${n + 2}">0${n + 2}.05.</time> ${a(l)}</p>`).join('')}</div>`],
  ['date-first-loose-paragraphs', (L, ls) => `<p><strong>${L}:</strong></p>${ls.map((l, n) => `<p>${n + 2} May 2024 — ${a(l)}</p>`).join('')}`],
  ['label-after-as-section-link', (L, ls, c) => `<ul class="more">${li(ls)}</ul><p class="more__all"><a href="${c.origin}/news/">${L} ›</a></p>`],
  ['headline-divs-no-label', (_L, ls) => `<div class="inline-teasers">${ls.map((l) => `<div class="inline-teasers__item">${a(l, `<strong>${esc(l.text)}</strong>`)}</div>`).join('')}</div>`],
  ['wp-latest-posts-dates', (_L, ls) => `<ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts">${ls.map((l, n) => `<li>${a(l, esc(l.text), ' class="wp-block-latest-posts__post-title"')}<time datetime="2024-05-0${n + 2}T09:00:00+00:00" class="wp-block-latest-posts__post-date">May ${n + 2}, 2024</time></li>`).join('')}</ul>`],
  ['wp-latest-posts-excerpt', (L, ls) => `<h2 class="wp-block-heading">${L}</h2><ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts">${ls.map((l) => `<li>${a(l, esc(l.text), ' class="wp-block-latest-posts__post-title"')}<time class="wp-block-latest-posts__post-date">May 3, 2024</time><div class="wp-block-latest-posts__post-excerpt">${esc(l.excerpt)} ${a(l, `Read more<span class="screen-reader-text">: ${esc(l.text)}</span>`, ' class="wp-block-latest-posts__read-more"')}</div></li>`).join('')}</ul>`],
  ['comment-count-items', (L, ls) => `<div class="related"><h3>${L}</h3><ul>${ls.map((l, n) => `<li>${a(l)} <a class="comments" href="${esc(l.href)}#comments">${n + 3}</a></li>`).join('')}</ul></div>`],
  ['kicker-links-per-item', (L, ls, c) => `<div class="more"><h3>${L}</h3>${ls.map((l, n) => `<div class="more__item"><a class="kicker" href="${c.origin}/${['politics', 'sport', 'economy', 'local', 'culture'][n]}/">${['Politics', 'Sport', 'Economy', 'Local', 'Culture'][n]}</a> ${a(l)}</div>`).join('')}</div>`],
  ['author-link-per-item', (L, ls, c) => `<h4>${L}</h4><ul class="related">${ls.map((l, n) => `<li>${a(l)}<span class="by"> · <a href="${c.origin}/author/${['ana-ruiz', 'tom-berg', 'li-wei', 'sara-khan', 'jon-lee'][n]}/">${['Ana Ruiz', 'Tom Berg', 'Li Wei', 'Sara Khan', 'Jon Lee'][n]}</a></span></li>`).join('')}</ul>`],
  ['medium-class-soup-cards', (L, ls) => `<div class="ab cb"><div class="pw-more"><h2 class="bf gu">${L}</h2></div>${ls.map((l) => `<div class="ap kn"><div class="ko">${a(l, `<div class="kp"><h2 class="bf gu kq">${esc(l.text)}</h2></div><div class="kr"><h3 class="bf b ks">${esc(l.excerpt)}</h3></div>`, ' class="af ag" rel="noopener follow"')}</div><div class="kt"><span class="bf b ku">4 min read</span></div></div>`).join('')}</div>`],
  ['table-thumb-column', (L, ls, c) => `<table class="related"><tbody><tr><td colspan="2"><strong>${L}</strong></td></tr>${ls.map((l) => `<tr><td>${a(l, thumb(l, c))}</td><td>${a(l)}<br><small>May 3, 2024</small></td></tr>`).join('')}</tbody></table>`],
  ['role-heading-label', (L, ls) => `<div class="widget"><div role="heading" aria-level="3" class="widget__title">${L}</div><div class="widget__list">${ls.map((l) => `<div class="widget__row">${a(l)}</div>`).join('')}</div></div>`],
  ['jetpack-related-block', (L, ls) => `<nav class="jp-relatedposts-i2 wp-block-jetpack-related-posts" aria-label="${L}"><h3 class="jp-relatedposts-headline">${L}</h3><ul class="jp-related-posts-i2__list" role="list">${ls.map((l, n) => `<li class="jp-related-posts-i2__post">${a(l, esc(l.text), ' class="jp-related-posts-i2__post-link"')}<dl class="jp-related-posts-i2__post-defs"><dt>Date</dt><dd class="jp-related-posts-i2__post-date">May ${n + 2}, 2024</dd><dt>In</dt><dd class="jp-related-posts-i2__post-context">In "News"</dd></dl></li>`).join('')}</ul></nav>`],
  ['li-p-wrapped-links', (L, ls) => `<div><strong>${L}</strong><ul class="list">${ls.map((l) => `<li><p>${a(l)}</p></li>`).join('')}</ul></div>`],
  ['thumb-rows-no-label', (_L, ls, c) => `<div class="rel">${ls.map((l, n) => `<div class="rel__row">${a(l, thumb(l, c))}${a(l)}<span class="rel__date">${n + 2}/05/2024</span></div>`).join('')}</div>`],
  // Runs broken by spacers, old Blogger markup without paragraphs, long summaries, other hosts of the site.
  ['nbsp-spaced-headlines', (L, ls) => `<p><strong>${L}</strong></p>${ls.map((l) => `<p>${a(l)}</p>`).join('<p>&nbsp;</p>')}`],
  ['wp-spacer-blocks', (L, ls) => `<h4 class="wp-block-heading">${L}</h4>${ls.map((l) => `<p>${a(l)}</p>`).join('<div style="height:12px" aria-hidden="true" class="wp-block-spacer"></div>')}`],
  ['two-column-link-table', (L, ls) => `<table class="rel" width="100%"><tbody><tr><td colspan="2"><b>${L}</b></td></tr>${[0, 2, 4].filter((k) => ls[k]).map((k) => `<tr>${ls.slice(k, k + 2).map((l) => `<td width="50%">${a(l)}</td>`).join('')}</tr>`).join('')}</tbody></table>`],
  ['center-blogger-lines', (L, ls) => `<center><b>${L}</b><br>${ls.map((l) => a(l)).join('<br>')}</center>`],
  ['span-block-lines', (L, ls) => `<span style="font-size: small;"><b>${L}:</b><br>${ls.map((l) => `• ${a(l)}`).join('<br>')}</span>`],
  ['bare-inline-lines', (L, ls) => `<b>${L}</b><br>${ls.map((l) => a(l)).join('<br>')}<br>`],
  ['teasers-long-summaries', (L, ls) => `<div class="view-teasers"><h2>${L}</h2>${ls.map((l, n) => `<div class="node-teaser"><h3>${a(l)}</h3><div class="summary"><p>${esc([...ls.slice(n), ...ls.slice(0, n)].map((x) => x.excerpt.replace(/…$/, '')).join(', '))}…</p></div></div>`).join('')}</div>`],
  ['loose-paragraphs-with-excerpt', (L, ls) => `<h3>${L}</h3>${ls.map((l) => `<p>${a(l)}<br><em>${esc(l.excerpt)}</em></p>`).join('')}`],
  ['ordinal-lines-in-p', (L, ls) => `<p><b>${L}</b><br>${ls.map((l, n) => `${n + 1}) ${a(l)}`).join('<br>')}</p>`],
  ['tracked-related-links', (L, ls) => `<div class="sharedaddy sd-block"><h3 class="sd-title">${L}</h3><ul>${ls.map((l, n) => `<li><a href="${esc(l.href)}${l.href.includes('?') ? '&amp;' : '?'}relatedposts_hit=1&amp;relatedposts_origin=4821&amp;relatedposts_position=${n}" rel="nofollow">${esc(l.text)}</a></li>`).join('')}</ul></div>`],
  ['mobile-host-links', (L, ls, c) => `<div class="related"><p><strong>${L}</strong></p><ul>${ls.map((l) => `<li><a href="${esc(new URL(l.href, c.origin).href.replace(/\/\/(www\.)?/, '//m.'))}">${esc(l.text)}</a></li>`).join('')}</ul></div>`],
  ['icon-image-label', (L, ls, c) => `<p class="rel-label"><img src="${c.origin}/static/icons/news.svg" alt="" width="16" height="16"> ${L}</p><ul>${li(ls)}</ul>`],
  ['emoji-heading-label', (L, ls) => `<h3>🔥 ${L}</h3><ul>${li(ls)}</ul>`],
  ['title-line-span-then-posts', (L, ls) => `<div class="sec-title"><span>${L}</span><span class="sec-title__line"></span></div><div class="posts">${ls.map((l) => `<div class="post">${a(l)}</div>`).join('')}</div>`],
  ['dl-thumb-dt', (L, ls, c) => `<h4>${L}</h4><dl class="rel">${ls.map((l) => `<dt>${a(l, thumb(l, c))}</dt><dd>${a(l)}</dd>`).join('')}</dl>`],
  ['date-first-list', (L, ls) => `<div class="chronik"><strong>${L}</strong><ul>${ls.map((l, n) => `<li><span class="date">${n + 2}.05.2024</span> – ${a(l)}</li>`).join('')}</ul></div>`],
  // Icons in labels, labels below, unlinked titles under linked pictures, long summaries, loose inline runs.
  ['img-icon-heading', (L, ls, c) => `<h4><img src="${c.origin}/static/icons/arrow.png" alt="" width="12" height="12"> ${L}</h4><div class="rel-list">${ls.map((l) => `<p>${a(l)}</p>`).join('')}</div>`],
  ['wp-emoji-img-label', (L, ls) => `<p><strong><img draggable="false" role="img" class="emoji" alt="📰" src="https://s.w.org/images/core/emoji/15.0.3/svg/1f4f0.svg"> ${L}</strong></p><ul>${li(ls)}</ul>`],
  ['figure-caption-below', (L, ls) => `<figure class="wp-block-group related"><ul>${li(ls)}</ul><figcaption>${L}</figcaption></figure>`],
  ['label-below-in-box', (L, ls) => `<div class="rel"><ul class="rel__list">${li(ls)}</ul><p class="rel__label"><small>${L}</small></p></div>`],
  ['font-lines', (L, ls) => `<font size="2"><b>${L}</b><br>${ls.map((l) => a(l)).join('<br>')}</font>`],
  ['bare-inline-row', (L, ls) => `<b>${L}:</b> ${ls.map((l) => a(l)).join(' | ')}<br>`],
  ['title-under-image-link', (L, ls, c) => `<div class="rel"><h3 class="rel__title">${L}</h3>${ls.map((l) => `<div class="rel__item">${a(l, thumb(l, c))}<p class="rel__headline">${esc(l.text)}</p></div>`).join('')}</div>`],
  ['node-teasers-full-summary', (L, ls) => `<section class="related-content"><h2>${L}</h2>${ls.map((l, n) => `<article class="node--teaser"><h3>${a(l)}</h3><div class="field--body"><p>${esc([...ls.slice(n), ...ls.slice(0, n)].map((x) => x.excerpt.replace(/…$/, '')).join('; '))}.</p></div>${a(l, 'Read more', ' class="more-link"')}</article>`).join('')}</section>`],
  ['li-with-summary-paragraph', (L, ls) => `<p><strong>${L}</strong></p><ul class="teasers">${ls.map((l, n) => `<li>${a(l)}<p>${esc([...ls.slice(n), ...ls.slice(0, n)].map((x) => x.excerpt.replace(/…$/, '')).join(', '))}.</p></li>`).join('')}</ul>`],
  ['hr-framed-no-label', (_L, ls) => `<hr><ul>${li(ls)}</ul><hr>`],
  ['th-label-rows', (L, ls) => `<table class="rel"><tbody>${ls.map((l, n) => `<tr><th>${n === 0 ? L : ''}</th><td>${a(l)}</td></tr>`).join('')}</tbody></table>`],
  ['blockquote-with-cite', (L, ls, c) => `<blockquote class="related"><p><strong>${L}</strong></p>${ls.map((l) => `<p>${a(l)}</p>`).join('')}<cite>— ${esc(c.siteName)}</cite></blockquote>`],
  ['strong-then-paragraphs-in-div', (L, ls) => `<div class="rel"><strong>${L}</strong>${ls.map((l) => `<p>${a(l)}</p>`).join('')}</div>`],
  // Loose inline runs in a post body, "more" links and captions after the list, other plugin markup.
  ['loose-text-label-bullets', (L, ls) => `${L}<br>${ls.map((l) => `• ${a(l)}`).join('<br>')}<br>`],
  ['loose-links-br-no-label', (_L, ls) => `${ls.map((l) => a(l)).join('<br>')}<br>`],
  ['loose-em-label-dash-links', (L, ls) => `<em>${L}</em> — ${ls.map((l) => a(l)).join(', ')}<br>`],
  ['more-link-after-cards', (L, ls, c) => `<div class="cards">${ls.map((l) => `<div class="card">${a(l, thumb(l, c))}<h4>${a(l)}</h4></div>`).join('')}</div><p class="cards__more"><a href="${c.origin}/local/">${L} →</a></p>`],
  ['list-then-caption-line', (L, ls) => `<div class="box"><ol>${li(ls)}</ol><div class="box__caption">${L}</div></div>`],
  ['aside-caption-bottom', (L, ls) => `<aside class="pullout"><ul>${li(ls)}</ul><footer class="pullout__foot">${L}</footer></aside>`],
  ['crp-thumbs-grid', (L, ls, c) => `<div class="crp_related crp-rounded-thumbs"><h3>${L}</h3><ul>${ls.map((l) => `<li><a href="${esc(l.href)}" class="crp_link">${thumb(l, c)}<span class="crp_title">${esc(l.text)}</span></a></li>`).join('')}</ul></div>`],
  ['rp4wp-list', (L, ls) => `<div class="rp4wp-related-posts"><h3>${L}</h3><ul>${ls.map((l) => `<li><div class="rp4wp-related-post-content">${a(l)}<p>${esc(l.excerpt)}</p></div></li>`).join('')}</ul></div>`],
  ['news-box-two-columns-dated', (L, ls) => `<div class="newsbox"><div class="newsbox__head"><h3>${L}</h3></div><div class="newsbox__cols">${[ls.slice(0, 2), ls.slice(2)].map((col) => `<div class="newsbox__col">${col.map((l, n) => `<p class="newsbox__item"><span class="newsbox__time">1${n}:3${n}</span> ${a(l)}</p>`).join('')}</div>`).join('')}</div></div>`],
  ['h5-label-ul-in-section-with-hr', (L, ls) => `<section class="inline-related"><hr><h5>${L}</h5><ul>${li(ls)}</ul><hr></section>`],
];

// ---- calls: the container around the call's inner HTML: [name, (inner) => html] ----
export const CALL_SHAPES = [
  ['p', (x) => `<p>${x}</p>`], ['p-em', (x) => `<p><em>${x}</em></p>`], ['p-strong', (x) => `<p><strong>${x}</strong></p>`],
  ['div-cta', (x) => `<div class="cta-box">${x}</div>`], ['h4', (x) => `<h4>${x}</h4>`],
  ['blockquote', (x) => `<blockquote><p>${x}</p></blockquote>`], ['aside', (x) => `<aside><p>${x}</p></aside>`],
  ['centered', (x) => `<p style="text-align: center;">${x}</p>`], ['emoji', (x) => `<p>👉 ${x}</p>`],
  ['hr-wrapped', (x) => `<hr><p><b>${x}</b></p><hr>`], ['div-plain', (x) => `<div>${x}</div>`],
  ['p-small', (x) => `<p><small>${x}</small></p>`], ['bell-span', (x) => `<p><span class="icon">🔔</span> ${x}</p>`],
  // Containers real sites use that the first dozen did not: a heading, a one-item list, a one-cell table, a note box.
  ['h2', (x) => `<h2>${x}</h2>`], ['single-li', (x) => `<ul><li>${x}</li></ul>`],
  ['table-cell', (x) => `<table class="callout"><tbody><tr><td>${x}</td></tr></tbody></table>`],
  ['role-note', (x) => `<div role="note" class="callout callout--info"><span class="callout__icon">ℹ</span><div class="callout__body">${x}</div></div>`],
  ['emoji-end', (x) => `<p>${x} 👇</p>`], ['div-p', (x) => `<div class="inline-cta"><p>${x}</p></div>`],
  // With more than the words: an e-mail form, app-store badges, platform icons (c.link(to) adds a link to a platform).
  ['email-form', (x, c) => `<div class="signup-inline"><p>${x}</p><form action="${c.origin}/subscribe" method="post"><input type="email" name="email" placeholder="name@example.com" required> <button type="submit">→</button></form></div>`],
  ['form-text-input', (x, c) => `<form class="nl" action="https://${c.site}.us21.list-manage.com/subscribe/post"><label for="mce">${x}</label><input type="text" id="mce" name="EMAIL" value=""><input type="submit" value="✓"></form>`],
  ['app-badges', (x, c) => `<p>${x}</p><p class="badges"><a href="${c.link('apps', 0)}"><img src="${c.origin}/img/app-store-badge.svg" alt="App Store" width="120"></a> <a href="${c.link('apps', 1)}"><img src="${c.origin}/img/google-play-badge.png" alt="Google Play" width="135"></a></p>`],
  ['icon-links', (x, c) => `<div class="follow-bar"><span>${x}</span> <a href="${c.link('telegram')}" aria-label="Telegram"><svg viewBox="0 0 24 24" width="20"><path d="M2 12l20-8-4 16-6-5z"/></svg></a> <a href="${c.link('whatsapp')}" aria-label="WhatsApp"><svg viewBox="0 0 24 24" width="20"><circle cx="12" cy="12" r="10"/></svg></a></div>`],
  ['button-after', (x, c) => `<div class="cta"><p>${x}</p><p><a class="wp-block-button__link" href="${c.link('own')}">→</a></p></div>`],
  // Third round: a block editor's group (two wrappers), a section, Blogger's centred large bold line, an icon
  // picture before the words, a coloured span with a trailing <br>, an emphasised h3, a rule after the call.
  ['wp-group', (x) => `<div class="wp-block-group has-background"><div class="wp-block-group__inner-container"><p>${x}</p></div></div>`],
  ['section-cta', (x) => `<section class="cta" aria-label="cta"><p>${x}</p></section>`],
  ['blogger-centre', (x) => `<div style="text-align: center;"><span style="font-size: large;"><b>${x}</b></span></div>`],
  ['icon-img', (x, c) => `<p><img src="${c.origin}/img/icons/megaphone.svg" alt="" width="16" height="16"> ${x}</p>`],
  ['span-br', (x) => `<p><span style="color: #c0392b;">${x}</span><br></p>`], ['h3-em', (x) => `<h3><em>${x}</em></h3>`],
  ['p-hr-after', (x) => `<p>${x}</p><hr class="wp-block-separator">`],
  // Fourth round: emphasis of every kind, emoji on both sides, a "P.S." label, a small heading, a line of a
  // callout ended by a break; and the call as the last line of a paragraph of the text (after a <br>; the
  // generator appends shapes named "para-end" to the paragraph instead of after it; the hash put the first
  // four all in the held half, so four more were written for the dev half).
  ['p-b-i', (x) => `<p><b><i>${x}</i></b></p>`], ['p-strong-emoji', (x) => `<p><strong>📢 ${x}</strong></p>`],
  ['emoji-both', (x) => `<p>📲 ${x} ✨</p>`], ['p-u', (x) => `<p><u>${x}</u></p>`], ['p-mark', (x) => `<p><mark>${x}</mark></p>`],
  ['ps-prefix', (x) => `<p><strong>P.S.</strong> ${x}</p>`], ['h5', (x) => `<h5>${x}</h5>`],
  ['p-center-small-em', (x) => `<p class="has-text-align-center has-small-font-size"><em>${x}</em></p>`],
  ['div-strong-br', (x) => `<div class="callout"><strong>${x}</strong><br></div>`], ['arrow-strong', (x) => `<p>➡️ <strong>${x}</strong></p>`],
  ['star-sides', (x) => `<p>★ ${x} ★</p>`], ['p-nbsp-sides', (x) => `<p>&nbsp;${x}&nbsp;</p>`],
  ['para-end-br-strong', (x) => `<br><strong>${x}</strong>`], ['para-end-br', (x) => `<br>${x}`], ['para-end-br-em', (x) => `<br><em>${x}</em>`],
  ['para-end-br-b-emoji', (x) => `<br><br><b>👉 ${x}</b>`],
  ['para-end-br-i', (x) => `<br><i>${x}</i>`], ['para-end-br-span-strong', (x) => `<br><span class="cta"><strong>${x}</strong></span>`],
  ['para-end-br-emoji', (x) => `<br>📣 ${x}`], ['para-end-double-br', (x) => `<br><br>${x}`],
];

CALL_SHAPES.push(...FAMILY_SHAPES, ...STEP_SHAPES, ...ROUND9_SHAPES, ...ROUND13C_SHAPES, ...ROUND14_SHAPES, ...ROUND15_SHAPES, ...ROUND16_SHAPES);

// Two calls in one box (a bold line over a second call): [name, (x1, x2) => html].
export const CALL_PAIRS = [
  ['pair-box', (x, y) => `<div class="cta-box"><p><strong>${x}</strong></p><p>${y}</p></div>`],
  ['pair-heading', (x, y) => `<aside class="promo"><h3>${x}</h3><p>${y}</p></aside>`],
  ['pair-br', (x, y) => `<p><strong>${x}</strong><br>${y}</p>`],
  ['pair-hr', (x, y) => `<hr><p>${x}</p><p>${y}</p><hr>`],
  ['pair-div-br', (x, y) => `<div class="promo">${x}<br>${y}</div>`],
  ['pair-group', (x, y) => `<div class="wp-block-group"><p class="has-text-align-center">${x}</p><p class="has-text-align-center">${y}</p></div>`],
];

// Where a call's links go, per kind of call: the URL of the n-th link.
export const CALL_TARGETS = {
  gnews: (c) => `https://news.google.com/publications/CAAqBwgKMKHL9Qow${c.id}?hl=${c.lang}&gl=US&ceid=US:${c.lang}`,
  whatsapp: (c) => `https://whatsapp.com/channel/0029Va${c.id}XmTsKCP`,
  telegram: (c) => `https://t.me/${c.site}`,
  apps: (c, n) => (n === 0 ? `https://apps.apple.com/${c.lang}/app/${c.site}/id1${c.id}` : `https://play.google.com/store/apps/details?id=com.${c.site}.news`),
  newsletter: (c) => `${c.origin}/${c.pick(['newsletter/', 'newsletters', 'boletin', 'abonnement/', 'nieuwsbrief', 'rassylka/', 'subscribe?src=inline', 'account/register', 'inscricao/'])}`,
  donate: (c) => c.pick([`${c.origin}/support-us/`, `${c.origin}/apoyanos`, `${c.origin}/soutenir/`, `https://www.patreon.com/${c.site}`, `https://www.paypal.com/donate/?hosted_button_id=${c.id}`, `${c.origin}/donate?utm_source=article`]),
  tip: (c) => c.pick([`https://www.buymeacoffee.com/${c.site}`, `https://ko-fi.com/${c.site}`]),
  youtube: (c) => `https://www.youtube.com/@${c.site}?sub_confirmation=1`,
  social: (c) => `https://www.instagram.com/${c.site}/`,
  dzen: (c) => `https://dzen.ru/${c.site}`,
  line: (c) => `https://line.me/R/ti/p/@${c.site}`,
  weibo: (c) => `https://weibo.com/u/${c.id}`,
  // The site's own account on platforms the rules keep no list of: the URL names the site.
  signal: (c) => `https://signal.group/#${c.site}-${c.id}`,
  kakao: (c) => `https://pf.kakao.com/_${c.site}`,
  zalo: (c) => `https://zalo.me/${c.site}`,
  bluesky: (c) => `https://bsky.app/profile/${c.site}.bsky.social`,
  mastodon: (c) => `https://${c.pick(['mastodon.online', 'social.coop', 'mstdn.jp', 'troet.cafe'])}/@${c.site}`,
  podcast: (c) => c.pick([`https://podcasts.apple.com/podcast/${c.site}/id1${c.id}`, `https://open.spotify.com/show/${c.site}${c.id}`]),
  substack: (c) => `https://${c.site}.substack.com/subscribe`,
  rss: (c) => `${c.origin}/${c.pick(['feed/', 'rss.xml', 'feeds/all.atom.xml'])}`,
  opencollective: (c) => c.pick([`https://opencollective.com/${c.site}`, `https://liberapay.com/${c.site}/donate`, `https://www.gofundme.com/f/support-${c.site}`]),
  viber: (c) => `https://invite.viber.com/?g2=AQ${c.id}${c.site}`,
  contact: (c) => `${c.origin}/${c.pick(['contact/', 'tips', 'kontakt/', 'redaccion/contacto', 'about/contact-us/'])}`,
  x: (c) => `https://x.com/${c.site}`,
  discord: (c) => `https://discord.gg/${c.site}`,
  tiktok: (c) => `https://www.tiktok.com/@${c.site}`,
  flipboard: (c) => `https://flipboard.com/@${c.site}`,
  // Tips by e-mail to the site's own address.
  mailto: (c) => `mailto:${c.pick(['tips', 'redaccion', 'redaktion', 'news', 'contact'])}@${new URL(c.origin).hostname.replace(/^www\./, '')}`,
  own: (c) => `${c.origin}/${c.pick(['newsletter/', 'app/', 'membership/', 'abonnement/', 'aiuta/', 'podpiska/'])}`,
};
// Session 14 (calls-round14.mjs): Facebook, VK, a WhatsApp tip number, SMS, the site's shop, events, surveys, print, Apple News …
Object.assign(CALL_TARGETS, ROUND14_TARGETS);
// Session 15 (calls-round15.mjs): Threads, LinkedIn, Pinterest, Reddit, Twitch, Matrix, Threema, WeChat, Naver, OK.ru, podcast
// feeds and players, webcal:, tel:, mailto with a subject, SecureDrop, membership and patron platforms, comment pages …
Object.assign(CALL_TARGETS, ROUND15_TARGETS);
// Session 16 (calls-round16.mjs): the site's own redirects (/go/…, /out?url=…), Discord invites, Slack, the site's forum and
// Mastodon server, Bluesky starter packs, Google's preferred sources, browser extensions, pre-orders, webinars, petitions,
// app reviews, push opt-ins, share links, #respond, app links, audio versions, Feedly, GitHub Sponsors, MSN, MAX, Eitaa …
Object.assign(CALL_TARGETS, ROUND16_TARGETS);
