// Block forms for the variant generator: read-more lines, related boxes and calls to action, each a
// function of the label, the links and the page, returning the HTML spliced between two paragraphs.
// As in forms-inline.mjs, a form's name puts it in the dev or the held-aside half.
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
];

// Two calls in one box (a bold line over a second call): [name, (x1, x2) => html].
export const CALL_PAIRS = [
  ['pair-box', (x, y) => `<div class="cta-box"><p><strong>${x}</strong></p><p>${y}</p></div>`],
  ['pair-heading', (x, y) => `<aside class="promo"><h3>${x}</h3><p>${y}</p></aside>`],
  ['pair-br', (x, y) => `<p><strong>${x}</strong><br>${y}</p>`],
  ['pair-hr', (x, y) => `<hr><p>${x}</p><p>${y}</p><hr>`],
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
  own: (c) => `${c.origin}/${c.pick(['newsletter/', 'app/', 'membership/', 'abonnement/', 'aiuta/', 'podpiska/'])}`,
};
