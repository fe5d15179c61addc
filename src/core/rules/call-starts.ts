// How a call to action opens, in the languages we read (for call-lexicon.ts): the imperatives and the phrases that
// start one ("Follow", "Síguenos", "Abonnez-vous", "Подпишитесь", "关注"), '|'-joined; a stem is marked "*"
// (suscr* → Suscríbete), an entry may hold a class or an optional part, never a '|' outside a group. Written from
// each language, not from any page; a word only confirms a short standalone block's shape.
export const CALL_STARTS =
  // Giving a subscription, taking part, having one's say.
  'gift (?:a|an|this|our|your)|have your say|text|regala|regalá|offrez|offre|verschenken sie|schenken sie|verschenke|schenke|podaruj|podarujcie|подарите|подари|подаруйте|подаруй|presenteie|ofereça|hediye edin|' +
  'follow|subscribe|unlock|open in the app|open in our app|open the app|open our app|book your|book a place|reserve your|save your|claim your|sign|join|let\'?s|would you like|download|get|turn on|enable|share|leave|tell|let us know|support|donate|doneer|donasi|like us|chip in|add|stay|(?:never|don\'t) miss|don\'t forget|buy|install?[ae]?|installeer|click|tap|help|rate|comm?ent[ae]?|komentari|' +
    'read|hit|press|send|forward|email|message|write|contact|grab|try|visit|become|consider|keep|make sure|remember to|listen|watch|find|check|bookmark|scroll|please|กรุณา|אנא|لطفا|لطفاً|يرجى|من فضلك|कृपया|jadilah|jadi pelanggan|allow|enter|disable|turn off|switch off|whitelist|' +
    'chime in|say hello|say hi|spread the word|pass it on|pass this story on|pass it on|pass this article on|pass it on|pass this post on|pass it on|pass this on|drop us|give us a follow|give us a like|give us a share|give us a call|give us your|give us feedback|pitch in|snag the app|snag our|snag a copy|tune in|stick around|recommend this|recommend us|show us some love|show some love|catch every|catch all|catch our|' +
    'activez|laissez|soutenez|rejoignez|devenez|téléchargez|découvrez|contactez|donnez|regardez|envoyez|cliquez|dites|'+
    'sigamos|vamos|restons|restiamo|давайте|bleiben wir|laten we|zostańmy|ας|mari|आइए|בואו|cùng|' +
    'entra en|entra a|sigue|permite|desactiva|suscr*|descarg*|compart*|activa|deja|apoya|hazte|dona|escucha*|contacta|mira|no olvides|recibe|visita|por favor|' +
    'dale like|dale me gusta|dale a me gusta|dale clic|dale un|opina en|colabora con nosotros|instala nuestra|instala la app|recomienda este|recomienda esta|recomienda nuestr|no te pierdas|seguid*|escribid|comenta en|comenta aquí|' +
    'rejoins|partage cet|partage ce|partage cette|partage l\'|partage les|partage avec|partage autour|inscris|donne ton|donne ta|donne tes|viens discuter|viens nous|viens rejoindre|viens découvrir|abonne|télécharge notre|télécharge l\'appli|télécharge gratuitement|laisse un commentaire|laisse-nous|laisse ton|laisse tes|soutiens-nous|soutiens nous|soutiens notre|écris-nous|écris nous|envoie-nous|envoie nous|envoie ton|envoie tes|retrouve-nous|retrouve nous|retrouve nos|retrouve tous nos|clique|écoute notre|écoute nos|écoute le podcast|regarde nos|regarde notre|ne manque|ne rate|recommande cet|recommande-nous|commente|' +
    'nimm an|nimm teil|nehmen sie an|nehmen sie teil|machen sie mit|folg*|abonnier*|teile*|aktivier*|unterstütze*|werde|bitte|' +
    'lade dir|ladet euch|lade unsere|hol dir|schreib uns|schreib in die kommentare|schreibt uns|schreibt in die kommentare|melde dich|meldet euch|schau auf unser*|schau bei uns|schaut auf unser*|schaut bei uns|bleib dran|bleib auf dem laufenden|bleib informiert|bleibt dran|bleibt auf dem laufenden|bleibt informiert|verpasse? keine|verpasse? nichts|verpasst keine|verpasst nichts|hinterlass|hinterlasse|hinterlasst|empfiehl|spende|spendet|trag dich|klick|klicke|klickt|kommentiere|besuche uns|besucht uns|sichere dir|gib uns|mach mit|macht mit|erzähl uns|erzähle uns|erzählt uns|hör rein|hör dir unseren|hört rein|hört euch unseren|probier unsere|probiere unsere|installiere unsere|installiere die app|diskutiere mit|diskutiert mit|' +
    'siga|assine|entre no|baixe|partilhe|ative|deixe|apoie|inscreva|acompanhe|ouça|fale|receba|escreva|confira|cadastr*|clique|veja|envie|' +
    'curta(?!-)|compartilhe|comente|contribua|mande|participe|doe agora|doe já|doe qualquer|ajude-nos|ajude o nosso|ajude a nossa|não perca|não deixe de|junte-se|torne-se|instale o nosso|instale nosso|instale o app|escute o nosso|escute nosso|avalie|recomende|fique por dentro|' +
    'entra nel*|entra in|sfoglia|entra a far parte|segui*|disattiva|consenti|iscriviti|scarica|condividi|attiva|lascia|sostieni|unisciti|abbonati|ascolta|scrivi*|ricevi|registrati|guarda|non dimenticare|per favore|' +
    'iscrivete*|condividete|commentate|commenta l\'articolo|commenta qui|commenta sotto|clicca*|contribuisci|aiutaci|aiutateci|resta aggiornat*|restate aggiornat*|metti like|metti mi piace|installa la nostra|installa l\'app|inviaci|inviateci|raccontaci|raccontateci|diventa socio|diventa membro|diventa abbonato|diventa sostenitore|partecipate|non perder*|unitevi|abbonatevi|lasciate*|scaricate|attivate|sostenete|ascoltate|guardate|dicci|diteci|' +
    'пожалуйста|будь ласка|wyłącz|dołącz|dołączcie|pobierz|włącz|zostaw|zapisz|napisz|napiszcie|podziel*|sprawdź|proszę|zostań|zostańcie|odwiedź|przekaż|wpłać|polub|zajrzyj|' +
    'подпишись|поделись|стань|смотрите|оставь комментарий|оставь отзыв|оставь свой|скачай наш*|скачай приложение|включи уведомления|присоединяйся|смотри наш*|пиши нам|пиши в комментариях|не пропусти|поддержи нас|поддержи наш*|поддержи редакцию|поддержи проект|читай нас|читай наш*|читай также|слушай наш*|заходи на наш*|заходи к нам|переходи по ссылке|переходи на наш*|жми лайк|жми на колокольчик|нажми на колокольчик|ставь лайк*|расскажи нам|расскажи в комментариях|делись|подписывайся|' +
    'підпишись|поділись|залиш коментар|залиш відгук|завантаж наш*|завантаж застосунок|увімкни сповіщення|долучайся|приєднуйся|пиши нам|пиши в комментариях|слідкуй за нами|слідкуй за нашим*|стеж за нами|дивись наш*|дивись також|слухай наш*|читай нас|читай наш*|читай также|підтримай нас|підтримай редакцію|підтримай наш*|не пропусти|' +
    'volg*|word lid|deel|zet|laat|steun|voeg|schrijf je in|abonneer|luister|mail|bekijk|kijk|stuur|meld je|vergeet niet|alsjeblieft|' +
    'reageer hieronder|reageer op dit artikel|word donateur|word abonnee|word vriend|mis geen|tip de redactie|tip ons|sluit je aan|geef ons|geef je mening|bezoek ons|bezoek onze|probeer onze|probeer de app|blijf op de hoogte|' +
    'ikuti*|gabung|unduh|dukung|berlangganan|hubungi|simak|kunjungi|jangan lupa|yuk|ayo|tulis|kirim|klik|tonton|mohon|silakan|daftar|' +
    'bizi|lütfen|أضيف*|اضيف*|تابع*|انضم*|حمل*|شارك*|فعل*|اترك*|ادعم*|اشترك*|استمع*|راسل*|اكتب*|شاهد*|لا تنس*|لا تفوت*|قيم*|ثبت*|سجل|تبرع*|हमें|' +
    'hãy|theo dõi|xem|đăng ký|tải|bật|để lại|ủng hộ|tham gia|chia sẻ|nhấn|bấm|nghe|liên hệ|đừng quên|mời|bình luận|cài|quyên góp|' +
    '关注|加入|下载|分享|开启|订阅|支持|欢迎|点击|收听|联系|转发|扫码|留言|请|安装|打开|捐|' +
    'ติดตาม|ฟัง|กด|สมัคร|แชร์|ดาวน์โหลด|เปิดการแจ้งเตือน|สนับสนุน|เข้าร่วม|แสดงความคิดเห็น|อย่าลืม|ฝาก|' +
    'tufuate|shiriki|jiunge|pakua|acha|jisajili|usikose|unga mkono|sikiliza|tuambie|washa|changia|jiandikishe|toa maoni|tembelea tovuti yetu|tembelea ukurasa wetu|tuandikie|tutumie|' +
    'ακολούθησε|ακολούθησέ|μοιράσου|γράψου|γράψε μας|γράψε στα σχόλια|κατέβασε την εφαρμογή|κατέβασε το app|στήριξε|άφησε σχόλιο|άφησέ μας|άφησε το σχόλιό|πες μας|εγγράψου|ενεργοποίησε τις ειδοποιήσεις|μη χάσεις|μην ξεχάσεις|' +
    'บอกเรา|กดไลก์|ร่วมแสดง|' +
    'ফলো|সাবস্ক্রাইব|শেয়ার|' +
    // Swedish, Danish, Norwegian.
    'följ*|prenumerera*|dela|ladda ner|ladda hem|installera|gå med|bli medlem|bli prenumerant|stöd|stötta|swisha|skriv till|berätta|kommentera|lyssna|titta|missa inte|glöm inte|slå på|aktivera|anmäl dig|registrera dig|tipsa oss|donera|besök|' +
    'følg*|abonner*|del|download|hent|installer|bliv medlem|bliv abonnent|støt|støtte os|skriv til|fortæl|kommenter|lyt|se med|gå ikke glip|glem ikke|tilmeld*|tip os|donér|doner|besøg|last ned|bli abonnent|støtt|fortell|lytt|ikke gå glipp|meld deg på|tips oss|' +
    // Finnish (singular and plural imperatives).
    'seuraa|seuratkaa|katso|katsokaa|tilaa|tilatkaa|jaa|jakakaa|lataa|ladatkaa|asenna|asentakaa|liity|liittykää|tue|tukekaa|lahjoita|kirjoita|kirjoittakaa|kerro|kertokaa|kommentoi|kuuntele|kuunnelkaa|katso|katsokaa|älä unohda|älä missaa|ota käyttöön|rekisteröidy|vinkkaa|tykkää|' +
    // Czech, Slovak.
    'sledujte|sleduj|podívejte se|podívej se|přihlaste se|přihlas se|odebírejte|sdílejte|sdílej|stáhněte|stáhni|nainstalujte|připojte se|přidejte se|podpořte|podpoř|darujte|napište|napiš|dejte nám|komentujte|poslechněte|poslouchejte|podívejte se|nezapomeňte|nenechte si ujít|zapněte|zaregistrujte se|navštivte|' +
    'prihláste sa|odoberajte|zdieľajte|stiahnite|nainštalujte|pridajte sa|pripojte sa|podporte|napíšte|komentujte|vypočujte si|počúvajte|pozrite si|nezabudnite|nenechajte si ujsť|zapnite|zaregistrujte sa|navštívte|' +
    // Romanian, Hungarian.
    'urmărește*|urmăriți*|adaugă*|adăugați*|abonează*|abonați*|distribuie|distribuiți|descarcă|descărcați|instalează|instalați|alătură-te|alăturați-vă|susține*|susțineți|donează|donați|scrie-ne|scrieți-ne|spune-ne|spuneți-ne|lasă un|lăsați un|comentează|comentați|ascultă|ascultați|nu uita|nu uitați|nu rata|nu ratați|activează|activați|înscrie-te|înscrieți-vă|vizitează|vizitați|' +
    'kövess*|iratkozz*|nézze meg|nézd meg|nézzétek meg|oszd meg|ossza meg|osszátok meg|töltsd le|töltse le|telepítsd|telepítse|csatlakozz*|támogas*|adományozz|írj|írjon|írjatok|mondd el|mondja el|kommentelj|hallgasd|hallgassa|nézd meg|nézze meg|ne felejtsd|ne felejtse|ne maradj le|ne maradjon le|kapcsold be|kapcsolja be|regisztrálj|fizess elő|fizessen elő|látogass el|' +
    // Bulgarian; Croatian, Serbian and Bosnian.
    'последвайте|последвай|абонирайте се|абонирай се|споделете|сподели|изтеглете|изтегли|инсталирайте|присъединете се|присъедини се|подкрепете|подкрепи|дарете|пишете ни|пиши ни|напишете|кажете ни|коментирайте|слушайте|гледайте|не пропускайте|не забравяйте|включете|регистрирайте се|посетете|харесайте|' +
    'pratite|prati nas|pretplatite se|pretplati se|prijavite se|prijavi se|podijelite|podijeli|podelite|preuzmite|preuzmi|instalirajte|pridružite se|pridruži se|podržite|podrži|donirajte|pišite nam|piši nam|napišite|recite nam|komentirajte|komentarišite|poslušajte|slušajte|pogledajte|ne propustite|ne zaboravite|uključite|registrirajte se|posjetite|posetite|lajkajte|' +
    'пратите|претплатите се|пријавите се|поделите|преузмите|придружите се|подржите|пишите нам|' +
    // Catalan.
    'segueix-nos|seguiu-nos|subscriu*|comparteix|compartiu|descarrega|descarregueu|instal·la|uneix-te|uniu-vos|fes-te|feu-vos|dona suport|doneu suport|fes una donació|escriu-nos|escriviu-nos|digues-nos|digueu-nos|deixa un|deixeu un|comenta|escolta|escolteu|mireu|no et perdis|no us perdeu|no oblidis|registra\'t|apunta\'t|' +
    // Malay, Tagalog, Tamil.
    'muat turun|langgan|kongsi*|sertai|sokong|derma|beritahu kami|komen|dengar|layari|aktifkan|' +
    'i-follow|sundan|mag-subscribe|mag-sign up|magparehistro|ibahagi|i-share|i-download|mag-download|sumali|sumama|suportahan|mag-donate|sumulat|isulat|sabihin|mag-comment|magkomento|makinig|panoorin|huwag kalimutang|huwag palampasin|i-on|i-like|bisitahin|' +
    'பின்தொடர*|சப்ஸ்கிரைப்|பகிர*|பதிவிறக்க*|இணைய*|ஆதரி*|' +
    // Lithuanian, Latvian, Estonian.
    'sekite|sek mus|prenumeruok*|užsiprenumeruok*|pasidalink*|dalinkitės|atsisiųsk*|įdiekite|prisijunk*|paremk*|aukokite|parašykite|rašykite|papasakokite|komentuok*|klausykitės|žiūrėkite|nepraleiskite|nepamirškite|įjunkite|užsiregistruokite|apsilankykite|išsakykite|' +
    'sekojiet|seko mums|abonē*|piesakies|piesakieties|dalieties|dalies|lejupielādē*|instalējiet|pievienojies|pievienojieties|atbalsti*|ziedo*|rakstiet|raksti mums|pastāstiet|komentē*|klausieties|skatieties|nepalaid*|neaizmirst*|ieslēdz*|reģistrējies|reģistrējieties|apmeklējiet|izsaki|izsakiet|' +
    'jälgi|jälgige|telli|tellige|liitu|liituge|jaga|jagage|laadi alla|laadige alla|toeta|toetage|anneta|annetage|kirjuta|kirjutage|räägi|rääkige|kommenteeri|kommenteerige|kuula|kuulake|vaata|vaadake|ära jäta|ärge jätke|ära unusta|ärge unustage|lülita sisse|registreeru|külasta|avalda arvamust|' +
    // Slovenian; Serbian in Cyrillic; Afrikaans.
    'ostavite|ostavi|segue-nos|sigam-nos|partilhe|partilha|subscreva|descarregue|sledite|sledi nam|naročite se|naroči se|delite|deli|prenesite|prenesi|namestite|podprite|podpri|povejte nam|poglejte|ne zamudite|vklopite|obiščite|' +
    'коментаришите|коментарисите|реците нам|слушајте|погледајте|не пропустите|не заборавите|укључите|региструјте се|посетите|' +
    'volg ons|teken in|laai af|sluit aan|ondersteun|skenk|skryf aan ons|skryf vir ons|vertel ons|lewer kommentaar|luister|kyk|moenie|skakel|registreer|besoek';
