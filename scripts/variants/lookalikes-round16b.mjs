// Session 16's look-alikes, part b (round 16, written BLIND like lookalikes-round16.mjs): the twenty-six languages part
// a leaves out and the three page languages new in forms-round16b.mjs (Galician, Azerbaijani, Macedonian). Per language a
// software or settings instruction ("Click Save, then restart the service", "Make sure the files are readable…") and
// one of: a museum's opening hours, a neighbours' fundraiser, a petition reported as news, a rhetorical question in
// prose, a one-line paragraph to the reader, a recipe's imperatives. Genuine article text: it must stay. [name, html].
const P = (t) => `<p>${t}</p>`;
export const ROUND16B_LOOKALIKES = {
  el: [
    ['r16-el-odigos-apothikefsi', P('Πατήστε «Αποθήκευση» και επανεκκινήστε την υπηρεσία· οι νέες ρυθμίσεις ισχύουν μόνο μετά την επανεκκίνηση.')],
    ['r16-el-mouseio-orario', P('Το μουσείο είναι ανοιχτό από Τρίτη έως Κυριακή, 9:00–17:00· τη Δευτέρα παραμένει κλειστό.')],
  ],
  fa: [
    ['r16-fa-amoozesh-zakhire', P('روی «ذخیره» کلیک کنید و سپس سرویس را دوباره راه‌اندازی کنید تا تنظیمات تازه اعمال شود.')],
    ['r16-fa-muze-saat', P('موزه از سه‌شنبه تا یکشنبه از ساعت ۹ تا ۱۷ باز است و دوشنبه‌ها تعطیل است.')],
  ],
  th: [
    ['r16-th-withi-banthuek', P('กด “บันทึก” แล้วรีสตาร์ตบริการ การตั้งค่าใหม่จะมีผลหลังรีสตาร์ตเท่านั้น')],
    ['r16-th-phiphitthaphan-wela', P('พิพิธภัณฑ์เปิดวันอังคารถึงวันอาทิตย์ เวลา 09.00–16.00 น. ปิดทุกวันจันทร์')],
  ],
  sw: [
    ['r16-sw-maelekezo-hifadhi', P('Bofya Hifadhi, kisha zima na uwashe huduma upya ili mipangilio mipya ianze kufanya kazi.')],
    ['r16-sw-harambee-mikate', P('Harambee iliyoandaliwa na majirani imechangisha zaidi ya shilingi milioni tano kujenga upya duka la mikate lililoungua.')],
  ],
  bn: [
    ['r16-bn-nirdeshona-save', P('সেভ-এ ক্লিক করে সার্ভিসটি রিস্টার্ট করুন; তা না হলে নতুন সেটিং কাজ করবে না।')],
    ['r16-bn-jadughar-somoy', P('জাদুঘরটি শনিবার থেকে বুধবার সকাল ১০টা থেকে বিকেল ৫টা পর্যন্ত খোলা থাকে; বৃহস্পতিবার বন্ধ।')],
  ],
  cs: [
    ['r16-cs-navod-ulozit', P('Klikněte na Uložit a poté službu restartujte; nové nastavení se načte až po restartu.')],
    ['r16-cs-sbirka-pekarna', P('Sbírka, kterou založili sousedé, vynesla za týden přes 600 tisíc korun na obnovu vyhořelé pekárny.')],
  ],
  sv: [
    ['r16-sv-guide-spara', P('Klicka på Spara och starta sedan om tjänsten – först då läses det nya certifikatet in.')],
    ['r16-sv-museum-oppettider', P('Museet har öppet tisdag till söndag 11–17, onsdagar till 20. Tidsbokade biljetter köps på webben.')],
  ],
  ro: [
    ['r16-ro-ghid-salvare', P('Apăsați pe Salvare, apoi reporniți serviciul; noile setări se aplică doar după repornire.')],
    ['r16-ro-petitie-scoala', P('Petiția părinților împotriva închiderii școlii din sat a strâns peste 5.000 de semnături în zece zile.')],
  ],
  hu: [
    ['r16-hu-utmutato-mentes', P('Kattintson a Mentés gombra, majd indítsa újra a szolgáltatást; az új beállítások csak ezután lépnek életbe.')],
    ['r16-hu-muzeum-nyitvatartas', P('A múzeum keddtől vasárnapig 10 és 18 óra között tart nyitva, hétfőn zárva.')],
  ],
  fi: [
    ['r16-fi-ohje-tallenna', P('Valitse Tallenna ja käynnistä palvelu uudelleen; uudet asetukset tulevat voimaan vasta sen jälkeen.')],
    ['r16-fi-kerays-leipomo', P('Naapureiden käynnistämä keräys on tuottanut jo yli 30 000 euroa palaneen leipomon korjaamiseen.')],
  ],
  da: [
    ['r16-da-vejledning-gem', P('Klik på Gem, og genstart derefter tjenesten – først da bliver de nye indstillinger indlæst.')],
    ['r16-da-museum-aabningstider', P('Museet har åbent tirsdag til søndag kl. 10–17, onsdag til kl. 21.')],
  ],
  no: [
    ['r16-no-veiledning-lagre', P('Klikk på Lagre og start tjenesten på nytt; de nye innstillingene leses først inn etter omstart.')],
    ['r16-no-innsamling-bakeri', P('Innsamlingsaksjonen naboene startet, har allerede gitt over 400 000 kroner til det nedbrente bakeriet.')],
  ],
  sk: [
    ['r16-sk-navod-ulozit', P('Kliknite na Uložiť a potom reštartujte službu; nové nastavenia sa prejavia až po reštarte.')],
    ['r16-sk-muzeum-hodiny', P('Múzeum je otvorené od utorka do nedele od 10.00 do 17.00 h, v pondelok je zatvorené.')],
  ],
  bg: [
    ['r16-bg-instruktsiya-zapazi', P('Натиснете „Запази“ и рестартирайте услугата – новите настройки се прилагат едва след рестарт.')],
    ['r16-bg-darenie-furna', P('Кампанията, организирана от съседите, събра над 30 000 лева за възстановяването на изгорялата фурна.')],
  ],
  hr: [
    ['r16-hr-upute-spremi', P('Kliknite na Spremi, a zatim ponovno pokrenite uslugu; nove postavke primjenjuju se tek nakon ponovnog pokretanja.')],
    ['r16-hr-muzej-radno-vrijeme', P('Muzej je otvoren od utorka do nedjelje od 10 do 18 sati, ponedjeljkom je zatvoren.')],
  ],
  ca: [
    ['r16-ca-guia-desar', P('Feu clic a Desa i reinicieu el servei; la configuració nova no s’aplica fins que es reinicia.')],
    ['r16-ca-museu-horari', P('El museu obre de dimarts a diumenge de 10 a 19 h. El primer diumenge de cada mes l’entrada és gratuïta.')],
  ],
  ms: [
    ['r16-ms-panduan-simpan', P('Klik Simpan, kemudian mulakan semula perkhidmatan; tetapan baharu hanya berkuat kuasa selepas itu.')],
    ['r16-ms-kutipan-derma', P('Kutipan derma yang dianjurkan penduduk kampung telah mengumpul lebih RM50,000 untuk membina semula kedai roti yang terbakar.')],
  ],
  tl: [
    ['r16-tl-gabay-save', P('I-click ang Save, saka i-restart ang serbisyo; hindi gagana ang bagong setting hangga’t hindi ito nire-restart.')],
    ['r16-tl-museo-oras', P('Bukas ang museo mula Martes hanggang Linggo, alas-9 ng umaga hanggang alas-5 ng hapon; sarado tuwing Lunes.')],
  ],
  ta: [
    ['r16-ta-vazhikaatti-semi', P('“சேமி” என்பதைக் கிளிக் செய்து, பின்னர் சேவையை மறுதொடக்கம் செய்யுங்கள்; அதன் பிறகே புதிய அமைப்புகள் செயல்படும்.')],
    ['r16-ta-arungatchiyagam-neram', P('அருங்காட்சியகம் வெள்ளிக்கிழமை தவிர மற்ற நாட்களில் காலை 9.30 முதல் மாலை 5 மணி வரை திறந்திருக்கும்.')],
  ],
  lt: [
    ['r16-lt-instrukcija-issaugoti', P('Spustelėkite „Išsaugoti“ ir iš naujo paleiskite paslaugą – nauji nustatymai įsigalios tik po to.')],
    ['r16-lt-muziejus-darbo-laikas', P('Muziejus dirba nuo antradienio iki sekmadienio 10–18 val., pirmadieniais nedirba.')],
  ],
  lv: [
    ['r16-lv-instrukcija-saglabat', P('Noklikšķiniet uz “Saglabāt” un restartējiet pakalpojumu – jaunie iestatījumi stāsies spēkā tikai pēc tam.')],
    ['r16-lv-ziedojumi-maiznica', P('Kaimiņu rīkotajā ziedojumu kampaņā nedēļas laikā saziedoti vairāk nekā 20 000 eiro nodegušās maiznīcas atjaunošanai.')],
  ],
  et: [
    ['r16-et-juhend-salvesta', P('Klõpsa „Salvesta“ ja taaskäivita teenus – uued sätted hakkavad kehtima alles pärast seda.')],
    ['r16-et-muuseum-lahtiolek', P('Muuseum on avatud teisipäevast pühapäevani kell 10–18, esmaspäeval on suletud.')],
  ],
  sl: [
    ['r16-sl-navodila-shrani', P('Kliknite Shrani in nato znova zaženite storitev; nove nastavitve začnejo veljati šele po ponovnem zagonu.')],
    ['r16-sl-zbiranje-pekarna', P('Akcija, ki so jo sprožili sosedje, je v enem tednu zbrala več kot 25.000 evrov za obnovo pogorele pekarne.')],
  ],
  sr: [
    ['r16-sr-uputstvo-sacuvaj', P('Кликните на „Сачувај“, па поново покрените сервис; нова подешавања важе тек после поновног покретања.')],
    ['r16-sr-muzej-radno-vreme', P('Музеј ради од уторка до недеље од 10 до 18 часова, понедељком је затворен.')],
  ],
  ur: [
    ['r16-ur-tareeqa-save', P('’سیو‘ پر کلک کریں اور پھر سروس ری اسٹارٹ کریں، نئی سیٹنگز اسی کے بعد لاگو ہوں گی۔')],
    ['r16-ur-chanda-bakery', P('محلے والوں کی چندہ مہم نے جل جانے والی بیکری کی دوبارہ تعمیر کے لیے پانچ لاکھ روپے سے زیادہ جمع کر لیے ہیں۔')],
  ],
  af: [
    ['r16-af-gids-stoor', P('Klik op Stoor en herbegin dan die diens; die nuwe instellings tree eers daarna in werking.')],
    ['r16-af-museum-ure', P('Die museum is Dinsdae tot Sondae van 09:00 tot 16:00 oop en Maandae gesluit.')],
  ],
  gl: [
    ['r16-gl-titorial-gardar', P('Preme en Gardar e reinicia o servizo; a nova configuración só se aplica despois.')],
    ['r16-gl-museo-horario', P('O museo abre de martes a domingo, de 10.00 a 14.00 e de 16.00 a 19.00; os luns permanece pechado.')],
    ['r16-gl-receita-polbo', P('Asusta o polbo tres veces na auga fervendo antes de deixalo cocer; así a pel non se desprende.')],
  ],
  az: [
    ['r16-az-telimat-yadda-saxla', P('“Yadda saxla” düyməsini basın, sonra xidməti yenidən başladın; yeni ayarlar yalnız bundan sonra qüvvəyə minir.')],
    ['r16-az-muzey-is-saatlari', P('Muzey çərşənbə axşamından bazar gününədək saat 10:00-dan 18:00-dək açıqdır, bazar ertəsi isə bağlıdır.')],
    ['r16-az-ritorik-sual', P('Kim dayanacaqda heç gəlməyən avtobusu gözləməyib? Sumqayıtda bu, sentyabrdan bəri adi hala çevrilib.')],
  ],
  mk: [
    ['r16-mk-upatstvo-zachuvaj', P('Кликнете на „Зачувај“, а потоа рестартирајте ја услугата; новите поставки важат дури по рестартирањето.')],
    ['r16-mk-muzej-rabotno-vreme', P('Музејот работи од вторник до недела од 9 до 17 часот, а во понеделник е затворен.')],
    ['r16-mk-dobro-procitavte', P('Да, добро прочитавте.')],
  ],
};
