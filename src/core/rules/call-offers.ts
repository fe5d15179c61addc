// What a call offers, for call-lexicon.ts's OFFERS (as stems, anywhere at a word start): notifications, comments, the newsletter,
// the app, a channel, this article, not missing anything, journalism, a survey, an ad blocker to turn off, the reader's friends …
// in the languages we read, '|'-joined. Kept apart from the lexicon's logic: it is data, and the longest list of it.

// An ad blocker: what a call asks to turn off (a device's instructions turn off anything else).
export const AD_BLOCKERS = 'adblock|ad ?-?blocker|werbeblocker|bloqueador de anuncios|bloqueur de pub|αποκλεισμού διαφημίσεων|広告ブロッ|广告拦截|광고 차단|блокировщик рекламы|блокувальник реклами|ตัวบล็อกโฆษณา|חוסם הפרסומות|חוסם פרסומות|حجب الإعلانات|مانع الإعلانات|مانع إعلانات|whitelist|liste blanche|lista blanca';

/** What a call offers, '|'-joined stems. */
export const CALL_OFFERS =
  'notif|[ck]omm?ent|newsl|apli|channel|[ck]anal|канал|art[iíy][ckg]|not[ií]c|powiadom|melding|reactie|bildirim|yorum|haber|alert|стать|статт|лайк|вподоб|लेख|チャンネル|제보|nachricht|p[oó]dcast|подкаст|push|miss|perd|manqu|verpass|пропуст|χάν|χάσ|przegap|kaçır|ketinggal|bỏ lỡ|错过|journalis|पत्रकारिता|jurnalis|periodis|báo chí|الصحاف|' +
    'नोटिफिकेशन|कमेंट|चैनल|(?:ال)?إشعار|(?:ال)?تنبيه|تعليق|(?:ال)?قناة|المقال|thông báo|bình luận|bản tin|ứng dụng|kênh|bài viết|' +
    '本文|この記事|情報提供|提供线索|新闻线索|爆料|ข่าวนี้|บทความนี้|通知|コメント|アプリ|ニュースレター|メルマガ|記事|评论|留言|频道|订阅|简报|文章|ポッドキャスト|播客|팟캐스트|알림|댓글|뉴스레터|앱|채널|기사|התראות|תגובות|ניוזלטר|אפליקציה|ערוץ|כתבה|עדכונ|' +
    'thoughts|hear from you|views(?![\\p{L}])|opini|meinung|mening|мнени|думк|görüş|pendapat|ý kiến|رأي|דעת|राय|মতামত|ความเห็น|意見|意见|의견|γνώμ|' +
    'न्यूज़लेटर|न्यूजलेटर|ऐप|নিউজলেটার|অ্যাপ|মন্তব্য|จดหมายข่าว|แอป|คอมเมนต์|episod|épisod|aflevering|odcin|выпуск|випуск|bölüm|bülten|uygulama|programu|σχόλι|εφαρμογ|' +
    'this (?:story|post|piece|page)|inbox|rss|feeds?(?![\\p{L}])|' +
    // An ad blocker to turn off; a survey or a giveaway to enter; a webinar; not missing anything ("pour ne rater aucune vidéo").
    // (Not the bell: a how-to's "tap the bell icon" names it as often as a call does.)
    `${AD_BLOCKERS}|` +
    'フォロー|チャンネル登録|購読|팔로우|구독|关注|' +
    'survey|giveaway|umfrage|gewinnspiel|encuesta|sorteo|sondaggio|ankiet|anket|çekiliş|khảo sát|lezersonderzoek|опитуван|アンケート|抽選|问卷|抽奖|설문|' +
    'nyhetsbrev|nyhedsbrev|uutiskir|sovellu|ilmoitu|aplikac|upozorn|oznámen|hírlev|alkalmaz|értesít|buletin|бюлетин|приложени|известия|обавијест|obavijest|butlletí|pemberitahuan|செய்திமடல்|செயலி|சேனல்|அறிவிப்பு|கருத்து|' +
    'webinar|webinai|kanav|kanál|csatorn|patron|mécène|mecenas|förderer|fördermitglied|меценат|патрон|تطبيق|застосун|appen(?![\\p{L}])|вебинар|вебінар|ενημερωτικ|preferred source|voorkeursbron|sursă preferată|sursa preferata|bevorzugte quelle|source préférée|fuente preferida|fonte preferida|fonte preferita|preferowane źródło|предпочитаем|tercih edilen kaynak|rater|subscri|suscri|abonn|donat|spende|nieuwsbrief|bolet|خبرنامه|مطلب|دیدگاه|اعلان|уведомл|сповіщ|рассылк|розсилк|แจ้งเตือน|บทความ|ความคิดเห็น|makala|maoni|arifa|jarida|' +
    // Notifications where the stems above miss them (Macedonian, Azerbaijani, Greek, Norwegian, Swedish, Bengali).
    'известув|bildiriş|ειδοποι|varsling|varsler|aviseringar|notiser|বিজ্ঞপ্তি|নোটিফিকেশন|' +
    // Journalism where "journalis" misses it (a gift's or a subscription's cause), a digest; and the reader's colleagues, whom a share call names too.
    // The print edition, the home screen, LINE's friend-add, a German "Abo".
    'print edition|printausgabe|édition papier|edición impresa|edizione cartacea|wydanie papierow|печатн(?:ый|ое|ая) (?:выпуск|издани|верси)|друкован|basılı say|έντυπη έκδοσ|紙の新聞|纸质版|종이 신문|العدد المطبوع|home screen|startbildschirm|écran d\'accueil|pantalla de inicio|schermata home|友だち追加|友達追加|abo(?!\\p{L})|abbonament|prenumerat|подписк|передплат|' +
    'giornalis|jornalis|dziennikarstw|žurnalisti|журналисти|журналісти|gazetecili|δημοσιογραφ|ジャーナリズム|עיתונות|újságír|ziarist|(?:daily|weekly|morning|evening|sunday|monthly) (?:digest|briefing|round-?up)|' +
    'our communit|nostra communit|nostra comunit|notre communaut|nuestra comunid|nossa comunid|unsere communit|unserer communit|naszej społeczno|nasz[aą] społeczno|наше(?:м|му)? сообществ|нашої спільнот|нашу спільнот|topluluğumuz|' +
    'colleague|kolleg|collègue|collega|colega|коллег|колег|' +
    'naujien|pranešim|straipsn|nuomon|jaunum|lietotn|paziņojum|viedokl|uudiskir|rakendus|teavitus|arvamus|novic|obvestil|članek|članku|mnenj|' +
    'коментар|коммент|чланак|чланк|вест|обавештењ|چینل|نیوز لیٹر|ایپ|تبصر|اطلاع|مضمون|nuusbrief|kennisgewing|kanaal|' +
    // Whom a share call names, the reader's friends; a gift and journalism where a stem missed them. (Not the social networks: a
    // story's topic as often as a call's place, "Soziale Ängste", "… auch nicht Social Media geöffnet".)
    'friend|amig|amis|amie|freund|vriend|przyjaci|друз|приятел|пријател|prijatel|přátel|priatel|draug|sõbr|barát|prieten|arkadaş|dostlar|ystäv|venn|vänn|vänner|φίλ|bạn bè|teman|rakan|kaibigan|marafiki|दोस्त|मित्र|বন্ধু|நண்பர|دوست|أصدقا|친구|surat berita|' +
    'शेयर|सदस्यता|donac|donaci|novinarstv|новинарств|' +
    // This article and notifications where the stems above miss them (Czech and Slovak, Croatian and Serbian in Latin letters,
    // Greek), a Bengali share, a Chinese app's "client".
    'člán|članak|člank|άρθρ|obavještenj|obaveštenj|শেয়ার|客户端|' +
    // A subscription in Czech and Slovak ("Objednat předplatné").
    'předplat|predplat';

/**
 * Platforms by name, as stems ("Instagramissa", "Telegram-каналі", "ফেসবুক পেজে"): where a call sends the reader, said in words.
 * A run-on sentence that speaks as us and names one asks the reader there ("Seuraa meitä myös Instagramissa!").
 */
export const PLATFORM_NAMES =
  'facebook|instagram|youtube|tiktok|telegram|whatsapp|twitter|linkedin|threads|flipboard|pinterest|snapchat|bluesky|mastodon|reddit|discord|' +
  'viber|spotify|deezer|patreon|substack|twitch|kakao|zalo|wechat|weibo|google news|apple news|' +
  'фейсбук|телеграм|ютуб|инстаграм|вконтакт|ватсап|вайбер|тикток|дзен|' +
  'تيليغرام|تلغرام|تليجرام|فيسبوك|فيس بوك|يوتيوب|انستغرام|إنستغرام|واتساب|تويتر|' +
  'טלגרם|פייסבוק|יוטיוב|אינסטגרם|וואטסאפ|' +
  'फ़ेसबुक|फेसबुक|यूट्यूब|इंस्टाग्राम|व्हाट्सऐप|व्हाट्सएप|टेलीग्राम|ফেসবুক|ইউটিউব|টেলিগ্রাম|হোয়াটসঅ্যাপ|' +
  'เฟซบุ๊ก|เฟสบุ๊ก|ยูทูบ|ติ๊กต๊อก|微信|微博|抖音|公众号|视频号|카카오톡|유튜브|페이스북|인스타그램|텔레그램|フェイスブック|ユーチューブ|インスタ|ティックトック';
