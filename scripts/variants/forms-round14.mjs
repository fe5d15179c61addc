// Session 14 (round 14), written BLIND: by a writer who opened nothing under src/ or tests/, read no score output
// per item and tuned nothing on percentages — from how CMSs, shops, affiliate networks and newsrooms in other
// countries write these things, not from any failure. What it adds to the pools:
//   keyword links: slugs transliterated from the anchor's Cyrillic or Greek (the pools spelled non-Latin slugs only
//     percent-encoded), a tag known only by its id (`/tag.php?id=`), shop and newsletter platforms' tag routes
//     (Shopify's `/blogs/news/tagged/`, Substack's `/s/`), a tags page's fragment (`/tags/#slug`), hash-bang and
//     app-shell routes, a mobile host's tag path, a `tag.` subdomain, tags as query values of list and search
//     routes, Japanese and Korean blog platforms' category routes, typed tag routes, and taxonomy words of
//     Norwegian, Swedish, Catalan, Basque, Tagalog, Tamil, Vietnamese, Bulgarian, Croatian and Turkish sites;
//   affiliate links: the site's own click-outs named after the merchant or only an id (`/go/<merchant>`,
//     `/out/<id>`, `/aff/`, `/jump/`, `/clk/`), referral parameters of SaaS affiliate programmes (`?via=`, `?fpr=`),
//     HasOffers' `aff_c`, Japanese networks (A8.net, Moshimo, Rakuten's short host), South-East Asian ones
//     (Accesstrade, Involve Asia, Lazada), Chinese short hosts (Taobao, JD), Coupang Partners' deep link, a CJ host;
//   read-more lines: a line in <em> with the source after it, lines led by », ▶, ►►, ≫, ＞＞, ◆, ▼, a bracketed
//     label, 【】 inside or after the link, two stories on one line with no label, run-on lines at a paragraph's end
//     without a break (in brackets, after a dash, plain), a banner picture whose alt is the label, a headline in
//     <cite> or <q>, an old <font> label, a comment count, an inline-styled border line; and labels in 27 languages;
//   page languages: Finnish, Danish, Norwegian, Slovak, Bulgarian, Croatian, Catalan, Malay, Tagalog and Tamil
//     (body sentences, headlines, labels), for the calls and look-alikes of calls-round14.mjs.
// Merged into the pools by generate.mjs; the name hash splits them into dev and held halves as always.
const enc = encodeURIComponent;
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const a = (l, inner = esc(l.text), attrs = '') => `<a href="${esc(l.href)}"${attrs}>${inner}</a>`;
const host = (o) => new URL(o).hostname.replace(/^www\./, '');
/** A five-digit id that depends on the slug, so a page's links agree with each other. */
const num = (s, k = 0) => ((s.length * 7919 + k * 104729) % 90000) + 10000;

// Cyrillic (ru, uk, bg) and Greek letters in Latin, as news sites write their tag slugs; other scripts keep the slug.
const LATIN_OF = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu',
  я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l',
  μ: 'm', ν: 'n', ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};
const translit = (w, s) => {
  const out = [...w.toLowerCase()].map((ch) => LATIN_OF[ch] ?? LATIN_OF[ch.normalize('NFD')[0]] ?? ch.normalize('NFD').replace(/\p{M}/gu, '')).join('');
  const slug = out.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return /[^ -~\s]/.test(out.replace(/[\s\p{P}]/gu, '')) || !slug ? s : slug;
};

//   [name, (word, slug, origin) => path or absolute URL]
export const TAXONOMY14 = [
  ['r14-translit-tag', (w, s) => `/tag/${translit(w, s)}/`],
  ['r14-translit-tema-id', (w, s) => `/tema/${translit(w, s)}-${num(s)}`],
  ['r14-ru-typed-tags-translit', (w, s) => `/tags/organizations/${translit(w, s)}/`],
  ['r14-bg-etiket-translit', (w, s) => `/etiket/${translit(w, s)}`],
  ['r14-tag-php-id', (_w, s) => `/tag.php?id=${num(s, 1)}`],
  ['r14-shopify-blog-tagged', (_w, s) => `/blogs/news/tagged/${s}`],
  ['r14-substack-section', (_w, s) => `/s/${s}`],
  ['r14-jekyll-tags-fragment', (_w, s) => `/tags/#${s}`],
  ['r14-hashbang-tags', (_w, s) => `/#!/tags/${s}`],
  ['r14-app-shell-hash-topic', (_w, s) => `/app/#/topic/${s}`],
  ['r14-mobile-host-tag', (_w, s, o) => `https://m.${host(o)}/tag/${s}`],
  ['r14-tag-subdomain-singular', (_w, s, o) => `https://tag.${host(o)}/${s}`],
  ['r14-articles-query-tags', (_w, s) => `/articles?tags=${s}&page=1`],
  ['r14-search-tag-sorted', (_w, s) => `/search?tag=${s}&sort=newest`],
  ['r14-news-list-php-keyword', (w) => `/news/list.php?keyword=${enc(w)}`],
  ['r14-ru-tags-query-words', (w) => `/tags/?tag=${enc(w)}`],
  ['r14-ja-hatena-archive-category', (w) => `/archive/category/${enc(w)}`],
  ['r14-ko-naver-category-no', (_w, s, o) => `/PostList.naver?blogId=${host(o).split('.')[0]}&categoryNo=${num(s, 2) % 90}`],
  ['r14-ja-word-page', (w) => `/word/${enc(w)}/`],
  ['r14-theme-slug', (_w, s) => `/theme/${s}/`],
  ['r14-wiki-category', (w) => `/wiki/Category:${enc(w.replace(/\s+/g, '_'))}`],
  ['r14-vi-tieu-diem', (_w, s) => `/tieu-diem/${s}.html`],
  ['r14-no-stikkord', (_w, s) => `/stikkord/${s}`],
  ['r14-sv-nyheter-om', (_w, s) => `/nyheter/om/${s}`],
  ['r14-da-nyheder-emne', (_w, s) => `/nyheder/emne/${s}`],
  ['r14-ca-temes', (_w, s) => `/temes/${s}/`],
  ['r14-ca-etiquetes', (_w, s) => `/etiquetes/${s}`],
  ['r14-eu-gaiak', (_w, s) => `/gaiak/${s}/`],
  ['r14-tl-paksa', (_w, s) => `/paksa/${s}/`],
  ['r14-ta-kurichol', (_w, s) => `/${enc('குறிச்சொல்')}/${s}`],
  ['r14-hr-vijesti-tema-query', (_w, s) => `/vijesti/?tema=${s}`],
  ['r14-tr-haberleri-suffix', (_w, s) => `/${s}-haberleri`],
  ['r14-tag-id-slug-html', (_w, s) => `/tag/${num(s, 3)}/${s}.html`],
];

//   [name, (c) => URL] (c: { slug, site, origin, asin })
const MERCHANTS = ['amazon', 'bestbuy', 'zalando', 'decathlon', 'ikea', 'lazada', 'shopee', 'tiki'];
const merchant = (c) => MERCHANTS[c.slug.length % MERCHANTS.length];
const shop = (c) => `https://www.trailshop.example/item/${c.slug}`;
export const AFFILIATE14 = [
  ['r14-own-go-merchant-query', (c) => `${c.origin}/go/${merchant(c)}?product=${c.slug}`],
  ['r14-own-out-id-only', (c) => `${c.origin}/out/${num(c.slug, 7)}`],
  ['r14-own-recommends-merchant', (c) => `${c.origin}/recommends/${merchant(c)}/`],
  ['r14-own-aff-path', (c) => `${c.origin}/aff/${c.slug}/`],
  ['r14-own-jump-path', (c) => `${c.origin}/jump/${c.slug}`],
  ['r14-own-clk-id', (c) => `${c.origin}/clk/${num(c.slug, 8)}/?pos=body`],
  ['r14-saas-via-param', (c) => `https://shop.tinyforge.example/products/${c.slug}?via=${c.site}`],
  ['r14-saas-fpr-param', (c) => `https://app.notetaker.example/pricing?fpr=${c.site}`],
  ['r14-hasoffers-aff-c', (c) => `https://go.vpnservice.example/aff_c?offer_id=15&aff_id=${num(c.slug, 9)}&url_id=${num(c.slug, 2) % 100}`],
  ['r14-a8-net', (c) => `https://px.a8.net/svt/ejp?a8mat=3T${c.asin.slice(2, 8)}+${num(c.slug)}+${c.asin.slice(4, 8)}+BW8O1`],
  ['r14-moshimo', (c) => `https://af.moshimo.com/af/c/click?a_id=${num(c.slug)}&p_id=170&pc_id=185&pl_id=4062&url=${enc(`https://www.amazon.co.jp/dp/${c.asin}`)}`],
  ['r14-rakuten-r10-short', (c) => `https://a.r10.to/h${c.asin.slice(3, 8)}`],
  ['r14-accesstrade-isclix', (c) => `https://go.isclix.com/deep_link/${num(c.slug)}${num(c.slug, 1)}/4751584435713464237?url=${enc(`https://tiki.vn/${c.slug}-p${num(c.slug, 2)}.html`)}&utm_source=${c.site}`],
  ['r14-involve-asia-short', (c) => `https://invol.co/cl${c.asin.slice(2, 9).toLowerCase()}`],
  ['r14-lazada-tracking', (c) => `https://c.lazada.com.my/t/c.${c.asin.slice(3, 9)}?sub_aff_id=${c.site}`],
  ['r14-taobao-short', (c) => `https://s.click.taobao.com/${c.asin.slice(2, 9)}`],
  ['r14-jd-union-short', (c) => `https://u.jd.com/${c.asin.slice(3, 10)}`],
  ['r14-coupang-partners-deeplink', (c) => `https://link.coupang.com/re/AFFSDP?lptag=AF${num(c.slug)}${num(c.slug, 4) % 100}&subid=${c.site}&pageKey=${num(c.slug, 5)}&itemId=${num(c.slug, 6)}`],
  ['r14-cj-dpbolvw', (c) => `https://www.dpbolvw.net/click-${num(c.slug)}-${num(c.slug, 1)}${num(c.slug, 2)}?sid=${c.site}&url=${enc(shop(c))}`],
];

// ---- read-more lines: [name, (label, links, c) => html]; "two-links…" forms use both links, "para-end…" forms are
// appended to a paragraph of the text ----
export const READ_MORE14 = [
  ['r14-em-line-source-after', (L, [l], c) => `<p><em>${L}: ${a(l)}</em> · <span class="source">${esc(c.siteName)}</span></p>`],
  ['r14-guillemet-lead-label', (L, [l]) => `<p>» ${L}: ${a(l)}</p>`],
  ['r14-play-triangle-link-only', (_L, [l]) => `<p>▶ ${a(l)}</p>`],
  ['r14-double-pointer-label', (L, [l]) => `<p>►► ${L} ${a(l)}</p>`],
  ['r14-much-greater-link', (_L, [l]) => `<p>≫ ${a(l)}</p>`],
  ['r14-fullwidth-gt-link', (_L, [l]) => `<p>＞＞${a(l)}</p>`],
  ['r14-diamond-label', (L, [l]) => `<p>◆${L}◆ ${a(l)}</p>`],
  ['r14-down-triangle-label-br', (L, [l]) => `<p>▼${L}<br>${a(l)}</p>`],
  ['r14-bracket-label-then-link', (L, [l]) => `<p>[${L}] ${a(l)}</p>`],
  ['r14-lenticular-inside-link', (L, [l]) => `<p>${a(l, `【${L}】${esc(l.text)}`)}</p>`],
  ['r14-link-then-lenticular-label', (L, [l]) => `<p>${a(l)}【${L}】</p>`],
  ['r14-lenticular-br', (L, [l]) => `<p>【${L}】<br>${a(l)}</p>`],
  ['two-links-r14-bare-pipe', (_L, [l, m]) => `<p>${a(l)} | ${a(m)}</p>`],
  ['two-links-r14-bullets-label', (L, [l, m]) => `<p><b>${L}</b> • ${a(l)} • ${a(m)}</p>`],
  ['two-links-r14-u-label-br', (L, [l, m]) => `<p><u><b>${L}</b></u><br>${a(l)}<br>${a(m)}</p>`],
  ['para-end-r14-run-on-paren', (L, [l]) => ` (${L}: ${a(l)})`],
  ['para-end-r14-run-on-plain', (L, [l]) => ` ${L}: ${a(l)}.`],
  ['para-end-r14-run-on-dash', (L, [l]) => ` — ${L} ${a(l)}`],
  ['para-end-r14-br-small-em', (L, [l]) => `<br><small><em>${L}: ${a(l)}</em></small>`],
  ['r14-img-banner-alt-br', (L, [l], c) => `<p><img src="${c.origin}/assets/banners/read-also.png" alt="${L}" width="120" height="24"><br>${a(l)}</p>`],
  ['r14-emoji-book-bold-link', (_L, [l]) => `<p>📖 <strong>${a(l)}</strong></p>`],
  ['r14-label-p-then-link-p', (L, [l]) => `<p><strong>${L}</strong></p><p>${a(l)}</p>`],
  ['r14-thumb-inline-label', (L, [l], c) => `<p><a href="${esc(l.href)}"><img src="${c.origin}/media/${l.slug.slice(0, 16)}-80x80.jpg" alt="" width="80" height="80"></a> <span class="rm-label">${L}</span> ${a(l)}</p>`],
  ['r14-table-one-cell-br', (L, [l]) => `<table class="also" width="100%"><tbody><tr><td><b>${L}</b><br>${a(l)}</td></tr></tbody></table>`],
  ['r14-border-left-style', (L, [l]) => `<p style="border-left:4px solid #c00;padding-left:10px">${L}: ${a(l)}</p>`],
  ['r14-h5-label-bare-link', (L, [l]) => `<h5>${L}</h5>${a(l)}`],
  ['r14-link-br-small-label-minutes', (L, [l]) => `<p>${a(l)}<br><small>${L} · 4 min</small></p>`],
  ['r14-cite-headline', (L, [l]) => `<p>${L}: <cite>${a(l)}</cite></p>`],
  ['r14-q-headline', (L, [l]) => `<p>${L}: ${a(l, `<q>${esc(l.text)}</q>`)}</p>`],
  ['r14-font-color-label', (L, [l]) => `<p><font color="#cc0000"><b>${L}:</b></font> ${a(l)}</p>`],
  ['r14-ellipsis-label', (L, [l]) => `<p>${L}… ${a(l)}</p>`],
  ['r14-label-link-comment-count', (L, [l]) => `<p><b>${L}</b> ${a(l)} <span class="comments">(12)</span></p>`],
  ['r14-aside-role-note-bold', (L, [l]) => `<aside role="note"><b>${L}</b> ${a(l)}</aside>`],
];

// ---- labels, added to the pools of languages the generator already had (read-more lines, related boxes) ----
export const LABELS14 = {
  en: { readMore: ['The story so far', 'Earlier today', 'Worth your time', 'Need to know', 'Our coverage', 'Refresher'], related: ['Keep up with this story', 'More from the harbour desk'] },
  es: { readMore: ['Puedes leer', 'Lectura recomendada', 'En contexto', 'Conoce más'], related: ['Hilo de la noticia', 'Más en portada'] },
  fr: { readMore: ['À relire', 'Repères', 'Notre dossier', 'L’essentiel'], related: ['Nos derniers articles', 'Dans ce dossier'] },
  de: { readMore: ['Zum Weiterlesen', 'Dazu passend', 'Auch spannend', 'Rückblick'], related: ['Mehr aus der Redaktion', 'Dazu bei uns'] },
  pt: { readMore: ['Relembre', 'Veja ainda', 'Leia ainda', 'Confira'], related: ['Mais sobre o assunto', 'Em alta'] },
  it: { readMore: ['Scopri di più', 'Il caso', 'Rileggi'], related: ['Dalla stessa sezione', 'In primo piano'] },
  ru: { readMore: ['Напомним', 'Это важно', 'Подробности', 'Что известно'], related: ['Главное сегодня', 'Другие материалы'] },
  uk: { readMore: ['Нагадаємо', 'Це цікаво', 'Більше на тему', 'Що відомо'], related: ['Головне сьогодні', 'Інші матеріали'] },
  vi: { readMore: ['Tin nên đọc', 'Đọc nhanh', 'Liên quan', 'Xem nhanh'], related: ['Tin cùng sự kiện', 'Tin mới cập nhật'] },
  ja: { readMore: ['前回の記事', 'この記事もおすすめ', '参考記事', '過去記事'], related: ['編集部のおすすめ', 'この連載の記事'] },
  zh: { readMore: ['往期回顾', '相关链接', '推荐文章', '更多阅读'], related: ['精彩推荐', '本周热读'] },
  ko: { readMore: ['관련 글', '지난 기사', '함께 보기', '더 보기'], related: ['많이 본 기사', '기자의 다른 기사'] },
  ar: { readMore: ['للاطلاع', 'طالع', 'إقرأ أيضاً', 'مقال ذو صلة'], related: ['مواضيع قد تهمك', 'من الأرشيف'] },
  fa: { readMore: ['مرتبط', 'پیشنهاد', 'بیشتر', 'بخوانید اینجا'], related: ['پربحث‌ترین‌ها', 'از آرشیو'] },
  he: { readMore: ['עוד', 'לקריאה נוספת', 'כתבה קשורה', 'אולי פספסתם'], related: ['עוד מהמערכת', 'הכי מדוברות'] },
  tr: { readMore: ['Okumadan geçmeyin', 'Şunu da okuyun', 'Bağlantılı haber'], related: ['Gündem', 'Bu haberler de ilginizi çekebilir'] },
  pl: { readMore: ['Przeczytaj', 'Warto wiedzieć', 'Czytaj dalej'], related: ['Z ostatniej chwili', 'Więcej z działu'] },
  nl: { readMore: ['Meer weten', 'Ook lezen', 'Achtergrond', 'Terugblik'], related: ['Uit de redactie', 'Meer uit de regio'] },
  el: { readMore: ['Ακόμη', 'Διαβάστε', 'Δείτε', 'Σχετικό άρθρο'], related: ['Πρόσφατα άρθρα', 'Από την ίδια κατηγορία'] },
  bn: { readMore: ['আরও দেখুন', 'প্রাসঙ্গিক', 'এ বিষয়ে আরও'], related: ['সম্পাদকের পছন্দ', 'আরও সংবাদ'] },
  hi: { readMore: ['इसे भी जानें', 'सम्बंधित', 'यह भी जानिए'], related: ['ख़ास ख़बरें', 'और भी'] },
  id: { readMore: ['Artikel pilihan', 'Simak', 'Lihat', 'Baca'], related: ['Terpopuler hari ini', 'Berita sebelumnya'] },
  th: { readMore: ['อ่านด้วย', 'ข่าวน่าสนใจ', 'เรื่องที่เกี่ยวข้อง'], related: ['ข่าวยอดนิยม', 'ข่าวอื่นที่น่าสนใจ'] },
  sw: { readMore: ['Soma', 'Tazama pia', 'Habari nyingine'], related: ['Habari kuu', 'Zaidi kutoka kwetu'] },
  cs: { readMore: ['Přečtěte si', 'Připomínáme'], related: ['Nejnovější články'] },
  sv: { readMore: ['Läs även', 'Bakgrund'], related: ['Mer i ämnet'] },
  ro: { readMore: ['Citește mai mult', 'Recomandare'], related: ['Te-ar putea interesa'] },
  hu: { readMore: ['Olvassa el', 'Előzmény'], related: ['Ajánlott cikkek'] },
};

// Ten page languages the generator did not have, shaped like LANGS in lang.mjs: merged into LANGS.
export const LANGS14 = {
  fi: {
    sentences: [
      'Kaupunginvaltuusto päätti tiistaina jatkaa satamamuuria vielä neljälläkymmenellä metrillä ennen talvimyrskyjä.',
      'Insinöörit varoittivat, ettei vanhoja merisuojia ole tarkastettu kunnolla yli kymmeneen vuoteen.',
      'Kaupungin itäpuolen asukkaiden mukaan viime helmikuun tulva pilasi kymmeniä pohjakerroksen asuntoja.',
      'Urakoitsija arvioi töiden ensimmäisen vaiheen valmistuvan maaliskuussa, jos sää sallii.',
      'Hanke rahoitetaan osin alueellisella avustuksella ja osin korotetuilla pysäköintimaksuilla.',
      'Useat kalastajat kertoivat toimittajille pelkäävänsä, että pääsy veneluiskalle katkeaa rakennustöiden ajaksi.',
      'Ympäristöviraston tiedottajan mukaan riippumattomat rannikkoasiantuntijat ovat arvioineet suunnitelmat.',
      'Oppositiovaltuutettujen mielestä rahat olisi käytetty paremmin uhanalaisimpien perheiden muuttamiseen sisämaahan.',
    ],
    subjects: ['Kaupunginvaltuusto', 'Rautatieyhtiö', 'Keskussairaala', 'Paikalliset viljelijät', 'Teknologiayhtiö', 'Koululautakunta'],
    actions: ['lykkää bussikaistoja koskevaa äänestystä', 'vähentää väkeä heikon neljänneksen jälkeen', 'esittelee suunnitelman jokirannan puistosta', 'joutuu selittämään kadonneita varoja', 'voittaa valituksen rakennusluvasta', 'avaa laakson ensimmäisen aurinkopuiston'],
    readMore: ['Lue myös', 'Lue lisää', 'Aiheesta lisää', 'Katso myös', 'Suosittelemme'],
    related: ['Aiheeseen liittyvät', 'Luetuimmat', 'Uusimmat', 'Lisää aiheesta', 'Muut uutiset'],
  },
  da: {
    sentences: [
      'Byrådet stemte tirsdag for at forlænge havnemuren med yderligere fyrre meter, inden vinterstormene kommer.',
      'Ingeniører advarede om, at de gamle kystsikringer ikke var blevet ordentligt efterset i mere end ti år.',
      'Beboere i den østlige del af byen fortalte, at oversvømmelsen i februar ødelagde snesevis af stueetager.',
      'Entreprenøren regner med, at første etape af arbejdet er færdig i marts, hvis vejret tillader det.',
      'Projektet finansieres dels af et regionalt tilskud, dels af højere parkeringsafgifter i byen.',
      'Flere fiskere fortalte journalister, at de frygter at miste adgangen til bådrampen under byggeriet.',
      'En talsperson for miljøstyrelsen sagde, at planerne er gennemgået af uafhængige kysteksperter.',
      'Oppositionens byrådsmedlemmer mente, at pengene hellere skulle bruges på at flytte de mest udsatte familier længere ind i landet.',
    ],
    subjects: ['Byrådet', 'Togselskabet', 'Regionshospitalet', 'Lokale landmænd', 'En techvirksomhed', 'Skolebestyrelsen'],
    actions: ['udskyder afstemning om busbaner', 'skærer stillinger efter svagt kvartal', 'præsenterer plan for park ved åen', 'får spørgsmål om forsvundne midler', 'vinder anke i byggesag', 'åbner dalens første solcellepark'],
    readMore: ['Læs også', 'Læs mere', 'Se også', 'Relateret', 'Anbefalet'],
    related: ['Relaterede artikler', 'Mest læste', 'Seneste nyt', 'Flere nyheder', 'Du kan også læse'],
  },
  no: {
    sentences: [
      'Bystyret vedtok tirsdag å forlenge havnemuren med ytterligere førti meter før vinterstormene kommer.',
      'Ingeniører advarte om at de gamle sjøforbygningene ikke har vært ordentlig inspisert på over ti år.',
      'Beboere på østsiden av byen sa at flommen i februar ødela dusinvis av boliger i første etasje.',
      'Entreprenøren regner med at første byggetrinn er ferdig i mars dersom været tillater det.',
      'Prosjektet finansieres delvis av et regionalt tilskudd og delvis av økte parkeringsavgifter.',
      'Flere fiskere sa til journalister at de frykter å miste tilgangen til båtslippen mens arbeidet pågår.',
      'En talsperson for miljødirektoratet sa at planene er gjennomgått av uavhengige kysteksperter.',
      'Opposisjonens representanter mente at pengene heller burde brukes på å flytte de mest utsatte familiene lenger inn i landet.',
    ],
    subjects: ['Bystyret', 'Togselskapet', 'Sykehuset', 'Lokale bønder', 'Et teknologiselskap', 'Skolestyret'],
    actions: ['utsetter avstemning om kollektivfelt', 'kutter stillinger etter svakt kvartal', 'legger fram plan for park ved elva', 'får spørsmål om forsvunne midler', 'vinner anke i byggesak', 'åpner dalens første solkraftverk'],
    readMore: ['Les også', 'Les mer', 'Se også', 'Relatert', 'Anbefalt'],
    related: ['Relaterte saker', 'Mest lest', 'Siste nytt', 'Flere saker', 'Andre leser'],
  },
  sk: {
    sentences: [
      'Mestské zastupiteľstvo v utorok odhlasovalo predĺženie prístavného múru o ďalších štyridsať metrov ešte pred zimnými búrkami.',
      'Inžinieri varovali, že staré pobrežné hrádze nikto poriadne neskontroloval už viac ako desať rokov.',
      'Obyvatelia východnej časti mesta povedali, že vlaňajšia februárová povodeň zničila desiatky prízemných bytov.',
      'Dodávateľ počíta s tým, že prvá etapa prác sa skončí v marci, ak to počasie dovolí.',
      'Projekt sa financuje sčasti z regionálnej dotácie a sčasti zo zvýšených poplatkov za parkovanie.',
      'Viacerí rybári novinárom povedali, že sa obávajú straty prístupu k lodnému sklzu počas výstavby.',
      'Hovorkyňa agentúry životného prostredia uviedla, že plány posúdili nezávislí odborníci na pobrežie.',
      'Opoziční poslanci tvrdili, že peniaze by sa lepšie využili na presťahovanie najohrozenejších rodín do vnútrozemia.',
    ],
    subjects: ['Mestské zastupiteľstvo', 'Železničný dopravca', 'Krajská nemocnica', 'Miestni farmári', 'Technologický startup', 'Školská rada'],
    actions: ['odkladá hlasovanie o buspruhoch', 'prepúšťa po slabom štvrťroku', 'predstavuje plán parku pri rieke', 'čelí otázkam pre chýbajúce peniaze', 'vyhráva odvolanie v stavebnom konaní', 'otvára prvý solárny park v doline'],
    readMore: ['Čítajte aj', 'Prečítajte si aj', 'Súvisiace', 'Mohlo by vás zaujímať', 'Viac k téme'],
    related: ['Súvisiace články', 'Najčítanejšie', 'Najnovšie', 'Ďalšie správy', 'Odporúčame'],
  },
  bg: {
    sentences: [
      'Общинският съвет гласува във вторник пристанищната стена да бъде удължена с още четиридесет метра преди зимните бури.',
      'Инженери предупредиха, че старите брегови съоръжения не са проверявани както трябва повече от десет години.',
      'Жители от източната част на града разказаха, че наводнението миналия февруари е съсипало десетки жилища на партерния етаж.',
      'Изпълнителят очаква първият етап от работата да приключи през март, ако времето позволи.',
      'Проектът се финансира отчасти с регионална субсидия и отчасти с по-високи такси за паркиране.',
      'Няколко рибари казаха пред журналисти, че се опасяват да не загубят достъпа до слипа по време на строежа.',
      'Говорителка на агенцията по околна среда заяви, че плановете са прегледани от независими експерти по бреговете.',
      'Общинските съветници от опозицията смятат, че парите биха били по-добре използвани за преместване на най-застрашените семейства навътре в сушата.',
    ],
    subjects: ['Общинският съвет', 'Железопътният превозвач', 'Областната болница', 'Местните фермери', 'Технологичен стартъп', 'Училищното настоятелство'],
    actions: ['отлага гласуването за бус лентите', 'съкращава служители след слабо тримесечие', 'представя план за парк край реката', 'е изправен пред въпроси за изчезнали средства', 'печели обжалване по строително разрешение', 'открива първия соларен парк в долината'],
    readMore: ['Прочетете още', 'Вижте още', 'Още по темата', 'Свързани', 'Препоръчваме'],
    related: ['Свързани статии', 'Най-четени', 'Последни новини', 'Още новини', 'Може да ви интересува'],
  },
  hr: {
    sentences: [
      'Gradsko vijeće u utorak je izglasalo produljenje lučkog zida za još četrdeset metara prije zimskih oluja.',
      'Inženjeri su upozorili da stara obalna zaštita nije propisno pregledana više od deset godina.',
      'Stanovnici istočnog dijela grada rekli su da je prošlogodišnja veljačka poplava uništila desetke prizemnih stanova.',
      'Izvođač očekuje da će prva faza radova biti gotova u ožujku ako vrijeme dopusti.',
      'Projekt se financira dijelom iz regionalne potpore, a dijelom iz povećanih naknada za parkiranje.',
      'Nekoliko ribara reklo je novinarima da se boje kako će tijekom gradnje izgubiti pristup istezalištu.',
      'Glasnogovornica agencije za okoliš rekla je da su planove pregledali neovisni stručnjaci za obalu.',
      'Oporbeni vijećnici tvrdili su da bi novac bilo bolje potrošiti na preseljenje najugroženijih obitelji dalje od mora.',
    ],
    subjects: ['Gradsko vijeće', 'Željeznički prijevoznik', 'Županijska bolnica', 'Lokalni poljoprivrednici', 'Tehnološki startup', 'Školski odbor'],
    actions: ['odgađa glasanje o buspruzima', 'otpušta radnike nakon slabog tromjesečja', 'predstavlja plan parka uz rijeku', 'suočava se s pitanjima o nestalom novcu', 'dobiva žalbu na građevinsku dozvolu', 'otvara prvu sunčanu elektranu u dolini'],
    readMore: ['Pročitajte još', 'Pročitajte i', 'Povezano', 'Vezane vijesti', 'Preporučujemo'],
    related: ['Povezani članci', 'Najčitanije', 'Najnovije', 'Još vijesti', 'Izdvojeno'],
  },
  ca: {
    sentences: [
      'El ple municipal va aprovar dimarts allargar el mur del port quaranta metres més abans que arribin els temporals d’hivern.',
      'Els enginyers van advertir que les antigues defenses costaneres no s’havien revisat com cal des de feia més d’una dècada.',
      'Els veïns de la banda est de la ciutat van explicar que les inundacions del febrer passat van fer malbé desenes de plantes baixes.',
      'L’empresa constructora preveu acabar la primera fase de les obres al març si el temps ho permet.',
      'El projecte es finança en part amb una subvenció regional i en part amb l’augment de les tarifes d’aparcament.',
      'Diversos pescadors van dir als periodistes que temen perdre l’accés a la rampa durant les obres.',
      'Una portaveu de l’agència ambiental va dir que els plans els havien revisat experts independents en costes.',
      'Els regidors de l’oposició sostenen que els diners s’haurien de destinar a traslladar les famílies més exposades terra endins.',
    ],
    subjects: ['L’Ajuntament', 'L’operador ferroviari', 'L’hospital comarcal', 'Els pagesos', 'Una empresa emergent', 'El consell escolar'],
    actions: ['ajorna la votació sobre el carril bus', 'retalla llocs de treball després d’un mal trimestre', 'presenta un parc a la vora del riu', 'respon als dubtes sobre els fons', 'guanya el recurs contra la llicència', 'inaugura la primera planta solar de la vall'],
    readMore: ['Llegeix també', 'Més informació', 'Vegeu també', 'Relacionat', 'T’interessa'],
    related: ['Notícies relacionades', 'El més llegit', 'Últimes notícies', 'Més notícies', 'També et pot interessar'],
  },
  ms: {
    sentences: [
      'Majlis perbandaran mengundi pada hari Selasa untuk memanjangkan tembok pelabuhan sejauh empat puluh meter lagi sebelum ribut musim tengkujuh tiba.',
      'Jurutera memberi amaran bahawa benteng laut lama itu tidak diperiksa dengan betul selama lebih sedekad.',
      'Penduduk di sebelah timur bandar berkata banjir pada Februari lalu merosakkan berpuluh-puluh rumah di tingkat bawah.',
      'Kontraktor menjangka peringkat pertama kerja akan siap pada bulan Mac jika cuaca mengizinkan.',
      'Projek itu dibiayai sebahagiannya oleh geran wilayah dan sebahagiannya melalui kenaikan caj letak kereta.',
      'Beberapa nelayan memberitahu wartawan mereka bimbang kehilangan akses ke tanjakan bot semasa pembinaan.',
      'Jurucakap agensi alam sekitar berkata pelan itu telah disemak oleh pakar pantai bebas.',
      'Ahli majlis pembangkang berhujah wang itu lebih baik digunakan untuk memindahkan keluarga yang paling terdedah ke kawasan pedalaman.',
    ],
    subjects: ['Majlis perbandaran', 'Pengendali kereta api', 'Hospital daerah', 'Petani tempatan', 'Syarikat pemula teknologi', 'Lembaga sekolah'],
    actions: ['tangguh undian lorong bas baharu', 'kurangkan pekerja selepas suku tahun lemah', 'dedah pelan taman tepi sungai', 'berdepan soalan tentang dana hilang', 'menang rayuan keputusan perancangan', 'buka ladang solar pertama di lembah'],
    readMore: ['Baca juga', 'Baca lagi', 'Berkaitan', 'Artikel berkaitan', 'Jangan terlepas'],
    related: ['Berita berkaitan', 'Paling popular', 'Terkini', 'Berita lain', 'Pilihan editor'],
  },
  tl: {
    sentences: [
      'Bumoto ang konseho ng lungsod noong Martes na pahabain pa nang apatnapung metro ang pader ng daungan bago dumating ang mga bagyo.',
      'Nagbabala ang mga inhinyero na higit isang dekada nang hindi maayos na nasusuri ang mga lumang depensa sa dagat.',
      'Sinabi ng mga residente sa silangang bahagi ng bayan na sinira ng baha noong Pebrero ang dose-dosenang bahay sa unang palapag.',
      'Inaasahan ng kontratista na matatapos ang unang yugto ng trabaho sa Marso kung papayagan ng panahon.',
      'Nagmumula ang pondo ng proyekto sa isang panrehiyong grant at sa pagtaas ng singil sa paradahan.',
      'Sinabi ng ilang mangingisda sa mga mamamahayag na nag-aalala silang mawalan ng daan patungo sa rampa ng bangka habang ginagawa ito.',
      'Ayon sa tagapagsalita ng ahensiya ng kapaligiran, sinuri ng mga independiyenteng eksperto sa baybayin ang mga plano.',
      'Iginiit ng mga konsehal ng oposisyon na mas mainam gastusin ang pera sa paglilipat ng mga pamilyang pinakananganganib sa mas mataas na lugar.',
    ],
    subjects: ['Konseho ng lungsod', 'Operator ng tren', 'Panlalawigang ospital', 'Mga lokal na magsasaka', 'Isang tech startup', 'Lupon ng paaralan'],
    actions: ['ipinagpaliban ang botohan sa bus lane', 'nagbawas ng empleyado matapos ang mahinang quarter', 'inilantad ang plano para sa parke sa tabing-ilog', 'hinaharap ang tanong sa nawawalang pondo', 'nanalo sa apela laban sa desisyon sa permit', 'binuksan ang unang solar farm sa lambak'],
    readMore: ['Basahin din', 'Basahin ang buong balita', 'Kaugnay na balita', 'Tingnan din', 'Huwag palampasin'],
    related: ['Mga kaugnay na balita', 'Pinakabinasa', 'Pinakabagong balita', 'Iba pang balita', 'Baka magustuhan mo'],
  },
  ta: {
    sentences: [
      'குளிர்காலப் புயல்கள் வருவதற்கு முன் துறைமுகச் சுவரை மேலும் நாற்பது மீட்டர் நீட்டிக்க நகர மன்றம் செவ்வாய்க்கிழமை வாக்களித்தது.',
      'பழைய கடல் தடுப்புகள் பத்து ஆண்டுகளுக்கும் மேலாக முறையாக ஆய்வு செய்யப்படவில்லை என்று பொறியாளர்கள் எச்சரித்தனர்.',
      'கடந்த பிப்ரவரி வெள்ளம் தரைத்தளத்தில் இருந்த பல வீடுகளைச் சேதப்படுத்தியதாக நகரின் கிழக்குப் பகுதி மக்கள் தெரிவித்தனர்.',
      'வானிலை ஒத்துழைத்தால் பணியின் முதல் கட்டம் மார்ச் மாதத்தில் முடியும் என்று ஒப்பந்ததாரர் எதிர்பார்க்கிறார்.',
      'இந்தத் திட்டத்துக்கான நிதி ஒரு பகுதி மாநில மானியத்திலிருந்தும் ஒரு பகுதி வாகன நிறுத்தக் கட்டண உயர்விலிருந்தும் வருகிறது.',
      'கட்டுமானப் பணியின்போது படகுச் சரிவுக்குச் செல்லும் வழியை இழந்துவிடுவோமோ என்று பல மீனவர்கள் செய்தியாளர்களிடம் கவலை தெரிவித்தனர்.',
      'திட்டங்களைச் சுயாதீனக் கடலோர நிபுணர்கள் ஆய்வு செய்துள்ளதாகச் சுற்றுச்சூழல் முகமையின் செய்தித் தொடர்பாளர் கூறினார்.',
      'அந்தப் பணத்தை ஆபத்தில் உள்ள குடும்பங்களை உள்நாட்டுக்கு இடம் மாற்றச் செலவிடுவதே சிறந்தது என்று எதிர்க்கட்சி உறுப்பினர்கள் வாதிட்டனர்.',
    ],
    subjects: ['நகர மன்றம்', 'ரயில்வே நிர்வாகம்', 'மாவட்ட மருத்துவமனை', 'உள்ளூர் விவசாயிகள்', 'தொழில்நுட்ப நிறுவனம்', 'பள்ளி நிர்வாகக் குழு'],
    actions: ['பேருந்து பாதை வாக்கெடுப்பை ஒத்திவைப்பு', 'பலவீனமான காலாண்டுக்குப் பின் ஆட்குறைப்பு', 'ஆற்றங்கரைப் பூங்கா திட்டம் வெளியீடு', 'காணாமல் போன நிதி குறித்து கேள்விகள்', 'கட்டுமான அனுமதி மேல்முறையீட்டில் வெற்றி', 'பள்ளத்தாக்கின் முதல் சூரிய மின் பண்ணை திறப்பு'],
    readMore: ['இதையும் படிக்க', 'மேலும் படிக்க', 'தொடர்புடைய செய்தி', 'இதையும் பாருங்கள்', 'பரிந்துரை'],
    related: ['தொடர்புடைய செய்திகள்', 'அதிகம் படித்தவை', 'சமீபத்திய செய்திகள்', 'மேலும் செய்திகள்', 'உங்களுக்காக'],
  },
};

/** Every keyword, affiliate and read-more form name of this round (the scorer reports them apart). */
export const ROUND14_FORM_NAMES = new Set([...TAXONOMY14, ...AFFILIATE14, ...READ_MORE14].map(([name]) => name));
/** The round's labels: those added to the earlier languages and all of the new languages' (read-more lines, related boxes). */
export const ROUND14_LABELS = new Set([
  ...Object.values(LABELS14).flatMap(({ readMore, related }) => [...readMore, ...related]),
  ...Object.values(LANGS14).flatMap(({ readMore, related }) => [...readMore, ...related]),
]);
