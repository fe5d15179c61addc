// Fifth round (session 7): calls in families the rules were not written for, for the variant generator —
// sentence structures other than an opening imperative (a question that asks by itself, a condition whose
// request is no imperative, a first-person plural "let's", a passive or impersonal statement of what is open,
// a noun phrase with an arrow, an emoji-led line), two more languages (Thai, Swahili), containers the rules do
// not name (a figure's caption, <center>, a form with a button and no link, a bare blockquote …), and real
// article sentences that address the reader and must stay (a how-to step, a recipe step, a legal notice, a
// quoted "follow me"). Written from how sites word calls, not from any failure; the name hash splits them as always.

// Per language: [text, to] as in calls.mjs ("[linked words]" marks the link).
export const FAMILY_CALLS = {
  en: [
    ['Enjoying our coverage? A subscription keeps it free for everyone.', 'none'], ['If this guide saved you time, a small tip goes a long way: [Ko-fi].', 'tip'],
    ['Let’s stay in touch: [the Friday letter].', 'newsletter'], ['Subscriptions to the morning briefing are open — [sign-up takes a minute].', 'newsletter'],
    ['Newsletter: weekly, free, no spam → [subscribe]', 'newsletter'], ['📬 The Sunday edition lands in your inbox at 8 a.m.', 'none'],
    ['Comments are open below — we read every one.', 'none'], ['Why not pass this story on to a friend who would like it?', 'none'],
    ['Our podcast, every Tuesday: [Spotify]', 'podcast'], ['Would you like these stories by e-mail? [Yes, sign me up]', 'newsletter'],
    ['Reader-funded since 2012. [Become a supporter]', 'donate'], ['We are on WhatsApp too — [tap to join].', 'whatsapp'],
    ["Let's keep the conversation going in the comments.", 'none'], ['Questions for the reporter? The comment box is below.', 'none'],
    ['📲 Breaking news, straight to your phone: [our Telegram channel]', 'telegram'], ['How about a coffee for the newsroom? [Ko-fi]', 'tip'],
  ],
  es: [
    ['¿Te ha gustado? Tu apoyo nos hace independientes: [colabora].', 'donate'], ['Si has llegado hasta aquí, quizá quieras recibir nuestro boletín.', 'none'],
    ['Sigamos en contacto: [nuestro boletín semanal].', 'newsletter'], ['Las suscripciones están abiertas: [únete].', 'newsletter'],
    ['Boletín: cada viernes, gratis →', 'none'], ['📩 El resumen del día, en tu correo.', 'none'], ['Los comentarios están abiertos más abajo.', 'none'],
  ],
  fr: [
    ['Cet article vous a été utile ? Un don, même petit, nous aide énormément.', 'none'], ['Restons en contact : [notre lettre du vendredi].', 'newsletter'],
    ['Les inscriptions à la newsletter sont ouvertes.', 'none'], ['Newsletter : chaque lundi, gratuite → [s’inscrire]', 'newsletter'],
    ['📲 Toute l’actu sur [notre chaîne WhatsApp].', 'whatsapp'], ['Et si vous partagiez cet article ?', 'none'],
  ],
  de: [
    ['Bleiben wir in Kontakt: [unser Newsletter].', 'newsletter'], ['Hat Ihnen dieser Text geholfen? Über eine kleine Spende freuen wir uns.', 'none'],
    ['Newsletter: wöchentlich, kostenlos → [anmelden]', 'newsletter'], ['Kommentare sind willkommen – einfach unten schreiben.', 'none'],
    ['📣 Eilmeldungen gibt es auch auf [Telegram].', 'telegram'], ['Lust auf mehr? Unser Podcast erscheint jeden Montag.', 'none'],
  ],
  pt: [
    ['Vamos manter contato? [Receba a newsletter].', 'newsletter'], ['Se este texto foi útil, um apoio de qualquer valor faz diferença.', 'none'],
    ['Newsletter: toda sexta, grátis →', 'none'], ['📲 Nosso canal no [WhatsApp] está aberto.', 'whatsapp'],
  ],
  it: [
    ['Restiamo in contatto: [la newsletter del venerdì].', 'newsletter'], ['Ti è stato utile? Un piccolo contributo ci aiuta a restare liberi.', 'none'],
    ['📩 La newsletter del mattino, gratis, ogni giorno.', 'none'], ['Che ne pensi? I commenti sono aperti.', 'none'],
  ],
  ru: [
    ['Давайте оставаться на связи: [наша рассылка].', 'newsletter'], ['Понравился материал? Редакции очень поможет ваш донат.', 'none'],
    ['Рассылка: раз в неделю, бесплатно →', 'none'], ['📢 Все новости — в [Telegram].', 'telegram'],
  ],
  uk: [
    ['Залишаймося на зв’язку: [наша розсилка].', 'newsletter'], ['Якщо матеріал був корисним, редакції допоможе ваш внесок.', 'none'],
    ['📲 Усі новини — у нашому [Viber].', 'viber'], ['Розсилка: щоп’ятниці, безкоштовно →', 'none'],
  ],
  tr: [
    ['Haberi beğendiniz mi? Yorumlarınızı bekliyoruz.', 'none'], ['Bültenimiz her cuma ücretsiz: [kayıt ol].', 'newsletter'],
    ['Gelişmelerden haberdar olmak ister misiniz? [WhatsApp kanalımız] açıldı.', 'whatsapp'], ['📲 Son dakika haberleri [Telegram] kanalımızda.', 'telegram'],
  ],
  vi: [
    ['Bạn thấy bài viết hữu ích? Sự ủng hộ của bạn giúp chúng tôi rất nhiều.', 'none'], ['Cùng giữ liên lạc nhé: [bản tin hằng tuần].', 'newsletter'],
    ['Bản tin miễn phí mỗi sáng → [đăng ký]', 'newsletter'], ['📲 Tin nóng có trên [Zalo] của báo.', 'zalo'],
  ],
  id: [
    ['Suka dengan artikel ini? Dukungan Anda sangat berarti bagi kami.', 'none'], ['Mari tetap terhubung lewat [newsletter mingguan].', 'newsletter'],
    ['Newsletter: setiap Jumat, gratis →', 'none'], ['📲 Berita terkini juga hadir di [saluran WhatsApp] kami.', 'whatsapp'],
  ],
  hi: [
    ['क्या यह खबर आपको उपयोगी लगी? अपनी राय हमें ज़रूर बताएं।', 'none'], ['आइए जुड़े रहें: [हमारा न्यूज़लेटर]', 'newsletter'],
    ['📲 ताज़ा खबरें अब [व्हाट्सएप] पर भी।', 'whatsapp'], ['न्यूज़लेटर: हर हफ्ते, मुफ्त →', 'none'],
  ],
  he: [
    ['רוצים להישאר מעודכנים? הניוזלטר שלנו יוצא בכל שישי.', 'none'], ['בואו נישאר בקשר: [הניוזלטר השבועי].', 'newsletter'],
    ['📲 כל החדשות גם ב[ערוץ הטלגרם].', 'telegram'],
  ],
  ko: [
    ['기사가 유익했나요? 여러분의 후원이 큰 힘이 됩니다.', 'none'], ['뉴스레터: 매주 금요일, 무료 → [신청]', 'newsletter'], ['📲 [카카오톡 채널]에서도 만나요.', 'kakao'],
  ],
  ja: [
    ['記事が役に立ったら、シェアしていただけると嬉しいです。', 'none'], ['ニュースレター：毎週金曜、無料 → [登録]', 'newsletter'], ['📲 最新情報は[公式LINE]で配信中。', 'line'],
  ],
  zh: [
    ['觉得文章有帮助？你的支持是我们最大的动力。', 'none'], ['每周简报，免费订阅 → [这里]', 'newsletter'], ['📲 最新消息请见我们的[Telegram频道]。', 'telegram'],
  ],
  ar: [
    ['هل أعجبك المقال؟ دعمك يساعدنا على الاستمرار.', 'none'], ['لنبقَ على تواصل: [نشرتنا الأسبوعية].', 'newsletter'], ['📲 كل الأخبار على [قناتنا في تلغرام].', 'telegram'],
  ],
  pl: [['Zostańmy w kontakcie: [nasz newsletter].', 'newsletter'], ['Artykuł się przydał? Każde wsparcie się liczy.', 'none']],
  nl: [['Laten we in contact blijven: [onze nieuwsbrief].', 'newsletter'], ['Nieuwsbrief: elke vrijdag, gratis →', 'none']],
  el: [['Ας μείνουμε σε επαφή: [το newsletter μας].', 'newsletter'], ['Σας φάνηκε χρήσιμο; Η στήριξή σας μετράει.', 'none']],
  fa: [['خبرنامه هفتگی ما رایگان است: [عضویت]', 'newsletter'], ['این مطلب برایتان مفید بود؟ حمایت شما به ما کمک می‌کند.', 'none']],
  th: [
    ['ติดตามเราได้ที่ [Facebook]', 'social'], ['กดแชร์บทความนี้ให้เพื่อนของคุณ', 'none'], ['สมัครรับจดหมายข่าวรายสัปดาห์ [ที่นี่]', 'newsletter'],
    ['แสดงความคิดเห็นของคุณได้ด้านล่าง', 'none'], ['ดาวน์โหลดแอปของเรา: [App Store] | [Google Play]', 'apps'], ['อย่าลืมกดกระดิ่งเพื่อไม่พลาดข่าวใหม่', 'none'],
    ['สนับสนุนสื่ออิสระ: [บริจาค]', 'donate'], ['เข้าร่วม [กลุ่ม LINE] ของเราเพื่อรับข่าวก่อนใคร', 'line'], ['ชอบบทความนี้ไหม? ฝากกดไลก์และแชร์ด้วยนะครับ', 'none'],
    ['เปิดการแจ้งเตือนเพื่อรับข่าวด่วน', 'none'],
  ],
  sw: [
    ['Tufuate kwenye [X] kwa habari zaidi.', 'x'], ['Shiriki makala hii na marafiki zako!', 'none'], ['Jiunge na [chaneli yetu ya WhatsApp].', 'whatsapp'],
    ['Pakua programu yetu: [App Store] | [Google Play]', 'apps'], ['Acha maoni yako hapa chini.', 'none'], ['Jisajili kupokea jarida letu la kila wiki.', 'none'],
    ['Usikose habari mpya: washa arifa.', 'none'], ['Unga mkono uandishi huru: [changia sasa].', 'donate'], ['Ulipenda makala hii? Tuambie kwenye maoni.', 'none'],
    ['Sikiliza podikasti yetu kwenye [Spotify].', 'podcast'],
  ],
};

// Two more languages for the pages themselves (body sentences, headlines, labels), merged into LANGS.
export const MORE_LANGS = {
  th: {
    sentences: [
      'สภาเมืองลงมติเมื่อวันอังคาร ให้ขยายกำแพงท่าเรืออีกสี่สิบเมตร ก่อนที่พายุฤดูหนาวจะมาถึง',
      'วิศวกรเตือนว่า แนวป้องกันชายฝั่งเดิมไม่ได้รับการตรวจสอบอย่างถูกต้อง มานานกว่าสิบปี',
      'ชาวบ้านฝั่งตะวันออกของเมืองเล่าว่า น้ำท่วมเมื่อเดือนกุมภาพันธ์ ทำให้บ้านชั้นล่างเสียหายหลายสิบหลัง',
      'ผู้รับเหมาคาดว่า งานระยะแรกจะเสร็จในเดือนมีนาคม หากสภาพอากาศเอื้ออำนวย',
      'งบประมาณของโครงการ มาจากเงินอุดหนุนของภูมิภาคส่วนหนึ่ง และจากค่าที่จอดรถที่เพิ่มขึ้นอีกส่วนหนึ่ง',
      'ชาวประมงหลายคนบอกผู้สื่อข่าวว่า กังวลว่าจะใช้ทางลาดลงเรือไม่ได้ ระหว่างการก่อสร้าง',
      'โฆษกหน่วยงานสิ่งแวดล้อมกล่าวว่า แผนดังกล่าวผ่านการพิจารณาของผู้เชี่ยวชาญด้านชายฝั่งอิสระแล้ว',
      'สมาชิกสภาฝ่ายค้านแย้งว่า ควรนำเงินไปช่วยย้ายครอบครัวที่เสี่ยงที่สุดเข้าไปในแผ่นดินมากกว่า',
    ],
    subjects: ['กรุงเทพมหานคร', 'การรถไฟ', 'โรงพยาบาลจังหวัด', 'เกษตรกรภาคเหนือ', 'สตาร์ทอัพไทย', 'กระทรวงศึกษาธิการ'],
    actions: ['เลื่อนการลงมติช่องทางเดินรถประจำทาง', 'ปลดพนักงานหลังไตรมาสที่ย่ำแย่', 'เปิดตัวแผนสวนริมแม่น้ำ', 'ถูกตั้งคำถามเรื่องงบประมาณที่หายไป', 'ชนะคดีใบอนุญาตก่อสร้าง', 'เปิดโซลาร์ฟาร์มแห่งแรก'],
    readMore: ['อ่านเพิ่มเติม', 'อ่านต่อ', 'ข่าวที่เกี่ยวข้อง', 'อ่านข่าวอื่น'],
    related: ['ข่าวที่เกี่ยวข้อง', 'บทความที่เกี่ยวข้อง', 'ข่าวล่าสุด', 'อ่านมากที่สุด', 'ข่าวแนะนำ'],
  },
  sw: {
    sentences: [
      'Baraza la mji lilipiga kura Jumanne kuongeza ukuta wa bandari kwa mita arobaini kabla ya dhoruba za msimu kufika.',
      'Wahandisi walionya kwamba kinga za zamani za pwani hazijakaguliwa ipasavyo kwa zaidi ya miaka kumi.',
      'Wakazi wa upande wa mashariki wa mji walisema mafuriko ya Februari yaliharibu makumi ya nyumba.',
      'Mkandarasi anatarajia awamu ya kwanza ya kazi kukamilika mwezi Machi ikiwa hali ya hewa itaruhusu.',
      'Fedha za mradi zinatoka kwa sehemu ruzuku ya mkoa na kwa sehemu ongezeko la ada za maegesho.',
      'Wavuvi kadhaa waliwaambia waandishi wa habari kwamba wanahofia kupoteza njia ya kushushia mashua wakati wa ujenzi.',
      'Msemaji wa mamlaka ya mazingira alisema mipango hiyo ilikaguliwa na wataalamu huru wa pwani.',
      'Madiwani wa upinzani walisema fedha hizo zingetumika vyema kuhamisha familia zilizo hatarini zaidi.',
    ],
    subjects: ['Serikali ya kaunti', 'Shirika la reli', 'Hospitali ya rufaa', 'Wakulima wa chai', 'Kampuni changa', 'Bodi ya shule'],
    actions: ['yaahirisha kura ya njia za mabasi', 'yapunguza wafanyakazi baada ya robo mbaya', 'yazindua mpango wa bustani ya mto', 'yahojiwa kuhusu fedha zilizopotea', 'yashinda rufaa ya kibali cha ujenzi', 'yafungua shamba la kwanza la jua'],
    readMore: ['Soma pia', 'Soma zaidi', 'Habari zinazohusiana', 'Usikose'],
    related: ['Habari zinazohusiana', 'Habari zaidi', 'Zilizosomwa zaidi', 'Habari mpya', 'Makala nyingine'],
  },
};

// Containers the rules do not name (appended to CALL_SHAPES): [name, (inner, c) => html].
export const FAMILY_SHAPES = [
  ['figcaption', (x, c) => `<figure class="wp-block-image promo"><img src="${c.origin}/img/promo/newsletter-banner.png" alt="" width="600"><figcaption>${x}</figcaption></figure>`],
  ['center-tag', (x) => `<center>${x}</center>`], ['blockquote-bare', (x) => `<blockquote>${x}</blockquote>`], ['h6', (x) => `<h6>${x}</h6>`],
  ['ol-single', (x) => `<ol><li><strong>${x}</strong></li></ol>`], ['section-h2', (x) => `<section class="note"><h2>${x}</h2></section>`],
  ['button-no-link', (x) => `<div class="cta"><p>${x}</p><button type="button" class="btn">OK</button></div>`],
  ['form-button', (x, c) => `<form class="signup" action="${c.origin}/newsletter/" method="post"><p>${x}</p><input type="email" name="e" aria-label="e-mail"><button type="submit">✉</button></form>`],
  ['aside-img-p', (x, c) => `<aside class="promo"><img src="${c.origin}/img/icons/mail.svg" alt="" width="32"><p><em>${x}</em></p></aside>`],
  ['div-small-em', (x) => `<div class="note"><small><em>${x}</em></small></div>`], ['p-sup-emoji', (x) => `<p>💬 <span class="cta-text">${x}</span></p>`],
  ['div-strong-spacer', (x) => `<div class="box"><p><strong>${x}</strong></p></div><p>&nbsp;</p>`],
  ['dd-single', (x) => `<dl class="cta"><dd>${x}</dd></dl>`], ['span-block', (x) => `<span style="display:block;font-weight:bold">${x}</span>`],
];

// Real article sentences that address the reader or open with a call's verb, and must stay: a how-to step,
// a recipe step, a legal notice, a quoted "follow me", per language (with the English ones on every page).
export const FAMILY_LOOKALIKES = {
  en: [
    ['howto-notifications', 'Open the Settings app, tap Notifications and turn off the alerts you do not need.'],
    ['howto-download', 'Download the installer from the vendor’s site and run it as administrator on your machine.'],
    ['recipe-share-dough', 'Share the dough between your two tins and leave it to rise for forty minutes.'],
    ['legal-contact-court', 'You can contact the court registry to ask for a copy of the ruling.'],
    ['quote-follow-me', '“Follow me on Instagram,” the suspect wrote to the girl, according to the charge sheet.'],
    ['howto-subscribe-feed', 'Subscribe the calendar feed in your mail program, then check that the times match your zone.'],
    ['legal-comment-period', 'Comments on the draft rule can be sent to the agency until 30 June, the notice says.'],
  ],
  de: [['de-teig', 'Teilen Sie den Teig in zwei Hälften und lassen Sie ihn eine Stunde ruhen.'], ['de-antrag', 'Laden Sie das Formular herunter und reichen Sie es beim Amtsgericht ein.']],
  ru: [['ru-zayavlenie', 'Подпишите заявление и отправьте его в суд до пятницы.'], ['ru-recept', 'Поделите тесто на две части и оставьте его на час.']],
  es: [['es-router', 'Pulse el botón de encendido durante diez segundos y espere a que se reinicie el router.'], ['es-masa', 'Comparte la masa en dos moldes y déjala reposar una hora.']],
  fr: [['fr-route', 'Suivez la route côtière sur deux kilomètres jusqu’au phare.'], ['fr-tribunal', 'Contactez le greffe du tribunal pour obtenir une copie du jugement.']],
  tr: [['tr-tarif', 'Hamuru ikiye bölün ve bir saat dinlendirin.'], ['tr-dilekce', 'Dilekçeyi imzalayın ve mahkemeye cuma gününe kadar teslim edin.']],
  id: [['id-resep', 'Bagikan adonan ke dalam dua loyang lalu diamkan selama satu jam.']],
  vi: [['vi-cong-thuc', 'Hãy chia bột thành hai phần và để nghỉ trong một giờ.']],
  pt: [['pt-receita', 'Divida a massa em duas formas e deixe descansar por uma hora.']],
  it: [['it-ricetta', 'Dividi l’impasto in due teglie e lascialo riposare per un’ora.']],
  ja: [['ja-recipe', '生地を二つに分けて、一時間ほど休ませてください。']],
  ko: [['ko-recipe', '반죽을 두 개로 나누고 한 시간 동안 휴지시키세요.']],
  zh: [['zh-recipe', '把面团分成两份，静置一个小时。']],
  hi: [['hi-recipe', 'आटे को दो हिस्सों में बाँटें और एक घंटे के लिए रख दें।']],
  he: [['he-recipe', 'חלקו את הבצק לשתי תבניות והניחו לו לתפוח שעה.']],
  uk: [['uk-zayava', 'Підпишіть заяву та надішліть її до суду до п’ятниці.']],
};
