// The few words a call to action is made of, in the languages we read, for follow-us-call.ts: how a call
// starts (an imperative: "Follow", "Síguenos", "Abonnez-vous", "Подпишитесь", "关注"), how it ends where the
// verb comes last (Turkish "takip edin", Hindi "करें", Japanese "ください"), whom it addresses ("you", "our",
// "uns", "nous", "нас", "我们") and what it offers (notifications, the newsletter, the app, a channel, the
// comments, this article). Words only ever confirm a short standalone block's shape; lower case; '|'-joined
// to keep the content script small.
const list = (s: string) => s.split('|');

const STARTS = list(
  'follow|subscribe|sign up|join|download|get the|get our|turn on|enable|share|leave a|leave your|tell us|let us know|support|donate|like us|add us|stay|never miss|don’t miss|don\'t miss|buy us|become a|install|click|tap|find us|connect with|help us|write to us|send us|check out|listen to|watch our|make a|' +
    'síg|sigue|suscr|únete|descarg|compart|activa|déja|deja|apoya|hazte|dona|escríbe|no te pierdas|recibe|' +
    'suivez|abonnez|rejoignez|téléchargez|partagez|activez|laissez|soutenez|faites un don|retrouvez|inscrivez|recevez|ne manquez|' +
    'folgen|folge|abonnieren|treten sie|laden sie|teilen sie|teile|aktivieren|schreiben sie|unterstützen|melden sie|verpassen sie|holen sie|' +
    'siga|assine|entre no|entre em|baixe|compartilhe|ative|deixe|apoie|inscreva|receba|acompanhe|participe|' +
    'segui|iscriviti|scarica|condividi|attiva|lascia|sostieni|unisciti|ricevi|abbonati|' +
    'подпис|следите|скачайте|установите|поделитесь|включите|оставьте|поддержите|присоединяйтесь|вступайте|читайте нас|' +
    'obserwuj|dołącz|pobierz|udostępnij|włącz|zostaw|wesprzyj|zapisz się|subskrybuj|śledź|' +
    'volg|word lid|deel|zet |laat|steun|schrijf je in|abonneer|meld je aan|' +
    'ikuti|gabung|unduh|bagikan|aktifkan|tinggalkan|dukung|berlangganan|dapatkan|yuk|' +
    'bizi|' +
    'تابع|انضم|حمّل|حمل|شارك|فعّل|فعل|اترك|ادعم|اشترك|لا تنس|' +
    'हमें|' +
    '关注|加入|下载|分享|开启|打开|订阅|支持|欢迎|点击|扫码',
);
// Where the verb comes last: Turkish, Hindi, Japanese.
const ENDS = list('takip edin|katılın|indirin|paylaşın|açın|abone olun|destek olun|yazın|yapın|करें|जुड़ें|लें|दें|ください|しよう|しましょう|ろう|てね');
const ADDRESS = list(
  'you|your|us|our|nos|nuestro|nuestra|nuestros|tu|tus|te|vous|votre|vos|nous|notre|sie|ihr|ihre|ihren|uns|unser|unsere|unseren|unserem|du|dein|você|seu|sua|seus|nosso|nossa|ci|nostro|nostra|tuo|tuoi|нас|наш|нашу|наши|нашем|вы|ваш|вам|nas|nasz|naszą|naszego|ons|onze|je|jouw|kami|anda|bizi|bizim|हमें|हमारे|हमारा|आप|अपने|我们|你|您|私たち|あなた',
);
const OFFERS = list(
  'notific|newsletter|comment|app|channel|subscription|alerts|article|story|boletín|coment|canal|aplicación|noticia|artículo|chaîne|application|abonnement|benachrichtigung|kommentar|kanal|artikel|notícia|artigo|aplicativo|assinatura|notifiche|articolo|уведомлен|коммент|канал|приложен|рассылк|стать|powiadomie|komentarz|kanał|aplikacj|artykuł|melding|reactie|kanaal|nieuwsbrief|notifikasi|komentar|saluran|aplikasi|berita|bildirim|yorum|uygulama|bülten|haber|नोटिफिकेशन|कमेंट|चैनल|ऐप|सदस्यता|खबर|إشعار|الإشعارات|تعليق|قناة|تطبيق|النشرة|المقال|通知|コメント|アプリ|チャンネル|登録|シェア|フォロー|記事|评论|留言|频道|应用|文章',
);

const CJK = /[\u3040-\u9fff]/;
/** `word` at a word start in `t` (anywhere in Chinese and Japanese, which have no spaces). */
function hasWord(t: string, word: string, whole = false): boolean {
  for (let i = t.indexOf(word); i >= 0; i = t.indexOf(word, i + 1)) {
    if (CJK.test(word)) return true;
    const before = t[i - 1] ?? ' ';
    const after = t[i + word.length] ?? ' ';
    if (!/[\p{L}\p{M}]/u.test(before) && (!whole || !/[\p{L}\p{M}]/u.test(after))) return true;
  }
  return false;
}

const trimmed = (text: string) => text.toLowerCase().replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');

/** A sentence of the block starts (or, in verb-last languages, ends) with a call's imperative ("Enjoyed it? Support us"). */
export function isImperative(text: string): boolean {
  return text.split(/[.?!。？！।:]\s*/).some((sentence) => {
    const t = trimmed(sentence);
    return t !== '' && (STARTS.some((w) => t.startsWith(w)) || ENDS.some((w) => t.endsWith(w)));
  });
}

/** The block addresses the reader ("you", "our", "uns", "нас" …; an Arabic "-نا", a Turkish "-ımız") or offers a call's object. */
export function addressesReader(text: string): boolean {
  const t = text.toLowerCase();
  return ADDRESS.some((w) => hasWord(t, w, true)) || /نا(\s|$|[.!،])/.test(t) || /\p{L}[ıi]m[ıi]z/u.test(t) || OFFERS.some((w) => hasWord(t, w));
}
