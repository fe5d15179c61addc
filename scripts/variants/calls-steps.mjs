// Sixth round (session 8): calls and look-alikes written from descriptions of families, not from any page —
// - real article sentences that must stay: how-to steps that name notifications, subscriptions or apps
//   (alone between paragraphs, numbered, under a "Step 2" heading, or in a run of numbered steps), short recipe
//   steps in the verb-last languages (Korean, Japanese, Turkish, Hindi, Persian), quoted speech and dialogue
//   with imperatives, instructions of a manual or a form;
// - calls to action of the families the dev half showed least: verb-last requests, donations without "our",
//   two asks in one line, emoji inside or at the end, and calls split over two lines or two paragraphs;
// - containers for them (a line break in the middle, two paragraphs, a small line with an emoji, a callout).
// The name hash splits every pool into its dev and held halves as always.

// Per language: [text, to] as in calls.mjs ("[linked words]" marks the link).
export const STEP_CALLS = {
  en: [
    ['Comment, share, and tell a friend about us!', 'none'], ['Every contribution, big or small, keeps this site running.', 'none'],
    ['Found a mistake? Let the newsroom know at [our corrections page].', 'contact'], ['Tap the ⭐ to save this story and get updates on it.', 'none'],
    ['Hit subscribe 🔔 so our next video finds you.', 'none'], ['Pass it on 👉 [our WhatsApp channel]', 'whatsapp'],
    ['Readers like you make this work possible. [Give monthly]', 'donate'], ['New here? Start with our weekly roundup, free in your inbox.', 'none'],
  ],
  es: [
    ['Comenta y comparte si te ha resultado útil.', 'none'], ['Cualquier aportación, por pequeña que sea, nos ayuda a seguir.', 'none'],
    ['👉 Únete a la conversación en los comentarios', 'none'], ['Dale like y comparte 🙌', 'none'], ['Apúntate gratis: [boletín de los lunes]', 'newsletter'],
  ],
  fr: [
    ['Commentez, partagez, faites-le circuler !', 'none'], ['Chaque don, même modeste, compte pour la rédaction.', 'none'],
    ['👉 Toutes nos vidéos sur [YouTube]', 'youtube'], ['Une coquille ? Signalez-la à [la rédaction].', 'contact'],
  ],
  de: [
    ['Kommentieren, teilen, weitersagen – danke!', 'none'], ['Jeder Beitrag hilft, auch ein kleiner.', 'none'],
    ['👉 Mehr Videos auf unserem [YouTube-Kanal]', 'youtube'], ['Fehler gefunden? Schreiben Sie der [Redaktion].', 'contact'],
  ],
  pt: [['Comente e compartilhe com quem precisa ler isto.', 'none'], ['Qualquer contribuição ajuda a manter o site no ar.', 'none'], ['👉 Siga o canal no [WhatsApp]', 'whatsapp']],
  it: [['Commenta e condividi se ti è piaciuto!', 'none'], ['Ogni contributo, anche piccolo, ci aiuta.', 'none'], ['👉 Seguici su [Instagram]', 'social']],
  ru: [['Ставьте лайк и делитесь с друзьями 👍', 'none'], ['Любая сумма поможет редакции работать дальше.', 'none'], ['👉 Наш канал в [Telegram]', 'telegram']],
  uk: [['Ставте вподобайку та діліться з друзями!', 'none'], ['Будь-яка сума допоможе редакції.', 'none']],
  pl: [['Skomentuj, udostępnij, poleć znajomym!', 'none'], ['Każda wpłata, nawet najmniejsza, pomaga redakcji.', 'none']],
  nl: [['Reageer en deel dit artikel 🙏', 'none'], ['Elke bijdrage, hoe klein ook, helpt ons verder.', 'none']],
  tr: [
    ['Kanalımıza abone olmayı unutmayın!', 'none'], ['Haberlerimizi [Google Haberler] üzerinden takip edebilirsiniz.', 'gnews'],
    ['Yorumlarınızı aşağıya yazabilirsiniz.', 'none'], ['Beğendiyseniz paylaşmayı unutmayın 🙏', 'none'], ['Bağışlarınızla bağımsız gazeteciliğe destek olun.', 'none'],
  ],
  hi: [
    ['चैनल को सब्सक्राइब करना न भूलें।', 'none'], ['खबर पसंद आई हो तो शेयर जरूर कीजिए।', 'none'], ['ताज़ा अपडेट के लिए हमें [फेसबुक] पर फॉलो कीजिए।', 'social'],
    ['अपनी राय नीचे कमेंट में लिखिए।', 'none'],
  ],
  ja: [
    ['チャンネル登録よろしくお願いします！', 'none'], ['この記事が良かったら、いいねとシェアをお願いします。', 'none'], ['最新記事は[公式X]でお知らせしています。', 'x'],
    ['感想をコメント欄で教えてくださいね。', 'none'],
  ],
  ko: [
    ['구독과 좋아요 부탁드려요!', 'none'], ['기사가 마음에 드셨다면 공유해 주시면 감사하겠습니다.', 'none'], ['의견은 댓글로 남겨주세요 👇', 'none'],
    ['최신 소식은 [네이버 채널]에서 확인하실 수 있습니다.', 'social'],
  ],
  zh: [['喜欢这篇文章就点个赞、转发一下吧！', 'none'], ['欢迎在评论区留下你的看法。', 'none'], ['👉 关注我们的[微博]获取更多资讯', 'weibo']],
  fa: [['نظرات خود را با ما در میان بگذارید.', 'none'], ['اگر این مطلب را دوست داشتید، آن را به اشتراک بگذارید.', 'none'], ['👈 ما را در [اینستاگرام] دنبال کنید', 'social']],
  ar: [['لا تنسوا الاشتراك في القناة وتفعيل الجرس 🔔', 'none'], ['شاركونا آراءكم في التعليقات.', 'none']],
  he: [['אהבתם? שתפו עם חברים 👇', 'none'], ['כל תרומה, קטנה כגדולה, עוזרת לנו.', 'none']],
  id: [['Jangan lupa like, komen, dan bagikan ya!', 'none'], ['Berapa pun donasi Anda sangat membantu redaksi.', 'none']],
  vi: [['Đừng quên like và chia sẻ bài viết nhé!', 'none'], ['Mọi đóng góp dù nhỏ đều giúp tòa soạn rất nhiều.', 'none']],
  el: [['Κάντε like και κοινοποιήστε! 👍', 'none'], ['Κάθε συνεισφορά, μικρή ή μεγάλη, μετράει.', 'none']],
  th: [['อย่าลืมกดติดตามและกดไลก์นะครับ 👍', 'none']],
  sw: [['Usisahau kushiriki habari hii na marafiki!', 'none']],
};

/** Splits a call's inner HTML at its first sentence end, or else at a space after two words (never inside a tag). */
function split(x) {
  const sentence = /^(.+?[?!:.？！。:])\s+(\S.*)$/su.exec(x);
  if (sentence && !/<[^>]*$/.test(sentence[1])) return [sentence[1], sentence[2]];
  let depth = 0;
  let words = 0;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === '<') depth++;
    else if (x[i] === '>') depth--;
    else if (x[i] === ' ' && depth === 0 && ++words === 2) return [x.slice(0, i), x.slice(i + 1)];
  }
  return [x, ''];
}

// Containers (appended to CALL_SHAPES): a call over two lines or two paragraphs, emoji inside, a callout.
export const STEP_SHAPES = [
  ['split-br', (x) => `<p>${split(x).join('<br>')}</p>`], ['split-two-p', (x) => split(x).map((s) => `<p>${s}</p>`).join('')],
  ['split-strong-br', (x) => `<p><strong>${split(x)[0]}</strong><br>${split(x)[1]}</p>`],
  ['split-div-two-p', (x) => `<div class="cta">${split(x).map((s) => `<p>${s}</p>`).join('')}</div>`],
  ['emoji-bell-end', (x) => `<p>${x} 🔔</p>`], ['emoji-check-lead', (x) => `<p>✅ ${x}</p>`], ['emoji-heart-em', (x) => `<p><em>${x}</em> ❤️</p>`],
  ['callout-strong-label', (x) => `<div class="callout"><p>${x}</p></div><p>&nbsp;</p>`], ['p-sub', (x) => `<p><sub>${x}</sub></p>`],
  ['h4-strong', (x) => `<h4><strong>${x}</strong></h4>`],
];

// Look-alikes that must stay: [name, html]. Per language, the English ones on every page.
const P = (t) => `<p>${t}</p>`;
const steps = (ts) => ts.map((t, n) => `<p>${n + 1}. ${t}</p>`).join('');
export const STEP_LOOKALIKES = {
  en: [
    ['howto-tap-subscribe-numbered', P("3. Tap Subscribe in the app's settings to get the alerts on your lock screen.")],
    ['howto-notifications-steps', steps(['Open the Settings app on your phone.', 'Tap Notifications and find the bank’s app.', 'Turn on Allow Notifications to get the fraud alerts.'])],
    ['howto-step-heading', '<h4>Step 2</h4><p>Share the folder with your accountant and give her permission to edit.</p>'],
    ['howto-follow-prompts', P('Follow the on-screen prompts to finish the update, then restart your phone.')],
    ['manual-comment-field', P('Use the comments field on the form to explain why the payment is late.')],
    ['quote-dialogue-dash', P('— Subscribe to my channel, he shouted at the camera before the police led him away.')],
    ['quote-said-share', P('“Share this with everyone you know,” the mayor told the crowd on Saturday.')],
    ['howto-download-app-bank', P('Download the bank’s app and sign in with the code on your letter.')],
    ['manual-join-queue', P('Join the queue at the second desk and keep your ticket ready.')],
  ],
  ko: [
    ['ko-recipe-rest', P('반죽을 30분 동안 휴지시키세요.')], ['ko-recipe-oven', P('오븐을 180도로 예열하세요.')],
    ['ko-howto-app', P('설정에서 알림을 끄려면 앱 아이콘을 길게 누르세요.')],
  ],
  ja: [['ja-recipe-oven', P('オーブンを180度に予熱してください。')], ['ja-recipe-salt', P('塩を少し加えて、よく混ぜてください。')], ['ja-howto-settings', P('設定アプリを開き、通知をオフにしてください。')]],
  tr: [['tr-recipe-oven', P('Fırını 180 dereceye ısıtın.')], ['tr-recipe-onion', P('Soğanları pembeleşene kadar kavurun.')], ['tr-howto-app', P('Uygulamayı açın ve bildirim ayarlarından sesi kapatın.')]],
  hi: [['hi-recipe-onion', P('प्याज़ को सुनहरा होने तक भूनें।')], ['hi-recipe-salt', P('स्वादानुसार नमक डालें और अच्छी तरह मिलाएं।')], ['hi-howto-form', P('फ़ॉर्म भरकर नज़दीकी डाकघर में जमा करें।')]],
  fa: [['fa-recipe-rest', P('خمیر را نیم ساعت استراحت دهید.')], ['fa-recipe-onion', P('پیاز را تا طلایی شدن تفت دهید.')]],
  zh: [['zh-recipe-oven', P('烤箱预热至180度。')], ['zh-howto-settings', P('打开设置，关闭通知。')]],
  de: [['de-rezept-ruhen', P('Den Teig 30 Minuten ruhen lassen.')], ['de-anleitung-app', P('Öffnen Sie die App und tippen Sie auf Einstellungen, um die Mitteilungen abzuschalten.')], ['de-zitat', P('„Teilt das, so weit ihr könnt“, rief der Redner der Menge zu.')]],
  es: [['es-receta-horno', P('Precalienta el horno a 180 grados.')], ['es-manual-app', P('Abre la aplicación del banco y activa las notificaciones en el menú de seguridad.')]],
  fr: [['fr-recette-four', P('Préchauffez le four à 180 degrés.')], ['fr-notice-appli', P('Ouvrez l’application de la banque et activez les notifications dans le menu Sécurité.')]],
  ru: [['ru-recept-duhovka', P('Разогрейте духовку до 180 градусов.')], ['ru-dialog', P('— Подпишитесь на мой канал, — крикнул блогер в камеру, и его увели полицейские.')]],
  pt: [['pt-receita-forno', P('Preaqueça o forno a 180 graus.')]],
  it: [['it-ricetta-forno', P('Preriscalda il forno a 180 gradi.')]],
  id: [['id-resep-oven', P('Panaskan oven hingga 180 derajat.')]],
  vi: [['vi-cong-thuc-lo', P('Làm nóng lò ở 180 độ.')]],
  pl: [['pl-przepis', P('Rozgrzej piekarnik do 180 stopni.')]],
  nl: [['nl-recept', P('Verwarm de oven voor op 180 graden.')]],
  uk: [['uk-recept', P('Розігрійте духовку до 180 градусів.')]],
  he: [['he-recipe-oven', P('חממו את התנור ל־180 מעלות.')]],
  el: [['el-syntagi', P('Προθερμάνετε τον φούρνο στους 180 βαθμούς.')]],
  ar: [['ar-recipe-oven', P('سخنوا الفرن على حرارة 180 درجة.')]],
};
