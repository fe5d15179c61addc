// Session 16 (round 16), part b, written BLIND like forms-round16.mjs (nothing under src/, tests/ or docs/ opened, no
// scorer run, no score read): read-more and related labels in the forty-five page languages the generator had — the
// analysis-and-context kickers ("Background", "Décryptage", "Hintergrund", "【解説】", "Контекст") and the personalised
// or social box titles ("Picked for you", "Most shared") that newsrooms and recommendation widgets use — and three
// page languages it had not (Galician, Azerbaijani, Macedonian), shaped like LANGS in lang.mjs. A label some pool
// already had is neither pushed twice nor counted as the round's (generate.mjs checks).
export const LABELS16 = {
  en: { readMore: ['Go deeper', 'Catch up', 'Background'], related: ['More like this', 'Picked for you'] },
  es: { readMore: ['Contexto', 'Para entender más', 'El análisis'], related: ['Más para ti', 'Sigue leyendo'] },
  fr: { readMore: ['Décryptage', 'Le contexte', 'Notre analyse'], related: ['Pour vous', 'Nos dernières enquêtes'] },
  de: { readMore: ['Hintergrund', 'Zum Nachlesen', 'Dazu passend'], related: ['Für Sie ausgewählt', 'Neu bei uns'] },
  pt: { readMore: ['Entenda', 'Contexto', 'Análise'], related: ['Para você', 'Mais compartilhadas'] },
  it: { readMore: ['Approfondimento', 'Il contesto', 'Leggi l’analisi'], related: ['Scelti per te', 'Ultime dalla sezione'] },
  ru: { readMore: ['Контекст', 'Подробнее по теме', 'Разбор'], related: ['Выбор редакции', 'Ещё по теме'] },
  ar: { readMore: ['خلفية', 'للمزيد حول الموضوع', 'تحليل'], related: ['مختارات لك', 'الأكثر مشاركة'] },
  hi: { readMore: ['पूरी खबर', 'संदर्भ', 'विश्लेषण'], related: ['आपके लिए', 'सबसे ज़्यादा शेयर की गई खबरें'] },
  id: { readMore: ['Konteks', 'Selengkapnya:', 'Simak juga'], related: ['Untukmu', 'Terpopuler hari ini'] },
  ja: { readMore: ['【解説】', 'あわせて読みたい', 'この記事の続き'], related: ['おすすめ記事', 'よく読まれている記事'] },
  zh: { readMore: ['延伸阅读：', '背景', '深度解读'], related: ['为你推荐', '今日热读'] },
  tr: { readMore: ['Arka plan', 'Analiz', 'İlginizi çekebilir'], related: ['Sizin için seçtiklerimiz', 'En çok paylaşılanlar'] },
  pl: { readMore: ['Kontekst', 'Przeczytaj więcej', 'Analiza'], related: ['Dla ciebie', 'Najczęściej udostępniane'] },
  nl: { readMore: ['Achtergrond', 'Context', 'Analyse'], related: ['Voor jou geselecteerd', 'Meest gedeeld'] },
  he: { readMore: ['ניתוח', 'הקשר'], related: ['במיוחד בשבילך', 'הכי משותפות'] },
  uk: { readMore: ['Контекст', 'Пояснюємо', 'Аналітика'], related: ['Вибір редакції', 'Найпопулярніше за тиждень'] },
  vi: { readMore: ['Bối cảnh', 'Phân tích', 'Đọc tiếp'], related: ['Dành cho bạn', 'Được chia sẻ nhiều'] },
  ko: { readMore: ['배경', '분석', '함께 보면 좋은 기사'], related: ['추천 기사', '많이 공유된 기사'] },
  el: { readMore: ['Ανάλυση', 'Το πλαίσιο'], related: ['Επιλογές για εσάς', 'Τα πιο κοινοποιημένα'] },
  fa: { readMore: ['پیش‌زمینه', 'تحلیل'], related: ['پیشنهاد برای شما', 'پربحث‌ترین‌ها'] },
  th: { readMore: ['เบื้องหลัง', 'วิเคราะห์'], related: ['แนะนำสำหรับคุณ', 'ข่าวที่ถูกแชร์มากที่สุด'] },
  sw: { readMore: ['Uchambuzi', 'Muktadha'], related: ['Kwa ajili yako', 'Zilizoshirikiwa zaidi'] },
  bn: { readMore: ['প্রেক্ষাপট', 'বিশ্লেষণ'], related: ['আপনার জন্য', 'সর্বাধিক শেয়ার করা'] },
  cs: { readMore: ['Kontext', 'Analýza'], related: ['Vybrali jsme pro vás', 'Nejsdílenější'] },
  sv: { readMore: ['Analys', 'Sammanhang'], related: ['Utvalt för dig', 'Mest delade'] },
  ro: { readMore: ['Context', 'Analiză'], related: ['Pentru tine', 'Cele mai distribuite'] },
  hu: { readMore: ['Háttér', 'Elemzés'], related: ['Önnek ajánljuk', 'Legtöbbet megosztott'] },
  fi: { readMore: ['Analyysi', 'Tausta:'], related: ['Sinulle valittu', 'Jaetuimmat'] },
  da: { readMore: ['Analyse', 'Kontekst'], related: ['Udvalgt til dig', 'Mest delte'] },
  no: { readMore: ['Analyse', 'Kontekst'], related: ['Utvalgt for deg', 'Mest delt'] },
  sk: { readMore: ['Kontext', 'Analýza'], related: ['Vybrali sme pre vás', 'Najzdieľanejšie'] },
  bg: { readMore: ['Контекст', 'Анализ'], related: ['Избрано за вас', 'Най-споделяни'] },
  hr: { readMore: ['Kontekst', 'Analiza'], related: ['Odabrano za vas', 'Najdijeljenije'] },
  ca: { readMore: ['Context', 'Anàlisi'], related: ['Per a tu', 'El més compartit'] },
  ms: { readMore: ['Konteks', 'Analisis'], related: ['Untuk anda', 'Paling dikongsi'] },
  tl: { readMore: ['Konteksto', 'Pagsusuri'], related: ['Para sa iyo', 'Pinakamaraming shares'] },
  ta: { readMore: ['பின்னணி', 'பகுப்பாய்வு'], related: ['உங்களுக்காக', 'அதிகம் பகிரப்பட்டவை'] },
  lt: { readMore: ['Kontekstas', 'Analizė'], related: ['Atrinkta jums', 'Daugiausiai dalijamasi'] },
  lv: { readMore: ['Konteksts', 'Analīze'], related: ['Izvēlēts tev', 'Visvairāk kopīgotie'] },
  et: { readMore: ['Taust', 'Analüüs'], related: ['Sulle valitud', 'Enim jagatud'] },
  sl: { readMore: ['Ozadje', 'Analiza'], related: ['Izbrano za vas', 'Največkrat deljeno'] },
  sr: { readMore: ['Контекст', 'Анализа'], related: ['Изабрано за вас', 'Највише дељено'] },
  ur: { readMore: ['پس منظر', 'تجزیہ'], related: ['آپ کے لیے', 'سب سے زیادہ شیئر کی گئی'] },
  af: { readMore: ['Agtergrond', 'Ontleding'], related: ['Vir jou gekies', 'Meeste gedeel'] },
};

// Three page languages the generator did not have, shaped like LANGS in lang.mjs: merged into LANGS.
export const LANGS16 = {
  gl: {
    sentences: [
      'O concello aprobou o martes prolongar o peirao corenta metros máis antes de que cheguen os temporais de inverno.',
      'Os enxeñeiros advertiron de que as vellas defensas da costa levan máis dunha década sen revisarse como é debido.',
      'Os veciños da parte leste da vila contaron que as inundacións de febreiro estragaron decenas de baixos.',
      'A empresa construtora prevé rematar a primeira fase das obras en marzo se o tempo o permite.',
      'O proxecto finánciase en parte cunha subvención autonómica e en parte coa suba das tarifas de aparcamento.',
      'Varios mariñeiros dixéronlles aos xornalistas que temen perder o acceso á rampla durante as obras.',
      'Unha portavoz da axencia ambiental explicou que os plans foran revisados por expertos independentes en costas.',
      'Os concelleiros da oposición sosteñen que o diñeiro estaría mellor empregado en realoxar as familias máis expostas.',
    ],
    subjects: ['O concello', 'A Xunta', 'O hospital comarcal', 'Os gandeiros', 'A universidade', 'A confraría'],
    actions: ['apraza a votación do carril bus', 'recorta persoal tras un mal trimestre', 'presenta un parque á beira do río', 'dá explicacións sobre os fondos perdidos', 'gaña o recurso contra a licenza', 'inaugura a súa primeira planta solar'],
    readMore: ['Le tamén', 'Máis información', 'Nova relacionada', 'Pode interesarche', 'Ver tamén'],
    related: ['Novas relacionadas', 'O máis lido', 'Últimas novas', 'Máis novas', 'Tamén che pode interesar'],
  },
  az: {
    sentences: [
      'Şəhər şurası çərşənbə axşamı qış fırtınaları başlamazdan əvvəl liman divarının daha qırx metr uzadılmasına səs verib.',
      'Mühəndislər köhnə sahil bəndlərinin on ildən artıqdır ki, lazımi qaydada yoxlanılmadığı barədə xəbərdarlıq ediblər.',
      'Şəhərin şərq hissəsinin sakinləri ötən fevraldakı daşqının onlarla birinci mərtəbə mənzilini yararsız hala saldığını deyiblər.',
      'Podratçı hava şəraiti imkan verərsə, işlərin birinci mərhələsinin martda başa çatacağını gözləyir.',
      'Layihə qismən regional qrant, qismən də artırılmış parkinq haqları hesabına maliyyələşdirilir.',
      'Bir neçə balıqçı jurnalistlərə tikinti zamanı qayıq enişinə çıxışı itirməkdən narahat olduqlarını bildirib.',
      'Ətraf mühit agentliyinin sözçüsü planların müstəqil sahil ekspertləri tərəfindən nəzərdən keçirildiyini deyib.',
      'Müxalifət təmsilçiləri hesab edir ki, bu vəsaiti ən çox təhlükə altında olan ailələrin köçürülməsinə xərcləmək daha doğru olardı.',
    ],
    subjects: ['Şəhər şurası', 'Dəmir yolu şirkəti', 'Rayon xəstəxanası', 'Yerli fermerlər', 'Texnologiya startapı', 'Məktəb şurası'],
    actions: ['avtobus zolaqları üzrə səsverməni təxirə salır', 'zəif rübdən sonra işçiləri ixtisar edir', 'çay sahilində park layihəsini təqdim edir', 'itən vəsaitlə bağlı suallarla üzləşir', 'tikinti icazəsi üzrə apellyasiyanı qazanır', 'vadidə ilk günəş parkını açır'],
    readMore: ['Həmçinin oxuyun', 'Daha ətraflı', 'Əlaqəli xəbər', 'Oxumağı tövsiyə edirik', 'Bu da maraqlı ola bilər'],
    related: ['Əlaqəli xəbərlər', 'Ən çox oxunanlar', 'Son xəbərlər', 'Digər xəbərlər', 'Sizə maraqlı ola bilər'],
  },
  mk: {
    sentences: [
      'Градскиот совет во вторникот изгласа продолжување на пристанишниот ѕид за уште четириесет метри пред зимските бури.',
      'Инженерите предупредија дека старите крајбрежни насипи не се соодветно проверени повеќе од една деценија.',
      'Жителите од источниот дел на градот велат дека поплавата минатиот февруари уништила десетици приземни станови.',
      'Изведувачот очекува првата фаза од работите да заврши во март, ако дозволи времето.',
      'Проектот се финансира делумно од регионален грант, а делумно од зголемените надоместоци за паркирање.',
      'Неколку рибари им изјавија на новинарите дека се плашат оти за време на градбата ќе го изгубат пристапот до рампата за чамци.',
      'Портпаролка на агенцијата за животна средина изјави дека плановите ги прегледале независни експерти за крајбрежјето.',
      'Опозициските советници сметаат дека парите подобро би се потрошиле за преселување на најзагрозените семејства подалеку од морето.',
    ],
    subjects: ['Градскиот совет', 'Железничкиот превозник', 'Општата болница', 'Локалните земјоделци', 'Технолошки стартап', 'Училишниот одбор'],
    actions: ['го одложува гласањето за автобуските ленти', 'отпушта вработени по слаб квартал', 'претставува план за парк покрај реката', 'се соочува со прашања за исчезнатите средства', 'добива жалба за градежната дозвола', 'го отвора првиот соларен парк во долината'],
    readMore: ['Прочитај и', 'Повеќе на темава', 'Поврзано', 'Препорачуваме', 'Погледнете и'],
    related: ['Поврзани вести', 'Најчитани', 'Најнови', 'Уште вести', 'Можеби ќе ве интересира'],
  },
};

/** The round's labels: those added to the earlier languages and all of the new languages' (read-more lines, related boxes). */
export const ROUND16_LABELS = new Set([
  ...Object.values(LABELS16).flatMap(({ readMore, related }) => [...readMore, ...related]),
  ...Object.values(LANGS16).flatMap(({ readMore, related }) => [...readMore, ...related]),
]);
