// Round 16 of the call pools (session 16), written BLIND: the writer opened nothing under src/, tests/ or docs/, ran
// no scorer and read no score output; the phrasings come from how newsrooms, blogs, docs sites and apps word these
// things on the open web in 2026, not from any failure or rule. What is new here:
// - calls phrased as a statement of what members or subscribers already have ("Members saw this story 24 hours ago.",
//   "Abonnenten lasen diesen Text schon gestern"), and FOMO or negated forms ("Not on the list yet? You missed…",
//   "Que no te lo cuenten", "Don’t be the last to hear…");
// - asks the pools had little of: rate or review the app, join a Discord, Slack, the site's own forum or its own
//   Mastodon server, a Bluesky starter pack, follow on MSN, Yahoo!ニュース, MAX, ShareChat, Eitaa, Bale, Rubika, Kakao
//   and LINE open chats, enable push alerts for a story, pick the site as a Google "preferred source", install a
//   Chrome or Firefox extension, pre-order a reporter's book, register for a Zoom webinar, sign the publisher's
//   petition, allow the site in an ad blocker, share by a share link (WhatsApp, Telegram, X, Facebook, e-mail), leave
//   a comment (#respond), open the story in the app, listen to the audio version, GitHub Sponsors, YouTube channel
//   membership, a Feedly subscription, and a newsletter's "forwarded this?" and "reply to this e-mail" lines;
// - links through the site's own redirect (/go/discord, /out?url=…) and three links of one call to three platforms;
// - Unicode bold letters (𝗝𝗼𝗶𝗻 …) and full-width letters (Ｙａｈｏｏ！, ＬＩＮＥ) inside the call's text;
// - containers the earlier rounds did not use (ROUND16_SHAPES, appended to CALL_SHAPES): a pull quote with the site as
//   its cite, a video embed's caption, the foot row of a plans table, a dinkus or an asterism before the call, a link on
//   an SVG icon whose only name is its <title>, a leading icon link, a line break in mid-phrase, a closed details block
//   ("How this site is funded"), Ghost's toggle card and a details element split over summary and body, a custom
//   element with slots, Notion and Obsidian callouts, a docs admonition, a toast (role=status), a sticky bar, a QR
//   code's caption, an asterisk footnote, a rule then a strong line and a small one, an audio player's caption, a
//   floated pull-right aside, and three run-ons at a paragraph's end (after a space, in <em>, after a bullet).
// The other languages' calls and three page languages new to the generator (Galician, Azerbaijani, Macedonian) are
// in calls-round16b.mjs; the look-alikes that must stay in lookalikes-round16.mjs and lookalikes-round16b.mjs. The
// name hash splits every pool as always.
import { ROUND16B_CALLS } from './calls-round16b.mjs';
import { ROUND16_LOOKALIKES } from './lookalikes-round16.mjs';

export { ROUND16_LOOKALIKES };

// Per language: [text, to] as in calls.mjs ("[linked words]" marks the link, `to` a kind of CALL_TARGETS).
export const ROUND16_CALLS = {
  en: [
    ['Members get the weekly briefing first → [join from £4 a month]', 'memberful'],
    ['Members saw this story 24 hours ago.', 'none'],
    ['Not on the list yet? You missed Tuesday’s scoop on the ferry contract.', 'none'],
    ['Don’t be the last to hear about road closures: [our WhatsApp alerts] go out within minutes.', 'owngo'],
    ['You’re missing half the story if you’re not in [our Discord] — that’s where the reporters answer questions.', 'discordinvite'],
    ['𝗝𝗼𝗶𝗻 𝘁𝗵𝗲 𝗰𝗼𝗻𝘃𝗲𝗿𝘀𝗮𝘁𝗶𝗼𝗻 on [our community forum].', 'forum'],
    ['Enjoying the app? [Leave us a review] — it takes ten seconds and helps other readers find us.', 'appreview'],
    ['If the new reader mode works for you, rate us ★★★★★ on [the App Store].', 'appreview'],
    ['Get a ping when the verdict lands: [turn on alerts for this story].', 'pushopt'],
    ['Seeing fewer of our stories in search? [Add us as a preferred source] and Google will show them first.', 'prefsource'],
    ['One click and our fact-checks appear next to the claims you read: [install the Firefox add-on].', 'firefoxaddon'],
    ['Our reporter’s book on the 1953 flood is out in October. [Pre-order it here] and get a signed bookplate.', 'preorder'],
    ['Live Q&A with our health team on Zoom, Wednesday at 7 p.m. — [register free].', 'webinar'],
    ['We read every answer: [tell us what you want more of].', 'survey'],
    ['We’re asking the council to publish the flood report in full. [Add your name to our petition].', 'petition'],
    ['Ad blocker on? We get it. But ads fund this newsroom — [here’s how to allow us].', 'adblockhelp'],
    ['Know someone who lives on the coast? [Send them this article on WhatsApp].', 'sharewa'],
    ['What did we miss? [Leave a comment] — our reporter reads them all.', 'respond'],
    ['This story reads better in the app, with maps that work offline. [Open in app]', 'applink'],
    ['🎧 No time to read? [Listen to this article] (7 min).', 'audio'],
    ['Prefer to listen? An audio version of this article, read by the author, is at the top of the page.', 'none'],
    ['Our reporters post from the harbour on [our own Mastodon server], with no algorithm in between.', 'mastoown'],
    ['Follow all twelve of our reporters at once with [our Bluesky starter pack].', 'bskypack'],
    ['Catch every new post in your reader: [follow us on Feedly].', 'feedly'],
    ['This blog is funded by readers. If it saved you an afternoon, [sponsor it on GitHub].', 'ghsponsors'],
    ['Channel members get the uncut interviews: [join on YouTube].', 'ytjoin'],
    ['Start your morning with our headlines on MSN: [follow our channel].', 'msn'],
    ['Join the 3,000 developers in [our Slack] to talk about this release.', 'slack'],
    ['Questions? The whole team hangs out in [our Discord].', 'owngo'],
    ['Our Telegram channel has moved: [join the new one here].', 'outurl'],
    ['Follow us: [𝕏] · [Threads] · [Bluesky]', 'socials3'],
    ['Forwarded this by a friend? [Get your own copy every Friday].', 'newsletter'],
    ['Reply to this e-mail — oh wait, you’re on the website. [Write to us here] instead.', 'contact'],
    ['Read it without ads: membership starts at €3, and members keep the site free for everyone else.', 'none'],
    ['P.P.S. Tell a friend. Seriously, it’s the only marketing we do.', 'none'],
    ['Share this on Facebook: [post it to your feed].', 'sharefb'],
    ['Reading on a phone? [Get the app] — it remembers where you stopped.', 'applink'],
    ['Think we got something wrong? [Email the readers’ editor].', 'sharemail'],
  ],
  es: [
    ['Los socios reciben el boletín del domingo antes que nadie → [hazte socio desde 3 € al mes]', 'memberful'],
    ['Que no te lo cuenten: [activa las alertas] y entérate tú primero.', 'pushopt'],
    ['¿Te gusta la app? [Déjanos una reseña] en la tienda; nos ayuda muchísimo.', 'appreview'],
    ['¿Quieres ver antes nuestras noticias en Google? [Márcanos como fuente preferida].', 'prefsource'],
    ['Escucha esta noticia: [versión en audio] (4 min).', 'audio'],
    ['Firma nuestra petición para que el Ayuntamiento publique el informe completo: [firma aquí].', 'petition'],
    ['Manda esta noticia a quien viva en la costa: [compartir por WhatsApp].', 'sharewa'],
    ['Los comentarios están abiertos: [deja el tuyo].', 'respond'],
    ['𝗡𝗼 𝘁𝗲 𝗽𝗶𝗲𝗿𝗱𝗮𝘀 𝗻𝗮𝗱𝗮: únete a nuestra [comunidad en Discord].', 'owngo'],
  ],
  fr: [
    ['Les abonnés ont lu cet article hier soir. [Rejoignez-les] dès 1 € le premier mois.', 'own'],
    ['Ne ratez plus nos enquêtes : [activez les notifications] pour ce dossier.', 'pushopt'],
    ['Vous aimez l’appli ? [Laissez-nous un avis] sur l’App Store, ça compte vraiment.', 'appreview'],
    ['Pour voir nos articles en priorité dans Google, [choisissez-nous comme source préférée].', 'prefsource'],
    ['Écouter cet article : [version audio] lue par l’autrice.', 'audio'],
    ['Le livre de notre journaliste sort le 12 mars : [précommandez-le ici].', 'preorder'],
    ['Rejoignez la discussion sur [notre serveur Mastodon], sans algorithme.', 'mastoown'],
    ['Pas encore inscrit ? Vous avez manqué notre révélation de mardi sur le port.', 'none'],
  ],
  de: [
    ['Abonnentinnen und Abonnenten lesen diesen Text schon seit gestern. [Jetzt 4 Wochen gratis testen]', 'own'],
    ['Verpassen Sie keine Eilmeldung mehr: [Push-Benachrichtigungen aktivieren].', 'pushopt'],
    ['Gefällt Ihnen unsere App? [Bewerten Sie uns im Play Store] – das hilft uns sehr.', 'appreview'],
    ['Mehr von uns in den Google-Suchergebnissen? [Als bevorzugte Quelle festlegen]', 'prefsource'],
    ['Lieber hören? [Artikel vorlesen lassen] (6 Min.)', 'audio'],
    ['Diskutieren Sie mit anderen Leserinnen und Lesern in [unserem Forum].', 'forum'],
    ['Unsere Faktenchecks direkt im Browser: [Erweiterung für Chrome installieren].', 'chromeext'],
    ['Adblocker an? Verstehen wir. Aber Werbung bezahlt diese Recherche – [so setzen Sie uns auf die Whitelist].', 'adblockhelp'],
  ],
  pt: [
    ['Assinantes recebem a newsletter de domingo antes de todo mundo → [assine por R$ 1,90]', 'own'],
    ['Não fique de fora: [ative as notificações] e receba os alertas de enchente.', 'pushopt'],
    ['Curtiu o app? [Avalie a gente na Play Store] — leva dez segundos.', 'appreview'],
    ['Adicione o nosso site como fonte preferida no Google: [clique aqui].', 'prefsource'],
    ['Prefere ouvir? [Ouça a versão em áudio] desta reportagem.', 'audio'],
    ['Envie esta matéria para quem mora no litoral: [compartilhar no WhatsApp].', 'sharewa'],
    ['Participe do nosso webinar gratuito sobre Imposto de Renda na quinta, às 19h: [inscreva-se].', 'webinar'],
  ],
  it: [
    ['Gli abbonati hanno letto questo articolo ieri sera. [Abbonati a 1 € al mese]', 'own'],
    ['Non perderti gli aggiornamenti: [attiva le notifiche] per questo tema.', 'pushopt'],
    ['Ti piace l’app? [Lasciaci una recensione] sull’App Store.', 'appreview'],
    ['Aggiungici come fonte preferita su Google: [basta un clic].', 'prefsource'],
    ['Preferisci ascoltare? [Ascolta l’articolo] letto dall’autore.', 'audio'],
    ['Firma la nostra petizione per riaprire il pronto soccorso di notte: [firma qui].', 'petition'],
    ['Entra nella nostra [community su Discord]: ne parliamo lì stasera.', 'owngo'],
  ],
  ru: [
    ['Подписчики прочитали этот материал ещё вчера. [Оформить подписку за 99 ₽]', 'own'],
    ['Не пропускайте важное: [включите уведомления] о новых материалах по теме.', 'pushopt'],
    ['Нравится приложение? [Оцените нас в App Store] — это очень помогает.', 'appreview'],
    ['Мы теперь в MAX: [подписывайтесь на канал].', 'maxru'],
    ['Не хотите читать? [Послушайте аудиоверсию] статьи (5 минут).', 'audio'],
    ['Отключите блокировщик рекламы — реклама оплачивает работу редакции. [Как это сделать]', 'adblockhelp'],
    ['Перешлите эту статью тем, кто живёт у моря: [отправить в Telegram].', 'sharetg'],
  ],
  ar: [
    ['المشتركون يقرأون هذا التقرير قبل الجميع. [اشترك الآن]', 'own'],
    ['لا تفوّت أي خبر عاجل: [فعّل الإشعارات] على هذا الموضوع.', 'pushopt'],
    ['هل أعجبك التطبيق؟ [قيّمنا على متجر التطبيقات].', 'appreview'],
    ['أضفنا كمصدر مفضّل في جوجل: [من هنا].', 'prefsource'],
    ['استمع إلى هذا المقال: [النسخة الصوتية] (٥ دقائق).', 'audio'],
    ['شارك هذا الخبر مع من يهمّه الأمر عبر [واتساب].', 'sharewa'],
    ['انضم إلى [مجتمعنا على ديسكورد] وناقش القصة مع محررينا.', 'owngo'],
  ],
  hi: [
    ['सब्सक्राइबर्स यह खबर कल ही पढ़ चुके हैं। [अभी सब्सक्राइब करें]', 'own'],
    ['कोई भी ब्रेकिंग न्यूज़ न छूटे: [नोटिफिकेशन चालू करें]।', 'pushopt'],
    ['ऐप पसंद आया? [प्ले स्टोर पर रेटिंग दें]।', 'appreview'],
    ['गूगल पर हमें पसंदीदा सोर्स बनाएं: [यहां क्लिक करें]।', 'prefsource'],
    ['पढ़ने का समय नहीं? [यह खबर सुनें]।', 'audio'],
    ['हमें ShareChat पर भी फॉलो करें: [हमारा प्रोफाइल]।', 'sharechat'],
    ['यह खबर अपने परिवार के व्हाट्सऐप ग्रुप में [शेयर करें]।', 'sharewa'],
  ],
  id: [
    ['Pelanggan sudah membaca artikel ini kemarin. [Berlangganan mulai Rp10 ribu]', 'own'],
    ['Jangan sampai ketinggalan: [nyalakan notifikasi] untuk topik ini.', 'pushopt'],
    ['Suka aplikasinya? [Beri kami ulasan di Play Store].', 'appreview'],
    ['Jadikan kami sumber pilihan di Google: [klik di sini].', 'prefsource'],
    ['Malas membaca? [Dengarkan versi audionya].', 'audio'],
    ['Ikuti webinar gratis kami soal SPT tahunan, Kamis pukul 19.00 WIB: [daftar di sini].', 'webinar'],
    ['Bagikan berita ini ke grup keluarga: [kirim lewat WhatsApp].', 'sharewa'],
  ],
  ja: [
    ['有料会員の方は、この記事を昨日からお読みいただいています。[会員登録はこちら]', 'own'],
    ['Ｙａｈｏｏ！ニュースで[フォローする]と、新着記事が届きます。', 'yahoojp'],
    ['アプリのご感想を[App Store]でお聞かせください。', 'appreview'],
    ['[ＬＩＮＥオープンチャット]で読者同士の情報交換をしています。', 'lineoc'],
    ['この記事は音声でもお聴きいただけます。[再生する]', 'audio'],
    ['号外や速報を逃したくない方は、[通知を受け取る]を押してください。', 'pushopt'],
    ['記者の新刊『港の記憶』、好評予約受付中。[ご予約はこちら]', 'preorder'],
  ],
  zh: [
    ['会员昨天就已读到这篇报道。[立即开通会员]', 'own'],
    ['不想错过突发新闻？[开启推送通知]。', 'pushopt'],
    ['喜欢我们的应用吗？[去 App Store 给我们评分]。', 'appreview'],
    ['本文提供语音版，[点击收听]。', 'audio'],
    ['欢迎到[读者论坛]和编辑直接交流。', 'forum'],
    ['觉得有用？[转发到微博]，让更多人看到。', 'shareweibo'],
    ['在ＲＳＳ阅读器里订阅我们：[Feedly]。', 'feedly'],
  ],
  tr: [
    ['Aboneler bu haberi dün akşam okudu. [Hemen abone olun]', 'own'],
    ['Son dakika gelişmelerini kaçırmayın: [bildirimleri açın].', 'pushopt'],
    ['Uygulamamızı beğendiniz mi? [App Store’da puan verin].', 'appreview'],
    ['Google’da bizi tercih ettiğiniz kaynaklara ekleyin: [buraya tıklayın].', 'prefsource'],
    ['Okumaya vaktiniz yok mu? [Haberi sesli dinleyin].', 'audio'],
    ['Bu haberi sahilde yaşayan yakınlarınıza [WhatsApp’tan gönderin].', 'sharewa'],
    ['Yorumlarınızı bekliyoruz: [yorum yazın].', 'respond'],
  ],
  pl: [
    ['Subskrybenci przeczytali ten tekst już wczoraj. [Dołącz za 1 zł]', 'own'],
    ['Nie przegap żadnej ważnej informacji — [włącz powiadomienia].', 'pushopt'],
    ['Podoba ci się aplikacja? [Oceń nas w Google Play].', 'appreview'],
    ['Dodaj nas do preferowanych źródeł w Google: [kliknij tutaj].', 'prefsource'],
    ['Wolisz słuchać? [Posłuchaj artykułu] (6 min).', 'audio'],
    ['Podpisz naszą petycję w sprawie nocnej pomocy doraźnej: [podpisz].', 'petition'],
    ['Wyłącz AdBlocka — reklamy finansują naszą redakcję. [Jak to zrobić?]', 'adblockhelp'],
  ],
  nl: [
    ['Abonnees lazen dit artikel gisteravond al. [Word abonnee voor € 1]', 'own'],
    ['Mis niets van dit dossier: [zet meldingen aan].', 'pushopt'],
    ['Blij met de app? [Geef ons een review] in de App Store.', 'appreview'],
    ['Voeg ons toe als voorkeursbron in Google: [klik hier].', 'prefsource'],
    ['Liever luisteren? [Luister naar dit artikel] (5 min).', 'audio'],
    ['Praat mee op [onze eigen Mastodon-server].', 'mastoown'],
    ['Stuur dit artikel door naar wie aan de kust woont: [deel via WhatsApp].', 'sharewa'],
  ],
  he: [
    ['המנויים קראו את הכתבה הזאת כבר אתמול. [להצטרפות]', 'own'],
    ['לא רוצים לפספס? [הפעילו התראות] על הנושא.', 'pushopt'],
    ['אהבתם את האפליקציה? [דרגו אותנו בחנות].', 'appreview'],
    ['הוסיפו אותנו כמקור מועדף בגוגל: [לחצו כאן].', 'prefsource'],
    ['אין זמן לקרוא? [האזינו לכתבה].', 'audio'],
    ['שלחו את הכתבה למי שגר ליד הים: [שיתוף בוואטסאפ].', 'sharewa'],
  ],
  uk: [
    ['Передплатники прочитали цей матеріал ще вчора. [Оформити передплату]', 'own'],
    ['Не пропускайте важливого: [увімкніть сповіщення] за темою.', 'pushopt'],
    ['Подобається застосунок? [Оцініть нас у Google Play].', 'appreview'],
    ['Додайте нас до бажаних джерел у Google: [натисніть тут].', 'prefsource'],
    ['Немає часу читати? [Послухайте аудіоверсію].', 'audio'],
    ['Поділіться цим матеріалом з тими, хто живе біля моря: [надіслати в Telegram].', 'sharetg'],
  ],
  vi: [
    ['Hội viên đã đọc bài này từ hôm qua. [Đăng ký hội viên]', 'own'],
    ['Đừng bỏ lỡ tin nóng: [bật thông báo] cho chủ đề này.', 'pushopt'],
    ['Bạn thích ứng dụng? [Đánh giá chúng tôi trên App Store].', 'appreview'],
    ['Thêm báo vào nguồn ưu tiên trên Google: [nhấn vào đây].', 'prefsource'],
    ['Không có thời gian đọc? [Nghe bài viết].', 'audio'],
    ['Chia sẻ bài viết này lên [Facebook] để người thân cùng biết.', 'sharefb'],
  ],
  ko: [
    ['유료 회원은 이 기사를 어제 먼저 읽었습니다. [회원 가입하기]', 'own'],
    ['속보를 놓치지 마세요. [알림 받기]', 'pushopt'],
    ['앱이 마음에 드셨나요? [앱스토어에서 평점 남기기]', 'appreview'],
    ['[카카오톡 오픈채팅]에서 독자들과 이야기 나눠요.', 'kakaoopen'],
    ['읽을 시간이 없다면 [기사 듣기]', 'audio'],
    ['𝗡𝗘𝗪𝗦𝗟𝗘𝗧𝗧𝗘𝗥 매주 금요일 아침, [무료로 받아보기]', 'newsletter'],
  ],
};
for (const [lang, list] of Object.entries(ROUND16B_CALLS)) ROUND16_CALLS[lang] = [...(ROUND16_CALLS[lang] ?? []), ...list];

// Kickers in the page's language; English otherwise.
const FUNDED = {
  en: 'How this site is funded', es: 'Cómo nos financiamos', fr: 'Comment nous sommes financés', de: 'Wie wir uns finanzieren', pt: 'Como nos financiamos',
  it: 'Come ci finanziamo', ru: 'На что мы живём', ar: 'كيف نموّل عملنا', hi: 'हम कैसे चलते हैं', id: 'Bagaimana kami didanai', ja: '私たちの運営について',
  zh: '我们靠什么运营', tr: 'Nasıl finanse ediliyoruz', pl: 'Z czego się utrzymujemy', nl: 'Hoe wij gefinancierd worden', he: 'איך אנחנו ממומנים',
  uk: 'Як ми фінансуємося', vi: 'Chúng tôi hoạt động thế nào', ko: '우리는 어떻게 운영되나요', el: 'Πώς χρηματοδοτούμαστε', fa: 'هزینه‌های ما چطور تأمین می‌شود',
  th: 'เราอยู่ได้อย่างไร', sw: 'Jinsi tunavyofadhiliwa', bn: 'আমরা কীভাবে চলি', cs: 'Jak se financujeme', sv: 'Så finansieras vi', ro: 'Cum ne finanțăm',
  hu: 'Miből működünk', fi: 'Miten meidät rahoitetaan', da: 'Sådan er vi finansieret', no: 'Slik finansieres vi', sk: 'Ako sa financujeme', bg: 'Как се издържаме',
  hr: 'Kako se financiramo', ca: 'Com ens financem', ms: 'Bagaimana kami dibiayai', tl: 'Paano kami pinopondohan', ta: 'நாங்கள் எப்படி இயங்குகிறோம்',
  lt: 'Kaip esame finansuojami', lv: 'Kā mēs tiekam finansēti', et: 'Kuidas meid rahastatakse', sl: 'Kako se financiramo', sr: 'Како се финансирамо',
  ur: 'ہم کیسے چلتے ہیں', af: 'Hoe ons befonds word', gl: 'Como nos financiamos', az: 'Necə maliyyələşirik', mk: 'Како се финансираме',
};
const TIP = {
  en: 'Tip', es: 'Consejo', fr: 'Astuce', de: 'Tipp', pt: 'Dica', it: 'Suggerimento', ru: 'Совет', ar: 'نصيحة', hi: 'सुझाव', id: 'Tips', ja: 'ヒント', zh: '小贴士',
  tr: 'İpucu', pl: 'Wskazówka', nl: 'Tip', he: 'טיפ', uk: 'Порада', vi: 'Mẹo', ko: '팁', el: 'Συμβουλή', fa: 'نکته', th: 'เคล็ดลับ', sw: 'Dokezo', bn: 'টিপস',
  cs: 'Tip', sv: 'Tips', ro: 'Sfat', hu: 'Tipp', fi: 'Vinkki', da: 'Tip', no: 'Tips', sk: 'Tip', bg: 'Съвет', hr: 'Savjet', ca: 'Consell', ms: 'Petua', tl: 'Tip',
  ta: 'உதவிக்குறிப்பு', lt: 'Patarimas', lv: 'Padoms', et: 'Nõuanne', sl: 'Nasvet', sr: 'Савет', ur: 'مشورہ', af: 'Wenk', gl: 'Consello', az: 'Məsləhət', mk: 'Совет',
};
const NOTE = {
  en: 'Note', es: 'Nota', fr: 'Remarque', de: 'Hinweis', pt: 'Nota', it: 'Nota', ru: 'Примечание', ar: 'ملاحظة', hi: 'नोट', id: 'Catatan', ja: 'メモ', zh: '注意',
  tr: 'Not', pl: 'Uwaga', nl: 'Opmerking', he: 'הערה', uk: 'Примітка', vi: 'Lưu ý', ko: '참고', el: 'Σημείωση', fa: 'توجه', th: 'หมายเหตุ', sw: 'Kumbuka',
  bn: 'দ্রষ্টব্য', cs: 'Poznámka', sv: 'Obs', ro: 'Notă', hu: 'Megjegyzés', fi: 'Huom.', da: 'Bemærk', no: 'Merk', sk: 'Poznámka', bg: 'Забележка', hr: 'Napomena',
  ca: 'Nota', ms: 'Nota', tl: 'Paalala', ta: 'குறிப்பு', lt: 'Pastaba', lv: 'Piezīme', et: 'Märkus', sl: 'Opomba', sr: 'Напомена', ur: 'نوٹ', af: 'Let wel',
  gl: 'Nota', az: 'Qeyd', mk: 'Забелешка',
};
const kicker = (map, c) => map[c.lang] ?? map.en;

// Where a call may be cut: a place outside every tag, link and entity.
const count = (s, re) => (s.match(re) ?? []).length;
const outside = (s) => !/<[^>]*$/.test(s) && !/&[#a-z0-9]*$/i.test(s) && count(s, /<a\b/g) === count(s, /<\/a>/g);
/** The call cut in two at a space nearest its middle (where a script writes no spaces: after a comma or stop, else
 *  between two letters); the second part is empty when there is no such place. The generator compares calls without
 *  spaces, so a cut shows. */
function midCut(x) {
  const places = [];
  for (let i = 1; i < x.length - 1; i++) if (x[i] === ' ' && outside(x.slice(0, i))) places.push([i, i + 1]);
  if (places.length === 0) for (let i = 1; i < x.length - 1; i++) if (/[、。，：！？]/u.test(x[i - 1]) && outside(x.slice(0, i))) places.push([i, i]);
  if (places.length === 0) for (let i = 1; i < x.length - 1; i++) if (/[\p{L}]/u.test(x[i - 1]) && /[\p{L}]/u.test(x[i]) && outside(x.slice(0, i))) places.push([i, i]);
  if (places.length === 0) return [x, ''];
  const [at, next] = places.sort(([i], [j]) => Math.abs(i - x.length / 2) - Math.abs(j - x.length / 2))[0];
  return [x.slice(0, at), x.slice(next)];
}
/** The call cut after its first sentence (or colon, dash, comma), else at its middle. */
function sentenceCut(x) {
  for (const re of [/[?!.？！。]\s*/gu, /[:：—–]\s*/gu, /[,，、،]\s*/gu]) {
    for (const m of x.matchAll(re)) {
      const h = x.slice(0, m.index + 1);
      const b = x.slice(m.index + m[0].length);
      if (outside(h) && b.replace(/<[^>]*>/g, '').trim()) return [h, b];
    }
  }
  return midCut(x);
}
const opt = (b, make) => (b ? make(b) : '');
const vid = (c) => `${c.site.slice(0, 5)}${c.id.slice(0, 6)}`.padEnd(11, 'x').slice(0, 11);

// Containers (appended to CALL_SHAPES): [name, (x, c) => html]; c.link(to) adds a link the call's own must go with.
// "para-end…" shapes are appended to a paragraph of the text by the generator.
export const ROUND16_SHAPES = [
  ['r16-pullquote-cite-site', (x, c) => `<figure class="wp-block-pullquote is-style-solid-color"><blockquote><p>${x}</p><cite>${c.site}</cite></blockquote></figure>`],
  ['r16-video-embed-caption', (x, c) => `<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper"><iframe title="${c.site}" width="640" height="360" src="https://www.youtube-nocookie.com/embed/${vid(c)}?feature=oembed" frameborder="0" allowfullscreen></iframe></div><figcaption class="wp-element-caption">${x}</figcaption></figure>`],
  ['r16-plans-table-tfoot', (x) => `<table class="plans"><thead><tr><th>📱</th><th>📱 + 📰</th></tr></thead><tbody><tr><td>4,99 €</td><td>14,99 €</td></tr></tbody><tfoot><tr><td colspan="2">${x}</td></tr></tfoot></table>`],
  ['r16-dinkus-then-em', (x) => `<p style="text-align:center">* * *</p><p><em>${x}</em></p>`],
  ['r16-asterism-then-small', (x) => `<p class="has-text-align-center">⁂</p><p><small>${x}</small></p>`],
  ['r16-svg-title-icon-link', (x, c) => `<p>${x} <a href="${c.link('discordinvite')}" class="icon-link"><svg role="img" viewBox="0 0 24 24" width="18" height="18"><title>Discord</title><path d="M20 4H4v14h16z"/></svg></a></p>`],
  ['r16-leading-icon-img-link', (x, c) => `<p><a href="${c.link('mastoown')}" rel="me"><img src="${c.origin}/static/icons/mastodon.svg" alt="Mastodon" width="18" height="18"></a> ${x}</p>`],
  ['r16-br-mid-phrase', (x) => { const [h, b] = midCut(x); return `<p class="cta">${h}${opt(b, (t) => `<br>${t}`)}</p>`; }],
  ['r16-span-br-span', (x) => { const [h, b] = midCut(x); return `<p><span class="cta__l1">${h}</span>${opt(b, (t) => `<br><span class="cta__l2">${t}</span>`)}</p>`; }],
  ['r16-details-closed-funded', (x, c) => `<details class="wp-block-details"><summary>${kicker(FUNDED, c)}</summary><p>${x}</p></details>`],
  ['r16-ghost-toggle-card-split', (x) => { const [h, b] = sentenceCut(x); return `<div class="kg-card kg-toggle-card" data-kg-toggle-state="close"><div class="kg-toggle-heading"><h4 class="kg-toggle-heading-text"><span style="white-space: pre-wrap;">${h}</span></h4><button class="kg-toggle-card-icon" aria-label="Expand toggle to read content"><svg id="Regular" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path class="cls-1" d="M23.25,7.311,12.53,18.03a.749.749,0,0,1-1.06,0L.75,7.311"></path></svg></button></div>${opt(b, (t) => `<div class="kg-toggle-content"><p><span style="white-space: pre-wrap;">${t}</span></p></div>`)}</div>`; }],
  ['r16-details-summary-first-half', (x) => { const [h, b] = sentenceCut(x); return `<details><summary>${h}</summary>${opt(b, (t) => `<p>${t}</p>`)}</details>`; }],
  ['r16-custom-element-slots', (x, c) => `<newsletter-signup list="daily" source="article-inline"><p slot="pitch">${x}</p><form slot="form" action="${c.origin}/api/newsletter" method="post"><input type="email" name="email" required><button type="submit">→</button></form></newsletter-signup>`],
  ['r16-notion-callout', (x) => `<div class="notion-callout bg-yellow-light"><div class="notion-callout__icon">💡</div><div class="notion-callout__content"><p>${x}</p></div></div>`],
  ['r16-obsidian-callout-tip', (x, c) => `<blockquote class="callout" data-callout="tip"><div class="callout-title"><div class="callout-title-inner">${kicker(TIP, c)}</div></div><div class="callout-content"><p>${x}</p></div></blockquote>`],
  ['r16-admonition-note', (x, c) => `<div class="admonition note"><p class="admonition-title">${kicker(NOTE, c)}</p><p>${x}</p></div>`],
  ['r16-toast-role-status', (x) => `<div class="toast show" role="status" aria-live="polite" aria-atomic="true"><div class="toast-body">${x}</div></div>`],
  ['r16-sticky-bar', (x) => `<div class="sticky-cta" style="position:sticky;bottom:0;z-index:20;background:#111;color:#fff;padding:10px 16px">${x}</div>`],
  ['r16-qr-figure-caption', (x, c) => `<figure class="qr-code"><img src="${c.origin}/static/qr/${c.site}-channel.png" alt="QR" width="160" height="160"><figcaption>${x}</figcaption></figure>`],
  ['r16-footnote-asterisk', (x) => `<p class="footnote"><sup>*</sup> ${x}</p>`],
  ['r16-hr-strong-then-small', (x) => { const [h, b] = sentenceCut(x); return `<hr><p><strong>${h}</strong>${opt(b, (t) => `<br><small>${t}</small>`)}</p>`; }],
  ['r16-audio-player-caption', (x, c) => `<figure class="wp-block-audio"><audio controls preload="none" src="${c.origin}/audio/${c.id}.mp3"></audio><figcaption class="wp-element-caption">${x}</figcaption></figure>`],
  ['r16-aside-pull-right', (x) => `<aside class="alignright pull-right" style="float:right;width:35%;margin:0 0 1em 1em;font-size:1.15em;border-top:3px solid currentColor"><p>${x}</p></aside>`],
  ['para-end-r16-run-on-space', (x) => ` ${x}`],
  ['para-end-r16-run-on-em', (x) => ` <em>${x}</em>`],
  ['para-end-r16-run-on-bullet', (x) => ` • ${x}`],
];

// Targets the pools lacked (added to CALL_TARGETS): the URL of the n-th link.
const hostOf = (c) => new URL(c.origin).hostname.replace(/^www\./, '');
const enc = encodeURIComponent;
/** A code of letters a–p (as Chrome Web Store ids are), from the page's site and id. */
const letters = (c, n) => [...`${c.site}${c.id}${c.site}${c.id}${c.site}`.repeat(3)].map((ch) => String.fromCharCode(97 + (ch.charCodeAt(0) % 16))).join('').slice(0, n);
const postUrl = (c) => `${c.origin}/?p=${c.id}`;
export const ROUND16_TARGETS = {
  owngo: (c) => `${c.origin}/go/${c.pick(['discord', 'whatsapp', 'app', 'newsletter', 'telegram', 'community'])}`,
  outurl: (c) => `${c.origin}/out?url=${enc(c.pick([`https://t.me/${c.site}`, `https://discord.gg/${c.site}`, `https://www.instagram.com/${c.site}/`]))}`,
  discordinvite: (c) => `https://discord.com/invite/${c.site}${c.id.slice(0, 3)}`,
  slack: (c) => `https://join.slack.com/t/${c.site}-community/shared_invite/zt-2${c.id}-${letters(c, 22)}`,
  forum: (c) => c.pick([`https://community.${hostOf(c)}/`, `https://forum.${hostOf(c)}/latest`, `${c.origin}/community/`]),
  mastoown: (c) => `https://${c.pick(['social', 'mastodon', 'toot'])}.${hostOf(c)}/@${c.pick(['news', 'redaktion', 'newsroom'])}`,
  bskypack: (c) => `https://bsky.app/starter-pack/${c.site}.bsky.social/3l${letters(c, 11)}`,
  prefsource: (c) => `https://www.google.com/preferences/source?q=${hostOf(c)}`,
  chromeext: (c) => `https://chromewebstore.google.com/detail/${c.site}-factcheck/${letters(c, 32)}`,
  firefoxaddon: (c) => `https://addons.mozilla.org/${c.lang}/firefox/addon/${c.site}-factcheck/`,
  preorder: (c) => c.pick([`https://bookshop.org/a/${c.id.slice(0, 5)}/978${c.id}${c.id.slice(0, 4)}`, `${c.origin}/shop/books/pre-order/`]),
  webinar: (c) => c.pick([`https://us06web.zoom.us/webinar/register/WN_${letters(c, 22)}`, `https://lu.ma/${c.site}-${c.id.slice(0, 4)}`]),
  petition: (c) => c.pick([`${c.origin}/petition/`, `https://www.change.org/p/${c.site}-publish-the-report`, `https://actionnetwork.org/petitions/${c.site}`]),
  appreview: (c) => c.pick([`https://apps.apple.com/app/id1${c.id}?action=write-review`, `https://play.google.com/store/apps/details?id=com.${c.site}.android&showAllReviews=true`]),
  pushopt: (c) => `${c.origin}/${c.pick(['notifications/', 'account/alerts', 'push/subscribe?topic=story'])}`,
  sharewa: (c) => `https://wa.me/?text=${enc(postUrl(c))}`,
  sharetg: (c) => `https://t.me/share/url?url=${enc(postUrl(c))}`,
  sharefb: (c) => `https://www.facebook.com/sharer/sharer.php?u=${enc(postUrl(c))}`,
  sharex: (c) => `https://twitter.com/intent/tweet?url=${enc(postUrl(c))}&via=${c.site}`,
  sharemail: (c) => `mailto:readers@${hostOf(c)}?subject=${enc(`Article ${c.id}`)}`,
  shareweibo: (c) => `https://service.weibo.com/share/share.php?url=${enc(postUrl(c))}`,
  respond: (c) => `${postUrl(c)}#respond`,
  applink: (c) => c.pick([`https://${c.site}.app.link/${letters(c, 11)}`, `https://app.${hostOf(c)}/article/${c.id}`]),
  audio: (c) => c.pick([`${c.origin}/audio/${c.id}.mp3`, `https://cdn.${hostOf(c)}/tts/${c.id}/article.mp3`, `${c.origin}/listen/${c.id}/`]),
  adblockhelp: (c) => `${c.origin}/${c.pick(['help/adblock/', 'whitelist/', 'support/disable-adblocker'])}`,
  feedly: (c) => `https://feedly.com/i/subscription/${enc(`feed/${c.origin}/feed/`)}`,
  ghsponsors: (c) => `https://github.com/sponsors/${c.site}`,
  ytjoin: (c) => `https://www.youtube.com/channel/UC${c.id}${letters(c, 16)}/join`,
  msn: (c) => `https://www.msn.com/${c.lang}/channel/source/${c.site}/sr-vid-${letters(c, 28)}`,
  socials3: (c, n) => [`https://x.com/${c.site}`, `https://www.threads.net/@${c.site}`, `https://bsky.app/profile/${hostOf(c)}`][n] ?? `https://x.com/${c.site}`,
  maxru: (c) => `https://max.ru/${c.site}`,
  sharechat: (c) => `https://sharechat.com/profile/${c.site}`,
  yahoojp: (c) => `https://news.yahoo.co.jp/media/${c.site}`,
  lineoc: (c) => `https://line.me/ti/g2/${letters(c, 22)}`,
  kakaoopen: (c) => `https://open.kakao.com/o/g${letters(c, 7)}`,
  eitaa: (c) => `https://eitaa.com/${c.site}`,
  bale: (c) => `https://ble.ir/${c.site}`,
  rubika: (c) => `https://rubika.ir/${c.site}`,
  cafebazaar: (c) => `https://cafebazaar.ir/app/com.${c.site}.news`,
};

/** The names of this round's forms (call texts, containers, look-alikes): the scorer reports them apart. */
export const ROUND16_NAMES = new Set([
  ...Object.values(ROUND16_CALLS).flat().map(([t]) => t.replace(/[[\]]/g, '')),
  ...ROUND16_SHAPES.map(([n]) => n),
  ...Object.values(ROUND16_LOOKALIKES).flat().map(([n]) => n),
]);
