// Thirteenth calls round (session 13): written by a writer who had not seen the rules, before any rule change,
// from how calls are worded on the open web — not from any failure. Families the earlier rounds lack:
// - a reason or a compliment before the ask ("If you value independent journalism…", "Loved this?");
// - a call in a sign-off line after the author's name ("— Priya Raman reports on housing. Follow her on …");
// - two asks in one line ("Share this and follow us on X"); a question that asks ("Why not join 40,000 readers?");
// - numbers, prices, emoji and arrows; a membership, club or community and its perks;
// - feedback, surveys, news tips, events, webinars, giveaways, courses and e-books;
// - app, browser-extension and push prompts; RSS, Google News and "add us as a preferred source";
// - podcasts and live streams; "bookmark this page"; "turn off your ad blocker" / "whitelist us";
// - formal and familiar registers, verb-last sentences, and calls with no imperative at all
//   ("Our newsletter is free and lands every Monday.");
// - four page languages the generator did not have (Czech, Swedish, Romanian, Hungarian: forms-round13.mjs).
// And look-alikes: article prose that uses the same words for something else (subscriber numbers, a how-to's
// notification settings, a politician's quoted appeal, a recipe's "share among four plates", football fans
// who followed their team …, in lookalikes-round13.mjs): they must stay. The name hash splits every pool
// into its dev and held halves as always.

import { ROUND13_LOOKALIKES } from './lookalikes-round13.mjs';

export { ROUND13_LOOKALIKES };

// Per language: [text, to] as in calls.mjs ("[linked words]" marks the link, `to` a kind of CALL_TARGETS).
export const ROUND13_CALLS = {
  en: [
    ['If you value independent local reporting, [become a member] for £5 a month.', 'donate'],
    ['Loved this? There’s more where it came from — [get the Sunday letter].', 'newsletter'],
    ['— Priya Raman covers housing. Follow her on [Bluesky].', 'bluesky'],
    ['Share this with a friend and follow us on [X] for live updates.', 'x'],
    ['Why not join 40,000 readers who start the day with our briefing? [Sign up free]', 'newsletter'],
    ['👉 Members get ad-free reading, early tickets and a monthly Q&A with the editors: [see the perks]', 'own'],
    ['Tell us how we did — our two-minute reader survey is open until Friday.', 'none'],
    ['Free webinar: making sense of mortgage rates, Thursday 6 p.m. → [save your seat]', 'own'],
    ['🎁 Win a year of the print edition: [enter our giveaway] before 30 June.', 'own'],
    ['Never miss a fact-check: add our extension to your browser → [Chrome Web Store]', 'own'],
    ['Allow push notifications and we’ll tell you the moment the roads reopen.', 'none'],
    ['Prefer feeds? Everything we publish is in [our RSS feed].', 'rss'],
    ['Make us a preferred source on Google and our stories will show up first in your results.', 'none'],
    ['We go live on [YouTube] every weeknight at 9 — pull up a chair.', 'youtube'],
    ['Bookmark this page: we update it every morning as the results come in.', 'none'],
    ['Using an ad blocker? Please whitelist us — the ads pay for this reporting.', 'none'],
    ['Our newsletter is free and lands every Monday.', 'none'],
    ['Free e-book, “Ten coastal walks”, for everyone who [joins our mailing list] this month.', 'newsletter'],
    ['Spotted a mistake or know something we don’t? Use our [secure tip form].', 'contact'],
    ['New episode out now: the harbour master on 40 years of storms. [Listen on Apple Podcasts]', 'podcast'],
    ['Our six-week online course on household budgets starts 3 March — places are limited.', 'none'],
    ['Got thoughts on our new layout? [Take the survey] — it helps more than you think.', 'own'],
  ],
  es: [
    ['Si valoras el periodismo independiente, [hazte socio] desde 4 € al mes.', 'donate'],
    ['¿Te ha gustado? Compártelo y síguenos en [Instagram].', 'social'],
    ['¿Por qué no te unes a los 25.000 lectores de nuestro boletín? [Apúntate]', 'newsletter'],
    ['Nuestro boletín es gratuito y llega cada martes.', 'none'],
    ['Agréguenos como fuente preferida en Google.', 'none'],
    ['Desactiva tu bloqueador de anuncios para seguir leyendo gratis.', 'none'],
    ['Participe en nuestra encuesta de lectores: solo le llevará tres minutos.', 'none'],
    ['— Lucía Ferrer, corresponsal en Lima. Puedes escribirle a [su correo].', 'mailto'],
    ['Apúntate a nuestro taller online de fotografía: 3 sesiones, 20 €. [Reserva tu plaza]', 'own'],
    ['Permite las notificaciones y te avisamos en cuanto haya resultados.', 'none'],
  ],
  fr: [
    ['Vous avez aimé cet article ? Rejoignez les 30 000 abonnés de [notre lettre du matin].', 'newsletter'],
    ['Notre newsletter est gratuite et arrive chaque jeudi.', 'none'],
    ['Ajoutez-nous comme source préférée sur Google.', 'none'],
    ['Pensez à désactiver votre bloqueur de publicité : la pub finance nos enquêtes.', 'none'],
    ['Webinaire gratuit le 12 mars à 18 h → [je m’inscris]', 'own'],
    ['Ajoutez cette page à vos favoris, nous la mettons à jour toutes les heures.', 'none'],
    ['— Claire Dubois. Retrouve ses chroniques sur [Instagram] !', 'social'],
    ['Une question pour la rédaction ? Posez-la en commentaire, on vous répond vendredi.', 'none'],
    ['Notre émission est en direct chaque mardi à 19 h sur [Twitch].', 'social'],
  ],
  de: [
    ['Wenn Ihnen unabhängiger Journalismus etwas wert ist, [werden Sie Mitglied].', 'donate'],
    ['Unser Newsletter ist kostenlos und kommt jeden Freitag.', 'none'],
    ['Fügen Sie uns bei Google als bevorzugte Quelle hinzu.', 'none'],
    ['Bitte deaktivieren Sie Ihren Adblocker oder setzen Sie uns auf die Whitelist.', 'none'],
    ['Gewinnspiel: Zwei Karten fürs Hafenfest zu gewinnen! [Jetzt mitmachen]', 'own'],
    ['Mach mit bei unserer Leserumfrage – dauert nur drei Minuten.', 'none'],
    ['Teilen Sie den Beitrag und folgen Sie uns auf [Mastodon].', 'mastodon'],
    ['Wer keine Folge verpassen will, sollte unseren Podcast abonnieren.', 'none'],
    ['— Jana Keller, Leipzig. Schreiben Sie der Autorin: [E-Mail].', 'mailto'],
    ['Hol dir unsere Browser-Erweiterung und lies ohne Ablenkung.', 'none'],
  ],
  pt: [
    ['Se você valoriza o jornalismo independente, [apoie a gente] a partir de R$ 10 por mês.', 'donate'],
    ['Nossa newsletter é gratuita e chega toda segunda-feira.', 'none'],
    ['Adicione a gente como fonte preferencial no Google.', 'none'],
    ['Gostou? Compartilhe e siga a gente no [Instagram].', 'social'],
    ['Concorra a um ano de assinatura grátis: [participe do sorteio].', 'own'],
    ['Salve esta página nos favoritos: ela é atualizada a cada hora.', 'none'],
    ['— Ana Souza, do Recife. Siga a repórter no [Instagram].', 'social'],
    ['Que tal receber os alertas no celular? Ative as notificações push.', 'none'],
  ],
  it: [
    ['Se apprezzi il giornalismo indipendente, [diventa socio] con 5 euro al mese.', 'donate'],
    ['La nostra newsletter è gratuita e arriva ogni domenica.', 'none'],
    ['Aggiungici come fonte preferita su Google.', 'none'],
    ['Disattiva l’adblock per continuare a leggerci gratis.', 'none'],
    ['Partecipa al nostro sondaggio tra i lettori: bastano due minuti.', 'none'],
    ['Ti è piaciuto? Condividilo e seguici su [Threads].', 'social'],
    ['Iscriviti al nostro corso online di scrittura: 6 lezioni, 49 €. [Scopri di più]', 'own'],
    ['Vieni alla serata con i lettori il 14 maggio a Bologna: [prenota qui].', 'own'],
  ],
  nl: [
    ['Vind je onafhankelijke journalistiek belangrijk? [Word lid] vanaf € 5 per maand.', 'donate'],
    ['Onze nieuwsbrief is gratis en valt elke zaterdag in je mailbox.', 'none'],
    ['Voeg ons toe als voorkeursbron in Google.', 'none'],
    ['Zet je adblocker uit, dan blijft deze site gratis.', 'none'],
    ['Waarom sluit je je niet aan bij 12.000 lezers? [Schrijf je in]', 'newsletter'],
    ['Doe mee aan ons lezersonderzoek en maak kans op een boekenbon.', 'none'],
    ['— Sanne de Vries. Volg haar op [Instagram].', 'social'],
    ['Download ons gratis e-book met 20 fietsroutes → [hier]', 'own'],
  ],
  pl: [
    ['Jeśli cenisz niezależne dziennikarstwo, [zostań patronem] już od 10 zł miesięcznie.', 'donate'],
    ['Nasz newsletter jest bezpłatny i przychodzi w każdy poniedziałek.', 'none'],
    ['Dodaj nas jako preferowane źródło w Google.', 'none'],
    ['Wyłącz blokowanie reklam, aby dalej czytać za darmo.', 'none'],
    ['Podobało się? Udostępnij i obserwuj nas na [Facebooku].', 'social'],
    ['Weźcie udział w naszej ankiecie dla czytelników – to zajmie dwie minuty.', 'none'],
    ['Dlaczego nie dołączysz do 8 tysięcy czytelników naszego newslettera? [Zapisz się]', 'newsletter'],
  ],
  ru: [
    ['Если вы цените независимую журналистику, [станьте участником клуба] от 300 рублей в месяц.', 'donate'],
    ['Наша рассылка бесплатна и приходит каждую пятницу.', 'none'],
    ['Добавьте нас в предпочитаемые источники в Google.', 'none'],
    ['Отключите блокировщик рекламы, чтобы читать нас бесплатно.', 'none'],
    ['Понравилось? Поделись с друзьями и подпишись на [наш канал].', 'telegram'],
    ['Смотрите прямой эфир в четверг в 19:00 на [YouTube] и задавайте вопросы в чате.', 'youtube'],
    ['— Анна Белова. Пишите автору на [почту].', 'mailto'],
  ],
  uk: [
    ['Якщо ви цінуєте незалежну журналістику, [станьте членом клубу] від 100 гривень на місяць.', 'donate'],
    ['Наша розсилка безкоштовна і приходить щопонеділка.', 'none'],
    ['Додайте нас до пріоритетних джерел у Google.', 'none'],
    ['Пройдіть коротке опитування для читачів — це займе дві хвилини.', 'none'],
    ['Дивіться наш прямий ефір щовечора о 21:00 на [YouTube].', 'youtube'],
    ['Сподобалося? Поширте матеріал і підпишіться на наш [Telegram].', 'telegram'],
  ],
  tr: [
    ['Bağımsız gazeteciliğe değer veriyorsan [üyemiz ol], ayda yalnızca 50 TL.', 'donate'],
    ['Bültenimiz ücretsizdir ve her pazartesi e-posta kutunuza gelir.', 'none'],
    ['Bizi Google’da tercih edilen kaynak olarak ekleyin.', 'none'],
    ['Reklam engelleyicinizi kapatarak bize destek olabilirsiniz.', 'none'],
    ['Bu haberi paylaş, bizi de [X]’te takip et!', 'x'],
    ['Okur anketimize katılmak yalnızca iki dakikanızı alır.', 'none'],
    ['— Elif Yılmaz, Ankara. Yazarı [Instagram]’da takip edebilirsiniz.', 'social'],
  ],
  id: [
    ['Kalau kamu menghargai jurnalisme independen, [jadi anggota] mulai Rp20.000 per bulan.', 'donate'],
    ['Newsletter kami gratis dan terbit setiap Senin pagi.', 'none'],
    ['Tambahkan kami sebagai sumber pilihan di Google.', 'none'],
    ['Matikan ad blocker Anda agar kami tetap bisa menyajikan berita gratis.', 'none'],
    ['Ikuti webinar gratis kami Kamis pukul 19.00 WIB → [daftar di sini]', 'own'],
    ['Suka artikel ini? Yuk bagikan dan follow [Instagram] kami!', 'social'],
  ],
  vi: [
    ['Nếu bạn trân trọng báo chí độc lập, hãy [trở thành hội viên] chỉ với 50.000 đồng mỗi tháng.', 'donate'],
    ['Bản tin của chúng tôi miễn phí và được gửi vào mỗi sáng thứ Hai.', 'none'],
    ['Thêm chúng tôi làm nguồn ưu tiên trên Google.', 'none'],
    ['Vui lòng tắt trình chặn quảng cáo để tiếp tục đọc miễn phí.', 'none'],
    ['Xem livestream của chúng tôi lúc 20 giờ tối nay trên [YouTube].', 'youtube'],
  ],
  ar: [
    ['إذا كنت تقدّر الصحافة المستقلة، [انضم إلى عضويتنا] بخمسة دولارات شهريًا.', 'donate'],
    ['نشرتنا البريدية مجانية وتصلكم كل يوم أحد.', 'none'],
    ['أضيفونا كمصدر مفضّل على Google.', 'none'],
    ['يرجى تعطيل مانع الإعلانات لمواصلة القراءة مجانًا.', 'none'],
    ['هل أعجبك التقرير؟ شاركه وتابعنا على [إكس].', 'x'],
    ['— سارة الخطيب، بيروت. تابعوا الكاتبة على [إنستغرام].', 'social'],
  ],
  he: [
    ['אם חשובה לכם עיתונות עצמאית, [הצטרפו למועדון החברים] ב-20 ש״ח בחודש.', 'donate'],
    ['הניוזלטר שלנו חינמי ומגיע בכל יום חמישי.', 'none'],
    ['כבו את חוסם הפרסומות כדי להמשיך לקרוא בחינם.', 'none'],
    ['הוסיפו אותנו כמקור מועדף ב-Google.', 'none'],
  ],
  fa: [
    ['اگر روزنامه‌نگاری مستقل برایتان ارزش دارد، [عضو باشگاه خوانندگان شوید].', 'donate'],
    ['خبرنامه ما رایگان است و هر شنبه به دستتان می‌رسد.', 'none'],
    ['لطفاً مسدودکننده تبلیغات را خاموش کنید.', 'none'],
    ['پخش زنده ما را هر شب ساعت نه در [یوتیوب] تماشا کنید.', 'youtube'],
  ],
  hi: [
    ['अगर आप स्वतंत्र पत्रकारिता को महत्व देते हैं, तो सिर्फ़ 99 रुपये महीने में [हमारे सदस्य बनें]।', 'donate'],
    ['हमारा न्यूज़लेटर मुफ़्त है और हर सोमवार सुबह आपके इनबॉक्स में आता है।', 'none'],
    ['गूगल पर हमें पसंदीदा स्रोत के रूप में जोड़ें।', 'none'],
    ['कृपया अपना ऐड ब्लॉकर बंद करें, विज्ञापन ही हमारी पत्रकारिता का खर्च उठाते हैं।', 'none'],
  ],
  bn: [
    ['স্বাধীন সাংবাদিকতাকে মূল্য দিলে [আমাদের সদস্য হোন], মাসে মাত্র ১০০ টাকা।', 'donate'],
    ['আমাদের নিউজলেটার বিনামূল্যে, প্রতি রবিবার সকালে পৌঁছে যায়।', 'none'],
    ['গুগলে আমাদের পছন্দের সূত্র হিসেবে যোগ করুন।', 'none'],
    ['অনুগ্রহ করে অ্যাড ব্লকার বন্ধ করুন।', 'none'],
  ],
  th: [
    ['ถ้าคุณเห็นคุณค่าของสื่ออิสระ [สมัครสมาชิก] เดือนละ 99 บาท', 'donate'],
    ['จดหมายข่าวของเราฟรี ส่งถึงคุณทุกเช้าวันจันทร์', 'none'],
    ['กรุณาปิดตัวบล็อกโฆษณาเพื่ออ่านต่อฟรี', 'none'],
    ['ชมไลฟ์สดของเราทุกคืนวันศุกร์ทาง [YouTube]', 'youtube'],
  ],
  ko: [
    ['독립 언론을 응원하신다면 [후원 회원이 되어 주세요]. 월 5,000원부터 가능합니다.', 'donate'],
    ['뉴스레터는 무료이며 매주 월요일 아침에 발송됩니다.', 'none'],
    ['광고 차단 프로그램을 꺼 주시면 무료 기사를 계속 제공할 수 있습니다.', 'none'],
    ['기사가 마음에 드셨나요? 공유하고 [인스타그램]도 팔로우해 주세요.', 'social'],
    ['독자 설문에 참여하시면 추첨을 통해 커피 쿠폰을 드립니다.', 'none'],
    ['매주 목요일 저녁 8시 [유튜브] 라이브에서 만나요!', 'youtube'],
  ],
  ja: [
    ['独立した報道を大切に思う方は、[メンバー登録]をお願いします（月額500円）。', 'donate'],
    ['ニュースレターは無料で、毎週月曜の朝に届きます。', 'none'],
    ['広告ブロッカーを無効にしていただけると助かります。', 'none'],
    ['このページをブックマークしておくと、更新をすぐ確認できます。', 'none'],
    ['毎週金曜20時から[YouTube]でライブ配信中です。', 'youtube'],
    ['アンケートにご協力いただいた方の中から抽選で10名様にギフト券をプレゼント。', 'none'],
  ],
  zh: [
    ['如果你重视独立新闻，[成为会员]，每月只需20元。', 'donate'],
    ['我们的简报免费，每周一早上送达。', 'none'],
    ['请关闭广告拦截插件，广告收入支持我们的报道。', 'none'],
    ['收藏本页，我们会持续更新最新进展。', 'none'],
    ['喜欢这篇文章？转发给朋友，再关注我们的[微博]吧。', 'weibo'],
    ['参加读者调查，就有机会赢取一年会员。', 'none'],
  ],
  el: [
    ['Αν εκτιμάτε την ανεξάρτητη δημοσιογραφία, [γίνετε μέλος] με 4 ευρώ τον μήνα.', 'donate'],
    ['Το newsletter μας είναι δωρεάν και έρχεται κάθε Δευτέρα.', 'none'],
    ['Απενεργοποιήστε το πρόγραμμα αποκλεισμού διαφημίσεων για να συνεχίσετε.', 'none'],
    ['Προσθέστε μας ως προτιμώμενη πηγή στο Google.', 'none'],
  ],
  sw: [
    ['Kama unathamini uandishi huru wa habari, [kuwa mwanachama] kwa shilingi 500 kwa mwezi.', 'donate'],
    ['Jarida letu ni bure na hufika kila Jumatatu asubuhi.', 'none'],
    ['Tafadhali zima kizuia matangazo ili uendelee kusoma bure.', 'none'],
    ['Tazama matangazo yetu ya moja kwa moja kila Ijumaa kwenye [YouTube].', 'youtube'],
  ],
  cs: [
    ['Pokud si ceníte nezávislé žurnalistiky, [staňte se členem] už od 99 Kč měsíčně.', 'donate'],
    ['Náš newsletter je zdarma a chodí každé pondělí ráno.', 'none'],
    ['Sledujte nás na [Facebooku] a sdílejte článek s přáteli.', 'social'],
    ['Vypněte prosím blokování reklam, abyste mohli číst dál zdarma.', 'none'],
    ['Přidejte si nás jako preferovaný zdroj na Googlu.', 'none'],
    ['Stáhni si naši aplikaci: [App Store] | [Google Play]', 'apps'],
  ],
  sv: [
    ['Om du värdesätter oberoende journalistik, [bli medlem] för 49 kronor i månaden.', 'donate'],
    ['Vårt nyhetsbrev är gratis och kommer varje söndag.', 'none'],
    ['Följ oss på [Instagram] och dela gärna artikeln.', 'social'],
    ['Stäng av din annonsblockerare så kan vi fortsätta vara gratis.', 'none'],
    ['Prenumerera på vår podd där du lyssnar.', 'none'],
    ['Ladda ner vår app: [App Store] | [Google Play]', 'apps'],
  ],
  ro: [
    ['Dacă prețuiești jurnalismul independent, [devino membru] cu 20 de lei pe lună.', 'donate'],
    ['Newsletterul nostru este gratuit și ajunge în fiecare luni dimineață.', 'none'],
    ['Urmărește-ne pe [Facebook] și distribuie articolul prietenilor.', 'social'],
    ['Dezactivați blocarea reclamelor pentru a citi în continuare gratuit.', 'none'],
    ['Adaugă-ne ca sursă preferată în Google.', 'none'],
    ['Descarcă aplicația noastră: [App Store] | [Google Play]', 'apps'],
  ],
  hu: [
    ['Ha fontos neked a független újságírás, [légy a támogatónk] havi 1000 forinttól.', 'donate'],
    ['Hírlevelünk ingyenes, és minden hétfő reggel megérkezik.', 'none'],
    ['Kövess minket a [Facebookon], és oszd meg a cikket a barátaiddal!', 'social'],
    ['Kérjük, kapcsolja ki a reklámblokkolót.', 'none'],
    ['A Google Hírekben is követhetsz minket.', 'none'],
    ['Töltsd le az alkalmazásunkat: [App Store] | [Google Play]', 'apps'],
  ],
};

/** The names of this round's forms (call texts, look-alikes): the scorer reports them apart. */
export const ROUND13_NAMES = new Set([
  ...Object.values(ROUND13_CALLS).flat().map(([t]) => t.replace(/[[\]]/g, '')),
  ...Object.values(ROUND13_LOOKALIKES).flat().map(([n]) => n),
]);
