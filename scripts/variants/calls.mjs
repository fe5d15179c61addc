// Calls to action per language, for the variant generator: "[linked words]" marks the link, `to` says
// where it goes (see CALL_TARGETS in forms-blocks.mjs): a platform, an app store, the site's own
// sign-up/donate page, a share URL, or nowhere (a call without a link).
export const CALLS = {
  en: [
    ['Follow us on [Google News] for the latest updates.', 'gnews'], ['[Join our WhatsApp channel] and get the news first.', 'whatsapp'],
    ['Get breaking news on Telegram: [join our channel].', 'telegram'], ['Download our app: [iPhone] | [Android]', 'apps'],
    ['Turn on notifications so you never miss a story.', 'none'], ['Share this article with your friends and family!', 'none'],
    ['Enjoyed this story? [Support our journalism] with a small donation.', 'donate'], ['Leave a comment below and tell us what you think.', 'none'],
    ['[Sign up for our free morning newsletter].', 'newsletter'], ['Like what you read? [Buy us a coffee].', 'tip'],
    ['Subscribe to our [YouTube channel] for more videos.', 'youtube'], ['Stay in the loop — [follow us on Instagram].', 'social'],
    ['Never miss an update. [Subscribe now]', 'newsletter'], ['Add us as a preferred source on [Google].', 'gnews'],
  ],
  es: [
    ['Síguenos en [Google News] y no te pierdas nada.', 'gnews'], ['[Únete a nuestro canal de WhatsApp] para recibir las noticias.', 'whatsapp'],
    ['Descarga nuestra app en [App Store] y [Google Play].', 'apps'], ['Suscríbete a nuestro [boletín diario].', 'newsletter'],
    ['Comparte esta noticia con tus amigos.', 'none'], ['Activa las notificaciones para no perderte ninguna noticia.', 'none'],
    ['Apoya el periodismo independiente: [hazte socio].', 'donate'], ['Déjanos tu comentario al final del artículo.', 'none'],
    ['Sigue toda la información en nuestro [canal de Telegram].', 'telegram'],
  ],
  fr: [
    ['Suivez-nous sur [Google Actualités].', 'gnews'], ['Rejoignez notre [chaîne WhatsApp] pour ne rien manquer.', 'whatsapp'],
    ['Téléchargez notre application : [iOS] et [Android].', 'apps'], ['Abonnez-vous à [notre newsletter] gratuite.', 'newsletter'],
    ['Partagez cet article avec vos proches !', 'none'], ['Activez les notifications pour être alerté en direct.', 'none'],
    ['Soutenez une presse libre : [faites un don].', 'donate'], ['Laissez-nous un commentaire sous cet article.', 'none'],
    ['Retrouvez-nous sur [Telegram].', 'telegram'],
  ],
  de: [
    ['Folgen Sie uns auf [Google News].', 'gnews'], ['Treten Sie unserem [WhatsApp-Kanal] bei.', 'whatsapp'],
    ['Laden Sie unsere App herunter: [App Store] | [Google Play]', 'apps'], ['Abonnieren Sie [unseren Newsletter] und bleiben Sie informiert.', 'newsletter'],
    ['Teilen Sie diesen Artikel mit Ihren Freunden!', 'none'], ['Aktivieren Sie die Benachrichtigungen, um nichts zu verpassen.', 'none'],
    ['Unterstützen Sie unabhängigen Journalismus: [Jetzt spenden].', 'donate'], ['Schreiben Sie uns Ihre Meinung in die Kommentare.', 'none'],
    ['Mehr Nachrichten auf unserem [Telegram-Kanal].', 'telegram'],
  ],
  pt: [
    ['Siga-nos no [Google Notícias].', 'gnews'], ['Entre no nosso [canal do WhatsApp] e receba as notícias.', 'whatsapp'],
    ['Baixe o nosso aplicativo: [App Store] e [Google Play].', 'apps'], ['Assine a nossa [newsletter] gratuita.', 'newsletter'],
    ['Compartilhe esta notícia com seus amigos!', 'none'], ['Ative as notificações e fique por dentro.', 'none'],
    ['Apoie o jornalismo independente: [seja assinante].', 'donate'], ['Deixe seu comentário abaixo.', 'none'],
    ['Acompanhe nosso [canal no Telegram].', 'telegram'],
  ],
  it: [
    ['Seguici su [Google News].', 'gnews'], ['Iscriviti al nostro [canale WhatsApp].', 'whatsapp'],
    ['Scarica la nostra app: [iOS] e [Android].', 'apps'], ['Iscriviti alla [nostra newsletter] settimanale.', 'newsletter'],
    ['Condividi questo articolo con i tuoi amici!', 'none'], ['Attiva le notifiche per restare aggiornato.', 'none'],
    ['Sostieni il giornalismo libero: [fai una donazione].', 'donate'], ['Lascia un commento qui sotto.', 'none'],
    ['Unisciti al nostro [canale Telegram].', 'telegram'],
  ],
  ru: [
    ['Подписывайтесь на наш [Telegram-канал].', 'telegram'], ['Следите за нами в [Дзене].', 'dzen'],
    ['Скачайте наше приложение: [App Store] и [Google Play].', 'apps'], ['Подпишитесь на [нашу рассылку].', 'newsletter'],
    ['Поделитесь этой статьей с друзьями!', 'none'], ['Включите уведомления, чтобы не пропустить главное.', 'none'],
    ['Поддержите независимую журналистику: [сделайте пожертвование].', 'donate'], ['Оставьте свой комментарий ниже.', 'none'],
    ['Присоединяйтесь к нашему [каналу в WhatsApp].', 'whatsapp'],
  ],
  ar: [
    ['تابعونا على [أخبار جوجل].', 'gnews'], ['انضم إلى [قناتنا على واتساب] لتصلك الأخبار أولا بأول.', 'whatsapp'],
    ['حمّل تطبيقنا: [آب ستور] و[جوجل بلاي].', 'apps'], ['اشترك في [نشرتنا البريدية].', 'newsletter'],
    ['شارك هذا المقال مع أصدقائك!', 'none'], ['فعّل الإشعارات ليصلك كل جديد.', 'none'],
    ['ادعم الصحافة المستقلة: [تبرع الآن].', 'donate'], ['اترك تعليقك في الأسفل.', 'none'],
    ['تابعوا [قناتنا على تلغرام].', 'telegram'],
  ],
  hi: [
    ['हमें [गूगल न्यूज़] पर फॉलो करें।', 'gnews'], ['हमारे [व्हाट्सएप चैनल] से जुड़ें।', 'whatsapp'],
    ['हमारा ऐप डाउनलोड करें: [एंड्रॉयड] | [आईओएस]', 'apps'], ['हमारे [न्यूज़लेटर] की सदस्यता लें।', 'newsletter'],
    ['इस खबर को अपने दोस्तों के साथ शेयर करें!', 'none'], ['ताज़ा खबरों के लिए नोटिफिकेशन ऑन करें।', 'none'],
    ['स्वतंत्र पत्रकारिता का समर्थन करें: [सहयोग करें]', 'donate'], ['नीचे कमेंट करके अपनी राय दें।', 'none'],
    ['हमारे [टेलीग्राम चैनल] से जुड़ें।', 'telegram'],
  ],
  id: [
    ['Ikuti kami di [Google News].', 'gnews'], ['Gabung [saluran WhatsApp] kami untuk berita terbaru.', 'whatsapp'],
    ['Unduh aplikasi kami di [App Store] dan [Google Play].', 'apps'], ['Berlangganan [newsletter] kami secara gratis.', 'newsletter'],
    ['Bagikan artikel ini ke teman-teman Anda!', 'none'], ['Aktifkan notifikasi agar tidak ketinggalan berita.', 'none'],
    ['Dukung jurnalisme independen: [berdonasi sekarang].', 'donate'], ['Tinggalkan komentar Anda di bawah ini.', 'none'],
    ['Ikuti [kanal Telegram] kami.', 'telegram'],
  ],
  ja: [
    ['[Googleニュース]でフォローしてください。', 'gnews'], ['[公式LINE]を友だち追加してください！', 'line'],
    ['アプリをダウンロード：[App Store] / [Google Play]', 'apps'], ['[ニュースレター]に登録する', 'newsletter'],
    ['この記事をシェアしよう！', 'none'], ['通知をオンにして最新ニュースを受け取ろう。', 'none'],
    ['私たちの報道を[支援してください]。', 'donate'], ['ご意見をコメント欄にお寄せください。', 'none'],
  ],
  zh: [
    ['在[谷歌新闻]上关注我们。', 'gnews'], ['加入我们的[Telegram频道]。', 'telegram'],
    ['下载我们的应用：[App Store] | [Google Play]', 'apps'], ['订阅我们的[新闻通讯]。', 'newsletter'],
    ['分享这篇文章给你的朋友！', 'none'], ['开启通知，第一时间获取新闻。', 'none'],
    ['支持独立新闻：[立即捐助]。', 'donate'], ['欢迎在下方留言评论。', 'none'], ['关注我们的[微博]。', 'weibo'],
  ],
  tr: [
    ['Bizi [Google Haberler] üzerinden takip edin.', 'gnews'], ['[WhatsApp kanalımıza] katılın.', 'whatsapp'],
    ['Uygulamamızı indirin: [App Store] | [Google Play]', 'apps'], ['[Bültenimize] abone olun.', 'newsletter'],
    ['Bu haberi arkadaşlarınızla paylaşın!', 'none'], ['Son dakika haberleri için bildirimleri açın.', 'none'],
    ['Bağımsız gazeteciliğe destek olun: [bağış yapın].', 'donate'], ['Yorumunuzu aşağıya yazın.', 'none'],
    ['[Telegram kanalımızı] takip edin.', 'telegram'],
  ],
  pl: [
    ['Obserwuj nas w [Google News].', 'gnews'], ['Dołącz do naszego [kanału na WhatsAppie].', 'whatsapp'],
    ['Pobierz naszą aplikację: [App Store] i [Google Play].', 'apps'], ['Zapisz się do [naszego newslettera].', 'newsletter'],
    ['Udostępnij ten artykuł znajomym!', 'none'], ['Włącz powiadomienia, aby być na bieżąco.', 'none'],
    ['Wesprzyj niezależne dziennikarstwo: [wpłać darowiznę].', 'donate'], ['Zostaw komentarz pod artykułem.', 'none'],
    ['Dołącz do nas na [Telegramie].', 'telegram'],
  ],
  nl: [
    ['Volg ons op [Google Nieuws].', 'gnews'], ['Word lid van ons [WhatsApp-kanaal].', 'whatsapp'],
    ['Download onze app: [App Store] en [Google Play].', 'apps'], ['Schrijf je in voor [onze nieuwsbrief].', 'newsletter'],
    ['Deel dit artikel met je vrienden!', 'none'], ['Zet meldingen aan en mis niets.', 'none'],
    ['Steun onafhankelijke journalistiek: [doneer nu].', 'donate'], ['Laat hieronder een reactie achter.', 'none'],
    ['Volg ons ook op [Telegram].', 'telegram'],
  ],
};

// Real prose that addresses the reader or names a platform, inside a long paragraph: must stay.
export const CALL_LOOKALIKES = {
  en: 'Readers who want to follow the hearings can subscribe to the court’s free docket alerts, the clerk said, although the service has been unreliable since the move to the new building and several lawyers have complained that notices arrive days late.',
  es: 'Quien quiera seguir el juicio puede suscribirse a las alertas gratuitas del tribunal, explicó la secretaria, aunque el servicio funciona mal desde el traslado al nuevo edificio y varios abogados se han quejado de que los avisos llegan con días de retraso.',
  fr: 'Les lecteurs qui veulent suivre les audiences peuvent s’abonner aux alertes gratuites du tribunal, a précisé la greffière, même si le service fonctionne mal depuis le déménagement et que plusieurs avocats se plaignent de recevoir les avis avec des jours de retard.',
  de: 'Wer die Verhandlungen verfolgen möchte, kann die kostenlosen Benachrichtigungen des Gerichts abonnieren, sagte die Sprecherin, doch der Dienst läuft seit dem Umzug unzuverlässig und mehrere Anwälte klagen, dass Hinweise erst Tage später ankommen.',
};
