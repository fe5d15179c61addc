// Seventh calls round (session 9): calls in structures and phrasings the rules were not written for, and as many
// real sentences that look like them and must stay — written from descriptions of families, not from any page:
// - calls: tap the bell / turn on notifications (also in a sign-off), join our Telegram/WhatsApp/LINE channel,
//   podcasts "wherever you listen", review and rating requests, becoming a member or a patron, "tell us in the
//   comments"; in the second person plural and formal forms (ihr, vous, ustedes, вы, wy, voi), the familiar
//   singular where the rules know the plural (Подписывайся, Abonne-toi), in RTL scripts (ar, he, fa), Indic (hi,
//   bn), SE-Asian (th, vi, id) and Slavic languages with cases (ru, uk, pl);
// - containers: a list item, a list of a call and a feed link, an aside or blockquote box, a bold div, a figure
//   whose picture links to the sign-up page, a platform named only by an icon's alt text, a sign-off, an <hr>
//   before the call, an svg icon in a notice, a small centred line, an emoji heading, a paragraph's last line in <small>;
// - look-alikes: a product review telling the reader to download an update, a tutorial's "click Subscribe in the
//   top right" (alone, in a numbered list, under a step heading), a news report quoting or reporting a call to join
//   a protest or a strike, a recipe's "follow the steps", history prose ("readers were urged to subscribe"), a FAQ
//   answer "you can follow us on …" in an article about the company, a tip box of a how-to, a manual's steps.
// The name hash splits every pool into its dev and held halves as always.

// Per language: [text, to] as in calls.mjs ("[linked words]" marks the link).
export const ROUND9_CALLS = {
  en: [
    ['Tap the bell so you never miss an episode.', 'none'], ['Thanks for reading — turn on notifications and we’ll tell you when part two is out.', 'none'],
    ['Join our [Telegram channel] for the day’s headlines.', 'telegram'], ['Subscribe to the podcast wherever you listen.', 'none'],
    ['Enjoying the show? Leave us a rating on [Apple Podcasts].', 'podcast'], ['Become a member and get every issue early: [join here].', 'own'],
    ['Tell us in the comments: what would you have done?', 'none'], ['Back our reporting on [Patreon] from $3 a month.', 'donate'],
    ['Got a story we should look into? Our inbox is open: [tips].', 'mailto'], ['We’re on WhatsApp — [get the headlines there].', 'whatsapp'],
    ['A five-star review helps other listeners find us.', 'none'], ['Ring the bell 🔔 and hit subscribe!', 'none'],
  ],
  es: [
    ['Activa la campanita para no perderte ningún vídeo.', 'none'], ['Únanse a nuestro [canal de Telegram].', 'telegram'],
    ['Suscríbete al pódcast en tu plataforma favorita.', 'none'], ['Déjanos una reseña de cinco estrellas si te gusta el programa.', 'none'],
    ['Hazte socio y lee sin anuncios: [únete].', 'own'], ['Cuéntanos en los comentarios qué opinas.', 'none'], ['Síganos en [Instagram] para más historias.', 'social'],
  ],
  fr: [
    ['Activez la cloche pour ne rater aucune vidéo 🔔', 'none'], ['Rejoignez notre [canal Telegram].', 'telegram'],
    ['Écoutez le podcast sur votre plateforme préférée.', 'none'], ['Laissez-nous une note sur [Apple Podcasts], ça nous aide beaucoup.', 'podcast'],
    ['Devenez membre : [rejoignez le club].', 'own'], ['Dites-nous en commentaire ce que vous en pensez.', 'none'], ['Abonne-toi pour ne rien rater !', 'none'],
  ],
  de: [
    ['Aktiviere die Glocke, damit du kein Video verpasst.', 'none'], ['Tritt unserem [WhatsApp-Kanal] bei.', 'whatsapp'],
    ['Den Podcast gibt es überall, wo es Podcasts gibt.', 'none'], ['Bewerten Sie uns gern mit fünf Sternen bei [Apple Podcasts].', 'podcast'],
    ['Werde Mitglied und unterstütze unabhängigen Journalismus: [Mitglied werden].', 'own'], ['Schreibt uns in die Kommentare, was ihr denkt!', 'none'],
    ['Folgt uns auf [Instagram].', 'social'],
  ],
  pt: [
    ['Ative o sininho para não perder nenhum vídeo.', 'none'], ['Entre no nosso [canal do Telegram].', 'telegram'], ['Ouça o podcast no seu aplicativo favorito.', 'none'],
    ['Deixe sua avaliação na [Apple Podcasts].', 'podcast'], ['Seja membro e apoie o jornalismo independente: [assine].', 'own'], ['Conta pra gente nos comentários!', 'none'],
  ],
  it: [
    ['Attiva la campanella per non perdere nessun video.', 'none'], ['Unisciti al nostro [canale Telegram].', 'telegram'], ['Ascolta il podcast su tutte le piattaforme.', 'none'],
    ['Lasciaci una recensione su [Apple Podcasts].', 'podcast'], ['Diventa socio: [abbonati ora].', 'own'], ['Diteci nei commenti cosa ne pensate.', 'none'],
  ],
  ru: [
    ['Нажмите на колокольчик, чтобы не пропустить новые видео.', 'none'], ['Присоединяйтесь к нашему [каналу в Telegram].', 'telegram'],
    ['Слушайте подкаст на любой удобной платформе.', 'none'], ['Оставьте отзыв и оценку в [Apple Podcasts].', 'podcast'],
    ['Станьте участником клуба читателей: [вступить].', 'own'], ['Напишите в комментариях, что вы об этом думаете.', 'none'], ['Подписывайся на наш канал!', 'none'],
  ],
  uk: [
    ['Натисніть на дзвіночок, щоб не пропустити нові відео.', 'none'], ['Долучайтеся до нашого [каналу в Telegram].', 'telegram'],
    ['Напишіть у коментарях, що ви думаєте.', 'none'], ['Станьте патроном видання на [Patreon].', 'donate'],
  ],
  pl: [
    ['Kliknij dzwoneczek, aby nie przegapić nowych filmów.', 'none'], ['Dołączcie do naszego [kanału na WhatsAppie].', 'whatsapp'],
    ['Napiszcie w komentarzach, co o tym sądzicie.', 'none'], ['Zostań patronem redakcji w serwisie [Patronite].', 'donate'], ['Posłuchaj podcastu tam, gdzie słuchasz podcastów.', 'none'],
  ],
  nl: [
    ['Zet de meldingen aan en mis niets.', 'none'], ['Word lid van ons [WhatsApp-kanaal].', 'whatsapp'], ['Laat een review achter in [Apple Podcasts].', 'podcast'],
    ['Vertel het ons in de reacties!', 'none'],
  ],
  id: [
    ['Tekan lonceng notifikasi agar tidak ketinggalan berita.', 'none'], ['Gabung ke [saluran WhatsApp] kami.', 'whatsapp'],
    ['Dengarkan podcast kami di platform favorit Anda.', 'none'], ['Tulis pendapatmu di kolom komentar ya.', 'none'], ['Jadilah anggota dan dukung jurnalisme independen: [gabung].', 'own'],
  ],
  vi: [
    ['Nhấn chuông để nhận thông báo video mới.', 'none'], ['Tham gia [kênh Telegram] của chúng tôi.', 'telegram'],
    ['Hãy để lại đánh giá 5 sao cho podcast nhé.', 'none'], ['Cho chúng tôi biết ý kiến của bạn ở phần bình luận.', 'none'],
  ],
  th: [['กดกระดิ่งเพื่อไม่พลาดคลิปใหม่', 'none'], ['เข้าร่วม[กลุ่มไลน์]ของเรา', 'line'], ['บอกเราในคอมเมนต์หน่อยนะครับ', 'none']],
  ar: [
    ['اضغطوا على الجرس ليصلكم كل جديد.', 'none'], ['انضموا إلى [قناتنا على تيليغرام].', 'telegram'], ['أخبرونا في التعليقات برأيكم.', 'none'],
    ['كن عضوًا في نادي القراء: [اشترك الآن].', 'own'], ['استمعوا إلى البودكاست على منصتكم المفضلة.', 'none'],
  ],
  he: [
    ['הצטרפו ל[ערוץ הטלגרם] שלנו.', 'telegram'], ['ספרו לנו בתגובות מה דעתכם.', 'none'], ['האזינו לפודקאסט בכל אפליקציית פודקאסטים.', 'none'],
    ['הפעילו התראות ולא תפספסו אף כתבה.', 'none'],
  ],
  fa: [['به [کانال تلگرام] ما بپیوندید.', 'telegram'], ['نظرتان را در بخش دیدگاه‌ها بنویسید.', 'none'], ['زنگوله را بزنید تا ویدیوهای جدید را از دست ندهید.', 'none']],
  hi: [
    ['बेल आइकन दबाना न भूलें।', 'none'], ['हमारे [व्हाट्सऐप चैनल] से जुड़ें।', 'whatsapp'], ['कमेंट करके अपनी राय ज़रूर बताइए।', 'none'],
    ['पॉडकास्ट अपने पसंदीदा ऐप पर सुनिए।', 'none'],
  ],
  bn: [
    ['আমাদের [হোয়াটসঅ্যাপ চ্যানেলে] যোগ দিন।', 'whatsapp'], ['মন্তব্যে আপনার মতামত জানান।', 'none'], ['বেল আইকনে ক্লিক করে নোটিফিকেশন চালু করুন।', 'none'],
    ['আমাদের [ফেসবুক পেজে] লাইক দিন।', 'social'],
  ],
  ja: [
    ['ベルマークを押して通知をオンにしてください。', 'none'], ['公式[LINE]に友だち追加してね！', 'line'], ['ご意見はコメント欄でお聞かせください。', 'none'],
    ['ポッドキャストはお好きなアプリでお聴きいただけます。', 'none'],
  ],
  zh: [['点击小铃铛，第一时间收到更新。', 'none'], ['加入我们的[Telegram频道]。', 'telegram'], ['在评论区告诉我们你的想法。', 'none'], ['成为会员，支持独立新闻：[立即加入]', 'own']],
  ko: [['알림 설정 꾹 눌러주세요!', 'none'], ['[텔레그램 채널]에 참여하세요.', 'telegram'], ['여러분의 생각을 댓글로 알려주세요.', 'none'], ['팟캐스트는 모든 플랫폼에서 들으실 수 있습니다.', 'none']],
  tr: [
    ['Bildirimleri açmak için zil simgesine dokunun.', 'none'], ['[Telegram kanalımıza] katılın.', 'telegram'], ['Düşüncelerinizi yorumlarda bizimle paylaşın.', 'none'],
    ['Podcastimizi tüm platformlarda dinleyebilirsiniz.', 'none'],
  ],
  el: [['Πατήστε το καμπανάκι για να μη χάνετε τίποτα.', 'none'], ['Γίνετε μέλος στο [κανάλι μας στο Telegram].', 'telegram'], ['Πείτε μας τη γνώμη σας στα σχόλια.', 'none']],
  sw: [['Jiunge na [chaneli yetu ya WhatsApp].', 'whatsapp'], ['Tuambie maoni yako kwenye sehemu ya maoni.', 'none']],
};

const icon = (name) => `<img src="/wp-content/themes/site/icons/${name.toLowerCase()}.svg" alt="${name}" width="20" height="20">`;

// Containers (appended to CALL_SHAPES): [name, (x, c) => html]; c.link(to) adds a link the call's own must go with.
export const ROUND9_SHAPES = [
  ['li-check', (x) => `<ul class="wp-block-list"><li>✔ ${x}</li></ul>`],
  ['ul-call-and-feed', (x, c) => `<ul><li>${x}</li><li><a href="${c.link('rss')}">RSS</a></li></ul>`],
  ['aside-box-strong', (x) => `<aside class="box box--info"><p><strong>${x}</strong></p></aside>`],
  ['blockquote-megaphone', (x) => `<blockquote><p>📣 ${x}</p></blockquote>`],
  ['div-strong-text', (x) => `<div class="wp-block-group"><strong>${x}</strong></div>`],
  ['figure-linked-promo', (x, c) => `<figure class="wp-block-image"><a href="${c.link('own')}"><img src="/wp-content/uploads/2024/05/promo-banner.png" alt=""></a><figcaption>${x}</figcaption></figure>`],
  ['icon-alt-link', (x, c) => `<p>${x} <a href="${c.link('telegram')}">${icon('Telegram')}</a></p>`],
  ['icon-alt-row', (x, c) => `<div class="follow"><p>${x}</p><a href="${c.link('social')}">${icon('Instagram')}</a><a href="${c.link('youtube')}">${icon('YouTube')}</a></div>`],
  ['signoff-team', (x) => `<p><em>${x}</em><br>— The editors</p>`],
  ['hr-before', (x) => `<hr><p><em>${x}</em></p>`],
  ['notice-svg', (x) => `<div class="notice"><svg aria-hidden="true" viewBox="0 0 24 24"><path d="M12 2a7 7 0 0 0-7 7v5l-2 3h18l-2-3V9a7 7 0 0 0-7-7z"/></svg><p>${x}</p></div>`],
  ['center-small', (x) => `<p style="text-align: center;"><small>${x}</small></p>`],
  ['h3-bell', (x) => `<h3>🔔 ${x}</h3>`],
  ['para-end-small', (x) => `<br><small>${x}</small>`],
  ['para-end-dash-em', (x) => `<br><br>— <em>${x}</em>`],
  ['div-p-button-text', (x, c) => `<div class="cta"><p>${x}</p><p><a class="button" href="${c.link('own')}">OK</a></p></div>`],
];

// Look-alikes that must stay: [name, html]. Per language, the English ones on every page.
const P = (t) => `<p>${t}</p>`;
export const ROUND9_LOOKALIKES = {
  en: [
    ['podcast-review-reported', P('The hosts ask listeners to leave a rating after every episode, a habit the network’s own research says doubles its reach.')],
    ['obituary-donations', P('In lieu of flowers, the family asks that donations be made to the harbour lifeboat station.')],
    ['advice-list-notifications', '<ul><li>Turn on notifications only for the apps you really need.</li><li>Review your privacy settings every few months.</li></ul>'],
    ['quote-leaflet-petition', '<blockquote><p>“Sign the petition and tell your neighbours,” the leaflet read.</p></blockquote>'],
    ['review-download-update', P('Download the 2.1 firmware update before you pair the headphones: it fixes the dropouts we heard in testing.')],
    ['tutorial-click-subscribe', P('Click Subscribe in the top right, then pick the free plan.')],
    ['tutorial-ol-subscribe', '<ol><li>Open the channel page.</li><li>Click Subscribe in the top right.</li><li>Pick the free plan and confirm.</li></ol>'],
    ['tutorial-step-bell', '<h3>Step 3: turn on alerts</h3><p>Tap the bell next to the channel name and choose All.</p>'],
    ['news-quote-protest', P('“Join us on Saturday outside parliament,” the opposition leader wrote on X, urging supporters to march.')],
    ['news-reported-strike', P('The union called on members to join the strike and to share the petition with colleagues.')],
    ['recipe-follow-steps', P('Follow the steps below and the sauce will not split.')],
    ['history-urged-subscribe', P('Readers were urged to subscribe to the Sunday edition, which ran to 64 pages by 1920.')],
    ['faq-follow-us', '<h3>Where does the company post job openings?</h3><p>You can follow us on LinkedIn, where we post every opening first, or write to the press office.</p>'],
    ['howto-tip-box', '<div class="tip"><p>Tip: turn on notifications for the bank’s app so you see the login codes.</p></div>'],
    ['review-leave-rating', P('Leave the rating at its default for a week; the watch learns your resting heart rate.')],
    ['news-reported-comments', P('Residents were asked to leave comments on the plan at the town hall until Friday.')],
    ['manual-join-wifi', P('Join the network named Harbour-Guest and enter the code printed on your ticket.')],
    ['blockquote-speech-share', '<blockquote><p>Share what you have, and we will all get through this winter.</p><p>— the mayor, in her address on Sunday</p></blockquote>'],
  ],
  de: [
    ['de-rezept-schritte', P('Folgen Sie den Schritten unten, dann gerinnt die Soße nicht.')],
    ['de-faq-linkedin', '<h3>Wo veröffentlicht das Unternehmen Stellen?</h3><p>Sie können uns auf LinkedIn folgen, dort erscheinen alle Stellen zuerst.</p>'],
    ['de-test-update', P('Laden Sie vor dem Koppeln das Update 2.1 herunter, es behebt die Aussetzer aus unserem Test.')],
    ['de-geschichte-abo', P('Die Leser wurden aufgefordert, die Sonntagsausgabe zu abonnieren, die 1920 schon 64 Seiten hatte.')],
    ['de-anleitung-glocke', P('Tippen Sie auf die Glocke neben dem Kanalnamen und wählen Sie „Alle“.')],
  ],
  es: [
    ['es-receta-pasos', P('Sigue los pasos de abajo y la salsa no se cortará.')],
    ['es-historia-suscribirse', P('A los lectores se les animaba a suscribirse a la edición dominical, que en 1920 tenía 64 páginas.')],
    ['es-tutorial-suscribirse', P('Haz clic en Suscribirse arriba a la derecha y elige el plan gratuito.')],
    ['es-noticia-huelga', P('El sindicato pidió a sus afiliados que se unieran a la huelga del jueves.')],
  ],
  fr: [
    ['fr-recette-etapes', P('Suivez les étapes ci-dessous et la sauce ne tranchera pas.')], ['fr-actu-manif', P('L’opposition a appelé ses partisans à rejoindre la manifestation de samedi.')],
    ['fr-test-maj', P('Téléchargez la mise à jour 2.1 avant d’appairer le casque : elle corrige les coupures de notre test.')],
    ['fr-histoire-abonnement', P('Les lecteurs étaient invités à s’abonner à l’édition du dimanche, qui comptait 64 pages en 1920.')],
  ],
  pt: [['pt-noticia-greve', P('O sindicato pediu aos filiados que aderissem à greve de quinta-feira.')], ['pt-tutorial-inscrever', P('Clique em Inscrever-se no canto superior direito e escolha o plano gratuito.')]],
  it: [['it-tutorial', P('Clicca su Iscriviti in alto a destra e scegli il piano gratuito.')], ['it-notizia-sciopero', P('Il sindacato ha invitato gli iscritti a unirsi allo sciopero di giovedì.')]],
  ru: [
    ['ru-recept-shagi', P('Следуйте шагам ниже, и соус не расслоится.')],
    ['ru-faq-linkedin', '<h3>Где компания публикует вакансии?</h3><p>Вы можете подписаться на нас в LinkedIn: там вакансии появляются первыми.</p>'],
    ['ru-tutorial-podpiska', P('Нажмите кнопку Подписаться в правом верхнем углу, затем выберите бесплатный тариф.')],
    ['ru-istoriya', P('Читателям предлагали подписаться на воскресный выпуск газеты ещё в 1920-х годах.')],
    ['ru-novost-miting', P('Оппозиция призвала сторонников присоединиться к митингу в субботу.')],
  ],
  uk: [['uk-novyna', P('Профспілка закликала членів долучитися до страйку в четвер.')], ['uk-instrukciya', P('Натисніть на дзвіночок біля назви каналу та виберіть «Усі».')]],
  pl: [['pl-przepis-kroki', P('Postępuj zgodnie z krokami poniżej, a sos się nie zważy.')], ['pl-instrukcja', P('Kliknij Subskrybuj w prawym górnym rogu i wybierz darmowy plan.')], ['pl-wiadomosc', P('Związkowcy wezwali członków, by dołączyli do strajku w czwartek.')]],
  nl: [['nl-nieuws', P('De vakbond riep leden op zich aan te sluiten bij de staking van donderdag.')], ['nl-handleiding', P('Klik rechtsboven op Abonneren en kies het gratis abonnement.')]],
  ar: [['ar-recipe', P('اتبع الخطوات أدناه حتى لا تنفصل الصلصة.')], ['ar-tutorial', P('اضغط على زر الاشتراك أعلى الصفحة ثم اختر الخطة المجانية.')], ['ar-news-protest', P('دعت المعارضة أنصارها إلى الانضمام إلى المظاهرة يوم السبت.')]],
  he: [['he-news', P('האופוזיציה קראה לתומכיה להצטרף להפגנה במוצאי שבת.')], ['he-tutorial', P('לחצו על כפתור ההרשמה בפינה הימנית העליונה ובחרו בתוכנית החינמית.')]],
  fa: [['fa-news', P('اپوزیسیون از هوادارانش خواست به تظاهرات روز شنبه بپیوندند.')], ['fa-tutorial', P('روی دکمه اشتراک در بالای صفحه بزنید و طرح رایگان را انتخاب کنید.')]],
  hi: [['hi-recipe', P('नीचे दिए गए चरणों का पालन करें, सॉस फटेगा नहीं।')], ['hi-tutorial', P('ऊपर दाईं ओर सब्सक्राइब बटन पर क्लिक करें और मुफ्त प्लान चुनें।')], ['hi-news', P('विपक्ष ने समर्थकों से शनिवार की रैली में शामिल होने की अपील की।')]],
  bn: [['bn-news', P('বিরোধী দল সমর্থকদের শনিবারের সমাবেশে যোগ দেওয়ার আহ্বান জানিয়েছে।')], ['bn-tutorial', P('ওপরে ডান দিকে সাবস্ক্রাইব বোতামে ক্লিক করুন এবং বিনামূল্যের প্ল্যানটি বেছে নিন।')]],
  id: [['id-berita', P('Serikat pekerja mengajak anggotanya bergabung dalam mogok kerja hari Kamis.')], ['id-tutorial', P('Klik tombol Berlangganan di kanan atas, lalu pilih paket gratis.')]],
  vi: [['vi-tin', P('Công đoàn kêu gọi các thành viên tham gia cuộc đình công vào thứ Năm.')], ['vi-huong-dan', P('Nhấn nút Đăng ký ở góc trên bên phải rồi chọn gói miễn phí.')]],
  th: [['th-news', P('สหภาพแรงงานเรียกร้องให้สมาชิกร่วมการนัดหยุดงานในวันพฤหัสบดี')], ['th-tutorial', P('กดปุ่มสมัครสมาชิกที่มุมขวาบน แล้วเลือกแพ็กเกจฟรี')]],
  ja: [['ja-news', P('野党は支持者に土曜日の集会への参加を呼びかけた。')], ['ja-tutorial', P('右上の「登録」ボタンを押して、無料プランを選んでください。')]],
  zh: [['zh-news', P('工会呼吁会员周四参加罢工。')], ['zh-tutorial', P('点击右上角的订阅按钮，然后选择免费套餐。')]],
  ko: [['ko-news', P('노조는 조합원들에게 목요일 파업에 동참해 달라고 호소했다.')], ['ko-tutorial', P('오른쪽 위의 구독 버튼을 누른 다음 무료 요금제를 선택하세요.')]],
  tr: [['tr-tarif-adimlar', P('Aşağıdaki adımları izleyin, sos kesilmez.')], ['tr-haber', P('Muhalefet, destekçilerini cumartesi günkü mitinge katılmaya çağırdı.')]],
  sw: [['sw-habari', P('Chama cha wafanyakazi kiliwataka wanachama wajiunge na mgomo wa Alhamisi.')]],
  el: [['el-eidisi', P('Το συνδικάτο κάλεσε τα μέλη του να συμμετάσχουν στην απεργία της Πέμπτης.')], ['el-odigies', P('Πατήστε Εγγραφή πάνω δεξιά και επιλέξτε το δωρεάν πακέτο.')]],
};

/** The names of this round's forms (call texts, containers, look-alikes): the scorer reports them apart. */
export const ROUND9_NAMES = new Set([
  ...Object.values(ROUND9_CALLS).flat().map(([t]) => t.replace(/[[\]]/g, '')),
  ...ROUND9_SHAPES.map(([n]) => n),
  ...Object.values(ROUND9_LOOKALIKES).flat().map(([n]) => n),
]);
