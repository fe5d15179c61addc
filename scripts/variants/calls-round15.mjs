// Round 15 of the call pools (session 15), written BLIND: the writer opened nothing under src/, tests/ or docs/, ran
// no scorer and read no per-item score output; the phrasings come from how newsrooms, blogs, podcasts and membership
// sites word these things on the open web, not from any failure or rule. What is new here:
// - calls in the third person or a modal register ("Readers can get…", "You may also want to follow…", "Those who
//   want the daily digest should…", "Quem quiser apoiar…", "Wer den Podcast nicht verpassen will, kann…"), and
//   impersonal or infinitive ones ("Jetzt abonnieren:", "À suivre sur…", "Escuchar el pódcast completo:",
//   "Подписаться … можно здесь", "ご購読の申し込みはこちらから");
// - the call word in the middle of a sentence ("For anyone who wants the whole picture, subscribing to … is the
//   simplest way"), questions with a link, calls after an emoji or a bracket-like kicker;
// - tip lines by e-mail with a subject line, by phone (tel:), by SecureDrop, by Threema, Matrix, Messenger and a
//   prefilled WhatsApp message; a Telegram bot with a start parameter; SMS keywords;
// - podcast feeds and players (an RSS feed, Pocket Casts, Castbox, Deezer), a fixtures calendar (webcal:),
//   membership and patron schemes (Memberful, Ghost's portal, Steady, Tipeee, Apoia.se, Boosty, Donorbox,
//   PayPal.me, a Monobank jar), comment-section and forum invitations, Huawei AppGallery;
// - containers the earlier rounds did not use (ROUND15_SHAPES, appended to CALL_SHAPES): Substack's subscription
//   widget, Ghost's signup and call-to-action cards, Mailchimp's embedded form, Squarespace's newsletter block, a
//   Kadence info box, the call as a block editor button, a cover block, columns with an image, a Drupal paragraph, Wix
//   rich text, Bootstrap and Bulma alerts, a utility-class card over two lines, hgroup, the call as two list items, an
//   editor's-note blockquote, an aside with a visually hidden heading, app badges with alt text only (figure and
//   picture), bracket and emoji kickers, an inline dialog, a newsletter-style centred table, a header/footer card,
//   and two run-ons inside a paragraph of the text (in parentheses; after a break and a bracketed kicker);
// - targets the pools lacked (ROUND15_TARGETS, added to CALL_TARGETS): Threads, LinkedIn, Pinterest, Reddit, Twitch,
//   Snapchat, Matrix, Threema, Messenger, WeChat, Xiaohongshu, Douyin, Naver, OK.ru, RuTube and the others above.
// The other languages' calls, and seven page languages new to the generator, are in calls-round15b.mjs; look-alikes
// that must stay are in lookalikes-round15.mjs. The name hash splits every pool as always.
import { ROUND15B_CALLS } from './calls-round15b.mjs';
import { ROUND15_LOOKALIKES } from './lookalikes-round15.mjs';

export { ROUND15_LOOKALIKES };

// Per language: [text, to] as in calls.mjs ("[linked words]" marks the link, `to` a kind of CALL_TARGETS).
export const ROUND15_CALLS = {
  en: [
    ['Readers can get the Harbour Briefing in their inbox every weekday morning by [signing up here].', 'beehiiv'],
    ['You may also want to follow our coverage on [Threads], where the live updates go first.', 'threads'],
    ['Those who want the daily digest should [create a free account] and tick “Morning” in their settings.', 'ghostportal'],
    ['Anyone who would like to chip in for the next investigation can do so via [PayPal.me].', 'paypalme'],
    ['Subscribers hear every episode a day early; everyone else can find the show on [Pocket Casts] and elsewhere.', 'pocketcasts'],
    ['Got a tip? [Email the news desk] — the subject line is already filled in.', 'mailsubject'],
    ['Know something we should look into? If it’s sensitive, use [SecureDrop].', 'securedrop'],
    ['Seen something in your street? Ring the newsdesk on [0800 112 233] — calls are free.', 'tel'],
    ['Text the word FLOOD to 88088 for a daily update from our reporters (standard rates apply).', 'none'],
    ['New here? [Start with the weekly roundup].', 'buttondown'],
    ['Want more stories like this? [Follow the Coast desk on LinkedIn].', 'linkedin'],
    ['Prefer to listen? [This story is also in our podcast feed].', 'podfeed'],
    ['On a Huawei phone? Our app is in [AppGallery] too.', 'appgallery'],
    ['Never miss a match: [add the fixtures to your calendar].', 'webcal'],
    ['Become a patron of the paper from £3 a month and your name goes in our yearly thank-you list. [Join here]', 'memberful'],
    ['Members keep this site free of paywalls. 1,214 of you have joined so far — [will you be next]?', 'ghostportal'],
    ['What would you change about the harbour plan? The comments are open until Friday — [join the discussion].', 'comments'],
    ['See what other readers are saying: [243 comments].', 'comments'],
    ['For anyone who wants the whole picture, subscribing to the Sunday edition is the simplest way to get it.', 'none'],
    ['Every Friday we send the week’s best photographs to the people on our [mailing list], free.', 'eepurl'],
    ['⚡ Breaking-news alerts now come through [our Messenger bot].', 'messenger'],
    ['📻 The morning bulletin is also on [Castbox] — search for “Harbour Daily”.', 'castbox'],
    ['Our recipes live on [Pinterest] too, sorted by season.', 'pinterest'],
    ['Join the 12,000 readers in [our subreddit] for the mayor’s AMA on Thursday.', 'reddit'],
    ['We stream the council meetings on [Twitch] every second Tuesday — come and ask questions in the chat.', 'twitch'],
    ['Snap us your flood photos: add [harbournews] on Snapchat.', 'snapchat'],
    ['Signal not your thing? Reach the newsroom on Threema: [our ID].', 'threema'],
    ['Readers in the app can switch on alerts for this topic under “Following”.', 'none'],
    ['You might want to bookmark [our live blog], which we update every hour until the storm passes.', 'own'],
    ['If you value this kind of reporting, a one-off gift through [Donorbox] goes straight to the newsroom.', 'donorbox'],
    ['Send us a voice note on [WhatsApp] — the message is already written, just tap send.', 'wasend'],
    ['Ask our bot for the latest river levels: [@HarbourLevelsBot].', 'tgbot'],
    ['Behind-the-scenes photos from the newsroom go to our [Instagram channel] first.', 'igchannel'],
    ['Chat with other readers and the reporters in our [Matrix room].', 'matrix'],
  ],
  es: [
    ['Suscribirse a la newsletter de la mañana es gratis: [apúntate aquí].', 'buttondown'],
    ['Quienes quieran recibir el resumen diario pueden hacerlo a través de nuestro [canal de WhatsApp].', 'whatsapp'],
    ['¿Quieres más historias como esta? [Síguenos en Threads].', 'threads'],
    ['Para comentar esta noticia es necesario [estar registrado].', 'own'],
    ['Escuchar el pódcast completo: [en Spotify] o en tu aplicación favorita.', 'podcast'],
    ['Hazte socio desde 4 € al mes y [apoya el periodismo local].', 'memberful'],
    ['Envíanos tu denuncia por WhatsApp: solo tienes que [pulsar aquí] y escribir.', 'wasend'],
  ],
  fr: [
    ['À suivre sur [Twitch] : le débat des candidats, ce jeudi à 20 h.', 'twitch'],
    ['À retrouver également sur [LinkedIn].', 'linkedin'],
    ['Les lecteurs qui souhaitent recevoir nos alertes peuvent [s’inscrire ici].', 'own'],
    ['Vous aimez nos podcasts ? Soutenez-les sur [Tipeee].', 'tipeee'],
    ['Pour réagir à cet article, rendez-vous dans [l’espace commentaires].', 'comments'],
    ['Une info, une photo, une vidéo ? [Écrivez-nous].', 'mailsubject'],
  ],
  de: [
    ['Jetzt abonnieren: [Der Morgen-Newsletter] – werktags um 6 Uhr.', 'newsletter'],
    ['Wer den Podcast nicht verpassen will, kann ihn [per RSS] abonnieren.', 'podfeed'],
    ['Unabhängigen Lokaljournalismus unterstützen: [bei Steady Mitglied werden].', 'steady'],
    ['Kommentare lesen und mitdiskutieren: [zum Forum] (143 Beiträge).', 'comments'],
    ['Hinweise an die Redaktion gern auch verschlüsselt über [SecureDrop].', 'securedrop'],
    ['Alle Spieltermine direkt in den eigenen Kalender übernehmen: [Kalender abonnieren].', 'webcal'],
  ],
  pt: [
    ['Quem quiser apoiar o nosso trabalho pode contribuir pelo [Apoia.se].', 'apoiase'],
    ['Quer receber as notícias do dia no Telegram? [Fale com o nosso robô].', 'tgbot'],
    ['Acompanhe também a nossa cobertura no [Threads].', 'threads'],
    ['Para comentar, é preciso ser assinante. [Assine agora]', 'own'],
    ['Ouça o episódio completo no [Deezer] ou no seu agregador preferido.', 'deezer'],
  ],
  it: [
    ['Per restare aggiornati è possibile entrare nel [gruppo WhatsApp] della redazione.', 'wagroup'],
    ['Chi vuole sostenere il giornale può farlo con [una donazione su PayPal].', 'paypalme'],
    ['Vuoi ricevere altre storie come questa? [Seguici su Threads].', 'threads'],
    ['Da ascoltare: la puntata completa è su [Castbox].', 'castbox'],
    ['Commenta questo articolo: [vai alla discussione].', 'comments'],
  ],
  ru: [
    ['Подписаться на нашу группу в Одноклассниках можно [здесь].', 'okru'],
    ['Видеоверсию интервью смотрите на [RUTUBE].', 'rutube'],
    ['Тем, кто хочет поддержать редакцию, — [наш Boosty].', 'boosty'],
    ['Хотите получать главные новости утром? [Напишите нашему боту].', 'tgbot'],
    ['Обсудить материал можно на [форуме].', 'comments'],
  ],
  ja: [
    ['フォローはこちら → [Threads]', 'threads'],
    ['番組は[ポッドキャスト]でも配信中。Apple Podcasts、Spotifyなどでお聴きいただけます。', 'podfeed'],
    ['ご購読のお申し込みは[こちら]から。', 'own'],
    ['記事へのご意見は[コメント欄]にお寄せください。', 'comments'],
  ],
  zh: [
    ['欢迎关注我们的[微信公众号]，获取每日早报。', 'wechat'],
    ['更多幕后花絮，请看我们的[小红书]。', 'xiaohongshu'],
    ['短视频版本已发布在[抖音]，欢迎点赞转发。', 'douyin'],
    ['想第一时间收到推送？[订阅邮件简报]即可。', 'own'],
  ],
  ko: [
    ['네이버에서 [구독하기]를 누르시면 매일 기사를 받아보실 수 있습니다.', 'naver'],
    ['더 많은 기사는 [스레드]에서도 만나보세요.', 'threads'],
    ['후원은 여기서: [정기후원 신청]', 'own'],
    ['이 기사에 대한 의견은 [댓글]로 남겨 주세요.', 'comments'],
  ],
  ar: [
    ['للاشتراك في النشرة اليومية: [اضغط هنا].', 'beehiiv'],
    ['يمكن للقراء متابعة التغطية المباشرة عبر حسابنا على [ثريدز].', 'threads'],
    ['هل لديك معلومة؟ راسلنا عبر [ماسنجر].', 'messenger'],
    ['للتعليق على هذا الخبر، يرجى [تسجيل الدخول].', 'own'],
  ],
};
for (const [lang, list] of Object.entries(ROUND15B_CALLS)) ROUND15_CALLS[lang] = [...(ROUND15_CALLS[lang] ?? []), ...list];

// An editor's-note kicker in the page's language; English otherwise.
const EDITORS_NOTE = {
  en: 'Editor’s note', es: 'Nota de la redacción', fr: 'Note de la rédaction', de: 'In eigener Sache', pt: 'Nota da redação', it: 'Nota della redazione',
  ru: 'От редакции', ar: 'ملاحظة المحرر', hi: 'संपादक की ओर से', id: 'Catatan redaksi', ja: '編集部より', zh: '编者按', tr: 'Editörün notu',
  pl: 'Od redakcji', nl: 'Noot van de redactie', he: 'הערת המערכת', uk: 'Від редакції', vi: 'Lời tòa soạn', ko: '편집자 주', el: 'Σημείωμα της σύνταξης',
  fa: 'یادداشت سردبیر', th: 'หมายเหตุจากกองบรรณาธิการ', sw: 'Ujumbe wa mhariri', bn: 'সম্পাদকের নোট', cs: 'Poznámka redakce', sv: 'Redaktionen',
  ro: 'Nota redacției', hu: 'A szerkesztőség', fi: 'Toimitukselta', da: 'Redaktionen', no: 'Fra redaksjonen', sk: 'Poznámka redakcie', bg: 'От редакцията',
  hr: 'Napomena uredništva', ca: 'Nota de la redacció', ms: 'Nota editor', tl: 'Paalala ng patnugot', ta: 'ஆசிரியர் குறிப்பு', lt: 'Redakcijos pastaba',
  lv: 'Redakcijas piezīme', et: 'Toimetuselt', sl: 'Opomba uredništva', sr: 'Напомена редакције', ur: 'ادارتی نوٹ', af: 'Van die redaksie',
};
const kicker = (map, c) => map[c.lang] ?? map.en;

/** Splits a call's inner HTML in two lines: at a sentence end, else a colon, dash or comma, else the space nearest
 *  its middle — never inside a tag or a link. A text without such a place stays whole (the second part is empty). */
const count = (s, re) => (s.match(re) ?? []).length;
const outside = (s) => !/<[^>]*$/.test(s) && count(s, /<a\b/g) === count(s, /<\/a>/g);
function twoLines(x) {
  for (const re of [/[?!.]\s+/gu, /[？！。]\s*/gu, /[:：—–]\s*/gu, /[,，、،]\s*/gu]) {
    for (const m of x.matchAll(re)) {
      const h = x.slice(0, m.index + 1);
      const b = x.slice(m.index + m[0].length);
      if (outside(h) && b.replace(/<[^>]*>/g, '').trim()) return [h, b];
    }
  }
  const spaces = [];
  for (let i = 0; i < x.length; i++) if (x[i] === ' ' && outside(x.slice(0, i))) spaces.push(i);
  if (spaces.length === 0) return [x, ''];
  const at = spaces.sort((i, j) => Math.abs(i - x.length / 2) - Math.abs(j - x.length / 2))[0];
  return [x.slice(0, at), x.slice(at + 1)];
}
const second = (b, make) => (b ? make(b) : '');
const badges = (c) => `<a href="${c.link('apps', 0)}"><img src="${c.origin}/static/badges/app-store.svg" alt="Download on the App Store" width="120" height="40"></a> <a href="${c.link('apps', 1)}"><img src="${c.origin}/static/badges/google-play.png" alt="Get it on Google Play" width="135" height="40"></a>`;

// Containers (appended to CALL_SHAPES): [name, (x, c) => html]; c.link(to) adds a link the call's own must go with.
// "para-end…" shapes are appended to a paragraph of the text by the generator.
export const ROUND15_SHAPES = [
  ['r15-substack-subscription-widget', (x, c) => `<div class="subscription-widget-wrap-editor" data-attrs='{"url":"https://${c.site}.substack.com/subscribe?","language":"${c.lang}"}' data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">${x}</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div></div></form></div></div>`],
  ['r15-ghost-signup-card-split', (x) => { const [h, b] = twoLines(x); return `<div class="kg-card kg-signup-card kg-width-regular" data-lexical-signup-form style="background-color:#F0F0F0"><div class="kg-signup-card-content"><div class="kg-signup-card-text"><h2 class="kg-signup-card-heading">${h}</h2>${second(b, (t) => `<p class="kg-signup-card-subheading">${t}</p>`)}<form class="kg-signup-card-form" data-members-form="signup"><div class="kg-signup-card-fields"><input class="kg-signup-card-input" id="email" data-members-email type="email" required placeholder="@"><button class="kg-signup-card-button kg-style-accent" type="submit"><span class="kg-signup-card-button-default">→</span></button></div></form></div></div></div>`; }],
  ['r15-ghost-cta-card', (x, c) => `<div class="kg-card kg-cta-card kg-cta-bg-grey kg-cta-minimal" data-layout="minimal"><div class="kg-cta-content"><div class="kg-cta-content-inner"><div class="kg-cta-text"><p>${x}</p></div><a href="${c.link('ghostportal')}" class="kg-cta-button kg-style-accent">→</a></div></div></div>`],
  ['r15-mailchimp-embed-h2', (x, c) => `<div id="mc_embed_shell"><div id="mc_embed_signup"><form action="https://${c.site}.us14.list-manage.com/subscribe/post?u=4f2b1c9d8e&amp;id=${c.id}" method="post" id="mc-embedded-subscribe-form" name="mc-embedded-subscribe-form" class="validate" target="_blank"><div id="mc_embed_signup_scroll"><h2>${x}</h2><div class="mc-field-group"><input type="email" name="EMAIL" class="required email" id="mce-EMAIL" required value=""></div><div class="clear"><input type="submit" name="subscribe" id="mc-embedded-subscribe" class="button" value="✓"></div></div></form></div></div>`],
  ['r15-squarespace-newsletter-split', (x) => { const [h, b] = twoLines(x); return `<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form" data-form-id="${h.length}f2a9"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">${h}</h2>${second(b, (t) => `<div class="newsletter-form-header-description"><p>${t}</p></div>`)}</header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email required"><input class="newsletter-form-field-element field-element" name="email" type="email" spellcheck="false"></div></div><div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-button-element--primary" type="submit"><span class="newsletter-form-button-label">→</span></button></div></div></form></div></div></div>`; }],
  ['r15-kadence-infobox', (x) => `<div class="wp-block-kadence-infobox kt-info-box_4f2e1a"><div class="kt-blocks-info-box-link-wrap info-box-link kt-blocks-info-box-media-align-left kt-info-halign-left"><div class="kt-blocks-info-box-media-container"><div class="kt-blocks-info-box-media kt-info-media-animate-none"><div class="kadence-info-box-icon-container kt-info-icon-animate-none"><div class="kadence-info-box-icon-inner-container"><span class="kb-svg-icon-wrap kb-svg-icon-fe_mail kt-info-svg-icon"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" width="50" height="50" aria-hidden="true"><path d="M4 4h16v16H4z"/><polyline points="22,6 12,13 2,6"/></svg></span></div></div></div></div><div class="kt-infobox-textcontent"><p class="kt-blocks-info-box-text">${x}</p></div></div></div>`],
  ['r15-wp-button-is-the-call', (x) => `<div class="wp-block-buttons is-content-justification-center is-layout-flex"><div class="wp-block-button has-custom-width wp-block-button__width-100">${x}</div></div>`],
  ['r15-wp-cover-block', (x, c) => `<div class="wp-block-cover is-light" style="min-height:240px"><span aria-hidden="true" class="wp-block-cover__background has-background-dim-60 has-background-dim"></span><img class="wp-block-cover__image-background" alt="" src="${c.origin}/wp-content/uploads/2024/09/newsroom-night-1536x864.jpg" data-object-fit="cover"><div class="wp-block-cover__inner-container is-layout-constrained"><p class="has-text-align-center has-large-font-size">${x}</p></div></div>`],
  ['r15-wp-columns-image-text', (x, c) => `<div class="wp-block-columns is-layout-flex"><div class="wp-block-column is-vertically-aligned-center" style="flex-basis:25%"><figure class="wp-block-image size-thumbnail"><img src="${c.origin}/wp-content/uploads/2024/01/podcast-cover-150x150.jpg" alt="" width="150" height="150"></figure></div><div class="wp-block-column is-vertically-aligned-center" style="flex-basis:75%"><p>${x}</p></div></div>`],
  ['r15-drupal-paragraph-cta', (x) => `<div class="paragraph paragraph--type--call-to-action paragraph--view-mode--default"><div class="clearfix text-formatted field field--name-field-cta-text field--type-text-long field--label-hidden field__item"><p>${x}</p></div></div>`],
  ['r15-wix-rich-text', (x) => `<div class="wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text" style="line-height:1.6em;text-align:center"><span class="wixui-rich-text__text" style="font-weight:bold">${x}</span></p></div>`],
  ['r15-bootstrap-alert-dismissible', (x) => `<div class="alert alert-info alert-dismissible fade show" role="alert">${x}<button type="button" class="btn-close" data-bs-dismiss="alert" aria-label="Close"></button></div>`],
  ['r15-bulma-notification', (x) => `<div class="notification is-link is-light"><button class="delete" aria-label="delete"></button>${x}</div>`],
  ['r15-utility-card-two-lines', (x) => { const [h, b] = twoLines(x); return `<div class="mt-8 rounded-lg border border-slate-200 bg-slate-50 p-6 text-sm"><p class="font-semibold text-slate-900">${h}</p>${second(b, (t) => `<p class="mt-1 text-slate-600">${t}</p>`)}</div>`; }],
  ['r15-hgroup-split', (x) => { const [h, b] = twoLines(x); return `<hgroup class="promo"><h3>${h}</h3>${second(b, (t) => `<p>${t}</p>`)}</hgroup>`; }],
  ['r15-ul-two-items-split', (x) => { const [h, b] = twoLines(x); return `<ul class="promo-list"><li>${h}</li>${second(b, (t) => `<li>${t}</li>`)}</ul>`; }],
  ['r15-blockquote-editors-note', (x, c) => `<blockquote class="editor-note"><p><strong>${kicker(EDITORS_NOTE, c)}:</strong> ${x}</p></blockquote>`],
  ['r15-aside-hidden-heading', (x) => `<aside aria-labelledby="promo-h"><h2 id="promo-h" class="visually-hidden">Newsletter</h2><p>${x}</p></aside>`],
  ['r15-figure-badges-caption', (x, c) => `<figure class="app-promo">${badges(c)}<figcaption>${x}</figcaption></figure>`],
  ['r15-picture-badges-after', (x, c) => `<div class="app-strip"><p>${x}</p><a href="${c.link('apps', 0)}"><picture><source srcset="${c.origin}/static/badges/app-store.webp" type="image/webp"><img src="${c.origin}/static/badges/app-store.png" alt="App Store" width="120" height="40"></picture></a><a href="${c.link('appgallery')}"><picture><source srcset="${c.origin}/static/badges/appgallery.webp" type="image/webp"><img src="${c.origin}/static/badges/appgallery.png" alt="AppGallery" width="120" height="40"></picture></a></div>`],
  ['r15-bracket-plus-kicker', (x) => `<p><b>[+]</b> ${x}</p>`],
  ['r15-emoji-kicker-nbsp', (x) => `<p><span aria-hidden="true">✉️</span>&nbsp;${x}</p>`],
  ['r15-inline-dialog', (x) => `<div class="inline-modal" role="dialog" aria-modal="false" aria-label="Newsletter"><button type="button" class="inline-modal__close" aria-label="Close">×</button><div class="inline-modal__body"><p>${x}</p></div></div>`],
  ['r15-email-style-centred-table', (x) => `<table role="presentation" align="center" width="100%" cellpadding="0" cellspacing="0" border="0"><tbody><tr><td align="center" style="padding:24px 16px;font-family:Georgia,serif;font-size:17px;background:#fff8ec"><p style="margin:0">${x}</p></td></tr></tbody></table>`],
  ['r15-section-header-footer-card', (x) => { const [h, b] = twoLines(x); return `<section class="promo-card"><header class="promo-card__head"><h3>${h}</h3></header>${second(b, (t) => `<footer class="promo-card__foot"><p>${t}</p></footer>`)}</section>`; }],
  ['para-end-r15-parenthetical', (x) => ` (${x})`],
  ['para-end-r15-br-bracket-kicker', (x) => `<br><b>[i]</b> ${x}`],
];

// Targets the pools lacked (added to CALL_TARGETS): the URL of the n-th link.
const hostOf = (c) => new URL(c.origin).hostname.replace(/^www\./, '');
export const ROUND15_TARGETS = {
  threads: (c) => `https://www.threads.net/@${c.site}`,
  linkedin: (c) => `https://www.linkedin.com/company/${c.site}/`,
  pinterest: (c) => `https://www.pinterest.com/${c.site}/`,
  reddit: (c) => `https://www.reddit.com/r/${c.site}/`,
  twitch: (c) => `https://www.twitch.tv/${c.site}`,
  snapchat: (c) => `https://www.snapchat.com/add/${c.site}`,
  matrix: (c) => `https://matrix.to/#/#${c.site}:matrix.org`,
  threema: (c) => `https://threema.id/${c.site.slice(0, 4).toUpperCase().padEnd(4, 'X')}${c.id.slice(0, 4)}`,
  messenger: (c) => `https://m.me/${c.site}`,
  tgbot: (c) => `https://t.me/${c.site}_bot?start=article${c.id}`,
  wasend: (c) => `https://api.whatsapp.com/send?phone=3491${c.id}&text=${encodeURIComponent(`${c.site}: `)}`,
  wagroup: (c) => `https://chat.whatsapp.com/${c.id}Kx${c.site.slice(0, 6)}Qm`,
  igchannel: (c) => `https://ig.me/j/Ab${c.id}${c.site.slice(0, 3)}/`,
  wechat: (c) => `https://mp.weixin.qq.com/mp/profile_ext?action=home&__biz=MzA${c.id}NA==#wechat_redirect`,
  xiaohongshu: (c) => `https://www.xiaohongshu.com/user/profile/5f${c.id}a1b2c3d4e5f6`,
  douyin: (c) => `https://www.douyin.com/user/MS4wLjABAAAA${c.id}${c.site}`,
  naver: (c) => `https://media.naver.com/press/${c.id.slice(0, 3)}`,
  okru: (c) => `https://ok.ru/group/${c.id}${c.id}`,
  rutube: (c) => `https://rutube.ru/channel/${c.id.slice(0, 5)}/`,
  boosty: (c) => `https://boosty.to/${c.site}`,
  apoiase: (c) => `https://apoia.se/${c.site}`,
  tipeee: (c) => `https://fr.tipeee.com/${c.site}`,
  steady: (c) => `https://steadyhq.com/de/${c.site}/about`,
  monojar: (c) => `https://send.monobank.ua/jar/${c.id}${c.site.slice(0, 3)}`,
  donorbox: (c) => `https://donorbox.org/support-${c.site}`,
  paypalme: (c) => `https://paypal.me/${c.site}`,
  memberful: (c) => `https://${c.site}.memberful.com/checkout?plan=${c.id.slice(0, 5)}`,
  ghostportal: (c) => `${c.origin}/#/portal/signup`,
  beehiiv: (c) => `https://${c.site}.beehiiv.com/subscribe`,
  buttondown: (c) => `https://buttondown.com/${c.site}`,
  eepurl: (c) => `http://eepurl.com/i${c.id.slice(0, 4)}`,
  pocketcasts: (c) => `https://pca.st/${c.site.slice(0, 4)}${c.id.slice(0, 4)}`,
  castbox: (c) => `https://castbox.fm/channel/id${c.id}`,
  deezer: (c) => `https://www.deezer.com/show/${c.id}`,
  podfeed: (c) => c.pick([`${c.origin}/podcast/feed.xml`, `https://feeds.megaphone.fm/${c.site.toUpperCase().slice(0, 4)}${c.id.slice(0, 5)}`, `https://anchor.fm/s/${c.id.slice(0, 6)}/podcast/rss`]),
  webcal: (c) => `webcal://${hostOf(c)}/calendar/fixtures.ics`,
  tel: (c) => `tel:+44800${c.id}`,
  mailsubject: (c) => `mailto:${c.pick(['tips', 'newsdesk', 'alerte', 'hinweise'])}@${hostOf(c)}?subject=${encodeURIComponent('Tip')}`,
  securedrop: (c) => `https://securedrop.org/directory/${c.site}/`,
  appgallery: (c) => `https://appgallery.huawei.com/app/C1${c.id}`,
  comments: (c) => c.pick([`${c.origin}/forum/thread-${c.id}/`, `${c.origin}/comments/${c.id}/`, `https://${c.site}.disqus.com/`]),
};

/** The names of this round's forms (call texts, containers, look-alikes): the scorer reports them apart. */
export const ROUND15_NAMES = new Set([
  ...Object.values(ROUND15_CALLS).flat().map(([t]) => t.replace(/[[\]]/g, '')),
  ...ROUND15_SHAPES.map(([n]) => n),
  ...Object.values(ROUND15_LOOKALIKES).flat().map(([n]) => n),
]);
