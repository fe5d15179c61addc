// Round 14 of the call pools (session 14), written BLIND: the writer opened nothing under src/ or tests/, read no
// per-item score output and tuned nothing on percentages; the phrasings come from how newsrooms, blogs and shops
// word these things on the open web, not from any failure or rule. What is new here:
// - a sentence that starts as the article's own closing prose and turns into an ask ("That's all from the harbour
//   this week — if this helped, a coffee keeps the lights on");
// - statements of fact about the publication's channels, with no verb of asking ("The full interview is on our
//   YouTube channel", "Our podcast is on every app", "Ещё больше новостей — в нашем Telegram-канале");
// - tip lines and reader-witness requests by WhatsApp number, SMS keywords ("Text HARBOUR to 60777"), the
//   Russian-language "found a typo? select it and press Ctrl+Enter", paywall meters and gift-article notes,
//   print-edition and home-delivery offers, the publication's shop, reader events and trips, reader surveys,
//   home-screen installs, Apple News, a link-in-bio page, QR codes in the paper, thumbs-up feedback;
// - ALL CAPS calls, emoji-led calls (📩 👉 🔔), calls with the publication's brackets (【お知らせ】);
// - ten languages the pools had none of (fi, da, no, sk, bg, hr, ca, ms, tl, ta: page languages in
//   forms-round14.mjs) and more for the thin ones (vi, uk, fa, he, bn, sw, el, th);
// - containers the earlier rounds did not use (ROUND14_SHAPES, appended to CALL_SHAPES): an inline-styled border
//   box, the last item of a fact list, a fieldset's legend, a details element whose summary is the call, a
//   two-cell table with an icon, <address>, a bold kicker and a dash, an h4 kicker over a paragraph, a photo's
//   caption after its credit, a run-on after an em dash inside a paragraph of the text (no break), Elementor's
//   call-to-action widget, a block editor's media-and-text block, a span styled in capitals;
// - targets the pools lacked (ROUND14_TARGETS, added to CALL_TARGETS): Facebook, VK, a wa.me tip number, an SMS
//   link, the site's shop, events, surveys, print subscriptions, Apple News, Linktree, Bilibili.
// And look-alikes that must stay (lookalikes-round14.mjs). The name hash splits every pool as always.
import { ROUND14_LOOKALIKES } from './lookalikes-round14.mjs';

export { ROUND14_LOOKALIKES };

// Per language: [text, to] as in calls.mjs ("[linked words]" marks the link, `to` a kind of CALL_TARGETS).
export const ROUND14_CALLS = {
  en: [
    ['That’s all from the harbour this week — if this helped you, a coffee keeps the lights on: [ko-fi.com]', 'tip'],
    ['The full interview with the harbour master is on our [YouTube channel].', 'youtube'],
    ['Our podcast, The Tide, is on every app — just search for it wherever you listen.', 'none'],
    ['Text HARBOUR to 60777 and we’ll send flood warnings straight to your phone.', 'none'],
    ['No smartphone? [Text NEWS to 60777] and the morning headlines come by SMS.', 'sms'],
    ['YOU’VE READ 3 OF YOUR 5 FREE ARTICLES THIS MONTH. [UNLOCK UNLIMITED ACCESS]', 'own'],
    ['Gift this article: subscribers can send ten free stories a month to anyone they like.', 'none'],
    ['Caught up in the flooding? We want to hear from you — send photos and your story to our [WhatsApp tip line].', 'wame'],
    ['The tote bag with our 1921 masthead is back in stock at [the shop].', 'shop'],
    ['Get the paper delivered: the Saturday print edition is £2.50 a week with [home delivery].', 'print'],
    ['Add us to your home screen — in Safari, tap Share, then “Add to Home Screen” — and we open like an app.', 'none'],
    ['Five quick questions about how you read us: [the reader survey] closes on Sunday.', 'survey'],
    ['📩 Sign-ups for the Harbour Files, our investigations letter, close at midnight.', 'none'],
    ['Join us live: Harbour Futures, an evening with our reporters, 14 May at the Corn Exchange. [Tickets]', 'events'],
    ['Scan the QR code in today’s paper to unlock a month of digital access for £1.', 'none'],
    ['This newsletter is reader-supported. Paid members keep it free for the 30,000 people who can’t pay — [upgrade here].', 'own'],
    ['🔔 Follow this story: tap the bell and we’ll alert you when the verdict comes in.', 'none'],
    ['Questions about the new bins? Pop them in the comments and our reporter will answer the best ones on Friday.', 'none'],
    ['We’re on Apple News too — [add us to your favourites].', 'applenews'],
    ['Newsletter, podcast, socials: all our links live in one place — [linktr.ee].', 'linktree'],
    ['Did this explainer help? Tap 👍 or 👎 below — it tells us what to write next.', 'none'],
  ],
  es: [
    ['Eso es todo por hoy. Si te ha sido útil, un café nos ayuda a seguir: [invítanos a uno].', 'tip'],
    ['La entrevista completa está en nuestro canal de [YouTube].', 'youtube'],
    ['¿Fuiste testigo de lo ocurrido? Mándanos tus fotos y vídeos al [WhatsApp de la redacción].', 'wame'],
    ['RECIBE LAS ALERTAS DE ÚLTIMA HORA EN TU MÓVIL: [ACTIVAR]', 'own'],
    ['Has leído 4 de tus 5 artículos gratuitos de este mes. [Suscríbete por 1 € el primer mes]', 'own'],
    ['La edición impresa del domingo, en tu casa: [suscripción en papel].', 'print'],
  ],
  fr: [
    ['C’est tout pour aujourd’hui — si cet article vous a été utile, un petit geste nous permet de continuer : [nous soutenir].', 'donate'],
    ['L’intégralité de l’entretien est à retrouver sur notre chaîne [YouTube].', 'youtube'],
    ['Notre podcast est disponible sur toutes les plateformes d’écoute.', 'none'],
    ['Témoin d’un événement ? Envoyez-nous vos photos sur notre [WhatsApp].', 'wame'],
    ['Affiches, tasses et le tote bag « Une » : la boutique du journal a rouvert, [c’est par ici].', 'shop'],
    ['Offrez cet article : les abonnés peuvent partager dix articles par mois.', 'none'],
  ],
  de: [
    ['Das war’s für heute – wenn Ihnen der Text geholfen hat, freuen wir uns über [einen Kaffee].', 'tip'],
    ['Das ganze Interview gibt es auf unserem [YouTube-Kanal].', 'youtube'],
    ['Unseren Podcast gibt es überall, wo es Podcasts gibt.', 'none'],
    ['Sie waren vor Ort? Schicken Sie uns Ihre Fotos per [WhatsApp].', 'wame'],
    ['Die Zeitung auch gedruckt: vier Wochen Wochenendausgabe für 9,90 € – [jetzt testen].', 'print'],
    ['Leserreise mit der Redaktion nach Rügen, 12. bis 15. September. [Alle Infos und Anmeldung]', 'events'],
  ],
  pt: [
    ['Por hoje é só. Se este texto foi útil, um cafezinho ajuda a manter o site no ar: [contribua].', 'donate'],
    ['A entrevista completa está no nosso canal no [YouTube].', 'youtube'],
    ['As notícias do dia no seu celular: é só entrar no nosso [canal do WhatsApp].', 'whatsapp'],
    ['Presenteie um amigo com esta reportagem — assinantes podem liberar cinco matérias por mês.', 'none'],
  ],
  ja: [
    ['今日はここまで。記事が役に立ったら、[サポート]で応援していただけるとうれしいです。', 'donate'],
    ['インタビューの全編は公式[YouTubeチャンネル]で公開中です。', 'youtube'],
    ['【お知らせ】LINEで友だち登録すると、毎朝7時に主要ニュースが届きます。', 'none'],
    ['ご意見・ご感想はコメント欄へどうぞ。', 'none'],
    ['本紙の紙面は[デジタル版]でもお読みいただけます。初月無料。', 'own'],
    ['情報提供はこちらまで → [ニュース提供フォーム]', 'contact'],
  ],
  zh: [
    ['今天就聊到这里。如果这篇文章对你有帮助，欢迎[打赏]支持我们继续写下去。', 'tip'],
    ['完整采访视频已上传至我们的[B站账号]。', 'bilibili'],
    ['欢迎在评论区留言，说说你的看法。', 'none'],
    ['点击右上角“…”，把本文分享到朋友圈。', 'none'],
    ['本报纸质版现已开放订阅，全年仅需298元。[立即订阅]', 'print'],
  ],
  ko: [
    ['오늘은 여기까지입니다. 기사가 도움이 되셨다면 [커피 한 잔]으로 응원해 주세요.', 'tip'],
    ['인터뷰 전체 영상은 [유튜브 채널]에서 보실 수 있습니다.', 'youtube'],
    ['카카오톡 채널을 추가하시면 매일 아침 주요 뉴스를 보내 드립니다. [채널 추가]', 'kakao'],
    ['제보는 카카오톡에서 ‘하버뉴스’를 검색하세요.', 'none'],
    ['기자 구독 버튼을 누르시면 새 기사를 알림으로 받아보실 수 있습니다.', 'none'],
  ],
  ar: [
    ['هذا كل شيء لليوم. إن أفادك هذا التقرير، فدعمك البسيط يبقينا مستقلين: [ادعمنا].', 'donate'],
    ['المقابلة كاملة متاحة على قناتنا في [يوتيوب].', 'youtube'],
    ['هل كنت شاهدًا على الحادث؟ أرسل لنا صورك ومقاطعك عبر [واتساب].', 'wame'],
    ['حمّل تطبيقنا لتصلك الأخبار العاجلة لحظة بلحظة.', 'none'],
    ['شاركونا آراءكم في التعليقات أدناه.', 'none'],
  ],
  ru: [
    ['Нашли опечатку? Выделите её и нажмите Ctrl+Enter.', 'none'],
    ['Ещё больше новостей — в нашем [Telegram-канале].', 'telegram'],
    ['Полную версию интервью смотрите на нашем канале в [VK Видео].', 'vk'],
    ['Вот и всё на сегодня. Если материал был полезен, поддержите редакцию [любой суммой].', 'donate'],
    ['Есть новость? Пишите в наш бот: [@harbour_news_bot].', 'telegram'],
  ],
  uk: [
    ['Знайшли помилку? Виділіть її та натисніть Ctrl+Enter.', 'none'],
    ['Усі головні новини дня — щовечора в нашому [Telegram].', 'telegram'],
    ['Повне інтерв’ю — на нашому [YouTube-каналі].', 'youtube'],
    ['Зробіть внесок у незалежну журналістику — [через банку Monobank].', 'donate'],
    ['Маєте історію, яку варто розповісти? Напишіть нам у [Viber].', 'viber'],
    ['Друкована версія газети виходить щочетверга — передплата на [пошті або онлайн].', 'print'],
  ],
  vi: [
    ['Mời quý độc giả theo dõi [kênh Zalo] của báo để nhận tin nhanh nhất.', 'zalo'],
    ['Độc giả có thể gửi thông tin, hình ảnh về hộp thư [toà soạn].', 'mailto'],
    ['Video đầy đủ buổi phỏng vấn được đăng trên kênh [YouTube] của chúng tôi.', 'youtube'],
    ['Tải ứng dụng của báo để đọc tin không quảng cáo và nhận thông báo tin nóng.', 'none'],
    ['BẤM THEO DÕI ĐỂ KHÔNG BỎ LỠ TIN TỨC MỚI NHẤT!', 'none'],
    ['Bạn nghĩ gì về quy định mới? Hãy để lại bình luận bên dưới.', 'none'],
  ],
  fa: [
    ['نسخه کامل این گفت‌وگو در کانال [یوتیوب] ما منتشر شده است.', 'youtube'],
    ['خبرهای فوری را زودتر از همه در [کانال تلگرام] ما بخوانید.', 'telegram'],
    ['شما هم شاهد این حادثه بودید؟ عکس‌ها و ویدیوهای خود را از طریق [واتس‌اپ] برای ما بفرستید.', 'wame'],
    ['نظرتان درباره این طرح چیست؟ در بخش نظرات بنویسید.', 'none'],
    ['اپلیکیشن ما را نصب کنید تا اعلان خبرهای مهم را دریافت کنید.', 'none'],
    ['نسخه چاپی روزنامه هر پنجشنبه به در خانه شما می‌رسد: [اشتراک نسخه چاپی].', 'print'],
  ],
  he: [
    ['הראיון המלא עלה לערוץ ה[יוטיוב] שלנו.', 'youtube'],
    ['הורידו את האפליקציה וקבלו התראה על כל מבזק.', 'none'],
    ['יש לכם סיפור? כתבו לנו ב[ווטסאפ] – אנחנו קוראים הכול.', 'wame'],
    ['מה דעתכם? ספרו לנו בתגובות.', 'none'],
    ['העיתון המודפס מגיע עד הבית בסופי שבוע – [להצטרפות למנוי].', 'print'],
    ['👈 כל הכתבות שלנו גם ב[פייסבוק].', 'facebook'],
  ],
  bn: [
    ['পুরো সাক্ষাৎকারটি দেখুন আমাদের [ইউটিউব চ্যানেলে]।', 'youtube'],
    ['আপনার এলাকার খবর পাঠাতে আমাদের [হোয়াটসঅ্যাপ নম্বরে] বার্তা দিন।', 'wame'],
    ['সর্বশেষ খবর পেতে আমাদের [ফেসবুক পেজ] ফলো করুন।', 'facebook'],
    ['আপনার মতামত জানান কমেন্টে।', 'none'],
    ['ছাপা পত্রিকার গ্রাহক হতে [এখানে ক্লিক করুন]।', 'print'],
  ],
  sw: [
    ['Mahojiano kamili yanapatikana kwenye chaneli yetu ya [YouTube].', 'youtube'],
    ['Tuma habari na picha zako kwetu kupitia [WhatsApp].', 'wame'],
    ['Pakua programu yetu upate habari mpya kila saa.', 'none'],
    ['Una maoni kuhusu habari hii? Tuandikie kwenye sehemu ya maoni.', 'none'],
    ['Gazeti letu la kuchapishwa sasa linapatikana kwa usajili wa mwezi: [jiunge].', 'print'],
  ],
  el: [
    ['Ολόκληρη η συνέντευξη είναι διαθέσιμη στο κανάλι μας στο [YouTube].', 'youtube'],
    ['Ακολουθήστε το κανάλι μας στο Viber για να μαθαίνετε πρώτοι τα νέα.', 'none'],
    ['Στείλτε μας τις φωτογραφίες σας μέσω [WhatsApp].', 'wame'],
    ['Τι πιστεύετε; Γράψτε μας στα σχόλια.', 'none'],
    ['Η έντυπη έκδοση της Κυριακής έρχεται στο σπίτι σας με [συνδρομή].', 'print'],
    ['Αυτά για σήμερα. Αν σας φάνηκε χρήσιμο, στηρίξτε μας με [μια μικρή δωρεά].', 'donate'],
  ],
  th: [
    ['ชมคลิปสัมภาษณ์ฉบับเต็มได้ที่ช่อง [YouTube] ของเรา', 'youtube'],
    ['แอดไลน์ของเราเพื่อรับข่าวด่วนก่อนใคร [เพิ่มเพื่อน]', 'line'],
    ['แสดงความคิดเห็นของคุณได้ที่ช่องด้านล่าง', 'none'],
    ['มีเบาะแสข่าว ส่งมาที่ [อีเมลกองบรรณาธิการ]', 'mailto'],
  ],
  fi: [
    ['Tilaa uutiskirjeemme, niin saat päivän tärkeimmät uutiset joka aamu sähköpostiisi.', 'none'],
    ['Seuraa meitä [Instagramissa].', 'social'],
    ['Lataa sovelluksemme ja ota uutishälytykset käyttöön.', 'none'],
    ['Kerro mielipiteesi kommenteissa!', 'none'],
    ['Onko sinulla uutisvinkki? Lähetä se [toimitukselle].', 'mailto'],
    ['Koko haastattelu on katsottavissa [YouTube-kanavallamme].', 'youtube'],
  ],
  da: [
    ['Tilmeld dig vores nyhedsbrev og få dagens vigtigste historier hver morgen.', 'none'],
    ['Følg os på [Facebook] for de seneste nyheder.', 'facebook'],
    ['Hent vores app og få besked, når der sker noget.', 'none'],
    ['Har du et tip? Skriv til [redaktionen].', 'mailto'],
    ['Bliv abonnent og læs alle artikler – første måned koster 1 krone. [Køb abonnement]', 'own'],
    ['Avisen udkommer også på papir: få den leveret hver lørdag med [weekendabonnement].', 'print'],
  ],
  no: [
    ['Meld deg på nyhetsbrevet vårt – det er gratis.', 'none'],
    ['Følg oss på [Instagram].', 'social'],
    ['Last ned appen vår og få pushvarsler om store nyheter.', 'none'],
    ['Har du tips til en sak? Send oss en melding på [e-post].', 'mailto'],
    ['Hele intervjuet ligger på [YouTube-kanalen] vår.', 'youtube'],
    ['Vil du støtte lokal journalistikk? [Bli abonnent i dag].', 'own'],
  ],
  sk: [
    ['Prihláste sa na odber nášho newslettera a dostávajte najdôležitejšie správy každé ráno.', 'none'],
    ['Sledujte nás na [Facebooku].', 'facebook'],
    ['Stiahnite si našu aplikáciu a zapnite si upozornenia.', 'none'],
    ['Máte tip na článok? Napíšte nám na [redakčný e-mail].', 'mailto'],
    ['Podporte nezávislú žurnalistiku [ľubovoľnou sumou].', 'donate'],
    ['Celý rozhovor nájdete na našom [YouTube kanáli].', 'youtube'],
  ],
  bg: [
    ['Последвайте ни в [Telegram] за най-бързите новини.', 'telegram'],
    ['Абонирайте се за нашия бюлетин и получавайте най-важното всяка сутрин.', 'none'],
    ['Изтеглете приложението ни и включете известията.', 'none'],
    ['Имате сигнал? Пишете ни на [имейла на редакцията].', 'mailto'],
    ['Открихте грешка? Маркирайте текста и натиснете Ctrl+Enter.', 'none'],
    ['Харесайте страницата ни във [Facebook].', 'facebook'],
  ],
  hr: [
    ['Pratite nas na [Facebooku] i budite uvijek informirani.', 'facebook'],
    ['Preuzmite našu aplikaciju i uključite obavijesti.', 'none'],
    ['Prijavite se na naš newsletter i primajte najvažnije vijesti svako jutro.', 'none'],
    ['Imate dojavu? Javite nam se na [WhatsApp].', 'wame'],
    ['Podijelite članak s prijateljima!', 'none'],
    ['Cijeli intervju pogledajte na našem [YouTube kanalu].', 'youtube'],
  ],
  ca: [
    ['Segueix-nos a [X] per estar al dia.', 'x'],
    ['Subscriu-te al nostre butlletí i rep les notícies cada matí.', 'none'],
    ['Descarrega’t l’app i activa les notificacions.', 'none'],
    ['Tens una notícia? Escriu-nos a [la redacció].', 'mailto'],
    ['Fes-te subscriptor i llegeix sense límits. [Subscriu-t’hi]', 'own'],
    ['Comparteix aquest article amb qui vulguis.', 'none'],
  ],
  ms: [
    ['Ikuti kami di [Telegram] untuk berita terkini.', 'telegram'],
    ['Sertai saluran WhatsApp kami untuk mendapatkan berita terus ke telefon anda.', 'none'],
    ['Muat turun aplikasi kami dan hidupkan notifikasi.', 'none'],
    ['Kongsikan artikel ini kepada rakan dan keluarga anda.', 'none'],
    ['Ada maklumat atau aduan? Hubungi kami melalui [WhatsApp].', 'wame'],
    ['Langgan sekarang untuk akses penuh ke semua artikel. [Langgan]', 'own'],
  ],
  tl: [
    ['I-follow ang aming [Facebook page] para sa mga pinakabagong balita.', 'facebook'],
    ['Mag-subscribe sa aming YouTube channel at pindutin ang bell icon.', 'none'],
    ['I-download ang aming app para sa breaking news alerts.', 'none'],
    ['Ano ang masasabi mo? I-comment sa ibaba!', 'none'],
    ['May sumbong o balita ka? I-message kami sa [Viber].', 'viber'],
    ['Ibahagi ang balitang ito sa iyong mga kaibigan.', 'none'],
  ],
  ta: [
    ['எங்கள் [வாட்ஸ்அப் சேனலில்] இணையுங்கள்.', 'whatsapp'],
    ['எங்கள் யூடியூப் சேனலை சப்ஸ்கிரைப் செய்யுங்கள்.', 'none'],
    ['செய்திகளை உடனுக்குடன் பெற எங்கள் செயலியைப் பதிவிறக்குங்கள்.', 'none'],
    ['உங்கள் கருத்துகளைக் கீழே பதிவிடுங்கள்.', 'none'],
    ['இந்தச் செய்தியை நண்பர்களுடன் பகிருங்கள்.', 'none'],
  ],
};

// A generic kicker before a call, in the page's language ("Before you go — …", "One more thing"); English otherwise.
const BEFORE_YOU_GO = {
  en: 'Before you go', es: 'Antes de irte', fr: 'Avant de partir', de: 'Bevor Sie gehen', pt: 'Antes de sair', it: 'Prima di andare',
  ru: 'Прежде чем уйти', ar: 'قبل أن تغادر', hi: 'जाने से पहले', id: 'Sebelum pergi', ja: '最後に', zh: '最后', tr: 'Gitmeden önce',
  pl: 'Zanim pójdziesz', nl: 'Voordat je gaat', he: 'לפני שאתם הולכים', uk: 'Перш ніж піти', vi: 'Trước khi bạn đi', ko: '잠깐만요',
  el: 'Πριν φύγετε', fa: 'پیش از رفتن', th: 'ก่อนไป', sw: 'Kabla hujaondoka', bn: 'যাওয়ার আগে', cs: 'Než odejdete', sv: 'Innan du går',
  ro: 'Înainte să pleci', hu: 'Mielőtt továbblépne', fi: 'Ennen kuin lähdet', da: 'Inden du går', no: 'Før du går', sk: 'Kým odídete',
  bg: 'Преди да тръгнете', hr: 'Prije nego što odete', ca: 'Abans de marxar', ms: 'Sebelum anda pergi', tl: 'Bago ka umalis', ta: 'போகும் முன்',
};
const ONE_MORE_THING = {
  en: 'One more thing', es: 'Una cosa más', fr: 'Encore une chose', de: 'Noch etwas', pt: 'Mais uma coisa', it: 'Un’ultima cosa',
  ru: 'И ещё', ar: 'شيء أخير', hi: 'एक बात और', id: 'Satu lagi', ja: 'もうひとつ', zh: '还有一件事', tr: 'Bir şey daha', pl: 'Jeszcze jedno',
  nl: 'Nog één ding', he: 'ועוד דבר', uk: 'І ще', vi: 'Thêm một điều', ko: '하나 더', el: 'Κάτι ακόμα', fa: 'یک نکته دیگر', th: 'อีกเรื่อง',
  sw: 'Jambo moja zaidi', bn: 'আরেকটি কথা', cs: 'Ještě jedna věc', sv: 'En sak till', ro: 'Încă ceva', hu: 'Még valami',
  fi: 'Vielä yksi asia', da: 'En ting mere', no: 'En ting til', sk: 'Ešte jedna vec', bg: 'И още нещо', hr: 'Još nešto',
  ca: 'Una cosa més', ms: 'Satu perkara lagi', tl: 'Isa pa', ta: 'இன்னொரு விஷயம்',
};
const label = (map, c) => map[c.lang] ?? map.en;

// Containers (appended to CALL_SHAPES): [name, (x, c) => html]; c.link(to) adds a link the call's own must go with.
// "para-end…" shapes are appended to a paragraph of the text by the generator.
export const ROUND14_SHAPES = [
  ['r14-div-inline-border', (x) => `<div style="border:1px solid #d0d0d0;border-radius:6px;padding:14px 18px;margin:24px 0;background:#fafafa">${x}</div>`],
  ['r14-ul-facts-last-item', (x) => `<ul class="key-facts"><li>📍 40 m</li><li>📅 2025</li><li>💶 12 000 000 €</li><li>${x}</li></ul>`],
  ['r14-fieldset-legend', (x, c) => `<form class="newsletter-signup" action="${c.origin}/newsletter/subscribe" method="post"><fieldset><legend>${x}</legend><input type="email" name="email" autocomplete="email" required> <button type="submit">OK</button></fieldset></form>`],
  ['r14-details-summary-is-call', (x) => `<details class="signup-toggle"><summary>${x}</summary><p><input type="email" placeholder="@"> <button type="button">✓</button></p></details>`],
  ['r14-table-icon-cell', (x, c) => `<table class="promo-row" role="presentation"><tbody><tr><td width="48"><img src="${c.origin}/static/icons/envelope-48.png" width="48" height="48" alt=""></td><td>${x}</td></tr></tbody></table>`],
  ['r14-address', (x) => `<address class="newsroom-contact">${x}</address>`],
  ['r14-bold-kicker-dash', (x, c) => `<p><strong>${label(BEFORE_YOU_GO, c)}</strong> — ${x}</p>`],
  ['r14-h4-kicker-p', (x, c) => `<h4>${label(ONE_MORE_THING, c)}</h4><p>${x}</p>`],
  ['r14-figcaption-after-credit', (x, c) => `<figure class="wp-block-image size-large"><img src="${c.origin}/wp-content/uploads/2024/06/harbour-wall-storm-1024x683.jpg" alt="" width="1024" height="683"><figcaption>© ${c.site.toUpperCase()} / J. Moreau. ${x}</figcaption></figure>`],
  ['para-end-r14-emdash-run-on', (x) => ` — ${x}`],
  ['r14-elementor-cta', (x, c) => `<div class="elementor-element elementor-widget elementor-widget-call-to-action"><div class="elementor-widget-container"><div class="elementor-cta"><div class="elementor-cta__content"><div class="elementor-cta__description elementor-content-item">${x}</div><div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button" href="${c.link('own')}">→</a></div></div></div></div></div>`],
  ['r14-media-text-block', (x, c) => `<div class="wp-block-media-text is-stacked-on-mobile"><figure class="wp-block-media-text__media"><img src="${c.origin}/wp-content/uploads/2024/03/app-mockup.png" alt="" width="300" height="300"></figure><div class="wp-block-media-text__content"><p>${x}</p></div></div>`],
  ['r14-span-styled-caps', (x) => `<p><span style="text-transform:uppercase;letter-spacing:.08em;font-weight:700">${x}</span></p>`],
];

// Targets the pools lacked (added to CALL_TARGETS): the URL of the n-th link.
const hostOf = (c) => new URL(c.origin).hostname.replace(/^www\./, '');
export const ROUND14_TARGETS = {
  facebook: (c) => `https://www.facebook.com/${c.site}`,
  vk: (c) => `https://vkvideo.ru/@${c.site}`,
  // A tip line by WhatsApp number: nothing in the URL names the site.
  wame: (c) => `https://wa.me/4477009${c.id.slice(0, 5)}`,
  sms: (c) => `sms:${c.id.slice(0, 5)}?body=${c.site.toUpperCase()}`,
  shop: (c) => c.pick([`${c.origin}/shop/`, `https://shop.${hostOf(c)}/`, `https://${c.site}.myshopify.com/collections/all`]),
  events: (c) => c.pick([`${c.origin}/events/`, `https://www.eventbrite.com/o/${c.site}-${c.id}`]),
  survey: (c) => c.pick([`https://${c.site}.typeform.com/to/${c.id}`, `https://forms.gle/${c.id}${c.site.slice(0, 3)}`, `${c.origin}/survey/`]),
  print: (c) => `${c.origin}/${c.pick(['print-subscription/', 'abo/print', 'suscripcion-impresa/', 'shop/print-edition'])}`,
  applenews: (c) => `https://apple.news/T${c.id}${c.site.slice(0, 4)}`,
  linktree: (c) => `https://linktr.ee/${c.site}`,
  bilibili: (c) => `https://space.bilibili.com/${c.id}`,
};

/** The names of this round's forms (call texts, containers, look-alikes): the scorer reports them apart. */
export const ROUND14_NAMES = new Set([
  ...Object.values(ROUND14_CALLS).flat().map(([t]) => t.replace(/[[\]]/g, '')),
  ...ROUND14_SHAPES.map(([n]) => n),
  ...Object.values(ROUND14_LOOKALIKES).flat().map(([n]) => n),
]);
