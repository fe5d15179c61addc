// Eleventh calls round (session 11): a call's verbs by concept and language — written from the languages, not
// from any page. The rounds before drew calls mostly in one register per language and with the verbs that came
// to mind first; a reader on the open web meets the others. Here, for each language, the concepts a call asks
// for (follow, subscribe, share, comment, support, download, notifications, a channel, a video, a tip to the
// newsroom) with the verbs and registers the earlier rounds did not use: the familiar singular beside the
// formal (du/Sie, tu/vous, ты/вы, sen/siz), the plural of a group (ihr, vosotros, voi, wy, jullie), colloquial
// verbs ("Drop us a line", "Dale like", "Hol dir", "Curta"), a clitic joined by a hyphen (Junte-se, Inscris-toi),
// a verb with a separable particle ("Lade … herunter", "Schau … vorbei"), and verb-last forms.
// And look-alikes that use the same verbs for something else (a recipe, a manual, a report): they must stay.
// The name hash splits every pool into its dev and held halves as always.

// Per language: [text, to] as in calls.mjs ("[linked words]" marks the link).
export const ROUND11_CALLS = {
  en: [
    ['Catch every episode: [subscribe on YouTube].', 'youtube'], ['Drop us a line at [our tips desk].', 'mailto'],
    ['Spread the word and pass this story on.', 'none'], ['Give us a follow on [Threads].', 'social'],
    ['Chime in below with your thoughts.', 'none'], ['Pitch in to keep this site free: [donate].', 'donate'],
    ['Jump into the discussion on [our Discord].', 'discord'], ['Snag the app for free: [App Store] | [Google Play]', 'apps'],
    ['Tune in every Friday on [Spotify].', 'podcast'], ['Come hang out with us on [Twitch].', 'social'],
    ['Stick around: our newsletter lands every Sunday.', 'none'], ['Recommend this article to a colleague.', 'none'],
    ['Show some love: [tip the author].', 'tip'], ['Say hello in the comments!', 'none'],
  ],
  es: [
    ['Únete a la conversación en [Discord].', 'discord'], ['Recomienda este artículo a un amigo.', 'none'],
    ['Dale like a nuestra página de [Facebook].', 'social'], ['Escríbanos a [nuestro correo] con sus preguntas.', 'mailto'],
    ['Colabora con nosotros: [haz tu aportación].', 'donate'], ['Instala nuestra app y lee sin conexión.', 'none'],
    ['Opina en los comentarios.', 'none'], ['Apúntate a nuestro boletín semanal.', 'none'],
    ['No te pierdas nuestros directos en [YouTube].', 'youtube'], ['Seguidnos en [Instagram].', 'social'], ['Ayúdanos a seguir informando.', 'none'],
  ],
  fr: [
    ['Rejoins-nous sur [Discord] !', 'discord'], ['Partage cet article autour de toi !', 'none'], ['Inscris-toi à la lettre du vendredi.', 'none'],
    ['Donne ton avis en commentaire.', 'none'], ['Recommandez cet article à un proche.', 'none'],
    ['Téléchargez gratuitement l’appli : [App Store] | [Google Play]', 'apps'], ['Écrivez-nous à [la rédaction].', 'mailto'],
    ['Aidez-nous à rester indépendants : [je fais un don].', 'donate'], ['Ne manquez plus aucun épisode : abonnez-vous au podcast.', 'none'],
    ['Viens discuter avec nous sur [Twitch].', 'social'],
  ],
  de: [
    ['Lade dir unsere App herunter: [App Store] | [Google Play]', 'apps'], ['Hol dir den Newsletter, kostenlos jeden Freitag.', 'none'],
    ['Schreib uns deine Meinung in die Kommentare!', 'none'], ['Empfehlen Sie diesen Artikel weiter.', 'none'],
    ['Hinterlasst uns einen Kommentar.', 'none'], ['Schau auf unserem [YouTube-Kanal] vorbei.', 'youtube'],
    ['Melde dich jetzt für den Newsletter an.', 'none'], ['Bleib auf dem Laufenden und folge uns auf [Instagram].', 'social'],
    ['Spendet für unabhängigen Lokaljournalismus: [hier spenden].', 'donate'], ['Verpasse keine Folge mehr!', 'none'],
    ['Diskutieren Sie mit uns auf [Mastodon].', 'mastodon'],
  ],
  pt: [
    ['Curta nossa página no [Facebook].', 'social'], ['Compartilhe esta reportagem com seus amigos!', 'none'],
    ['Comente o que achou desta matéria.', 'none'], ['Junte-se a nós no [canal do Telegram].', 'telegram'],
    ['Cadastre-se gratuitamente e receba nossas newsletters.', 'none'], ['Não perca nenhuma novidade: ative as notificações.', 'none'],
    ['Contribua com o nosso jornalismo: [apoie aqui].', 'donate'], ['Torne-se assinante e leia sem limites.', 'none'],
    ['Mande a sua sugestão de pauta para [a redação].', 'mailto'], ['Assista aos nossos vídeos no [YouTube].', 'youtube'],
  ],
  it: [
    ['Seguiteci su [Instagram].', 'social'], ['Iscrivetevi alla nostra newsletter gratuita.', 'none'], ['Commenta l’articolo e dicci la tua!', 'none'],
    ['Aiutaci a crescere: [fai una donazione].', 'donate'], ['Scopri la nostra app: [App Store] | [Google Play]', 'apps'],
    ['Resta aggiornato con le notifiche push.', 'none'], ['Condividete questo articolo con i vostri amici.', 'none'],
    ['Non perderti i nostri video su [YouTube].', 'youtube'], ['Unitevi al nostro [canale WhatsApp].', 'whatsapp'],
    ['Inviaci le tue segnalazioni: [scrivi alla redazione].', 'mailto'],
  ],
  nl: [
    ['Volg ons op [Instagram] voor meer verhalen.', 'social'], ['Meld je aan voor onze gratis nieuwsbrief.', 'none'],
    ['Download onze app: [App Store] | [Google Play]', 'apps'], ['Deel dit artikel met je vrienden!', 'none'],
    ['Reageer hieronder en laat je mening horen.', 'none'], ['Word ook donateur: [steun ons].', 'donate'],
    ['Mis geen enkele aflevering en abonneer je op de podcast.', 'none'], ['Tip de redactie via [ons mailadres].', 'mailto'],
    ['Sluit je aan bij ons [WhatsApp-kanaal].', 'whatsapp'],
  ],
  pl: [
    ['Obserwuj nas na [Instagramie].', 'social'], ['Zapisz się do naszego newslettera.', 'none'], ['Udostępnij ten artykuł znajomym!', 'none'],
    ['Skomentuj i daj nam znać, co myślisz.', 'none'], ['Wesprzyj niezależne media: [wpłać darowiznę].', 'donate'],
    ['Pobierz naszą aplikację: [App Store] | [Google Play]', 'apps'], ['Dołączcie do nas na [Discordzie].', 'discord'],
    ['Nie przegap żadnego odcinka i włącz powiadomienia.', 'none'], ['Napiszcie do nas na [adres redakcji].', 'mailto'],
  ],
  ru: [
    ['Подпишись на наш [Telegram-канал].', 'telegram'], ['Поделись статьёй с друзьями!', 'none'],
    ['Оставь комментарий, нам важно твоё мнение.', 'none'], ['Поддержите редакцию: [сделать пожертвование].', 'donate'],
    ['Скачайте наше приложение: [App Store] | [Google Play]', 'apps'], ['Включите уведомления, чтобы ничего не пропустить.', 'none'],
    ['Присоединяйтесь к нам во [ВКонтакте].', 'social'], ['Смотрите наши видео на [YouTube].', 'youtube'],
    ['Пишите нам на [почту редакции].', 'mailto'], ['Не пропусти новые выпуски!', 'none'],
  ],
  uk: [
    ['Підписуйтесь на наш [Telegram-канал].', 'telegram'], ['Поділись цією статтею з друзями!', 'none'], ['Залиште коментар під статтею.', 'none'],
    ['Підтримайте незалежну журналістику: [зробити внесок].', 'donate'], ['Завантажте наш застосунок: [App Store] | [Google Play]', 'apps'],
    ['Слідкуйте за нами в [Instagram].', 'social'], ['Пишіть нам на [пошту редакції].', 'mailto'], ['Не пропустіть головне: увімкніть сповіщення.', 'none'],
  ],
  tr: [
    ['Bizi [Instagram]’da takip et!', 'social'], ['Bültenimize ücretsiz abone ol.', 'none'], ['Bu haberi arkadaşlarınla paylaş!', 'none'],
    ['Yorumunu aşağıya yaz.', 'none'], ['Bağımsız gazeteciliğe destek olun: [bağış yapın].', 'donate'],
    ['Uygulamamızı indir: [App Store] | [Google Play]', 'apps'], ['Hiçbir gelişmeyi kaçırmamak için bildirimleri açın.', 'none'],
    ['Bize [e-posta] ile ulaşın.', 'mailto'],
  ],
  id: [
    ['Follow kami di [Instagram] ya!', 'social'], ['Yuk, langganan newsletter gratis kami.', 'none'], ['Bagikan artikel ini ke teman-temanmu!', 'none'],
    ['Tinggalkan komentar di bawah.', 'none'], ['Dukung jurnalisme independen: [donasi di sini].', 'donate'],
    ['Unduh aplikasi kami: [App Store] | [Google Play]', 'apps'], ['Gabung ke [saluran WhatsApp] kami.', 'whatsapp'], ['Kirimkan tips berita ke [redaksi].', 'mailto'],
  ],
  vi: [
    ['Theo dõi chúng tôi trên [Facebook].', 'social'], ['Đăng ký nhận bản tin miễn phí của chúng tôi.', 'none'],
    ['Chia sẻ bài viết này nếu bạn thấy hữu ích!', 'none'], ['Hãy để lại bình luận bên dưới nhé.', 'none'],
    ['Tải ứng dụng của chúng tôi: [App Store] | [Google Play]', 'apps'], ['Ủng hộ tòa soạn: [quyên góp].', 'donate'],
  ],
  ar: [
    ['تابعونا على [إنستغرام].', 'social'], ['اشترك في نشرتنا البريدية المجانية.', 'none'], ['شاركوا المقال مع أصدقائكم!', 'none'],
    ['اكتبوا لنا رأيكم في التعليقات.', 'none'], ['حمّل تطبيقنا: [App Store] | [Google Play]', 'apps'],
    ['ادعم صحافتنا المستقلة: [تبرع الآن].', 'donate'], ['انضموا إلى [قناتنا على واتساب].', 'whatsapp'],
  ],
  he: [
    ['עקבו אחרינו ב[אינסטגרם].', 'social'], ['הירשמו לניוזלטר השבועי שלנו.', 'none'], ['שתפו את הכתבה עם חברים!', 'none'],
    ['ספרו לנו בתגובות מה דעתכם.', 'none'], ['הורידו את האפליקציה שלנו: [App Store] | [Google Play]', 'apps'], ['תמכו בעיתונות עצמאית: [לתרומה].', 'donate'],
  ],
  fa: [
    ['در [کانال تلگرام] ما عضو شوید.', 'telegram'], ['این گزارش را با دوستانتان به اشتراک بگذارید.', 'none'],
    ['دیدگاه خود را با ما در میان بگذارید.', 'none'], ['اپلیکیشن ما را نصب کنید: [App Store] | [Google Play]', 'apps'], ['از ما حمایت کنید: [کمک مالی].', 'donate'],
  ],
  hi: [
    ['हमें [इंस्टाग्राम] पर फॉलो करें।', 'social'], ['हमारा न्यूज़लेटर मुफ्त में सब्सक्राइब करें।', 'none'],
    ['इस खबर को अपने दोस्तों के साथ शेयर करें!', 'none'], ['नीचे कमेंट करके अपनी राय बताएं।', 'none'],
    ['हमारा ऐप डाउनलोड करें: [App Store] | [Google Play]', 'apps'], ['हमारे [व्हाट्सऐप चैनल] से जुड़ें।', 'whatsapp'],
  ],
  bn: [
    ['আমাদের [ফেসবুক] পেজে ফলো করুন।', 'social'], ['আমাদের নিউজলেটারে সাবস্ক্রাইব করুন।', 'none'], ['খবরটি বন্ধুদের সঙ্গে শেয়ার করুন!', 'none'],
    ['নিচে মন্তব্য করে আপনার মতামত জানান।', 'none'], ['আমাদের অ্যাপ ডাউনলোড করুন: [App Store] | [Google Play]', 'apps'],
  ],
  ja: [
    ['[Instagram]でもフォローしてね！', 'social'], ['ニュースレターに無料で登録しよう。', 'none'], ['この記事をシェアしていただけると励みになります。', 'none'],
    ['ご意見・ご感想をコメント欄にお寄せください。', 'none'], ['アプリをダウンロード：[App Store] | [Google Play]', 'apps'], ['[LINE公式アカウント]を友だち追加してください。', 'line'],
  ],
  ko: [
    ['[인스타그램]에서 저희를 팔로우해 주세요.', 'social'], ['뉴스레터를 무료로 구독하세요.', 'none'], ['이 기사를 친구들과 공유해 주세요!', 'none'],
    ['댓글로 여러분의 의견을 남겨 주세요.', 'none'], ['앱을 내려받으세요: [App Store] | [Google Play]', 'apps'], ['독립 언론을 후원해 주세요: [후원하기].', 'donate'],
  ],
  zh: [
    ['欢迎在[微博]关注我们。', 'weibo'], ['订阅我们的免费新闻简报。', 'none'], ['觉得有用就转发给朋友吧！', 'none'],
    ['欢迎在评论区留下你的看法。', 'none'], ['下载我们的应用：[App Store] | [Google Play]', 'apps'], ['扫码加入我们的[微信群]。', 'social'],
  ],
  th: [
    ['ติดตามเราได้ทาง [Facebook]', 'social'], ['สมัครรับจดหมายข่าวฟรีของเรา', 'none'], ['แชร์บทความนี้ให้เพื่อนของคุณ!', 'none'],
    ['แสดงความคิดเห็นของคุณด้านล่าง', 'none'], ['ดาวน์โหลดแอปของเรา: [App Store] | [Google Play]', 'apps'],
  ],
  el: [
    ['Ακολούθησέ μας στο [Instagram].', 'social'], ['Γράψου στο δωρεάν newsletter μας.', 'none'], ['Μοιράσου το άρθρο με τους φίλους σου!', 'none'],
    ['Αφήστε μας ένα σχόλιο παρακάτω.', 'none'], ['Κατέβασε την εφαρμογή μας: [App Store] | [Google Play]', 'apps'],
  ],
  sw: [
    ['Tufuate kwenye [Instagram].', 'social'], ['Jiandikishe kupokea jarida letu bure.', 'none'], ['Shiriki habari hii na marafiki zako!', 'none'],
    ['Toa maoni yako hapa chini.', 'none'], ['Pakua programu yetu: [App Store] | [Google Play]', 'apps'],
  ],
};

// Look-alikes that must stay: the same verbs, not asking anything of the publication. [name, html]; per language, the English ones on every page.
const P = (t) => `<p>${t}</p>`;
export const ROUND11_LOOKALIKES = {
  en: [
    ['r11-recipe-drop', P('Drop the pasta into well-salted water and stir it once.')],
    ['r11-sailing-pass', P('Pass the line under the cleat and pull it tight before you cast off.')],
    ['r11-garden-spread', P('Spread the compost thinly over the bed and water it in.')],
    ['r11-report-share-video', P('The campaign asked supporters to share the video with friends before polling day.')],
    ['r11-manual-hang', P('Come back to the main screen and hold the power button for ten seconds.')],
    // Prose that looks like other injected kinds: brackets and markup named in text, a reader pointed at the page's own parts.
    ['r11-editors-note-brackets', P('[Editor’s note: this story was updated on Friday to include the council’s response.]')],
    ['r11-transcript-brackets', P('[Applause] Thank you. [Laughter] We did not expect this many of you tonight.')],
    ['r11-markdown-in-prose', P('In Markdown a link is written as [words](address), with no space between the brackets.')],
    ['r11-html-element-named', P('The page’s &lt;title&gt; element and its &lt;h1&gt; heading should say the same thing, the guide advises.')],
    ['r11-inequality', P('The rule applies when a &lt; b and b &gt; c, which the auditors say was true in every case they checked.')],
    ['r11-table-below', P('Readers can find the full list of candidates, ward by ward, in the table below.')],
    ['r11-print-subscribers', P('Subscribers to the print edition will get the flood map as a pull-out on Saturday.')],
  ],
  de: [
    ['r11-de-tabelle', P('Die vollständige Liste der Kandidaten finden Leserinnen und Leser in der Tabelle unten.')],
    ['r11-de-anmerkung', P('[Anmerkung der Redaktion: Der Text wurde am Freitag um die Stellungnahme der Stadt ergänzt.]')],
    ['r11-de-rezept', P('Lass den Teig eine Stunde ruhen und schlag ihn dann noch einmal durch.')],
    ['r11-de-bericht', P('Die Partei forderte ihre Anhänger auf, das Video mit Freunden zu teilen.')],
  ],
  es: [['r11-es-nota', P('[Nota de la redacción: este artículo se actualizó el viernes con la respuesta del ayuntamiento.]')], ['r11-es-receta', P('Deja reposar la masa una hora antes de hornearla.')], ['r11-es-noticia', P('El alcalde pidió a los vecinos que compartieran el aviso.')]],
  fr: [['r11-fr-tableau', P('Les lecteurs trouveront la liste complète des candidats, quartier par quartier, dans le tableau ci-dessous.')], ['r11-fr-recette', P('Laisse reposer la pâte une heure avant de l’étaler.')], ['r11-fr-actu', P('La mairie a demandé aux habitants de partager l’alerte.')]],
  pt: [['r11-pt-receita', P('Deixe a massa descansar por uma hora antes de assar.')]],
  it: [['r11-it-ricetta', P('Lascia riposare l’impasto per un’ora prima di infornare.')]],
  nl: [['r11-nl-recept', P('Laat het deeg een uur rusten voordat je het uitrolt.')]],
  pl: [['r11-pl-przepis', P('Zostaw ciasto na godzinę, a potem je rozwałkuj.')]],
  ru: [['r11-ru-primechanie', P('[Примечание редакции: материал дополнен ответом мэрии в пятницу.]')], ['r11-ru-recept', P('Оставьте тесто на час, затем раскатайте его.')]],
  tr: [['r11-tr-tarif', P('Hamuru bir saat dinlendirin, sonra açın.')]],
  id: [['r11-id-resep', P('Diamkan adonan selama satu jam sebelum dipanggang.')]],
  ja: [['r11-ja-recipe', P('生地を一時間寝かせてから伸ばしてください。')]],
  ko: [['r11-ko-recipe', P('반죽을 한 시간 동안 휴지시킨 뒤 밀어 주세요.')]],
};

/** The names of this round's forms (call texts, look-alikes): the scorer reports them apart. */
export const ROUND11_NAMES = new Set([
  ...Object.values(ROUND11_CALLS).flat().map(([t]) => t.replace(/[[\]]/g, '')),
  ...Object.values(ROUND11_LOOKALIKES).flat().map(([n]) => n),
]);
