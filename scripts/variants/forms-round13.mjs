// Session 13: keyword/taxonomy and affiliate forms, and four page languages, written before any rule change by
// a writer who had not seen the rules — from URL structures the earlier pools (forms-inline.mjs,
// forms-round8.mjs, forms-round10.mjs, forms-round12.mjs) do not have, not from any failure:
//   keyword links: topic hubs with the id first, short one-letter routes with an id, hashtags joined without
//     dashes, people, companies and organisations pages, query-only taxonomy (a category id, a term and its
//     taxonomy, a keyword or tag query on a PHP or news route), taxonomy words of more languages (Polish,
//     Turkish, Vietnamese, Swedish, Finnish, Czech, Romanian, Hungarian, Greek, Hebrew, Arabic with its article,
//     Thai, Bengali, Korean), taxonomy subdomains other than tags./topics., AMP tag routes, and anchors whose case
//     or inflection differs from the slug (a stemmed slug, CamelCase joined words, an upper-case query);
//   affiliate links: shop links with tracking parameters (Amazon linkId, irclickid, Flipkart affid), network
//     redirects with the destination encoded in the query (CJ's other hosts, Pepperjam, Rakuten, ValueCommerce,
//     eBay's rover), own-site cloaked routes (/visit/, /goto/), a coupon route, marketplace short links (Coupang,
//     Shopee, Mercado Livre) and a seller-platform affiliate parameter;
//   page languages: Czech, Swedish, Romanian, Hungarian (body sentences, headlines, labels), for the calls of
//     calls-round13.mjs.
// Merged into the pools by generate.mjs; the name hash splits them into dev and held halves as always.
const enc = encodeURIComponent;
const host = (o) => new URL(o).hostname.replace(/^www\./, '');
/** A five-digit id that depends on the slug, so a page's links agree with each other. */
const num = (s, k = 0) => ((s.length * 7919 + k * 104729) % 90000) + 10000;
/** The slug without an inflection ending on its last word (anchor "harbours", slug "harbour"). */
const stem = (s) => (s.length > 5 ? s.replace(/(?:ies|es|en|er|s|e|a|i|y|u)$/, '') : s);
const camel = (w) => w.split(/\s+/).map((x) => x.charAt(0).toUpperCase() + x.slice(1)).join('');

//   [name, (word, slug, origin) => path or absolute URL]
export const TAXONOMY13 = [
  ['r13-topic-id-first', (_w, s) => `/topic/${num(s)}-${s}`],
  ['r13-t-slug-id', (_w, s) => `/t/${s}-${num(s, 1)}`],
  ['r13-k-id-html', (_w, s) => `/k/${num(s, 2)}.html?kw=${s}`],
  ['r13-hashtag-joined', (_w, s) => `/hashtags/${s.replace(/-/g, '')}`],
  ['r13-personen', (_w, s) => `/personen/${s}/`],
  ['r13-companies', (_w, s) => `/companies/${s}/`],
  ['r13-organisations-id', (_w, s) => `/organisations/${num(s, 3)}/${s}`],
  ['r13-query-category-id', (_w, s) => `/?cat=${num(s, 4) % 900}`],
  ['r13-query-term-taxonomy', (_w, s) => `/?taxonomy=post_tag&term=${s}`],
  ['r13-index-php-keyword', (w) => `/index.php?keyword=${enc(w)}`],
  ['r13-news-query-tag-upper', (w) => `/news/?tag=${enc(w.toUpperCase())}`],
  ['r13-amp-tag', (_w, s) => `/amp/tag/${s}/`],
  ['r13-stemmed-slug', (_w, s) => `/tag/${stem(s)}/`],
  ['r13-camel-joined', (w) => `/Topics/${enc(camel(w))}`],
  ['r13-thema-subdomain', (_w, s, o) => `https://thema.${host(o)}/${s}/`],
  ['r13-topik-subdomain', (_w, s, o) => `https://topik.${host(o)}/${s}`],
  ['r13-pl-tagi', (_w, s) => `/tagi/${s}/`],
  ['r13-tr-etiketler', (_w, s) => `/etiketler/${s}`],
  ['r13-vi-su-kien', (_w, s) => `/su-kien/${s}-${num(s, 5)}.htm`],
  ['r13-sv-taggar', (_w, s) => `/taggar/${s}/`],
  ['r13-fi-aiheet', (_w, s) => `/aiheet/${s}`],
  ['r13-cs-klicova-slova', (_w, s) => `/klicova-slova/${s}/`],
  ['r13-ro-subiect', (_w, s) => `/subiect/${s}/`],
  ['r13-hu-cimkek', (_w, s) => `/cimkek/${s}`],
  ['r13-el-thema-encoded', (_w, s) => `/${enc('θέμα')}/${s}`],
  ['r13-he-noseim', (_w, s) => `/${enc('נושאים')}/${s}/`],
  ['r13-ar-alwasm', (_w, s) => `/${enc('الوسم')}/${s}`],
  ['r13-th-tag', (_w, s) => `/${enc('แท็ก')}/${s}`],
  ['r13-bn-tag', (_w, s) => `/${enc('ট্যাগ')}/${s}`],
  ['r13-ko-keyword', (_w, s) => `/${enc('키워드')}/${s}`],
];

//   [name, (c) => URL] (c: { slug, site, origin, asin })
const shop = (c) => `https://www.trailshop.example/item/${c.slug}`;
export const AFFILIATE13 = [
  ['r13-amazon-es-linkid', (c) => `https://www.amazon.es/dp/${c.asin}?linkCode=ll1&tag=${c.site}-21&linkId=${c.asin.toLowerCase().padEnd(32, '0')}`],
  ['r13-shop-irclickid', (c) => `https://www.runningstore.example/products/${c.slug}?irclickid=${c.asin}Q1xyz0Uw&irgwc=1&utm_source=impact`],
  ['r13-flipkart-affid', (c) => `https://www.flipkart.com/${c.slug}/p/itm${c.asin.slice(2, 9).toLowerCase()}?affid=${c.site.slice(0, 8)}&affExtParam1=inline`],
  ['r13-cj-jdoqocy', (c) => `https://www.jdoqocy.com/click-8123456-14123456?url=${enc(shop(c))}&cjsku=${c.asin}`],
  ['r13-pepperjam', (c) => `https://www.pjtra.com/t/8-11234-${num(c.slug)}-${c.asin.length}?url=${enc(shop(c))}`],
  ['r13-rakuten-hb', (c) => `https://hb.afl.rakuten.co.jp/hgc/1f2e3d4c.5b6a7980.1f2e3d4d.8a9b0c1d/?pc=${enc(`https://item.rakuten.co.jp/outdoor/${c.slug}/`)}&m=${enc(`http://m.rakuten.co.jp/outdoor/i/${num(c.slug)}/`)}`],
  ['r13-valuecommerce', (c) => `https://ck.jp.ap.valuecommerce.com/servlet/referral?sid=3${num(c.slug)}&pid=88${num(c.slug, 1)}&vc_url=${enc(shop(c))}`],
  ['r13-ebay-rover', (c) => `https://rover.ebay.com/rover/1/711-53200-19255-0/1?mpre=${enc(`https://www.ebay.com/itm/${num(c.slug)}${num(c.slug, 2)}`)}&campid=5338${num(c.slug, 3)}&toolid=10001`],
  ['r13-own-visit', (c) => `${c.origin}/visit/${c.slug}/`],
  ['r13-own-goto-query', (c) => `${c.origin}/goto/?merchant=${c.slug}&pos=article`],
  ['r13-own-coupon-redeem', (c) => `${c.origin}/coupons/${c.slug}/redeem?offer=${num(c.slug, 4)}`],
  ['r13-coupang-link', (c) => `https://link.coupang.com/a/${c.asin.slice(3, 9).toLowerCase()}`],
  ['r13-shopee-short', (c) => `https://s.shopee.co.id/${c.asin.slice(2, 10)}`],
  ['r13-mercadolivre-sec', (c) => `https://mercadolivre.com/sec/${c.asin.slice(1, 8).toLowerCase()}`],
  ['r13-gumroad-a', (c) => `https://${c.site}.gumroad.com/l/${c.slug}?a=${num(c.slug, 5)}${num(c.slug, 6)}`],
];

// Four page languages the generator did not have, shaped like LANGS in lang.mjs: merged into LANGS.
export const LANGS13 = {
  cs: {
    sentences: [
      'Městská rada v úterý odhlasovala prodloužení přístavní zdi o dalších čtyřicet metrů ještě před zimními bouřemi.',
      'Inženýři varovali, že staré pobřežní hráze nikdo řádně nezkontroloval už více než deset let.',
      'Obyvatelé východní části města uvedli, že loňská únorová povodeň zničila desítky přízemních bytů.',
      'Dodavatel počítá s tím, že první etapa prací skončí v březnu, pokud to počasí dovolí.',
      'Projekt se financuje zčásti z regionální dotace a zčásti ze zvýšených poplatků za parkování.',
      'Několik rybářů novinářům řeklo, že se bojí, že během stavby přijdou o přístup ke skluzu pro lodě.',
      'Mluvčí agentury pro životní prostředí uvedla, že plány posoudili nezávislí odborníci na pobřeží.',
      'Opoziční zastupitelé tvrdili, že by bylo lepší peníze vynaložit na přestěhování nejohroženějších rodin do vnitrozemí.',
    ],
    subjects: ['Městská rada', 'Železniční dopravce', 'Krajská nemocnice', 'Místní zemědělci', 'Technologický startup', 'Školská rada'],
    actions: ['odkládá hlasování o buspruzích', 'propouští po slabém čtvrtletí', 'představuje plán parku u řeky', 'čelí otázkám kvůli chybějícím penězům', 'vyhrává odvolání proti stavebnímu rozhodnutí', 'otevírá první solární park v údolí'],
    readMore: ['Čtěte také', 'Přečtěte si také', 'Související', 'Mohlo by vás zajímat', 'Více k tématu'],
    related: ['Související články', 'Další zprávy', 'Nejčtenější', 'Další z rubriky', 'Doporučujeme'],
  },
  sv: {
    sentences: [
      'Kommunfullmäktige röstade i tisdags för att förlänga hamnmuren med ytterligare fyrtio meter innan vinterstormarna kommer.',
      'Ingenjörer varnade för att de gamla strandskydden inte har besiktats ordentligt på över tio år.',
      'Boende på stadens östra sida berättade att översvämningen i februari förstörde dussintals bottenvåningar.',
      'Entreprenören räknar med att den första etappen blir klar i mars om vädret tillåter.',
      'Projektet finansieras dels av ett regionalt bidrag, dels av höjda parkeringsavgifter.',
      'Flera fiskare sa till reportrar att de oroar sig för att förlora tillgången till sjösättningsrampen under bygget.',
      'En talesperson för miljömyndigheten sa att planerna har granskats av oberoende kustexperter.',
      'Oppositionens ledamöter menade att pengarna hade gjort mer nytta om de mest utsatta familjerna flyttats längre inåt land.',
    ],
    subjects: ['Kommunen', 'Tågbolaget', 'Regionsjukhuset', 'Lokala bönder', 'Ett techbolag', 'Skolstyrelsen'],
    actions: ['skjuter upp omröstning om bussfiler', 'varslar efter svagt kvartal', 'presenterar plan för park vid ån', 'ifrågasätts om försvunna pengar', 'vinner överklagande om bygglov', 'öppnar dalens första solpark'],
    readMore: ['Läs också', 'Läs mer', 'Relaterat', 'Missa inte', 'Mer om ämnet'],
    related: ['Relaterade artiklar', 'Fler nyheter', 'Mest läst', 'Senaste nytt', 'Mer från redaktionen'],
  },
  ro: {
    sentences: [
      'Consiliul local a votat marți prelungirea zidului portului cu încă patruzeci de metri înainte de furtunile de iarnă.',
      'Inginerii au avertizat că vechile diguri de pe coastă nu au mai fost inspectate cum trebuie de peste zece ani.',
      'Locuitorii din partea de est a orașului au spus că inundația din februarie a distrus zeci de locuințe de la parter.',
      'Constructorul se așteaptă ca prima etapă a lucrărilor să se încheie în martie, dacă vremea permite.',
      'Proiectul este finanțat în parte dintr-un grant regional și în parte din creșterea tarifelor de parcare.',
      'Mai mulți pescari le-au spus reporterilor că se tem să nu piardă accesul la rampa pentru bărci în timpul lucrărilor.',
      'O purtătoare de cuvânt a agenției de mediu a declarat că planurile au fost analizate de experți independenți.',
      'Consilierii din opoziție au susținut că banii ar fi fost mai bine folosiți pentru mutarea familiilor celor mai expuse.',
    ],
    subjects: ['Primăria', 'Operatorul feroviar', 'Spitalul județean', 'Fermierii din zonă', 'Un startup local', 'Inspectoratul școlar'],
    actions: ['amână votul pe benzile de autobuz', 'face concedieri după un trimestru slab', 'prezintă planul unui parc pe malul râului', 'este întrebat despre fondurile dispărute', 'câștigă procesul privind autorizația de construire', 'deschide primul parc solar din vale'],
    readMore: ['Citește și', 'Citiți și', 'Vezi și', 'Articol recomandat', 'Mai multe despre subiect'],
    related: ['Articole similare', 'Știri recomandate', 'Cele mai citite', 'Ultimele știri', 'Din aceeași categorie'],
  },
  hu: {
    sentences: [
      'A városi közgyűlés kedden megszavazta, hogy a téli viharok előtt további negyven méterrel meghosszabbítják a kikötő falát.',
      'A mérnökök figyelmeztettek, hogy a régi parti védműveket több mint tíz éve nem vizsgálták meg rendesen.',
      'A város keleti részén élők szerint a februári árvíz több tucat földszinti lakást tett tönkre.',
      'A kivitelező arra számít, hogy ha az időjárás engedi, a munkák első szakasza márciusra elkészül.',
      'A projektet részben regionális támogatásból, részben a megemelt parkolási díjakból finanszírozzák.',
      'Több halász is elmondta, hogy attól tartanak, az építkezés alatt nem férnek hozzá a csónakrámpához.',
      'A környezetvédelmi hivatal szóvivője szerint a terveket független partvédelmi szakértők is átnézték.',
      'Az ellenzéki képviselők szerint a pénzt inkább a leginkább veszélyeztetett családok elköltöztetésére kellett volna fordítani.',
    ],
    subjects: ['A közgyűlés', 'A vasúttársaság', 'A megyei kórház', 'Helyi gazdák', 'Egy techcég', 'Az iskolaszék'],
    actions: ['elhalasztja a buszsávokról szóló szavazást', 'leépítést jelent be egy gyenge negyedév után', 'bemutatja a folyóparti park tervét', 'kérdésekkel szembesül az eltűnt pénz miatt', 'megnyeri a fellebbezést az építési ügyben', 'megnyitja a völgy első napelemparkját'],
    readMore: ['Ezt is olvassa el', 'Kapcsolódó', 'Olvasson tovább', 'Ajánljuk', 'Erről is írtunk'],
    related: ['Kapcsolódó cikkek', 'További hírek', 'Legolvasottabb', 'Friss hírek', 'A rovat további cikkei'],
  },
};

/** Every keyword/affiliate form name of this round (the scorer reports them apart, with calls-round13.mjs's). */
export const ROUND13_FORM_NAMES = new Set([...TAXONOMY13, ...AFFILIATE13].map(([name]) => name));
