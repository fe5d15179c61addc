// Session 14's look-alikes (round 14, written BLIND: nothing under src/ or tests/ was opened, no per-item score was
// read). Article prose that uses a call's words in a reporting sense, and must stay: an authority urging residents
// to subscribe to SMS alerts, fans asked to share photos with their club, someone else's call inside quotation
// marks, a tutorial's "Follow" button, a review where the app is the subject, a recipe's sauce that "tells you",
// a public notice, a newspaper's subscription drive a century ago, a forum answer addressing "you", reported
// instructions to parents, a club shop selling out. Several sit in the containers the round's calls use (an
// inline-styled border box, an aside with a heading, details/summary, a photo caption, <address>, a one-cell
// table, the last item of a list, an h4 over a paragraph). [name, html]; per language, the English ones on every
// page. The name hash splits them into dev and held halves as always.
const P = (t) => `<p>${t}</p>`;
const box = (t) => `<div style="border:1px solid #999;padding:12px;margin:20px 0"><p>${t}</p></div>`;
const step = (h, t) => `<h4>${h}</h4><p>${t}</p>`;
export const ROUND14_LOOKALIKES = {
  en: [
    ['r14-ministry-sms-alerts', P('The ministry urged residents in low-lying streets to subscribe to its SMS flood alerts, which reached 48,000 phones on Sunday night.')],
    ['r14-club-asked-photos', P('Fans were asked to share their photos of the parade with the club, which plans to print the best of them in next season’s programme.')],
    ['r14-quote-mayor-follow-page', P('“Follow the council’s page for road closures, not the rumours in group chats,” the mayor said at Monday’s briefing.')],
    ['r14-tutorial-follow-button', step('Step 2: follow the account', 'On the profile page, tap the blue Follow button under the bio; it turns grey once you follow the account.')],
    ['r14-review-app-subject', P('Download the app from the store and the first thing you meet is a sign-up wall: you cannot see a single route without handing over an e-mail address.')],
    ['r14-recipe-sauce-tells', P('Taste the sauce before you add the cream; it will tell you whether it needs more lemon.')],
    ['r14-public-notice-box', box('<strong>Public notice.</strong> Objections to the licence application may be sent in writing to the Licensing Office, Town Hall, Northbay, within 28 days of this notice.')],
    ['r14-history-subscription-drive', P('In 1911 the paper ran a subscription drive that promised every new reader a free almanac; circulation rose from 9,000 to 14,000 in a year.')],
    ['r14-forum-answer-cache', P('If you still get the error after the update, you can clear the cache from the Storage menu and sign in again; that fixed it for me on two phones.')],
    ['r14-aside-how-to-apply', '<aside class="factbox"><h4>How to apply</h4><p>Download the form from the council website, attach two recent bills and hand it in at the library before 30 June.</p></aside>'],
    ['r14-details-late-warning', '<details><summary>Why did the warning arrive late?</summary><p>The operator said the network sent the alerts in batches, so some phones got them 40 minutes after the siren.</p></details>'],
    ['r14-figcaption-supporters', '<figure><img src="/img/2024/parade-flag.jpg" alt="" width="800" height="533"><figcaption>Supporters share a flag outside the ground before kick-off. Photo: A. Patel</figcaption></figure>'],
    ['r14-address-planning-office', '<address>Planning Office, Town Hall, Harbour Street, Northbay NB1 2AA</address>'],
    ['r14-table-ferry-text-service', '<table><tbody><tr><td>Subscribers to the ferry’s text service were told of the cancellation at 6:10 a.m.; everyone else found out at the pier.</td></tr></tbody></table>'],
    ['r14-list-last-item-signs', '<ul><li>Park at the leisure centre.</li><li>Walk past the lifeboat station.</li><li>Follow the signs to the old lighthouse.</li></ul>'],
    ['r14-quote-influencer-charge', P('Prosecutors said the influencer told followers to “download the app and send me the code” before their accounts were emptied.')],
    ['r14-podcast-review', P('The podcast is on every app, but its best episode, on the 1953 flood, runs only forty minutes and deserves far more.')],
    ['r14-print-edition-history', P('The printed edition was delivered by boat to the islands until 1978, when the ferry company took over the round.')],
    ['r14-court-group-chat-fee', P('The court heard that members paid £5 a month to join the group chat, where the stolen tickets were sold on.')],
    ['r14-caps-sign-quote', P('The sign on the gate read “KEEP OUT – DANGER OF COLLAPSE”, but walkers climbed over it all summer.')],
    ['r14-library-survey-result', P('Nearly 2,000 readers answered the survey the library sent out in March, and most asked for longer opening hours.')],
    ['r14-parents-told-app', P('Parents were told to download the school’s app and turn on notifications for snow days, after three closures were announced only on social media.')],
    ['r14-operator-statement', step('Statement from the operator', '“We apologise to everyone affected and ask passengers to check the timetable before travelling,” the company said.')],
    ['r14-emoji-hoax-quote', P('“🚨 Share this everywhere 🚨” began the post that spread the false evacuation order, police said.')],
    ['r14-council-whatsapp-growth', P('The city’s WhatsApp channel gained 30,000 followers in a week, which the council put down to the bin strike.')],
    ['r14-club-shop-sold-out', P('The club shop sold out of the anniversary shirt within an hour, and a second batch will arrive in June.')],
  ],
  es: [
    ['r14-es-ayuntamiento-sms', P('El ayuntamiento pidió a los vecinos de la zona baja que se suscribieran a las alertas por SMS, que llegaron a 20.000 móviles el domingo.')],
    ['r14-es-receta-salsa', P('Prueba la salsa antes de añadir la nata: ella te dirá si le falta limón.')],
    ['r14-es-cita-guia', P('«Síganme y no se separen del grupo», repetía el guía a los turistas dentro de la cueva.')],
  ],
  fr: [
    ['r14-fr-prefecture-sms', P('La préfecture a invité les habitants à s’abonner au service d’alerte par SMS avant l’arrivée de la tempête.')],
    ['r14-fr-tuto-bouton-suivre', step('Étape 2', 'Sur le profil, appuyez sur le bouton « Suivre » bleu, sous la biographie.')],
    ['r14-fr-histoire-abonnes', P('En 1905, le journal offrait un almanach à chaque nouvel abonné ; le tirage a doublé en deux ans.')],
  ],
  de: [
    ['r14-de-stadt-warn-app', P('Die Stadt rief die Anwohner auf, die Warn-App Nina herunterzuladen und Benachrichtigungen für den Landkreis zu aktivieren.')],
    ['r14-de-forum-cache', P('Wenn der Fehler nach dem Update bleibt, kannst du den Cache im Speicher-Menü leeren und dich neu anmelden – bei mir hat das geholfen.')],
    ['r14-de-bekanntmachung-box', box('<strong>Öffentliche Bekanntmachung:</strong> Einwendungen können bis zum 30. Juni schriftlich beim Bauamt der Stadt eingereicht werden.')],
  ],
  pt: [
    ['r14-pt-defesa-civil-sms', P('A Defesa Civil pediu aos moradores que cadastrassem o celular para receber alertas, enviando o CEP por SMS para o número 40199.')],
    ['r14-pt-torcida-fotos', P('A torcida foi convidada a compartilhar fotos da festa com o clube, que vai publicar as melhores no site oficial.')],
  ],
  it: [
    ['r14-it-comune-telegram', P('Il Comune ha invitato i cittadini a iscriversi al canale Telegram della Protezione civile per ricevere gli avvisi di allerta.')],
    ['r14-it-ricetta-sugo', P('Assaggiate il sugo prima di aggiungere la panna: vi dirà se serve ancora un po’ di limone.')],
  ],
  ru: [
    ['r14-ru-mchs-sms', P('МЧС призвало жителей прибрежных районов подписаться на СМС-оповещения о штормах.')],
    ['r14-ru-instruktsiya-knopka', step('Шаг 2', 'На странице профиля нажмите синюю кнопку «Подписаться» под описанием.')],
    ['r14-ru-istoriya-podpiska', P('В 1912 году газета устроила подписную кампанию и дарила каждому новому подписчику настенный календарь.')],
  ],
  uk: [
    ['r14-uk-ova-zastosunok', P('Обласна адміністрація закликала мешканців встановити застосунок «Повітряна тривога» і ввімкнути сповіщення.')],
    ['r14-uk-forum-kesh', P('Якщо помилка лишається після оновлення, очистіть кеш у налаштуваннях і увійдіть знову — мені це допомогло.')],
  ],
  vi: [
    ['r14-vi-ubnd-canh-bao', P('UBND thành phố đề nghị người dân cài ứng dụng cảnh báo thiên tai và bật thông báo trước khi bão vào.')],
    ['r14-vi-huong-dan-nut', step('Bước 2', 'Trên trang cá nhân, nhấn nút “Theo dõi” màu xanh ở dưới phần giới thiệu.')],
    ['r14-vi-co-dong-vien-anh', P('Các cổ động viên được mời chia sẻ ảnh cổ vũ với câu lạc bộ để in trong cuốn kỷ yếu mùa giải.')],
  ],
  ja: [
    ['r14-ja-shi-bosai-mail', P('市は沿岸部の住民に対し、防災メールへの登録と通知の有効化を呼びかけた。')],
    ['r14-ja-review-app', P('アプリをストアからダウンロードすると、最初に会員登録を求められ、ルートを一つも見られない。')],
    ['r14-ja-history-koudoku', P('同紙は1920年代、新規購読者に暦を贈る購読キャンペーンを展開し、部数を倍増させた。')],
  ],
  zh: [
    ['r14-zh-qixiangju-gongzhonghao', P('气象局呼吁沿海居民关注官方公众号，及时接收台风预警信息。')],
    ['r14-zh-tutorial-guanzhu', step('第二步', '在个人主页点击简介下方的蓝色“关注”按钮，按钮变灰即表示关注成功。')],
    ['r14-zh-forum-huancun', P('如果更新后仍然报错，可以在存储设置里清除缓存再重新登录，我两部手机都是这样解决的。')],
  ],
  ko: [
    ['r14-ko-gucheong-munja', P('구청은 저지대 주민들에게 재난 문자 알림을 신청해 달라고 당부했다.')],
    ['r14-ko-review-app', P('앱을 내려받으면 가장 먼저 회원 가입 화면이 뜨는데, 이메일을 넣기 전에는 경로 하나도 볼 수 없다.')],
  ],
  ar: [
    ['r14-ar-baladiya-sms', P('دعت البلدية سكان الأحياء المنخفضة إلى الاشتراك في خدمة الرسائل النصية للتحذير من الفيضانات.')],
    ['r14-ar-quote-guide', P('«اتبعوني ولا تبتعدوا عن المجموعة»، ظل المرشد يردد للسياح داخل الكهف.')],
  ],
  fa: [
    ['r14-fa-shahrdari-payamak', P('شهرداری از ساکنان محله‌های پایین‌دست خواست در سامانه پیامکی هشدار سیل ثبت‌نام کنند.')],
    ['r14-fa-history-moshtarak', P('این روزنامه در سال ۱۳۲۰ به هر مشترک تازه یک تقویم دیواری هدیه می‌داد.')],
  ],
  he: [
    ['r14-he-iriya-sms', P('העירייה קראה לתושבי השכונות הנמוכות להירשם לשירות ההתרעות ב-SMS לפני הסערה.')],
    ['r14-he-forum-cache', P('אם השגיאה נשארת אחרי העדכון, נקו את המטמון בהגדרות האחסון והתחברו מחדש – אצלי זה עבד.')],
  ],
  bn: [
    ['r14-bn-prashasan-sms', P('জেলা প্রশাসন নিচু এলাকার বাসিন্দাদের বন্যা সতর্কবার্তার এসএমএস সেবায় নিবন্ধন করতে অনুরোধ করেছে।')],
    ['r14-bn-history-grahak', P('১৯২০-এর দশকে পত্রিকাটি নতুন গ্রাহকদের একটি পঞ্জিকা উপহার দিত।')],
  ],
  sw: [
    ['r14-sw-serikali-sms', P('Serikali iliwahimiza wakazi wa maeneo ya chini kujisajili kwa huduma ya ujumbe mfupi wa tahadhari ya mafuriko.')],
    ['r14-sw-mashabiki-picha', P('Mashabiki waliombwa kushiriki picha zao za sherehe na klabu, ambayo itachapisha bora zaidi.')],
  ],
  el: [
    ['r14-el-dimos-sms', P('Ο δήμος κάλεσε τους κατοίκους να εγγραφούν στην υπηρεσία ειδοποιήσεων μέσω SMS πριν από την κακοκαιρία.')],
    ['r14-el-forum-cache', P('Αν το σφάλμα παραμένει μετά την ενημέρωση, καθαρίστε την προσωρινή μνήμη από τις ρυθμίσεις και συνδεθείτε ξανά.')],
  ],
  th: [
    ['r14-th-jangwat-sms', P('จังหวัดขอให้ประชาชนในพื้นที่ลุ่มต่ำลงทะเบียนรับข้อความแจ้งเตือนน้ำท่วมทาง SMS')],
    ['r14-th-tutorial-pum', step('ขั้นตอนที่ 2', 'ที่หน้าโปรไฟล์ ให้แตะปุ่ม “ติดตาม” สีน้ำเงินใต้คำอธิบาย')],
  ],
  tr: [
    ['r14-tr-valilik-sms', P('Valilik, dere yatağına yakın mahallelerde oturanlardan SMS uyarı sistemine kaydolmalarını istedi.')],
    ['r14-tr-tarif-sos', P('Kremayı eklemeden önce sosu tadın; limona ihtiyaç olup olmadığını size o söyler.')],
  ],
  pl: [
    ['r14-pl-gmina-sms', P('Gmina zaapelowała do mieszkańców nisko położonych ulic, by zapisali się do systemu powiadomień SMS.')],
    ['r14-pl-historia-prenumerata', P('W 1910 roku gazeta rozdawała kalendarz każdemu nowemu prenumeratorowi; nakład wzrósł o połowę.')],
  ],
  nl: [
    ['r14-nl-gemeente-sms', P('De gemeente riep bewoners van de lage wijken op zich aan te melden voor de sms-waarschuwingen bij hoogwater.')],
    ['r14-nl-forum-cache', P('Als de fout na de update blijft, kun je de cache legen via Opslag en opnieuw inloggen; bij mij werkte dat.')],
  ],
  id: [
    ['r14-id-bpbd-sms', P('BPBD mengimbau warga di bantaran sungai untuk mendaftar layanan peringatan dini banjir lewat SMS.')],
    ['r14-id-ulasan-aplikasi', P('Unduh aplikasinya dari toko, dan hal pertama yang muncul adalah layar pendaftaran: tanpa email, satu rute pun tak bisa dilihat.')],
  ],
  hi: [
    ['r14-hi-prashasan-sms', P('ज़िला प्रशासन ने निचले इलाक़ों के लोगों से बाढ़ चेतावनी की एसएमएस सेवा के लिए पंजीकरण कराने की अपील की।')],
    ['r14-hi-recipe-gravy', P('क्रीम डालने से पहले ग्रेवी चखें; वही बताएगी कि नींबू और चाहिए या नहीं।')],
  ],
  cs: [['r14-cs-obec-sms', P('Obec vyzvala obyvatele níže položených ulic, aby se přihlásili k odběru varovných SMS zpráv.')]],
  sv: [['r14-sv-kommun-sms', P('Kommunen uppmanade boende i låglänta områden att anmäla sig till sms-varningarna inför stormen.')]],
  ro: [['r14-ro-primarie-sms', P('Primăria le-a cerut locuitorilor din zonele joase să se aboneze la alertele prin SMS înaintea furtunii.')]],
  hu: [['r14-hu-onkormanyzat-sms', P('Az önkormányzat arra kérte a mélyebben fekvő utcák lakóit, hogy iratkozzanak fel az SMS-es árvízriasztásra.')]],
  fi: [
    ['r14-fi-kaupunki-tekstiviesti', P('Kaupunki kehotti rannan asukkaita tilaamaan tekstiviestivaroitukset ennen myrskyä.')],
    ['r14-fi-resepti-kastike', P('Maista kastiketta ennen kerman lisäämistä: se kertoo, tarvitaanko vielä sitruunaa.')],
  ],
  da: [
    ['r14-da-kommune-sms', P('Kommunen opfordrede beboerne i de lave kvarterer til at tilmelde sig sms-varslingen før stormen.')],
    ['r14-da-historie-abonnent', P('I 1912 gav avisen en almanak til hver ny abonnent, og oplaget steg med en tredjedel.')],
  ],
  no: [
    ['r14-no-kommune-sms', P('Kommunen ba innbyggerne i lavtliggende strøk om å melde seg på varslingstjenesten på sms.')],
    ['r14-no-forum-buffer', P('Hvis feilen fortsatt kommer etter oppdateringen, kan du tømme bufferen under Lagring og logge inn på nytt.')],
  ],
  sk: [
    ['r14-sk-obec-sms', P('Obec vyzvala obyvateľov nižšie položených ulíc, aby sa prihlásili na odber varovných SMS správ.')],
    ['r14-sk-navod-tlacidlo', step('Krok 2', 'Na stránke profilu ťuknite na modré tlačidlo „Sledovať“ pod popisom.')],
  ],
  bg: [
    ['r14-bg-obshtina-sms', P('Общината призова жителите на ниските квартали да се абонират за SMS предупрежденията за наводнения.')],
    ['r14-bg-citat-ekskurzovod', P('„Последвайте ме и не се отделяйте от групата“, повтаряше екскурзоводът в пещерата.')],
  ],
  hr: [
    ['r14-hr-grad-sms', P('Grad je pozvao stanovnike nižih dijelova da se prijave na SMS upozorenja o poplavama.')],
    ['r14-hr-recept-umak', P('Kušajte umak prije nego što dodate vrhnje: on će vam reći treba li još limuna.')],
  ],
  ca: [
    ['r14-ca-ajuntament-sms', P('L’Ajuntament va demanar als veïns de les zones baixes que se subscrivissin a les alertes per SMS abans del temporal.')],
    ['r14-ca-historia-subscriptor', P('El 1910 el diari regalava un almanac a cada nou subscriptor, i el tiratge va créixer un terç.')],
  ],
  ms: [
    ['r14-ms-majlis-sms', P('Majlis daerah menggesa penduduk di kawasan rendah supaya mendaftar untuk amaran banjir melalui SMS.')],
    ['r14-ms-ulasan-aplikasi', P('Muat turun aplikasi itu dari gedung aplikasi dan perkara pertama yang anda lihat ialah skrin pendaftaran.')],
  ],
  tl: [
    ['r14-tl-lgu-sms', P('Hinimok ng lokal na pamahalaan ang mga residente sa mabababang lugar na magparehistro sa SMS alert para sa baha.')],
    ['r14-tl-fans-litrato', P('Hiniling sa mga tagahanga na ibahagi ang kanilang mga litrato ng parada sa club.')],
  ],
  ta: [
    ['r14-ta-managaratchi-sms', P('தாழ்வான பகுதிகளில் வசிப்பவர்கள் வெள்ள எச்சரிக்கை குறுஞ்செய்தி சேவையில் பதிவு செய்யுமாறு மாநகராட்சி கேட்டுக்கொண்டது.')],
    ['r14-ta-history-sandha', P('1920களில் அந்த நாளிதழ் ஒவ்வொரு புதிய சந்தாதாரருக்கும் ஒரு நாள்காட்டியை இலவசமாக வழங்கியது.')],
  ],
};
