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
    return new RegExp(`^(?:(?:${whole.join('|')})(?![\\p{L}\\p{M}])|${stems.join('|')})`, 'u');
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
    'bizi|تابع*|انضم|حمّل|حمل*|شارك|فعّل|فعل*|اترك|ادعم|اشترك|हमें|关注|加入|下载|分享|开启|订阅|支持|欢迎|点击',
);
// Where the verb comes last: Turkish, Hindi, Japanese.
const ENDS = words('edin|katılın|indirin|paylaşın|açın|olun|yazın|करें|जुड़ें|लें|दें|ください|しよう|ましょう|ろう', 'end');
const ADDRESS = words(
  'you|your|us|our|nos|nuestro|nuestra|tu|tus|vous|votre|vos|nous|notre|sie|ihr|ihre|ihren|uns|unser|unsere|unseren|unserem|du|dein|você|seu|sua|nosso|nossa|ci|nostro|nostra|tuo|tuoi|нас|наш|нашу|наши|вы|ваш|nas|nasz|naszą|ons|onze|je|jouw|kami|anda|bizi|हमें|हमारे|आप|अपने|我们|你|您|私たち', 'word');
// What a call offers, as stems: notifications, comments, the newsletter, the app, a channel, this article.
const OFFERS = words(
  'notif|comment|coment|koment|newsletter|app|aplica|aplik|channel|canal|kanal|article|artícul|artikel|artigo|articol|noticia|notícia|benachrichtig|уведомл|коммент|канал|стать|powiadom|artykuł|melding|reactie|bildirim|yorum|haber|नोटिफिकेशन|कमेंट|चैनल|إشعار|الإشعارات|تعليق|قناة|المقال|通知|コメント|アプリ|記事|评论|留言|频道|文章', 'stem');

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
    if (t !== '' && (STARTS.test(t) || ENDS.test(t))) return true;
  }
  return false;
}

/** The block addresses the reader ("you", "our", "uns", "нас" …; an Arabic "-نا", a Turkish "-ımız") or offers a call's object. */
export function addressesReader(text: string): boolean {
  const t = text.toLowerCase();
  return ADDRESS.test(t) || OFFERS.test(t) || /نا(\s|$|[.!،])/.test(t) || /\p{L}[ıi]m[ıi]z/u.test(t);
}
