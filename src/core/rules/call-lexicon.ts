// The few words a call to action is made of, in the languages we read, for follow-us-call.ts: how a call
// starts (an imperative: "Follow", "Síguenos", "Abonnez-vous", "Подпишитесь", "关注"), how it ends where the
// verb comes last (Turkish "takip edin", Hindi "करें", Japanese "ください"), whom it addresses ("you", "our",
// "uns", "nous", "нас", "我们") and what it offers (notifications, the newsletter, the app, a channel, the
// comments, this article). Words only ever confirm a short standalone block's shape; lower case; '|'-joined
// to keep the content script small, each list one regex.

/** One regex for a '|'-joined list: at the start, at the end, or anywhere at a word start (as whole words, or stems). */
function words(list: string, at: 'start' | 'end' | 'word' | 'stem' = 'start'): RegExp {
  const alt = list.replace(/[.+?()[\]{}\\^$]/g, '\\$&');
  // A start is a whole word ("share", not "shared"; "follow", not "following"), or a stem marked "*" (síg* → Síguenos).
  // One lookahead after all the whole words, not one per word: compiling a hundred Unicode-class lookaheads
  // cost 66–80 ms on every click in Firefox (content.js is injected afresh each time); this costs about 1 ms.
  if (at === 'start') {
    const all = alt.split('|');
    const stems = all.filter((w) => w.endsWith('*') || CJK_WORD.test(w)).map((w) => w.replace('*', ''));
    const whole = all.filter((w) => !w.endsWith('*') && !CJK_WORD.test(w));
    // "follow-up" and "sign-up" are nouns: a whole word is not one before "-up".
    return new RegExp(`^(?:(?:${whole.join('|')})(?![\\p{L}\\p{M}]|-ups?(?![\\p{L}]))|${stems.join('|')})`, 'u');
  }
  if (at === 'end') return new RegExp(`(?:${alt})$`);
  const latin = alt.split('|').filter((w) => !CJK_WORD.test(w)).join('|');
  const cjk = alt.split('|').filter((w) => CJK_WORD.test(w)).join('|');
  const tail = at === 'word' ? '(?![\\p{L}\\p{M}])' : '';
  return new RegExp(`(?<![\\p{L}\\p{M}])(?:${latin})${tail}${cjk ? `|${cjk}` : ''}`, 'u');
}
const CJK_WORD = /[\u3040-\u9fff]/;

const STARTS = words(
  'follow|subscrib*|sign up|join|download|get our|turn on|enable|share|leave a|tell us|let us know|support|donat*|like us|add us|stay|never miss|don’t miss|don\'t miss|buy us|install|click|tap|help us|' +
    'síg*|sigue|suscr*|únete|descarg*|compart*|activa|déja*|deja|apoya|hazte|' +
    'suivez|abonnez|rejoignez|téléchargez|partagez|activez|laissez|soutenez|retrouvez|inscrivez|' +
    'folg*|abonnier*|treten sie|laden sie|teile*|aktivier*|schreiben sie|unterstütze*|melden sie|' +
    'siga|assine|entre no|baixe|compartilhe|ative|deixe|apoie|inscreva|acompanhe|' +
    'segui*|iscriviti|scarica|condividi|attiva|lascia|sostieni|unisciti|abbonati|' +
    'подпис*|следите|скачайте|поделитесь|включите|оставьте|поддержите|присоединяйтесь|' +
    'obserwuj|dołącz|pobierz|udostępnij|włącz|zostaw|wesprzyj|zapisz się|' +
    'volg*|word lid|deel|zet|laat|steun|schrijf je in|abonneer|' +
    'ikuti*|gabung|unduh|bagikan|aktifkan|tinggalkan|dukung|berlangganan|' +
    'bizi|تابع*|انضم*|حمّل|حمل*|شارك*|فعّل|فعل*|اترك*|ادعم*|اشترك*|हमें|关注|加入|下载|分享|开启|订阅|支持|欢迎|点击|' +
    // Words that only open a request, and the verbs of the other asks (listen, watch, write, contact, get).
    'please|bitte|por favor|per favore|пожалуйста|будь ласка|proszę|alsjeblieft|lütfen|mohon|silakan|请|' +
    'listen|watch|find us|message us|email us|write to us|contact us|get in touch|send us|check out|bookmark|scroll|don’t forget|don\'t forget|remember to|' +
    'escucha*|escríb*|contacta|mira|no olvides|recibe|apúnt*|regístr*|visita|' +
    'écoutez|écrivez|contactez|recevez|découvrez|pensez|n’hésitez|n\'hésitez|' +
    'hören sie|schreiben sie|kontaktieren|registrieren sie|werden sie|vergessen sie nicht|' +
    'partilhe|ouça|fale|receba|escreva|confira|cadastr*|' +
    'ascolta|scrivi*|ricevi|registrati|guarda|non dimenticare|' +
    'слушайте|смотрите|напишите|не забудьте|' +
    'słuchaj|napisz|podziel*|sprawdź|nie zapomnij|' +
    'luister|mail|bekijk|kijk|stuur|meld je|vergeet niet|' +
    'dengarkan|hubungi|simak|kunjungi|jangan lupa|' +
    'استمع*|راسل*|اكتب*|شاهد*|لا تنس*|' +
    'עקבו|הצטרפו|הירשמו|הורידו|שתפו|הפעילו|תמכו|ספרו|כתבו|האזינו|צפו|הישארו|' +
    'hãy|theo dõi|đăng ký|tải|bật|để lại|ủng hộ|tham gia|chia sẻ|nhấn|bấm|nghe|liên hệ|' +
    '收听|联系|转发|扫码|留言',
);
// Imperatives known by their form rather than listed: French "-ez" before what it asks for (Pensez à,
// N'hésitez pas, Écoutez notre), Spanish stressed verbs with a clitic (Escríbenos, Únete, Compártelo — not an
// adverb in "-mente"), Russian and Ukrainian "-йте/-ите/-іть" (Слушайте, Напишите, Поділіться), German "<verb>en Sie",
// and a "now" before an infinitive, as German and Dutch buttons say it.
const FORMS = [
  /^(?:n['’])?(?!chez|assez)\p{L}{2,}ez(?:-(?:nous|vous|les?|la))?\s+(?:à|pas|notre|nos|votre|vos|sur|en|chaque|dès)(?![\p{L}\p{M}])/u,
  /^\p{L}*[áéíóú]\p{L}*(?:nos|(?<!men)te|se|lo|la|le|me)(?![\p{L}\p{M}])/u,
  /^[\u0400-\u04ff]{2,}(?:йте|ите|ьте|іть|жте)(?:сь|ся)?(?![\p{L}\p{M}])/u,
  /^\p{L}{2,}(?:en|rn|ln) sie(?![\p{L}\p{M}])/u,
  // The German and Dutch infinitive of a button ("Jetzt kostenlos registrieren", "Nu gratis aanmelden").
  // Not when a finite modal or auxiliary carries the infinitive ("Jetzt müssen wir warten" is a sentence).
  /^(?:jetzt|nu)\s(?![^,;]*(?<![\p{L}\p{M}])(?:muss|müssen|will|wollen|kann|können|soll|sollen|wird|werden|hat|haben|ist|sind|moet|moeten|wil|willen|kan|kunnen|zal|zullen|heeft|hebben|is|zijn)(?![\p{L}\p{M}]))[^,;]{0,80}\p{L}(?:en|ern|eln)$/u,
];
// Words that open a condition ("If you liked it, share it"): the request is the clause after the comma.
const CONDITION = words('if|si|wenn|falls|se|если|якщо|jeśli|jeżeli|jika|kalau|als|eğer|אם|nếu|إذا|إن|अगर|如果|もし');
// Where the verb comes last: Turkish, Hindi, Japanese.
const ENDS = words('edin|katılın|indirin|paylaşın|açın|olun|yazın|करें|जुड़ें|लें|दें|ください|しよう|ましょう|ろう|세요|십시오|하기', 'end');
// Turkish "-(y)ın/-in/-un/-ün" (dinleyin, unutmayın) and a Hindi polite "-ें" (सुनें, लिखें) ending the sentence.
const ENDS_FORM = [/[ışğ]/u, /\p{L}(?:ın|in|un|ün)$/u];
const HINDI_END = /[\u0900-\u097f]+ें$/u;
const ADDRESS = words(
  'you|your|us|our|we|we’re|we\'re|wir|nos|nuestro|nuestra|tu|tus|te|vous|votre|vos|nous|notre|sie|ihr|ihre|ihren|ihnen|uns|unser|unsere|unseren|unserem|du|dein|você|seu|sua|seus|nosso|nossa|os seus|ci|nostro|nostra|tuo|tuoi|tua|нас|наш|нашу|наши|нашего|вы|вас|вам|ваш|нашої|нашого|наші|nas|nasz|naszą|naszego|ons|onze|je|jouw|kami|anda|bizi|size|हमें|हमारे|हमारा|हमारी|आप|आपको|आपके|आपकी|अपने|अपनी|我们|你|您|私たち|bạn|chúng tôi', 'word');
// What a call offers, as stems: notifications, comments, the newsletter, the app, a channel, this article.
const OFFERS = words(
  'notif|comment|coment|koment|newsletter|app|aplica|aplik|channel|canal|kanal|article|artícul|artikel|artigo|articol|noticia|notícia|benachrichtig|уведомл|коммент|канал|стать|powiadom|artykuł|melding|reactie|bildirim|yorum|haber|नोटिफिकेशन|कमेंट|चैनल|إشعار|الإشعارات|تعليق|قناة|المقال|通知|コメント|アプリ|記事|评论|留言|频道|文章|' +
    'alert|nachricht|podcast|pódcast|подкаст|сповіщ|коментар|розсилк|застосун|статт|thông báo|bình luận|bản tin|ứng dụng|kênh|bài viết|ポッドキャスト|播客|팟캐스트|알림|댓글|뉴스레터|앱|채널|기사|התראות|תגובות|ניוזלטר|אפליקציה|ערוץ|כתבה', 'stem');

const trimmed = (text: string) => text.toLowerCase().replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');

/**
 * The block's first sentence, or one right after a question ("Enjoyed it? Support us"), starts (or, in
 * verb-last languages, ends) with a call's imperative — not a sentence deep in a quote or a transcript.
 */
export function isImperative(text: string): boolean {
  const parts = text.split(/([.?!。？！।:]+)\s*/);
  for (let i = 0; i < parts.length; i += 2) {
    if (i > 0 && !/[?？]/.test(parts[i - 1] ?? '')) continue;
    const t = trimmed(parts[i] ?? '');
    if (t === '') continue;
    // "If you liked it, share it": the request is the clause after the condition's comma.
    const clause = CONDITION.test(t) ? trimmed(t.split(/[,،，、]/).slice(1).join(',')) : '';
    if ([t, clause].some((c) => c !== '' && (STARTS.test(c) || FORMS.some((f) => f.test(c))))) return true;
    if (ENDS.test(t) || HINDI_END.test(t) || ENDS_FORM.every((f) => f.test(t))) return true;
  }
  return false;
}

/** The block addresses the reader ("you", "our", "uns", "нас" …; an Arabic "-نا", a Turkish "-ımız") or offers a call's object. */
export function addressesReader(text: string): boolean {
  const t = text.toLowerCase();
  // Endings that say "us"/"you": Arabic "-نا", Turkish "-ımız" (and "-nız" in Turkish text), Hebrew "-נו"/"-כם".
  return ADDRESS.test(t) || OFFERS.test(t) || /نا(\s|$|[.!،])/.test(t) || (/[ışğ]/.test(t) && /\p{L}(?:[ıiuü]m[ıiuü]z|n[ıiuü]z)/u.test(t)) || /\p{L}[ıi]m[ıi]z/u.test(t) || /[\u05d0-\u05ea](?:נו|כם)(?![\u05d0-\u05ea])/u.test(t);
}
