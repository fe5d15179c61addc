// Session 15's look-alikes (round 15, written BLIND: nothing under src/, tests/ or docs/ was opened, no scorer was run
// and no per-item score read). Article prose that uses the words, numbers and links of this round's calls for the
// article's own purpose, and must stay: a ministry urging residents to subscribe to heat alerts, police asking for
// dashcam footage on 101, a regulator's SMS keyword, a question that opens a paragraph ("Want to know why the bridge
// closed?"), a how-to's "Download the installer, then…", a calendar tutorial that says "Subscribe from web", reviews of
// podcast apps and newsletters, a coach's quoted "Follow the plan", a court's Telegram bot and PayPal.me link,
// histories of patrons and pirate radio, a forum answer about feeds, captions, a fact box with the electoral
// commission's link, a fundraiser cited with its page, a study cited with its DOI. Several sit in the containers this
// round's calls use (an alert box, hgroup, list items, an editor's-note blockquote — here a correction — a figure
// caption, an aside). [name, html]; per language, the English ones on every page; forty-four languages. The name hash
// splits them into dev and held halves as always.
const P = (t) => `<p>${t}</p>`;
const cap = (t, img = 'street-2024-03') => `<figure class="wp-block-image"><img src="/wp-content/uploads/2024/03/${img}.jpg" alt="" width="1024" height="683"><figcaption>${t}</figcaption></figure>`;
const alert = (t) => `<div class="alert alert-warning" role="alert">${t}</div>`;
const list = (items) => `<ul>${items.map((t) => `<li>${t}</li>`).join('')}</ul>`;
const fact = (h, t) => `<aside class="factbox"><h4>${h}</h4><p>${t}</p></aside>`;
export const ROUND15_LOOKALIKES = {
  en: [
    ['r15-ministry-heat-alerts', P('The ministry urged older residents to subscribe to its heat alerts after three people died in the city during last July’s heatwave.')],
    ['r15-police-dashcam-101', P('Police asked anyone with dashcam footage of the crash to call 101 and quote incident 442 of 3 March.')],
    ['r15-regulator-sms-stop', P('Customers can text STOP to 60123 to leave the scheme, the regulator said, but many say they never received the first message.')],
    ['r15-question-opens-paragraph', P('Want to know why the bridge closed? So did the 300 people who packed the community hall on Monday night.')],
    ['r15-howto-installer-then', P('Download the installer, then run it with the “Repair” box ticked: the old drivers are removed before the new ones go in.')],
    ['r15-tutorial-calendar-subscribe', P('In Outlook, choose Add calendar, then Subscribe from web, and paste the address of the league’s fixtures feed.')],
    ['r15-review-newsletter-best-part', P('The app’s weekly newsletter is the best thing about it: a plain list of the trails that reopened, with no upsell.')],
    ['r15-review-podcast-apps', P('Pocket Casts remains our pick on Android, although its new subscription tier now locks the web player behind a paywall.')],
    ['r15-quote-coach-follow-plan', P('“Follow the plan and trust each other,” the coach told his players before the final, according to the captain.')],
    ['r15-court-telegram-bot', P('Prosecutors said the two men ran a Telegram bot that sold forged vaccination certificates for £50 each.')],
    ['r15-court-paypal-me', P('The court heard that he asked victims to send the “release fee” to a PayPal.me link in his brother’s name.')],
    ['r15-history-lifeboat-patrons', P('In the 1890s the lifeboat was paid for by patrons who each gave a guinea a year; their names were painted on the boathouse wall.')],
    ['r15-history-pirate-radio', P('Listeners were told to tune to 259 metres, and by 1965 the pirate station claimed seven million of them.')],
    ['r15-forum-answer-feed', P('If you only want new episodes, paste the feed URL into your podcast app by hand instead of searching for the show — the search index lags by a few days.')],
    ['r15-caption-mailing-list', cap('Volunteers ask shoppers to sign up for the repair café’s mailing list. Photo: K. Osei')],
    ['r15-caption-qr-timetable', cap('A QR code at the bus stop takes riders to the live timetable. Photo: M. Ito', 'bus-stop-qr')],
    ['r15-factbox-register-vote', fact('How to register to vote', 'Fill in the form on <a href="https://www.electoralcommission.org.uk/i-am-a/voter/register-vote">the Electoral Commission’s site</a> or ask the town hall for a paper copy. The deadline is 14 April.')],
    ['r15-fundraiser-cited', P('The appeal has raised £18,000 on <a href="https://www.justgiving.com/crowdfunding/northbay-lifeboat-roof">its JustGiving page</a>, the crew said on Sunday.')],
    ['r15-study-doi-cited', P('A study in <a href="https://doi.org/10.1016/j.envres.2024.118321">Environmental Research</a> found that flood alerts reached only half of the households at risk.')],
    ['r15-threads-ceo-quote', P('The chief executive posted on Threads that the outage was “fully resolved”, three hours before the app came back.')],
    ['r15-alert-box-update', alert('<strong>Update, 6 March:</strong> The council has since confirmed that the vote will be held on 12 March.')],
    ['r15-hgroup-section-head', '<hgroup><h3>Why the ferry stopped running</h3><p>The operator’s licence lapsed in January, records show.</p></hgroup>'],
    ['r15-list-parking-app-steps', list(['Open the parking app and choose “Zones”.', 'Tap the bay number shown on the sign and confirm.'])],
    ['r15-blockquote-correction', '<blockquote class="editor-note"><p><strong>Correction:</strong> An earlier version of this article gave the wrong date for the council vote. It is on 12 March.</p></blockquote>'],
    ['r15-rowing-club-membership', P('Membership of the rowing club, which costs £40 a year, has doubled since the Olympics, its secretary said.')],
    ['r15-inquiry-comments-submitted', P('More than 2,000 comments were submitted to the planning inquiry, most of them objecting to the height of the towers.')],
    ['r15-app-price-review', P('The app is free on iOS and Android, but the offline maps cost £2.99 a month once the trial ends.')],
    ['r15-recipe-join-dough', P('Join the two halves of the dough with wet fingers and pinch the seam shut before the second rise.')],
    ['r15-obituary-church-bell', P('She rang the church bell every Sunday for forty years and taught half the village to read music.')],
    ['r15-config-comment-section', P('Scroll to the comment section at the end of the config file and remove the hash in front of the line that starts with “listen”.')],
    ['r15-podcast-origin-story', P('The podcast began in 2016 as a weekly phone call between two retired ferry captains, recorded on a dictaphone.')],
    ['r15-family-whatsapp-appeal', P('The family has set up a WhatsApp number for anyone who saw Daniel on the night he disappeared, and police have urged people to use it.')],
    ['r15-review-subscription-price', P('A subscription costs £6.99 a month and the annual plan saves about a fifth; there is no free tier.')],
    ['r15-quote-payphone-tips', P('“We used to get our tips on a payphone outside the newsroom,” recalled the paper’s former editor, now 91.')],
    ['r15-postal-vote-qr', P('Scan the QR code on the ballot envelope to check that your postal vote has been counted.')],
    ['r15-caption-patreon-illustrator', cap('The illustrator, who funds her comics through Patreon, at work in her studio in Leith. Photo: R. Baird', 'studio-leith')],
    ['r15-library-newsletter-scoop', P('The library’s monthly newsletter, read by 9,000 people, first reported the plan to close the branch on Sundays.')],
    ['r15-linkedin-fake-recruiter', P('The “recruiter” contacted him on LinkedIn with a job that did not exist, according to the charge sheet.')],
    ['r15-aside-hotline-factbox', fact('Where to get help', 'The council’s flood line, 0300 123 4567, is staffed around the clock; the Red Cross runs a rest centre at the leisure centre.')],
  ],
  es: [
    ['r15-es-aemet-avisos', P('La Aemet pidió a los vecinos de la costa que se suscribieran a sus avisos por calor antes del fin de semana.')],
    ['r15-es-tutorial-instalador', P('Descarga el instalador, ábrelo con permisos de administrador y sigue los pasos hasta reiniciar el equipo.')],
    ['r15-es-cita-entrenador', P('«Seguid el plan y confiad en el compañero», les dijo el entrenador a sus jugadores antes de la final.')],
  ],
  fr: [
    ['r15-fr-prefecture-canicule', P('La préfecture a invité les personnes âgées à s’inscrire sur le registre canicule de leur mairie.')],
    ['r15-fr-rectificatif', '<blockquote class="editor-note"><p><strong>Rectificatif :</strong> une version précédente de cet article indiquait une date erronée pour le conseil municipal.</p></blockquote>'],
    ['r15-fr-histoire-abonnes-radio', P('En 1936, les auditeurs de Radio-Cité étaient invités à écrire à la station ; elle recevait 3 000 lettres par semaine.')],
  ],
  de: [
    ['r15-de-polizei-zeugen', P('Die Polizei bittet Zeugen, die den Unfall beobachtet haben, sich unter der Telefonnummer 0421 362-3888 zu melden.')],
    ['r15-de-anleitung-kalender', P('In Thunderbird wählen Sie „Neuer Kalender“, dann „Im Netzwerk“, und fügen die Adresse des Spielplans ein.')],
    ['r15-de-verein-mitglieder', P('Der Ruderverein zählt inzwischen 412 Mitglieder; der Jahresbeitrag liegt bei 60 Euro.')],
  ],
  pt: [
    ['r15-pt-defesa-civil-cadastro', P('A Defesa Civil orientou os moradores a cadastrar o celular para receber os alertas, enviando o CEP para o número 40199.')],
    ['r15-pt-tutorial-instalador', P('Baixe o instalador, execute-o como administrador e reinicie o computador ao final.')],
  ],
  it: [
    ['r15-it-protezione-civile', P('La Protezione civile ha invitato i cittadini a iscriversi al servizio di allerta via SMS del Comune.')],
    ['r15-it-didascalia-volontari', cap('Volontari distribuiscono volantini per il mercatino del riuso. Foto: G. Bassi')],
  ],
  ru: [
    ['r15-ru-politsiya-svideteli', P('Полиция просит очевидцев ДТП, у которых есть записи видеорегистраторов, позвонить по номеру 102.')],
    ['r15-ru-sud-telegram-bot', P('По версии следствия, обвиняемые через Telegram-бот продавали поддельные справки по 5 тысяч рублей.')],
    ['r15-ru-instruktsiya-kalendar', list(['Откройте календарь и выберите «Добавить по URL».', 'Вставьте адрес расписания матчей и нажмите «Подписаться».'])],
  ],
  ja: [
    ['r15-ja-keisatsu-mokugeki', P('警察は、事故を目撃した人やドライブレコーダーの映像を持つ人に情報提供を呼びかけている。')],
    ['r15-ja-setsumei-install', P('インストーラーをダウンロードしたら、管理者として実行し、画面の指示に従って再起動する。')],
  ],
  zh: [
    ['r15-zh-jingfang-xiansuo', P('警方呼吁目击者或持有行车记录仪视频的市民拨打110提供线索。')],
    ['r15-zh-fayuan-gongzhonghao', P('法院查明，被告人通过一个微信公众号招揽“投资者”，涉案金额达两千万元。')],
  ],
  ko: [
    ['r15-ko-gyeongchal-jebo', P('경찰은 사고 장면이 담긴 블랙박스 영상을 가진 시민의 제보를 기다린다고 밝혔다.')],
    ['r15-ko-review-app', P('앱은 무료지만 오프라인 지도는 체험 기간이 끝나면 월 3,900원을 내야 한다.')],
  ],
  ar: [
    ['r15-ar-wizara-tanbihat', P('دعت وزارة الصحة كبار السن إلى الاشتراك في خدمة التنبيهات من موجات الحر بعد وفاة ثلاثة أشخاص الصيف الماضي.')],
    ['r15-ar-shurta-shuhud', P('طلبت الشرطة من كل من شاهد الحادث الاتصال بالرقم 999 والإدلاء بما لديه من معلومات.')],
  ],
  hi: [
    ['r15-hi-police-apil', P('पुलिस ने हादसे के चश्मदीदों से अपील की है कि वे हेल्पलाइन 112 पर संपर्क करें।')],
    ['r15-hi-vidhi-installer', P('इंस्टॉलर डाउनलोड करें, फिर उसे एडमिनिस्ट्रेटर के रूप में चलाएँ और कंप्यूटर रीस्टार्ट करें।')],
  ],
  id: [
    ['r15-id-bmkg-peringatan', P('BMKG mengimbau warga pesisir untuk mengaktifkan peringatan dini cuaca di aplikasi InfoBMKG menjelang akhir pekan.')],
    ['r15-id-sidang-telegram', P('Jaksa menyebut para terdakwa menjual sertifikat vaksin palsu melalui sebuah bot Telegram.')],
  ],
  tr: [
    ['r15-tr-afad-uyari', P('AFAD, kıyı kesimindeki vatandaşlardan uygulama üzerinden erken uyarı bildirimlerini açmalarını istedi.')],
    ['r15-tr-polis-tanik', P('Polis, kazayı gören ya da araç kamerasında görüntüsü olanların 155’i aramasını istedi.')],
  ],
  pl: [
    ['r15-pl-rcb-alert', P('Rządowe Centrum Bezpieczeństwa wysłało alert do mieszkańców trzech powiatów, apelując o nieopuszczanie domów.')],
    ['r15-pl-poradnik-kalendarz', P('W Kalendarzu Google wybierz „Inne kalendarze”, potem „Z adresu URL”, i wklej adres terminarza ligi.')],
  ],
  nl: [
    ['r15-nl-politie-getuigen', P('De politie vraagt getuigen met dashcambeelden van het ongeluk om te bellen met 0900-8844.')],
    ['r15-nl-recensie-app', P('De app is gratis, maar voor de offline kaarten betaal je na de proefperiode 2,99 euro per maand.')],
  ],
  he: [
    ['r15-he-mishtara-edim', P('המשטרה מבקשת מעדים לתאונה שברשותם צילומי מצלמת רכב לפנות למוקד 100.')],
    ['r15-he-pikud-haoref', P('פיקוד העורף קרא לתושבים להתקין את היישומון ולהפעיל התראות לאזור מגוריהם.')],
  ],
  uk: [
    ['r15-uk-politsiya-svidky', P('Поліція просить свідків ДТП, які мають записи з відеореєстраторів, зателефонувати на номер 102.')],
    ['r15-uk-istoriya-radio', P('У 1930-х слухачів закликали писати листи до радіостанції, і щотижня вона отримувала тисячі відгуків.')],
  ],
  vi: [
    ['r15-vi-cong-an-nhan-chung', P('Công an đề nghị ai chứng kiến vụ tai nạn hoặc có video từ camera hành trình liên hệ số 113.')],
    ['r15-vi-huong-dan-cai-dat', P('Tải bộ cài đặt về, chạy với quyền quản trị rồi khởi động lại máy để hoàn tất.')],
  ],
  el: [
    ['r15-el-politiki-prostasia', P('Η Πολιτική Προστασία ζήτησε από τους κατοίκους να ενεργοποιήσουν τις ειδοποιήσεις του 112 στα κινητά τους.')],
    ['r15-el-istoria-syndromites', P('Το 1910 η εφημερίδα χάριζε ημερολόγιο σε κάθε νέο συνδρομητή, και η κυκλοφορία της διπλασιάστηκε.')],
  ],
  fa: [
    ['r15-fa-polis-shahed', P('پلیس از شاهدان این تصادف خواست با شماره ۱۱۰ تماس بگیرند.')],
    ['r15-fa-amoozesh-nasb', P('فایل نصب را دانلود کنید، آن را با دسترسی مدیر اجرا کنید و سپس رایانه را دوباره راه‌اندازی کنید.')],
  ],
  th: [
    ['r15-th-tamruat-phayan', P('ตำรวจขอให้ผู้ที่เห็นเหตุการณ์หรือมีภาพจากกล้องหน้ารถติดต่อสายด่วน 191')],
    ['r15-th-review-app', P('แอปนี้ใช้ฟรี แต่แผนที่ออฟไลน์ต้องจ่ายเดือนละ 99 บาทหลังหมดช่วงทดลองใช้')],
  ],
  sw: [
    ['r15-sw-polisi-mashahidi', P('Polisi wamewaomba mashahidi wa ajali hiyo kupiga simu namba 112 kutoa taarifa.')],
    ['r15-sw-historia-redio', P('Katika miaka ya 1960, wasikilizaji waliombwa kuandika barua kwa kituo hicho cha redio, na kilipokea maelfu kila wiki.')],
  ],
  bn: [
    ['r15-bn-police-anurodh', P('দুর্ঘটনার প্রত্যক্ষদর্শীদের ৯৯৯ নম্বরে যোগাযোগ করার অনুরোধ জানিয়েছে পুলিশ।')],
    ['r15-bn-nirdeshona-installer', P('ইনস্টলারটি ডাউনলোড করে অ্যাডমিন হিসেবে চালান, তারপর কম্পিউটার রিস্টার্ট দিন।')],
  ],
  cs: [
    ['r15-cs-policie-svedci', P('Policie žádá svědky nehody, kteří mají záznam z palubní kamery, aby zavolali na linku 158.')],
    ['r15-cs-navod-kalendar', P('V Kalendáři Google zvolte „Další kalendáře“, pak „Z adresy URL“ a vložte adresu rozpisu zápasů.')],
  ],
  sv: [
    ['r15-sv-polisen-vittnen', P('Polisen ber vittnen med bilder från krocken att ringa 114 14.')],
    ['r15-sv-recension-nyhetsbrev', P('Appens veckobrev är det bästa med den: en enkel lista över lederna som har öppnat igen.')],
  ],
  ro: [
    ['r15-ro-isu-ro-alert', P('ISU a trimis un mesaj RO-Alert locuitorilor din zonele inundabile, cerându-le să nu se deplaseze.')],
    ['r15-ro-ghid-instalare', P('Descărcați programul de instalare, rulați-l ca administrator și reporniți calculatorul la final.')],
  ],
  hu: [
    ['r15-hu-rendorseg-tanuk', P('A rendőrség arra kéri a baleset szemtanúit, hogy hívják a 112-es segélyhívót.')],
    ['r15-hu-tortenet-elofizetok', P('1912-ben a lap minden új előfizetőnek falinaptárt adott, és egy év alatt megduplázta példányszámát.')],
  ],
  fi: [
    ['r15-fi-poliisi-silminnakijat', P('Poliisi pyytää silminnäkijöitä, joilla on kojelautakameran tallenteita, soittamaan vihjepuhelimeen.')],
    ['r15-fi-ohje-kalenteri', P('Valitse kalenterissa ”Lisää kalenteri”, sitten ”URL-osoitteesta”, ja liitä sarjan otteluohjelman osoite.')],
  ],
  da: [
    ['r15-da-politiet-vidner', P('Politiet beder vidner med dashcam-optagelser af ulykken om at ringe på 114.')],
    ['r15-da-historie-abonnenter', P('I 1920’erne fik hver ny abonnent en almanak, og oplaget voksede med en tredjedel.')],
  ],
  no: [
    ['r15-no-politiet-vitner', P('Politiet ber vitner som har videoopptak fra ulykken, om å ringe 02800.')],
    ['r15-no-anmeldelse-app', P('Appen er gratis, men frakoblede kart koster 39 kroner i måneden etter prøveperioden.')],
  ],
  sk: [
    ['r15-sk-policia-svedkovia', P('Polícia žiada svedkov nehody, ktorí majú záznam z palubnej kamery, aby volali na číslo 158.')],
    ['r15-sk-navod-instalacia', P('Stiahnite si inštalačný súbor, spustite ho ako správca a potom reštartujte počítač.')],
  ],
  bg: [
    ['r15-bg-mvr-svideteli', P('МВР призова свидетели на катастрофата, които имат записи от видеорегистратор, да се обадят на 112.')],
    ['r15-bg-istoriya-abonati', P('През 1910 г. вестникът подарявал календар на всеки нов абонат и тиражът му се удвоил.')],
  ],
  hr: [
    ['r15-hr-policija-svjedoci', P('Policija moli svjedoke nesreće koji imaju snimke s kamere u automobilu da nazovu 192.')],
    ['r15-hr-recenzija-aplikacija', P('Aplikacija je besplatna, ali izvanmrežne karte nakon probnog razdoblja stoje 2,99 eura mjesečno.')],
  ],
  ca: [
    ['r15-ca-proteccio-civil', P('Protecció Civil ha demanat als veïns de la costa que activin les alertes al mòbil abans del temporal.')],
    ['r15-ca-tutorial-calendari', P('Al calendari, tria «Afegeix un calendari», després «Des d’un URL», i enganxa l’adreça del calendari de partits.')],
  ],
  ms: [
    ['r15-ms-polis-saksi', P('Polis meminta saksi kemalangan yang mempunyai rakaman kamera papan pemuka menghubungi talian 999.')],
    ['r15-ms-panduan-pemasang', P('Muat turun pemasang, jalankan sebagai pentadbir, kemudian mulakan semula komputer.')],
  ],
  tl: [
    ['r15-tl-pulis-saksi', P('Nanawagan ang pulisya sa mga saksi na may kuha ng dashcam na tumawag sa 911.')],
    ['r15-tl-kasaysayan-radyo', P('Noong dekada 1960, hinihikayat ang mga tagapakinig na sumulat sa istasyon, at libu-libong liham ang dumarating bawat linggo.')],
  ],
  ta: [
    ['r15-ta-kaavalthurai-saatchi', P('விபத்தை நேரில் பார்த்தவர்கள் 100 என்ற எண்ணில் தொடர்பு கொள்ளுமாறு காவல்துறை கேட்டுக்கொண்டுள்ளது.')],
    ['r15-ta-vazhikaatti-niruvu', P('நிறுவியைப் பதிவிறக்கி, நிர்வாகியாக இயக்கி, பின்னர் கணினியை மறுதொடக்கம் செய்யுங்கள்.')],
  ],
  lt: [
    ['r15-lt-policija-liudininkai', P('Policija prašo eismo įvykio liudininkų, turinčių vaizdo registratoriaus įrašų, skambinti numeriu 112.')],
    ['r15-lt-apzvalga-programele', P('Programėlė nemokama, tačiau pasibaigus bandomajam laikotarpiui neprisijungus veikiantys žemėlapiai kainuoja 2,99 euro per mėnesį.')],
  ],
  lv: [
    ['r15-lv-policija-liecinieki', P('Policija aicina negadījuma aculieciniekus, kuriem ir videoreģistratora ieraksti, zvanīt uz tālruni 110.')],
    ['r15-lv-vesture-abonenti', P('1925. gadā laikraksts katram jaunajam abonentam dāvināja kalendāru, un tirāža gada laikā dubultojās.')],
  ],
  et: [
    ['r15-et-politsei-tunnistajad', P('Politsei palub õnnetuse tunnistajatel, kellel on pardakaamera salvestis, helistada numbril 112.')],
    ['r15-et-juhend-kalender', P('Vali kalendris „Lisa kalender“, seejärel „URL-ist“, ja kleebi sinna liiga mängukava aadress.')],
  ],
  sl: [
    ['r15-sl-policija-prica', P('Policija prosi priče nesreče, ki imajo posnetke avtomobilske kamere, naj pokličejo 113.')],
    ['r15-sl-navodila-namestitev', P('Prenesite namestitveni program, ga zaženite kot skrbnik in nato znova zaženite računalnik.')],
  ],
  sr: [
    ['r15-sr-policija-svedoci', P('Полиција моли сведоке несреће који имају снимке са камере у возилу да позову 192.')],
    ['r15-sr-istorija-pretplatnici', P('Лист је 1911. сваком новом претплатнику поклањао календар, а тираж се за годину дана удвостручио.')],
  ],
  ur: [
    ['r15-ur-police-gawah', P('پولیس نے حادثے کے عینی شاہدین سے اپیل کی ہے کہ وہ 15 پر رابطہ کریں۔')],
    ['r15-ur-tareeqa-install', P('انسٹالر ڈاؤن لوڈ کریں، اسے ایڈمنسٹریٹر کے طور پر چلائیں اور پھر کمپیوٹر ری سٹارٹ کریں۔')],
  ],
  af: [
    ['r15-af-polisie-getuies', P('Die polisie vra getuies van die ongeluk wat paneelkamera-beeldmateriaal het om 10111 te skakel.')],
    ['r15-af-resensie-toep', P('Die toep is gratis, maar die aflyn-kaarte kos R49 per maand nadat die proeftydperk verstryk.')],
  ],
};
