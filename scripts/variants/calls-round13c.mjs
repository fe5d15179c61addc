// Round 13c of the call pools (session 13c): written by a writer who had not seen the rules (nothing under src/
// was opened, no score output read), before any rule change, from how calls are worded on the open web. It
// leans on the languages the round-13 pools had few of per half (ru, ja, fa, th, ko, zh, cs, el, sw, bn, it, nl,
// pl) and on phrasings the earlier rounds lack:
// - questions that ask ("Want the next part before everyone else?") and conditions ("If you'd like more …");
// - third-person and impersonal calls ("Readers can …", "Newsletter subscribers get …");
// - polite and honorific registers (Japanese keigo, Korean -세요/-십시오, Thai ครับ/ค่ะ) and modal forms
//   ("You should follow …", "Sie sollten …", "Вы можете подписаться …");
// - a concrete perk (early access, no ads, an e-book); a sign-off after the author's bio; a platform named
//   only by a handle ("@harbourtimes on X") or an icon (𝕏); a call split into a heading and one line.
// Containers the earlier rounds did not use (ROUND13C_SHAPES, appended to CALL_SHAPES), and look-alikes that
// must stay, often in the same containers: a how-to step about a third party's service, a quoted chant, a
// review's update, a recipe's "share", fans who followed their team, a newsletter's history, an FAQ about the
// reader's own account elsewhere, a tutorial's bell icon, a signed letter to the editor, a bio line.
// The name hash splits every pool into its dev and held halves as always.

// Per language: [text, to] as in calls.mjs ("[linked words]" marks the link, `to` a kind of CALL_TARGETS).
export const ROUND13C_CALLS = {
  en: [
    ['Want the next part before everyone else? [Members read it on Thursday].', 'own'],
    ['If you’d like more stories like this one, our Friday letter collects them — [it’s free].', 'newsletter'],
    ['Readers can subscribe to the print edition from £3 a week, delivered before 7 a.m.', 'none'],
    ['Newsletter subscribers get every investigation a day early, without ads.', 'none'],
    ['You should follow @harbourtimes on X — that’s where the live updates go first.', 'none'],
    ['— Tom Aldous is our transport correspondent. He’s on Mastodon as [@tomaldous], and tips are always welcome.', 'mastodon'],
    ['Free for members: our 60-page e-book on buying a first home. [Claim your copy]', 'own'],
    ['Still reading? Then you’re exactly who we’d like on our mailing list. [Add your e-mail]', 'newsletter'],
    ['More of this, every morning. Our briefing takes two minutes and lands at 6:30. [Try it]', 'newsletter'],
    ['Anyone who has enjoyed this series can help fund the next one through [our reader fund].', 'donate'],
    ['On the go? Our stories are on [𝕏] too.', 'x'],
    ['Have a view on the new bus lanes? We’d love to publish it — letters are open until Sunday.', 'none'],
  ],
  ru: [
    ['Вы можете подписаться на наш канал в [Telegram] — там новости выходят раньше.', 'telegram'],
    ['Хотите получать такие разборы первыми? Подпишитесь на рассылку — это бесплатно.', 'none'],
    ['Если статья оказалась полезной, [поддержите нас] — без рекламы мы живём только на ваши взносы.', 'donate'],
    ['Подписчики нашей рассылки получают в подарок электронную книгу «Сто маршрутов выходного дня».', 'none'],
    ['Читатели могут задать вопрос автору в комментариях под статьёй.', 'none'],
    ['Оставайтесь с нами в [Дзене]: там выходят все видео без рекламы.', 'dzen'],
  ],
  ja: [
    ['このような記事をもっと読みたい方は、[ニュースレター]にご登録いただけますと幸いです。', 'newsletter'],
    ['続きを先に読みたいですか？有料会員の方は公開前日にお読みいただけます。', 'none'],
    ['読者の皆さまは、[LINE公式アカウント]を友だち追加いただくと最新記事をお受け取りになれます。', 'line'],
    ['Xでは@harbourtimesとして速報を発信しております。', 'none'],
    ['会員登録いただくと、広告なしで全記事をお読みいただけます。[詳しくはこちら]', 'own'],
    ['筆者は札幌在住のフリーライター。お仕事のご依頼は[こちら]からお気軽にどうぞ。', 'contact'],
    ['ぜひフォローをお願いいたします。最新情報をいち早くお届けします。', 'none'],
  ],
  ko: [
    ['다음 편을 먼저 읽고 싶으신가요? [멤버십]에 가입하시면 하루 일찍 보실 수 있습니다.', 'own'],
    ['이런 기사를 더 받아보고 싶으시다면 [뉴스레터]를 구독하십시오.', 'newsletter'],
    ['독자 여러분은 카카오톡 채널에서도 기사를 받아보실 수 있습니다.', 'none'],
    ['구독자께는 광고 없는 화면과 전자책 한 권을 드립니다.', 'none'],
    ['기자는 부산에서 노동 문제를 취재합니다. 제보는 [이메일]로 보내 주십시오.', 'mailto'],
    ['X(@harbourtimes)에서도 만나요!', 'none'],
  ],
  zh: [
    ['想第一时间看到下一篇吗？欢迎关注我们的[微博]。', 'weibo'],
    ['如果您喜欢这类文章，可以订阅我们的每周简报，完全免费。', 'none'],
    ['会员读者可提前一天阅读全部报道，且无广告。[了解会员]', 'own'],
    ['作者现居杭州，长期关注城市交通。欢迎通过[邮箱]与她联系。', 'mailto'],
    ['扫描下方二维码，关注我们的公众号。', 'none'],
    ['觉得有用的话，请点个“在看”并转发给朋友吧。', 'none'],
  ],
  fa: [
    ['اگر مایلید گزارش‌هایی از این دست را زودتر بخوانید، در [خبرنامه] ما ثبت‌نام کنید.', 'newsletter'],
    ['می‌خواهید قسمت بعدی را زودتر از همه بخوانید؟ ما را در [تلگرام] دنبال کنید.', 'telegram'],
    ['خوانندگان می‌توانند پرسش‌های خود را در بخش نظرات برای نویسنده بفرستند.', 'none'],
    ['مشترکان خبرنامه یک کتاب الکترونیکی رایگان هدیه می‌گیرند.', 'none'],
    ['شما می‌توانید با [کمک مالی] از روزنامه‌نگاری مستقل حمایت کنید.', 'donate'],
    ['ما را در اینستاگرام با نام @harbourtimes پیدا کنید.', 'none'],
  ],
  th: [
    ['อยากอ่านตอนต่อไปก่อนใครไหมครับ? [สมัครสมาชิก]ได้เลย', 'own'],
    ['หากชอบบทความแบบนี้ ฝากกดติดตามเพจของเราด้วยนะคะ', 'none'],
    ['ผู้อ่านสามารถรับข่าวทุกเช้าผ่าน[LINE Official]ของเราได้ครับ', 'line'],
    ['สมาชิกอ่านได้ทุกบทความโดยไม่มีโฆษณา และรับอีบุ๊กฟรีหนึ่งเล่ม', 'none'],
    ['ผู้เขียนเป็นนักข่าวสิ่งแวดล้อมประจำเชียงใหม่ ติดตามผลงานได้ที่[เฟซบุ๊ก]ค่ะ', 'social'],
    ['ช่วยแชร์บทความนี้ให้เพื่อนๆ ด้วยนะครับ', 'none'],
  ],
  sw: [
    ['Ungependa kusoma habari kama hizi kila asubuhi? [Jiandikishe kwa jarida letu].', 'newsletter'],
    ['Ikiwa umependa makala hii, tafadhali ishiriki na marafiki zako.', 'none'],
    ['Wasomaji wanaweza kutufuata kwenye [X] kwa habari za papo hapo.', 'x'],
    ['Wanachama husoma habari zote bila matangazo. [Jiunge sasa]', 'own'],
    ['Unaweza kutuunga mkono kwa mchango wowote kupitia [M-Pesa].', 'donate'],
  ],
  bn: [
    ['এমন আরও লেখা পড়তে চান? আমাদের [নিউজলেটারে] সাবস্ক্রাইব করুন।', 'newsletter'],
    ['লেখাটি ভালো লাগলে বন্ধুদের সঙ্গে শেয়ার করুন।', 'none'],
    ['পাঠকেরা আমাদের [ফেসবুক পেজে] সর্বশেষ খবর পাবেন।', 'social'],
    ['সদস্যরা বিজ্ঞাপন ছাড়াই সব প্রতিবেদন পড়তে পারেন।', 'none'],
    ['আপনার মতামত মন্তব্যের ঘরে জানাতে পারেন।', 'none'],
  ],
  cs: [
    ['Chcete další díl číst dřív než ostatní? [Staňte se předplatitelem].', 'own'],
    ['Pokud vás podobné články baví, přihlaste se k odběru našeho týdeníku.', 'none'],
    ['Čtenáři nás mohou sledovat také na [Instagramu].', 'social'],
    ['Odběratelé newsletteru dostávají zdarma e-knihu o výletech po Vysočině.', 'none'],
    ['Měli byste nás sledovat na X: @harbourtimes.', 'none'],
    ['— Jana Novotná píše o energetice. Podněty jí můžete poslat [e-mailem].', 'mailto'],
  ],
  el: [
    ['Θέλετε να διαβάζετε πρώτοι το επόμενο μέρος; [Γίνετε συνδρομητής].', 'own'],
    ['Αν σας αρέσουν τέτοια άρθρα, εγγραφείτε στο εβδομαδιαίο δελτίο μας.', 'none'],
    ['Οι αναγνώστες μπορούν να μας βρουν και στο [Instagram].', 'social'],
    ['Οι συνδρομητές διαβάζουν χωρίς διαφημίσεις και παίρνουν δωρεάν ένα e-book.', 'none'],
    ['Θα πρέπει να μας ακολουθήσετε στο X (@harbourtimes) για ζωντανή ενημέρωση.', 'none'],
  ],
  it: [
    ['Vuoi leggere la prossima puntata prima degli altri? [Abbonati].', 'own'],
    ['Se ti piacciono articoli come questo, iscriviti alla nostra newsletter del venerdì.', 'none'],
    ['I lettori possono seguirci anche su [Telegram].', 'telegram'],
    ['Gli abbonati leggono senza pubblicità e ricevono un e-book in omaggio.', 'none'],
    ['Dovresti seguirci su X: @harbourtimes.', 'none'],
    ['— Giulia Serra si occupa di energia. Scrivetele a [questo indirizzo].', 'mailto'],
  ],
  nl: [
    ['Wil je het volgende deel als eerste lezen? [Word abonnee].', 'own'],
    ['Als je meer van dit soort verhalen wilt, schrijf je dan in voor onze zaterdagmail.', 'none'],
    ['Lezers kunnen ons ook volgen op [Instagram].', 'social'],
    ['Abonnees lezen zonder advertenties en krijgen een gratis e-book.', 'none'],
    ['Je zou ons eigenlijk moeten volgen op X: @harbourtimes.', 'none'],
  ],
  pl: [
    ['Chcesz przeczytać kolejną część przed innymi? [Zostań subskrybentem].', 'own'],
    ['Jeśli lubisz takie teksty, zapisz się na nasz piątkowy newsletter.', 'none'],
    ['Czytelnicy mogą nas obserwować także na [Instagramie].', 'social'],
    ['Subskrybenci czytają bez reklam i dostają darmowy e-book.', 'none'],
    ['Powinniście nas obserwować na X: @harbourtimes.', 'none'],
  ],
  de: [
    ['Sie sollten unseren Newsletter abonnieren, wenn Sie keine Folge verpassen möchten.', 'none'],
    ['Möchten Sie den nächsten Teil vorab lesen? [Jetzt Mitglied werden].', 'own'],
    ['Abonnentinnen und Abonnenten lesen bei uns werbefrei. [Mehr erfahren]', 'own'],
    ['— Lena Vogt schreibt über Verkehr und lebt in Leipzig. Sie finden sie auf [Bluesky].', 'bluesky'],
  ],
  fr: [
    ['Vous aimeriez lire la suite avant tout le monde ? [Abonnez-vous].', 'own'],
    ['Les abonnés de notre lettre reçoivent chaque mois un livre numérique offert.', 'none'],
    ['Si vous souhaitez plus d’articles de ce type, vous pouvez nous suivre sur [Mastodon].', 'mastodon'],
  ],
  es: [
    ['¿Quieres leer el siguiente capítulo antes que nadie? [Hazte suscriptor].', 'own'],
    ['Los lectores pueden seguirnos también en X como @harbourtimes.', 'none'],
    ['Deberías suscribirte a nuestro boletín si no quieres perderte la segunda parte.', 'none'],
  ],
  pt: [
    ['Quer ler o próximo capítulo antes de todos? [Torne-se assinante].', 'own'],
    ['Se você gostou, pode nos seguir também no [Instagram].', 'social'],
    ['Assinantes leem sem anúncios e recebem um e-book grátis.', 'none'],
  ],
  tr: [
    ['Bir sonraki bölümü herkesten önce okumak ister misiniz? [Abone olun].', 'own'],
    ['Okurlarımız bizi X’te @harbourtimes hesabından takip edebilir.', 'none'],
  ],
  uk: [
    ['Хочете читати наступну частину першими? [Оформіть підписку].', 'own'],
    ['Ви можете підписатися на наш канал у [Telegram].', 'telegram'],
  ],
  vi: [
    ['Bạn muốn đọc phần tiếp theo sớm hơn? [Đăng ký thành viên] ngay.', 'own'],
    ['Độc giả có thể theo dõi chúng tôi trên [Zalo] để nhận tin mỗi sáng.', 'zalo'],
  ],
  id: [
    ['Ingin membaca bagian berikutnya lebih dulu? [Jadi pelanggan].', 'own'],
    ['Pembaca bisa mengikuti kami di X lewat akun @harbourtimes.', 'none'],
  ],
  hi: [
    ['क्या आप अगली कड़ी सबसे पहले पढ़ना चाहते हैं? [सदस्य बनें]।', 'own'],
    ['पाठक हमें [व्हाट्सऐप चैनल] पर भी फ़ॉलो कर सकते हैं।', 'whatsapp'],
  ],
  ar: [
    ['هل تريد قراءة الجزء التالي قبل الجميع؟ [اشترك الآن].', 'own'],
    ['يمكن للقراء متابعتنا على إكس عبر الحساب @harbourtimes.', 'none'],
  ],
  he: [
    ['רוצים לקרוא את הפרק הבא לפני כולם? [הצטרפו למינוי].', 'own'],
    ['קוראים יכולים לעקוב אחרינו גם ב[טלגרם].', 'telegram'],
  ],
  sv: [['Vill du läsa nästa del före alla andra? [Bli prenumerant].', 'own']],
  ro: [['Vrei să citești următorul episod înaintea tuturor? [Abonează-te].', 'own']],
  hu: [['Szeretnéd elsőként olvasni a következő részt? [Fizess elő].', 'own']],
};

/** Splits a call's inner HTML at its first sentence end (CJK ends need no space), or a comma; never inside a tag. */
function headAndLine(x) {
  for (const re of [/^(.+?[?!.:;？！。；])\s+(\S.*)$/su, /^(.+?[？！。])(\S.*)$/su, /^(.+?[,，、])\s*(\S.*)$/su]) {
    const m = re.exec(x);
    if (m && !/<[^>]*$/.test(m[1])) return [m[1], m[2]];
  }
  // One sentence: at the space nearest its middle outside a tag (a text without spaces stays whole).
  const spaces = [];
  let depth = 0;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === '<') depth++;
    else if (x[i] === '>') depth--;
    else if (x[i] === ' ' && depth === 0) spaces.push(i);
  }
  if (spaces.length === 0) return [x, ''];
  const at = spaces.sort((i, j) => Math.abs(i - x.length / 2) - Math.abs(j - x.length / 2))[0];
  return [x.slice(0, at), x.slice(at + 1)];
}
/** The second part's element, or nothing when the call did not split. */
const opt = (b, make) => (b ? make(b) : '');

const bellSvg = '<svg class="callout__icon" aria-hidden="true" viewBox="0 0 24 24" width="24" height="24"><path d="M12 2a6 6 0 0 0-6 6v5l-2 3h16l-2-3V8a6 6 0 0 0-6-6zm0 20a3 3 0 0 0 3-3H9a3 3 0 0 0 3 3z"/></svg>';

// Containers (appended to CALL_SHAPES): [name, (x, c) => html]; c.link(to) adds a link the call's own must go with.
export const ROUND13C_SHAPES = [
  ['r13c-role-complementary', (x) => `<div role="complementary" class="article-aside"><p>${x}</p></div>`],
  ['r13c-p-has-background', (x) => `<p class="has-background" style="background-color:#fff4d6">${x}</p>`],
  ['r13c-figure-aside', (x) => `<figure class="wp-block-pullquote"><aside><p>${x}</p></aside></figure>`],
  ['r13c-svg-button-callout', (x) => `<div class="callout callout--promo">${bellSvg}<p>${x}</p><button type="button" class="callout__close" aria-label="Close">×</button></div>`],
  ['r13c-details-open', (x) => `<details class="promo-box" open><summary>✉️</summary><p>${x}</p></details>`],
  ['r13c-table-bordered', (x) => `<table border="1" cellpadding="10" style="width:100%;border-collapse:collapse"><tbody><tr><td style="border:2px solid #1a1a1a">${x}</td></tr></tbody></table>`],
  ['r13c-wp-quote-box', (x) => `<blockquote class="wp-block-quote is-style-plain"><p>${x}</p></blockquote>`],
  ['r13c-sup-small-end', (x) => `<p><sup><small>${x}</small></sup></p>`],
  ['r13c-dl-dt-dd', (x) => { const [a, b] = headAndLine(x); return `<dl class="promo"><dt>${a}</dt>${opt(b, (t) => `<dd>${t}</dd>`)}</dl>`; }],
  ['r13c-hr-two-lines', (x) => { const [a, b] = headAndLine(x); return `<hr class="is-style-dots"><p>${a}</p>${opt(b, (t) => `<p>${t}</p>`)}<hr class="is-style-dots">`; }],
  ['r13c-center-emoji', (x) => `<center>📢 ${x} 📢</center>`],
  ['r13c-heading-line', (x) => { const [a, b] = headAndLine(x); return `<h3>${a}</h3>${opt(b, (t) => `<p>${t}</p>`)}`; }],
  ['r13c-h4-small-line', (x) => { const [a, b] = headAndLine(x); return `<h4 class="wp-block-heading">${a}</h4>${opt(b, (t) => `<p><small>${t}</small></p>`)}`; }],
  ['r13c-author-bio-box', (x, c) => `<div class="author-box"><img src="${c.origin}/wp-content/uploads/avatars/author-96x96.jpg" alt="" width="48" height="48"><p class="author-box__bio"><em>${x}</em></p></div>`],
  ['r13c-aside-ul', (x) => `<aside aria-label="Newsletter"><ul class="is-style-none"><li>${x}</li></ul></aside>`],
  ['r13c-row-icon-arrow', (x, c) => `<div class="cta-row"><span class="cta-row__icon">✉️</span><p>${x}</p><a class="cta-row__go" href="${c.link('newsletter')}" aria-label="Go">→</a></div>`],
  ['para-end-r13c-sup', (x) => `<br><sup>${x}</sup>`],
];

// Look-alikes that must stay: [name, html]. Per language, the English ones on every page.
const P = (t) => `<p>${t}</p>`;
const letter = (t, who) => `<blockquote class="wp-block-quote"><p>${t}</p><cite>${who}</cite></blockquote>`;
const faq = (q, a) => `<details><summary>${q}</summary><p>${a}</p></details>`;
export const ROUND13C_LOOKALIKES = {
  en: [
    ['r13c-howto-council-reminders', '<ol><li>Open the council’s bin-collection page.</li><li>Subscribe to the reminders with your postcode.</li><li>Confirm the e-mail the council sends you.</li></ol>'],
    ['r13c-quoted-chant', P('“Follow us, not the money,” the protesters chanted as they crossed the bridge towards the ministry.')],
    ['r13c-review-update', P('Once you download the March update, the camera app stops freezing in low light, though the battery gains are modest.')],
    ['r13c-recipe-share-bread', P('Share the flatbreads out while they are still warm and let everyone tear their own.')],
    ['r13c-fans-madrid', P('Some 4,000 fans followed the team to Madrid and sang through the whole second half.')],
    ['r13c-history-newsletter', P('The first issue of the co-operative’s newsletter, typed in 1952, asked members to bring their own jars.')],
    ['r13c-faq-private-account', faq('How do I make my Instagram account private?', 'Open your profile, tap Settings, then Account privacy, and switch on “Private account”.')],
    ['r13c-tutorial-bell', P('Click the bell icon in the top bar of the dashboard to see which builds failed overnight.')],
    ['r13c-letter-ferry', letter('Your report on the ferry timetable missed that the winter service calls at Northbay twice a day, not once.', 'Margaret Hale, Northbay')],
    ['r13c-bio-energy', P('<em>Maria Costa writes about energy and lives in Porto.</em>')],
    ['r13c-scam-subscribe', P('Police said the caller told victims to “subscribe to a protection plan” and pay with gift cards.')],
    ['r13c-donate-blood', P('The hospital asked residents to donate blood this week, after stocks of O-negative fell to two days’ supply.')],
    ['r13c-minister-comment', P('The minister declined to comment on the leaked memo when reporters asked him on Tuesday.')],
    ['r13c-app-store-ruling', P('The court ruled that the app store must let developers tell users about cheaper ways to pay.')],
    ['r13c-join-union', P('Nurses who join the union before March will be covered by the new agreement, its secretary said.')],
    ['r13c-early-access-scheme', P('MPs voted 214 to 190 to keep the early-access scheme for first-time buyers.')],
    ['r13c-census-signup', P('More than 60 per cent of households signed up for the online census in its first week.')],
    ['r13c-details-step-notifications', faq('Step 4: notifications', 'Turn on notifications for the build channel so the team sees failures as they happen.')],
    ['r13c-dl-glossary-subscriber', '<dl><dt>Subscriber</dt><dd>A household with an active broadband contract on the last day of the quarter.</dd></dl>'],
    ['r13c-table-club-fees', '<table border="1"><tbody><tr><td>Membership, adults</td><td>£40 a year</td></tr><tr><td>Under-18s</td><td>Free</td></tr></tbody></table>'],
  ],
  ru: [
    ['r13c-ru-fans', P('Около двух тысяч болельщиков поехали за командой в Казань и поддерживали её до финального свистка.')],
    ['r13c-ru-quote', P('«Присоединяйтесь к нам!» — кричали протестующие прохожим, пока колонна шла по набережной.')],
    ['r13c-ru-howto', P('Чтобы получать напоминания о записи к врачу, подпишитесь на уведомления в личном кабинете портала госуслуг.')],
  ],
  ja: [
    ['r13c-ja-recipe', P('ピザは八等分に切り分け、テーブルで皆で取り分けてください。')],
    ['r13c-ja-bio', P('田中美咲はエネルギー問題を担当し、札幌在住。')],
    ['r13c-ja-howto', P('市の防災メールに登録するには、市のサイトでメールアドレスを入力してください。')],
    ['r13c-ja-fans', P('約3000人のサポーターがチームを追って大阪まで駆けつけた。')],
  ],
  ko: [
    ['r13c-ko-fans', P('약 2천 명의 팬이 팀을 따라 광주까지 원정 응원을 떠났다.')],
    ['r13c-ko-howto', P('앱 상단의 종 모양 아이콘을 누르면 은행 입출금 알림 설정을 바꿀 수 있습니다.')],
    ['r13c-ko-quote', P('“우리와 함께해 주십시오.” 시위대는 지나가는 시민들에게 이렇게 외쳤다.')],
  ],
  zh: [
    ['r13c-zh-fans', P('约三千名球迷跟随球队远赴广州，一直唱到终场哨响。')],
    ['r13c-zh-howto', P('在银行App中点击右上角的铃铛图标，即可关闭交易提醒。')],
    ['r13c-zh-history', P('这份社区简报创办于1986年，最初只有两页，靠志愿者手工装订。')],
  ],
  fa: [
    ['r13c-fa-fans', P('حدود دو هزار هوادار تیم را تا تبریز همراهی کردند و تا پایان بازی تشویق کردند.')],
    ['r13c-fa-quote', P('«به ما بپیوندید!» معترضان این جمله را خطاب به رهگذران فریاد می‌زدند.')],
    ['r13c-fa-bio', P('مریم احمدی درباره انرژی می‌نویسد و در شیراز زندگی می‌کند.')],
  ],
  th: [
    ['r13c-th-fans', P('แฟนบอลราวสามพันคนเดินทางตามทีมไปเชียงใหม่และเชียร์จนจบเกม')],
    ['r13c-th-howto', P('หากต้องการรับแจ้งเตือนค่าไฟ ให้สมัครบริการ SMS ของการไฟฟ้าผ่านเว็บไซต์ของหน่วยงาน')],
    ['r13c-th-recipe', P('หั่นเค้กเป็นแปดชิ้นแล้วแบ่งใส่จานให้ทุกคน')],
  ],
  sw: [
    ['r13c-sw-fans', P('Mashabiki wapatao elfu tatu waliifuata timu hadi Mombasa na kuimba hadi kipenga cha mwisho.')],
    ['r13c-sw-howto', P('Ili kupokea ujumbe wa bili ya maji, jisajili kwenye huduma ya SMS ya shirika la maji.')],
    ['r13c-sw-bio', P('Amina Juma anaandika kuhusu nishati na anaishi Arusha.')],
  ],
  bn: [
    ['r13c-bn-fans', P('প্রায় তিন হাজার সমর্থক দলকে অনুসরণ করে চট্টগ্রাম পর্যন্ত গিয়েছিলেন।')],
    ['r13c-bn-howto', P('বিদ্যুৎ বিলের বার্তা পেতে বিদ্যুৎ অফিসের ওয়েবসাইটে মোবাইল নম্বর দিয়ে নিবন্ধন করুন।')],
    ['r13c-bn-history', P('১৯৬৫ সালে সমবায়টি সদস্যদের জন্য একটি মাসিক বার্তাপত্র ছাপাতে শুরু করে।')],
  ],
  cs: [
    ['r13c-cs-fans', P('Zhruba tři tisíce fanoušků následovaly tým až do Madridu a zpívaly do posledního hvizdu.')],
    ['r13c-cs-howto', P('Chcete-li dostávat upozornění na odstávky, přihlaste se k odběru SMS na webu distributora elektřiny.')],
    ['r13c-cs-quote', P('„Přidejte se k nám!“ volali demonstranti na kolemjdoucí před radnicí.')],
  ],
  el: [
    ['r13c-el-fans', P('Περίπου τρεις χιλιάδες οπαδοί ακολούθησαν την ομάδα στη Μαδρίτη.')],
    ['r13c-el-howto', P('Για να λαμβάνετε ειδοποιήσεις για διακοπές νερού, εγγραφείτε στην υπηρεσία SMS του δήμου.')],
    ['r13c-el-bio', P('Η Μαρία Παππά γράφει για την ενέργεια και ζει στη Θεσσαλονίκη.')],
  ],
  it: [
    ['r13c-it-tifosi', P('Circa tremila tifosi hanno seguito la squadra fino a Madrid e hanno cantato fino al fischio finale.')],
    ['r13c-it-ricetta', P('Condividete la focaccia ancora tiepida e lasciate che ognuno ne strappi un pezzo.')],
    ['r13c-it-recensione', P('Dopo aver scaricato l’aggiornamento di marzo, la fotocamera non si blocca più con poca luce.')],
  ],
  nl: [
    ['r13c-nl-supporters', P('Zo’n drieduizend supporters volgden de ploeg naar Madrid en zongen tot het laatste fluitsignaal.')],
    ['r13c-nl-howto', P('Wil je een melding bij een stroomstoring? Meld je dan aan voor de sms-dienst van de netbeheerder.')],
    ['r13c-nl-brief', letter('De nieuwe dienstregeling van de veerboot houdt geen rekening met scholieren.', 'Hans de Wit, Zwolle')],
  ],
  pl: [
    ['r13c-pl-kibice', P('Około trzech tysięcy kibiców pojechało za drużyną do Madrytu.')],
    ['r13c-pl-howto', P('Aby dostawać powiadomienia o wywozie śmieci, zapisz się do usługi SMS na stronie urzędu gminy.')],
    ['r13c-pl-cytat', P('„Dołączcie do nas!” – wołali protestujący do przechodniów przed ratuszem.')],
  ],
  de: [
    ['r13c-de-fans', P('Rund 3000 Fans folgten der Mannschaft nach Madrid und sangen bis zum Abpfiff.')],
    ['r13c-de-bio', P('<em>Maria Keller schreibt über Energie und lebt in Freiburg.</em>')],
  ],
  fr: [
    ['r13c-fr-supporters', P('Quelque 3 000 supporters ont suivi l’équipe jusqu’à Madrid.')],
    ['r13c-fr-faq', faq('Comment rendre mon compte Instagram privé ?', 'Ouvrez les Paramètres, puis Confidentialité du compte, et activez « Compte privé ».')],
  ],
  es: [
    ['r13c-es-carta', letter('El reportaje sobre el nuevo carril bici olvida que la calle Mayor sigue cortada los sábados.', 'Carmen Ruiz, Valladolid')],
    ['r13c-es-tutorial', P('Pulsa el icono de la campana en la barra superior del panel para ver qué pedidos han fallado.')],
  ],
};

/** The names of this round's forms (call texts, containers, look-alikes): the scorer reports them apart. */
export const ROUND13C_NAMES = new Set([
  ...Object.values(ROUND13C_CALLS).flat().map(([t]) => t.replace(/[[\]]/g, '')),
  ...ROUND13C_SHAPES.map(([n]) => n),
  ...Object.values(ROUND13C_LOOKALIKES).flat().map(([n]) => n),
]);
