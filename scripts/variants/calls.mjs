// Calls to action per language, for the variant generator: "[linked words]" marks the link, `to` says
// where it goes (see CALL_TARGETS in forms-blocks.mjs): a platform, an app store, the site's own
// sign-up/donate page, a share URL, or nowhere (a call without a link).
import { FAMILY_CALLS } from './calls-families.mjs';
import { STEP_CALLS } from './calls-steps.mjs';
import { ROUND9_CALLS } from './calls-round9.mjs';
import { ROUND11_CALLS } from './calls-round11.mjs';
import { ROUND13_CALLS } from './calls-round13.mjs';
import { ROUND13C_CALLS } from './calls-round13c.mjs';
import { ROUND14_CALLS } from './calls-round14.mjs';
import { ROUND15_CALLS } from './calls-round15.mjs';
import { ROUND16_CALLS } from './calls-round16.mjs';

export const CALLS = {
  en: [
    ['Follow us on [Google News] for the latest updates.', 'gnews'], ['[Join our WhatsApp channel] and get the news first.', 'whatsapp'],
    ['Get breaking news on Telegram: [join our channel].', 'telegram'], ['Download our app: [iPhone] | [Android]', 'apps'],
    ['Turn on notifications so you never miss a story.', 'none'], ['Share this article with your friends and family!', 'none'],
    ['Enjoyed this story? [Support our journalism] with a small donation.', 'donate'], ['Leave a comment below and tell us what you think.', 'none'],
    ['[Sign up for our free morning newsletter].', 'newsletter'], ['Like what you read? [Buy us a coffee].', 'tip'],
    ['Subscribe to our [YouTube channel] for more videos.', 'youtube'], ['Stay in the loop — [follow us on Instagram].', 'social'],
    ['Never miss an update. [Subscribe now]', 'newsletter'], ['Add us as a preferred source on [Google].', 'gnews'],
    ['If you found this useful, please share it with a friend.', 'none'], ['Have a story idea? [Get in touch] with our newsroom.', 'contact'],
    ['Listen to our daily briefing on [Spotify].', 'podcast'], ['We are now on Bluesky: [come say hi].', 'bluesky'],
    ['Find us on [Mastodon] too.', 'mastodon'], ['Please consider [becoming a member] today.', 'opencollective'],
    ['Get every new post in your feed reader: [RSS].', 'rss'], ['Want this in your inbox? [Subscribe on Substack].', 'substack'],
    ['Scroll down to join the conversation.', 'none'], ['Got a question about this story? Ask it in the comments below.', 'none'],
    ['Message us on [Signal] with your tips.', 'signal'],
    // Third round: an opening phrase before the ask, forwarding, e-mail tips, video platforms, the bell, the app.
    ['For the latest updates, [follow us on X].', 'x'], ['Know someone who would enjoy this? Forward it to them.', 'none'],
    ['Send your tips to [our newsroom].', 'mailto'], ['Hit the bell icon to get notified when we post.', 'none'],
    ['Help us reach more readers by sharing this post.', 'none'], ['Watch more on our [TikTok].', 'tiktok'],
    ['Want stories like this in your feed? [Add us on Flipboard].', 'flipboard'], ['Be the first to know: [get our alerts on WhatsApp].', 'whatsapp'],
    ['Don’t have the app yet? [Get it here].', 'apps'], ['Read more stories like this in [our app].', 'own'],
  ],
  es: [
    ['Síguenos en [Google News] y no te pierdas nada.', 'gnews'], ['[Únete a nuestro canal de WhatsApp] para recibir las noticias.', 'whatsapp'],
    ['Descarga nuestra app en [App Store] y [Google Play].', 'apps'], ['Suscríbete a nuestro [boletín diario].', 'newsletter'],
    ['Comparte esta noticia con tus amigos.', 'none'], ['Activa las notificaciones para no perderte ninguna noticia.', 'none'],
    ['Apoya el periodismo independiente: [hazte socio].', 'donate'], ['Déjanos tu comentario al final del artículo.', 'none'],
    ['Sigue toda la información en nuestro [canal de Telegram].', 'telegram'],
    ['Si te ha gustado este artículo, compártelo en tus redes.', 'none'], ['¿Tienes una pista? [Escríbenos].', 'contact'],
    ['Escucha nuestro pódcast diario en [Spotify].', 'podcast'], ['Ahora también estamos en [Bluesky].', 'bluesky'],
    ['No olvides dejar tu opinión en los comentarios.', 'none'], ['Recibe las noticias en tu correo: [apúntate aquí].', 'newsletter'],
    ['Para más noticias, [síguenos en X].', 'x'], ['Recibe las alertas de última hora en [nuestro WhatsApp].', 'whatsapp'],
    ['Suscríbete gratis a nuestras alertas.', 'none'], ['Cuéntanos tu opinión en los comentarios.', 'none'],
    ['Mira nuestros vídeos en [TikTok].', 'tiktok'], ['¿Te gustó? Compártelo con quien quieras.', 'none'],
    ['Envíanos tus denuncias a [nuestro correo].', 'mailto'],
  ],
  fr: [
    ['Suivez-nous sur [Google Actualités].', 'gnews'], ['Rejoignez notre [chaîne WhatsApp] pour ne rien manquer.', 'whatsapp'],
    ['Téléchargez notre application : [iOS] et [Android].', 'apps'], ['Abonnez-vous à [notre newsletter] gratuite.', 'newsletter'],
    ['Partagez cet article avec vos proches !', 'none'], ['Activez les notifications pour être alerté en direct.', 'none'],
    ['Soutenez une presse libre : [faites un don].', 'donate'], ['Laissez-nous un commentaire sous cet article.', 'none'],
    ['Retrouvez-nous sur [Telegram].', 'telegram'],
    ['Si cet article vous a plu, n’hésitez pas à le partager.', 'none'], ['Une info à nous transmettre ? [Contactez la rédaction].', 'contact'],
    ['Écoutez notre podcast sur [Spotify].', 'podcast'], ['Retrouvez-nous aussi sur [Mastodon].', 'mastodon'],
    ['Pensez à activer les alertes pour suivre ce dossier.', 'none'], ['Recevez chaque matin l’essentiel de l’actualité : [inscription gratuite].', 'newsletter'],
    ['Pour ne rien rater, [suivez-nous sur X].', 'x'], ['Donnez-nous votre avis en commentaire.', 'none'],
    ['Envoyez-nous vos questions par [e-mail].', 'mailto'], ['Vous avez aimé cet article ? Partagez-le !', 'none'],
    ['Abonnez-vous à nos alertes sur [WhatsApp].', 'whatsapp'], ['Regardez nos vidéos sur [TikTok].', 'tiktok'],
  ],
  de: [
    ['Folgen Sie uns auf [Google News].', 'gnews'], ['Treten Sie unserem [WhatsApp-Kanal] bei.', 'whatsapp'],
    ['Laden Sie unsere App herunter: [App Store] | [Google Play]', 'apps'], ['Abonnieren Sie [unseren Newsletter] und bleiben Sie informiert.', 'newsletter'],
    ['Teilen Sie diesen Artikel mit Ihren Freunden!', 'none'], ['Aktivieren Sie die Benachrichtigungen, um nichts zu verpassen.', 'none'],
    ['Unterstützen Sie unabhängigen Journalismus: [Jetzt spenden].', 'donate'], ['Schreiben Sie uns Ihre Meinung in die Kommentare.', 'none'],
    ['Mehr Nachrichten auf unserem [Telegram-Kanal].', 'telegram'],
    ['Wenn Ihnen dieser Artikel gefallen hat, teilen Sie ihn gerne.', 'none'], ['Haben Sie Hinweise? [Schreiben Sie der Redaktion].', 'contact'],
    ['Hören Sie unseren Podcast auf [Spotify].', 'podcast'], ['Sie finden uns auch auf [Mastodon].', 'mastodon'],
    ['Jetzt kostenlos registrieren und keine Nachricht mehr verpassen.', 'none'], ['Werden Sie Teil unserer Community: [Mitglied werden].', 'opencollective'],
    ['Für mehr News: [Folgen Sie uns auf X].', 'x'], ['Diskutieren Sie mit in den Kommentaren!', 'none'],
    ['Sie haben einen Hinweis? [Schicken Sie uns eine E-Mail].', 'mailto'], ['Gefällt Ihnen der Artikel? Dann empfehlen Sie ihn weiter.', 'none'],
    ['Jetzt die App laden: [App Store] | [Google Play]', 'apps'], ['Abonniere unseren [WhatsApp-Kanal].', 'whatsapp'], ['Folge uns auf [Instagram]!', 'social'],
  ],
  pt: [
    ['Siga-nos no [Google Notícias].', 'gnews'], ['Entre no nosso [canal do WhatsApp] e receba as notícias.', 'whatsapp'],
    ['Baixe o nosso aplicativo: [App Store] e [Google Play].', 'apps'], ['Assine a nossa [newsletter] gratuita.', 'newsletter'],
    ['Compartilhe esta notícia com seus amigos!', 'none'], ['Ative as notificações e fique por dentro.', 'none'],
    ['Apoie o jornalismo independente: [seja assinante].', 'donate'], ['Deixe seu comentário abaixo.', 'none'],
    ['Acompanhe nosso [canal no Telegram].', 'telegram'],
    ['Se gostou deste artigo, partilhe com os seus amigos.', 'none'], ['Tem uma denúncia? [Fale com a redação].', 'contact'],
    ['Ouça o nosso podcast no [Spotify].', 'podcast'], ['Agora também estamos no [Bluesky].', 'bluesky'],
    ['Receba as principais notícias no seu e-mail: [cadastre-se].', 'newsletter'],
    ['Para mais notícias, [siga-nos no X].', 'x'], ['Inscreva-se no nosso [canal do YouTube].', 'youtube'],
    ['Gostou? Comente e compartilhe!', 'none'], ['Mande sua sugestão de pauta pelo [WhatsApp].', 'whatsapp'], ['Baixe grátis o app do jornal.', 'none'],
  ],
  it: [
    ['Seguici su [Google News].', 'gnews'], ['Iscriviti al nostro [canale WhatsApp].', 'whatsapp'],
    ['Scarica la nostra app: [iOS] e [Android].', 'apps'], ['Iscriviti alla [nostra newsletter] settimanale.', 'newsletter'],
    ['Condividi questo articolo con i tuoi amici!', 'none'], ['Attiva le notifiche per restare aggiornato.', 'none'],
    ['Sostieni il giornalismo libero: [fai una donazione].', 'donate'], ['Lascia un commento qui sotto.', 'none'],
    ['Unisciti al nostro [canale Telegram].', 'telegram'],
    ['Se ti è piaciuto questo articolo, condividilo sui social.', 'none'], ['Hai una segnalazione? [Scrivi alla redazione].', 'contact'],
    ['Ascolta il nostro podcast su [Spotify].', 'podcast'], ['Ci trovi anche su [Mastodon].', 'mastodon'],
    ['Ricevi le notizie ogni mattina nella tua casella: [registrati].', 'newsletter'],
    ['Per non perdere nessuna notizia, [seguici su X].', 'x'], ['Scrivici la tua opinione nei commenti.', 'none'],
    ['Iscriviti al nostro [canale YouTube].', 'youtube'], ['Ti è piaciuto? Condividilo con i tuoi amici.', 'none'], ['Guarda i nostri video su [TikTok].', 'tiktok'],
  ],
  ru: [
    ['Подписывайтесь на наш [Telegram-канал].', 'telegram'], ['Следите за нами в [Дзене].', 'dzen'],
    ['Скачайте наше приложение: [App Store] и [Google Play].', 'apps'], ['Подпишитесь на [нашу рассылку].', 'newsletter'],
    ['Поделитесь этой статьей с друзьями!', 'none'], ['Включите уведомления, чтобы не пропустить главное.', 'none'],
    ['Поддержите независимую журналистику: [сделайте пожертвование].', 'donate'], ['Оставьте свой комментарий ниже.', 'none'],
    ['Присоединяйтесь к нашему [каналу в WhatsApp].', 'whatsapp'],
    ['Если вам понравилась статья, поделитесь ею в соцсетях.', 'none'], ['Есть информация? [Напишите нам].', 'contact'],
    ['Слушайте наш подкаст на [Spotify].', 'podcast'], ['Мы есть и в [Bluesky].', 'bluesky'],
    ['Не забудьте подписаться на уведомления.', 'none'],
    ['Больше новостей — в нашем [Telegram-канале].', 'telegram'], ['Читайте нас в [Дзене].', 'dzen'],
    ['Напишите, что вы думаете, в комментариях.', 'none'], ['Смотрите наши видео на [YouTube].', 'youtube'],
    ['Подписывайтесь, чтобы не пропустить важное.', 'none'],
  ],
  ar: [
    ['تابعونا على [أخبار جوجل].', 'gnews'], ['انضم إلى [قناتنا على واتساب] لتصلك الأخبار أولا بأول.', 'whatsapp'],
    ['حمّل تطبيقنا: [آب ستور] و[جوجل بلاي].', 'apps'], ['اشترك في [نشرتنا البريدية].', 'newsletter'],
    ['شارك هذا المقال مع أصدقائك!', 'none'], ['فعّل الإشعارات ليصلك كل جديد.', 'none'],
    ['ادعم الصحافة المستقلة: [تبرع الآن].', 'donate'], ['اترك تعليقك في الأسفل.', 'none'],
    ['تابعوا [قناتنا على تلغرام].', 'telegram'],
    ['إذا أعجبك هذا المقال، شاركه مع أصدقائك.', 'none'], ['لديك معلومة؟ [راسلنا].', 'contact'],
    ['استمع إلى البودكاست الخاص بنا على [سبوتيفاي].', 'podcast'], ['لا تنس متابعتنا على [تلغرام].', 'telegram'],
    ['للمزيد من الأخبار، [تابعونا على إكس].', 'x'], ['شاركونا آراءكم في التعليقات.', 'none'],
    ['اشتركوا في [قناتنا على يوتيوب].', 'youtube'], ['لا تفوتوا آخر الأخبار: [فعّلوا الإشعارات].', 'own'],
  ],
  hi: [
    ['हमें [गूगल न्यूज़] पर फॉलो करें।', 'gnews'], ['हमारे [व्हाट्सएप चैनल] से जुड़ें।', 'whatsapp'],
    ['हमारा ऐप डाउनलोड करें: [एंड्रॉयड] | [आईओएस]', 'apps'], ['हमारे [न्यूज़लेटर] की सदस्यता लें।', 'newsletter'],
    ['इस खबर को अपने दोस्तों के साथ शेयर करें!', 'none'], ['ताज़ा खबरों के लिए नोटिफिकेशन ऑन करें।', 'none'],
    ['स्वतंत्र पत्रकारिता का समर्थन करें: [सहयोग करें]', 'donate'], ['नीचे कमेंट करके अपनी राय दें।', 'none'],
    ['हमारे [टेलीग्राम चैनल] से जुड़ें।', 'telegram'],
    ['अगर आपको यह लेख पसंद आया तो इसे शेयर जरूर करें।', 'none'], ['कोई खबर है? [हमें लिखें]।', 'contact'],
    ['हमारा पॉडकास्ट [स्पॉटिफाई] पर सुनें।', 'podcast'],
    ['ताज़ा अपडेट के लिए हमें [एक्स] पर फॉलो करें।', 'x'], ['हमारे [यूट्यूब चैनल] को सब्सक्राइब करें।', 'youtube'],
    ['खबर पसंद आई हो तो लाइक और शेयर करें।', 'none'],
  ],
  id: [
    ['Ikuti kami di [Google News].', 'gnews'], ['Gabung [saluran WhatsApp] kami untuk berita terbaru.', 'whatsapp'],
    ['Unduh aplikasi kami di [App Store] dan [Google Play].', 'apps'], ['Berlangganan [newsletter] kami secara gratis.', 'newsletter'],
    ['Bagikan artikel ini ke teman-teman Anda!', 'none'], ['Aktifkan notifikasi agar tidak ketinggalan berita.', 'none'],
    ['Dukung jurnalisme independen: [berdonasi sekarang].', 'donate'], ['Tinggalkan komentar Anda di bawah ini.', 'none'],
    ['Ikuti [kanal Telegram] kami.', 'telegram'],
    ['Jika artikel ini bermanfaat, jangan lupa bagikan ke teman Anda.', 'none'], ['Punya informasi? [Hubungi redaksi].', 'contact'],
    ['Dengarkan podcast kami di [Spotify].', 'podcast'], ['Simak berita pilihan lainnya di [kanal Telegram] kami.', 'telegram'],
    ['Untuk berita terkini, [ikuti kami di X].', 'x'], ['Yuk, subscribe [kanal YouTube] kami!', 'youtube'],
    ['Tulis pendapatmu di kolom komentar.', 'none'], ['Baca berita lainnya di [aplikasi kami].', 'own'],
  ],
  ja: [
    ['[Googleニュース]でフォローしてください。', 'gnews'], ['[公式LINE]を友だち追加してください！', 'line'],
    ['アプリをダウンロード：[App Store] / [Google Play]', 'apps'], ['[ニュースレター]に登録する', 'newsletter'],
    ['この記事をシェアしよう！', 'none'], ['通知をオンにして最新ニュースを受け取ろう。', 'none'],
    ['私たちの報道を[支援してください]。', 'donate'], ['ご意見をコメント欄にお寄せください。', 'none'],
    ['この記事が役に立ったら、ぜひシェアしてください。', 'none'], ['情報提供は[こちら]からお寄せください。', 'contact'],
    ['ポッドキャストを[Spotify]で配信中です。', 'podcast'],
    ['最新ニュースは[公式X]をフォロー！', 'x'], ['[YouTubeチャンネル]の登録もお願いします。', 'youtube'],
    ['ご感想をお聞かせください。', 'none'],
  ],
  zh: [
    ['在[谷歌新闻]上关注我们。', 'gnews'], ['加入我们的[Telegram频道]。', 'telegram'],
    ['下载我们的应用：[App Store] | [Google Play]', 'apps'], ['订阅我们的[新闻通讯]。', 'newsletter'],
    ['分享这篇文章给你的朋友！', 'none'], ['开启通知，第一时间获取新闻。', 'none'],
    ['支持独立新闻：[立即捐助]。', 'donate'], ['欢迎在下方留言评论。', 'none'], ['关注我们的[微博]。', 'weibo'],
    ['如果你喜欢这篇文章，请转发给朋友。', 'none'], ['有新闻线索？[联系我们]。', 'contact'], ['在[Spotify]收听我们的播客。', 'podcast'],
    ['更多新闻，请关注我们的[微博]。', 'weibo'], ['欢迎订阅我们的[YouTube频道]。', 'youtube'],
    ['觉得有用就点个赞吧！', 'none'], ['扫码下载我们的客户端。', 'none'],
  ],
  tr: [
    ['Bizi [Google Haberler] üzerinden takip edin.', 'gnews'], ['[WhatsApp kanalımıza] katılın.', 'whatsapp'],
    ['Uygulamamızı indirin: [App Store] | [Google Play]', 'apps'], ['[Bültenimize] abone olun.', 'newsletter'],
    ['Bu haberi arkadaşlarınızla paylaşın!', 'none'], ['Son dakika haberleri için bildirimleri açın.', 'none'],
    ['Bağımsız gazeteciliğe destek olun: [bağış yapın].', 'donate'], ['Yorumunuzu aşağıya yazın.', 'none'],
    ['[Telegram kanalımızı] takip edin.', 'telegram'],
    ['Bu haberi beğendiyseniz sosyal medyada paylaşmayı unutmayın.', 'none'], ['Haber ihbarınız mı var? [Bize yazın].', 'contact'],
    ['Podcast yayınımızı [Spotify] üzerinden dinleyin.', 'podcast'],
    ['Son dakika gelişmeleri için bizi [X] üzerinden takip edin.', 'x'], ['[YouTube kanalımıza] abone olmayı unutmayın.', 'youtube'],
    ['Görüşlerinizi yorumlarda paylaşın.', 'none'],
  ],
  pl: [
    ['Obserwuj nas w [Google News].', 'gnews'], ['Dołącz do naszego [kanału na WhatsAppie].', 'whatsapp'],
    ['Pobierz naszą aplikację: [App Store] i [Google Play].', 'apps'], ['Zapisz się do [naszego newslettera].', 'newsletter'],
    ['Udostępnij ten artykuł znajomym!', 'none'], ['Włącz powiadomienia, aby być na bieżąco.', 'none'],
    ['Wesprzyj niezależne dziennikarstwo: [wpłać darowiznę].', 'donate'], ['Zostaw komentarz pod artykułem.', 'none'],
    ['Dołącz do nas na [Telegramie].', 'telegram'],
    ['Jeśli podobał Ci się ten artykuł, podziel się nim ze znajomymi.', 'none'], ['Masz informacje? [Napisz do nas].', 'contact'],
    ['Słuchaj naszego podcastu na [Spotify].', 'podcast'], ['Znajdziesz nas też na [Mastodonie].', 'mastodon'],
    ['Więcej informacji znajdziesz na naszym [profilu na X].', 'x'], ['Subskrybuj nasz [kanał na YouTube].', 'youtube'],
    ['Podobał Ci się tekst? Podaj go dalej!', 'none'], ['Skomentuj ten artykuł poniżej.', 'none'],
  ],
  nl: [
    ['Volg ons op [Google Nieuws].', 'gnews'], ['Word lid van ons [WhatsApp-kanaal].', 'whatsapp'],
    ['Download onze app: [App Store] en [Google Play].', 'apps'], ['Schrijf je in voor [onze nieuwsbrief].', 'newsletter'],
    ['Deel dit artikel met je vrienden!', 'none'], ['Zet meldingen aan en mis niets.', 'none'],
    ['Steun onafhankelijke journalistiek: [doneer nu].', 'donate'], ['Laat hieronder een reactie achter.', 'none'],
    ['Volg ons ook op [Telegram].', 'telegram'],
    ['Vond je dit artikel interessant? Deel het dan met je vrienden.', 'none'], ['Heb je een tip? [Mail de redactie].', 'contact'],
    ['Luister onze podcast op [Spotify].', 'podcast'], ['Je vindt ons ook op [Bluesky].', 'bluesky'],
    ['Voor het laatste nieuws: [volg ons op X].', 'x'], ['Abonneer je op ons [YouTube-kanaal].', 'youtube'],
    ['Wat vind jij? Laat het weten in de reacties.', 'none'], ['Download de app en ontvang pushberichten.', 'none'],
  ],
  he: [
    ['עקבו אחרינו ב[טלגרם].', 'telegram'], ['הצטרפו ל[ערוץ הווטסאפ] שלנו.', 'whatsapp'],
    ['הורידו את האפליקציה שלנו: [App Store] | [Google Play]', 'apps'], ['הירשמו ל[ניוזלטר] השבועי שלנו.', 'newsletter'],
    ['שתפו את הכתבה עם החברים!', 'none'], ['הפעילו התראות כדי לא לפספס אף עדכון.', 'none'],
    ['תמכו בעיתונות עצמאית: [לתרומה].', 'donate'], ['ספרו לנו מה דעתכם בתגובות.', 'none'], ['יש לכם מידע? [כתבו לנו].', 'contact'],
    ['לעדכונים שוטפים [עקבו אחרינו ב-X].', 'x'], ['הירשמו ל[ערוץ היוטיוב] שלנו.', 'youtube'],
    ['אהבתם את הכתבה? שתפו אותה עם חברים.', 'none'],
  ],
  uk: [
    ['Підписуйтесь на наш [Telegram-канал].', 'telegram'], ['Стежте за нами у [Google Новини].', 'gnews'],
    ['Завантажте наш застосунок: [App Store] і [Google Play].', 'apps'], ['Підпишіться на [нашу розсилку].', 'newsletter'],
    ['Поділіться цією статтею з друзями!', 'none'], ['Увімкніть сповіщення, щоб нічого не пропустити.', 'none'],
    ['Підтримайте незалежну журналістику: [зробіть внесок].', 'donate'], ['Залиште свій коментар нижче.', 'none'],
    ['Долучайтеся до нашої [спільноти у Viber].', 'viber'],
    ['Більше новин — у нашому [Telegram-каналі].', 'telegram'], ['Читайте нас у [Google Новинах].', 'gnews'],
    ['Напишіть свою думку в коментарях.', 'none'], ['Підписуйтесь на наш [YouTube-канал].', 'youtube'],
  ],
  vi: [
    ['Theo dõi chúng tôi trên [Google News].', 'gnews'], ['Tham gia [nhóm Zalo] của chúng tôi để nhận tin nhanh.', 'zalo'],
    ['Tải ứng dụng của chúng tôi: [App Store] | [Google Play]', 'apps'], ['Đăng ký [bản tin] miễn phí của chúng tôi.', 'newsletter'],
    ['Hãy chia sẻ bài viết này với bạn bè!', 'none'], ['Bật thông báo để không bỏ lỡ tin tức mới nhất.', 'none'],
    ['Ủng hộ báo chí độc lập: [quyên góp ngay].', 'donate'], ['Để lại bình luận của bạn bên dưới.', 'none'],
    ['Đừng quên theo dõi [fanpage] của chúng tôi.', 'social'], ['Mời bạn đọc gửi ý kiến về [tòa soạn].', 'mailto'],
    ['Xem thêm video trên [kênh YouTube] của chúng tôi.', 'youtube'],
  ],
  ko: [
    ['[카카오톡 채널]을 추가하고 뉴스를 받아보세요.', 'kakao'], ['구글 뉴스에서 [구독하기]', 'gnews'],
    ['앱을 다운로드하세요: [App Store] | [Google Play]', 'apps'], ['[뉴스레터]를 구독하세요.', 'newsletter'],
    ['이 기사를 친구와 공유해 주세요!', 'none'], ['알림을 켜고 최신 소식을 받아보세요.', 'none'],
    ['독립 언론을 [후원해 주세요].', 'donate'], ['아래에 댓글을 남겨 주세요.', 'none'],
    ['더 많은 소식은 [유튜브 채널]에서 확인하세요.', 'youtube'], ['기사가 도움이 되셨다면 공유해 주세요.', 'none'],
    ['제보는 [이메일]로 보내주세요.', 'mailto'],
  ],
};

// Fourth round (session 6): the other asks — rate, comment, share, donate, install the app, turn on
// notifications, join a community, the newsletter — mostly without a link, in every language, and two
// languages with calls of their own (Greek, Persian). Merged into CALLS; the name hash splits them as always.
const MORE = {
  en: [
    ['Rate this article: was it helpful?', 'none'], ['Comment below: what would you have done?', 'none'],
    ['Join our reader community on [Discord].', 'discord'], ['Get the app for faster reading and offline stories.', 'none'],
    ['Love our reporting? Chip in five dollars today.', 'none'], ['Want more? Sign up for the weekly digest.', 'none'],
    ['Turn on push alerts for breaking news.', 'none'], ['Tap the heart if this story moved you.', 'none'],
    ['Spread the word: send this to someone who needs it.', 'none'], ['Give this post a clap if you enjoyed it.', 'none'],
    ['Rate our app on [Google Play].', 'apps'], ['Be part of the conversation and comment now.', 'none'],
  ],
  es: [
    ['Valora este artículo.', 'none'], ['Comenta y comparte esta noticia.', 'none'], ['Forma parte de nuestra comunidad en [Discord].', 'discord'],
    ['Instala nuestra app y lee sin conexión.', 'none'], ['Dona lo que puedas: cada aporte cuenta.', 'none'], ['Apúntate a nuestro boletín semanal.', 'none'],
    ['¿Te ha servido? Dale a me gusta.', 'none'], ['Activa la campanita para no perderte nada.', 'none'],
  ],
  fr: [
    ['Notez cet article !', 'none'], ['Commentez et partagez !', 'none'], ['Rejoignez la communauté sur [Discord].', 'discord'],
    ['Installez l’appli pour lire hors ligne.', 'none'], ['Faites un don, même modeste.', 'none'], ['Inscrivez-vous à la lettre du matin.', 'none'],
    ['Un avis ? Dites-le-nous en commentaire.', 'none'], ['Votre soutien compte : abonnez-vous.', 'none'],
  ],
  de: [
    ['Bewerten Sie diesen Artikel.', 'none'], ['Jetzt App herunterladen und offline lesen.', 'none'], ['Kommentieren Sie diesen Beitrag!', 'none'],
    ['Werde Teil unserer Community auf [Discord].', 'discord'], ['Unterstütze uns mit einer kleinen Spende.', 'none'],
    ['Melde dich für unseren Newsletter an.', 'none'], ['Hat dir der Text gefallen? Dann teile ihn!', 'none'], ['Push-Mitteilungen aktivieren und nichts verpassen.', 'none'],
  ],
  pt: [
    ['Avalie esta matéria.', 'none'], ['Comente o que achou!', 'none'], ['Faça parte da nossa comunidade no [Discord].', 'discord'],
    ['Instale o app e leia offline.', 'none'], ['Contribua com qualquer valor.', 'none'], ['Assine a newsletter e receba tudo no seu e-mail.', 'none'],
    ['Ative o sininho para não perder nada.', 'none'],
  ],
  it: [
    ['Valuta questo articolo.', 'none'], ['Commenta e condividi!', 'none'], ['Entra nella nostra community su [Discord].', 'discord'],
    ['Installa l’app e leggi offline.', 'none'], ['Fai una donazione, anche piccola.', 'none'], ['Iscriviti alla newsletter del mattino.', 'none'],
    ['Attiva le notifiche push per le ultime notizie.', 'none'],
  ],
  ru: [
    ['Оцените эту статью.', 'none'], ['Поставьте лайк, если было полезно.', 'none'], ['Вступайте в наше сообщество в [Discord].', 'discord'],
    ['Установите приложение и читайте офлайн.', 'none'], ['Поддержите редакцию донатом.', 'none'], ['Обсудите статью в комментариях!', 'none'],
    ['Подпишитесь на рассылку, чтобы получать лучшее за неделю.', 'none'],
  ],
  ar: [
    ['قيّم هذا المقال.', 'none'], ['علّق وشارك رأيك.', 'none'], ['انضموا إلى مجتمعنا على [ديسكورد].', 'discord'],
    ['ثبّت تطبيقنا واقرأ دون اتصال.', 'none'], ['تبرّع لدعم الصحافة المستقلة.', 'none'], ['سجّل في نشرتنا الأسبوعية.', 'none'],
    ['لا تنسوا تفعيل التنبيهات.', 'none'],
  ],
  hi: [
    ['इस लेख को रेटिंग दें।', 'none'], ['अपनी राय कमेंट में लिखें।', 'none'], ['हमारी कम्युनिटी से [डिस्कॉर्ड] पर जुड़ें।', 'discord'],
    ['हमारा ऐप इंस्टॉल करें और ऑफलाइन पढ़ें।', 'none'], ['स्वतंत्र पत्रकारिता के लिए दान दें।', 'none'], ['बेल आइकन दबाएं और अपडेट पाएं।', 'none'],
    ['न्यूज़लेटर के लिए साइन अप करें।', 'none'],
  ],
  id: [
    ['Beri nilai artikel ini.', 'none'], ['Komentari berita ini di bawah.', 'none'], ['Gabung komunitas kami di [Discord].', 'discord'],
    ['Pasang aplikasi kami dan baca tanpa internet.', 'none'], ['Donasi sekarang untuk jurnalisme independen.', 'none'],
    ['Daftar newsletter mingguan kami.', 'none'], ['Nyalakan notifikasi agar tak ketinggalan.', 'none'],
  ],
  ja: [
    ['この記事を評価してください。', 'none'], ['コメントで感想を教えてね！', 'none'], ['[Discord]のコミュニティに参加しよう。', 'discord'],
    ['アプリをインストールしてオフラインで読もう。', 'none'], ['寄付で私たちを応援してください。', 'none'], ['プッシュ通知をオンにしてね。', 'none'],
  ],
  zh: [
    ['给这篇文章打个分吧。', 'none'], ['在评论区说说你的看法。', 'none'], ['加入我们的[Discord]社区。', 'discord'],
    ['安装我们的应用，离线阅读。', 'none'], ['捐助我们，支持独立报道。', 'none'], ['订阅每周简报，不错过重要新闻。', 'none'],
    ['打开推送通知，第一时间获取消息。', 'none'],
  ],
  tr: [
    ['Bu haberi puanlayın.', 'none'], ['Düşüncelerinizi yorum olarak bırakın.', 'none'], ['[Discord] topluluğumuza katılın.', 'discord'],
    ['Uygulamamızı yükleyin, çevrimdışı okuyun.', 'none'], ['Bağımsız gazetecilik için bağış yapın.', 'none'], ['Haftalık bültenimize kaydolun.', 'none'],
    ['Bildirimleri açmayı unutmayın!', 'none'],
  ],
  pl: [
    ['Oceń ten artykuł.', 'none'], ['Skomentuj i udostępnij!', 'none'], ['Dołącz do naszej społeczności na [Discordzie].', 'discord'],
    ['Zainstaluj aplikację i czytaj offline.', 'none'], ['Wesprzyj nas dowolną kwotą.', 'none'], ['Zapisz się na cotygodniowy newsletter.', 'none'],
    ['Włącz powiadomienia push.', 'none'],
  ],
  nl: [
    ['Beoordeel dit artikel.', 'none'], ['Reageer hieronder en deel je mening.', 'none'], ['Word lid van onze community op [Discord].', 'discord'],
    ['Installeer de app en lees offline.', 'none'], ['Doneer en steun onafhankelijke journalistiek.', 'none'], ['Meld je aan voor de wekelijkse nieuwsbrief.', 'none'],
    ['Zet pushmeldingen aan.', 'none'],
  ],
  he: [
    ['דרגו את הכתבה.', 'none'], ['הגיבו ושתפו את דעתכם.', 'none'], ['הצטרפו לקהילה שלנו ב[דיסקורד].', 'discord'],
    ['התקינו את האפליקציה וקראו גם בלי אינטרנט.', 'none'], ['תרמו לעיתונות עצמאית.', 'none'], ['הירשמו לניוזלטר היומי.', 'none'],
    ['אל תשכחו להפעיל התראות.', 'none'], ['רוצים לקבל עדכונים? הצטרפו עכשיו.', 'none'], ['שלחו את הכתבה לחבר.', 'none'],
  ],
  uk: [
    ['Оцініть цю статтю.', 'none'], ['Поставте вподобайку, якщо було корисно.', 'none'], ['Приєднуйтесь до нашої спільноти в [Discord].', 'discord'],
    ['Встановіть наш застосунок і читайте офлайн.', 'none'], ['Підтримайте редакцію донатом.', 'none'], ['Підпишіться на щотижневу розсилку.', 'none'],
    ['Обговорюйте статтю в коментарях!', 'none'], ['Не забудьте увімкнути сповіщення.', 'none'],
  ],
  vi: [
    ['Đánh giá bài viết này nhé.', 'none'], ['Bình luận để chia sẻ ý kiến của bạn.', 'none'], ['Tham gia cộng đồng của chúng tôi trên [Discord].', 'discord'],
    ['Cài đặt ứng dụng để đọc ngoại tuyến.', 'none'], ['Quyên góp để ủng hộ báo chí độc lập.', 'none'], ['Đăng ký nhận bản tin hằng tuần.', 'none'],
    ['Nhớ bật thông báo để nhận tin nóng.', 'none'], ['Gửi bài viết này cho bạn bè nhé!', 'none'],
  ],
  ko: [
    ['이 기사를 평가해 주세요.', 'none'], ['댓글로 여러분의 생각을 들려주세요.', 'none'], ['[디스코드] 커뮤니티에 참여하세요.', 'discord'],
    ['앱을 설치하고 오프라인으로 읽으세요.', 'none'], ['후원으로 독립 언론을 지켜 주세요.', 'none'], ['주간 뉴스레터를 신청하세요.', 'none'],
    ['푸시 알림을 켜 두세요.', 'none'], ['좋아요와 구독 부탁드립니다.', 'none'],
  ],
  el: [
    ['Ακολουθήστε μας στο [Google News].', 'gnews'], ['Γίνετε μέλος στο [κανάλι μας στο Viber].', 'viber'],
    ['Κατεβάστε την εφαρμογή μας: [App Store] | [Google Play]', 'apps'], ['Εγγραφείτε στο [newsletter] μας.', 'newsletter'],
    ['Μοιραστείτε το άρθρο με τους φίλους σας!', 'none'], ['Ενεργοποιήστε τις ειδοποιήσεις.', 'none'],
    ['Στηρίξτε την ανεξάρτητη δημοσιογραφία: [κάντε δωρεά].', 'donate'], ['Αφήστε το σχόλιό σας παρακάτω.', 'none'],
    ['Βαθμολογήστε το άρθρο.', 'none'], ['Πείτε μας τη γνώμη σας στα σχόλια.', 'none'],
    ['Για περισσότερα νέα, [ακολουθήστε μας στο X].', 'x'], ['Σας άρεσε; Κάντε κοινοποίηση!', 'none'],
  ],
  fa: [
    ['ما را در [تلگرام] دنبال کنید.', 'telegram'], ['به [کانال واتس‌اپ] ما بپیوندید.', 'whatsapp'],
    ['اپلیکیشن ما را دانلود کنید: [App Store] | [Google Play]', 'apps'], ['در [خبرنامه] ما عضو شوید.', 'newsletter'],
    ['این مطلب را با دوستانتان به اشتراک بگذارید!', 'none'], ['اعلان‌ها را فعال کنید تا چیزی را از دست ندهید.', 'none'],
    ['از روزنامه‌نگاری مستقل حمایت کنید: [کمک مالی].', 'donate'], ['نظر خود را در بخش دیدگاه‌ها بنویسید.', 'none'],
    ['به این مطلب امتیاز دهید.', 'none'], ['لطفاً ما را در اینستاگرام دنبال کنید.', 'none'], ['برای خبرهای بیشتر، [ما را در ایکس دنبال کنید].', 'x'],
  ],
};
for (const [lang, list] of [...Object.entries(MORE), ...Object.entries(FAMILY_CALLS), ...Object.entries(STEP_CALLS)]) CALLS[lang] = [...(CALLS[lang] ?? []), ...list];
// Session 9's round (calls-round9.mjs); a language without calls of its own (Bengali) had the English ones.
for (const [lang, list] of Object.entries(ROUND9_CALLS)) CALLS[lang] = [...(CALLS[lang] ?? CALLS.en), ...list];
// Session 11's round (calls-round11.mjs): the verbs and registers the rounds before did not use.
for (const [lang, list] of Object.entries(ROUND11_CALLS)) CALLS[lang] = [...(CALLS[lang] ?? CALLS.en), ...list];
// Session 13's round (calls-round13.mjs): reasons, sign-offs, questions, perks, events, feeds, ad blockers; a
// language new to the generator (Czech, Swedish, Romanian, Hungarian) has the English ones too, as Bengali had.
for (const [lang, list] of Object.entries(ROUND13_CALLS)) CALLS[lang] = [...(CALLS[lang] ?? CALLS.en), ...list];
// Session 13c's round (calls-round13c.mjs): questions, conditions, third-person and modal calls, honorific registers,
// perks, sign-offs after a bio, handles and icons, a heading and one line; most in the languages round 13 had few of.
for (const [lang, list] of Object.entries(ROUND13C_CALLS)) CALLS[lang] = [...(CALLS[lang] ?? CALLS.en), ...list];
// Session 14's round (calls-round14.mjs, written blind): prose that turns into an ask, statements about the publication's
// channels, tip lines, SMS keywords, paywall meters, print, shop, events, surveys, ALL CAPS and emoji-led calls. The ten
// page languages it adds (fi, da, no, sk, bg, hr, ca, ms, tl, ta) have calls of their own, so they get no English ones.
for (const [lang, list] of Object.entries(ROUND14_CALLS)) CALLS[lang] = [...(CALLS[lang] ?? []), ...list];
// Session 15's round (calls-round15.mjs and calls-round15b.mjs, written blind): third-person, modal, impersonal and
// infinitive calls, the ask in mid-sentence, questions, tip lines by mail, phone and SecureDrop, podcasts, membership,
// comment invitations; the seven page languages it adds (lt, lv, et, sl, sr, ur, af) have calls of their own, no English ones.
for (const [lang, list] of Object.entries(ROUND15_CALLS)) CALLS[lang] = [...(CALLS[lang] ?? []), ...list];
// Session 16's round (calls-round16.mjs and calls-round16b.mjs, written blind): statements of what members already have,
// FOMO and negated asks, rating the app, push alerts for a story, Google's preferred sources, extensions, pre-orders,
// webinars, the publisher's petition, ad blockers, share links, comments, the app and the audio version, the site's own
// forum, Mastodon server and redirects, Unicode bold and full-width letters; the three page languages it adds (gl, az, mk)
// have calls of their own, no English ones.
for (const [lang, list] of Object.entries(ROUND16_CALLS)) CALLS[lang] = [...(CALLS[lang] ?? []), ...list];

// Real prose that addresses the reader or names a platform, inside a long paragraph: must stay.
export const CALL_LOOKALIKES = {
  en: 'Readers who want to follow the hearings can subscribe to the court’s free docket alerts, the clerk said, although the service has been unreliable since the move to the new building and several lawyers have complained that notices arrive days late.',
  es: 'Quien quiera seguir el juicio puede suscribirse a las alertas gratuitas del tribunal, explicó la secretaria, aunque el servicio funciona mal desde el traslado al nuevo edificio y varios abogados se han quejado de que los avisos llegan con días de retraso.',
  fr: 'Les lecteurs qui veulent suivre les audiences peuvent s’abonner aux alertes gratuites du tribunal, a précisé la greffière, même si le service fonctionne mal depuis le déménagement et que plusieurs avocats se plaignent de recevoir les avis avec des jours de retard.',
  de: 'Wer die Verhandlungen verfolgen möchte, kann die kostenlosen Benachrichtigungen des Gerichts abonnieren, sagte die Sprecherin, doch der Dienst läuft seit dem Umzug unzuverlässig und mehrere Anwälte klagen, dass Hinweise erst Tage später ankommen.',
};
