// The few words the rules use, in the languages we support well. Words only ever *add* confidence to a
// structural finding (a short block made of a same-site link, a profile link to a social platform …);
// no rule removes anything on a word alone.

/** Labels of "read this other story" lines, lower-case, without the trailing colon. */
export const READ_MORE_LABELS = [
  // English
  'read more', 'read also', 'also read', 'read next', 'related', 'related story', 'related article', 'related stories',
  'related articles', 'related content', 'related reading', 'related coverage', 'see also', 'more', 'more on this',
  'more on this story', 'more from', "don't miss", 'dont miss', 'must read', 'recommended', 'you may also like',
  'you might also like', 'also', 'further reading', 'watch', 'listen', 'previously', 'top stories', 'latest',
  'trending', 'continue reading', 'also see', 'check out', 'more news', 'in other news', 'also on',
  // French, Spanish, Portuguese, Italian, German, Dutch
  'lire aussi', 'à lire aussi', 'a lire aussi', 'lire également', 'à lire', 'voir aussi', 'sur le même sujet',
  'leer más', 'lee también', 'lea también', 'ver también', 'te puede interesar', 'también te puede interesar',
  'leia mais', 'leia também', 'veja também', 'saiba mais', 'leggi anche', 'leggi', 'vedi anche', 'lesen sie auch',
  'lesen sie mehr', 'mehr zum thema', 'auch interessant', 'das könnte sie auch interessieren', 'lees ook', 'meer lezen',
  // Polish, Russian, Ukrainian, Turkish
  'czytaj też', 'czytaj także', 'zobacz też', 'читайте также', 'читайте по теме', 'по теме', 'читайте також',
  'ayrıca okuyun', 'ilginizi çekebilir',
  // Arabic, Hebrew, Persian
  'اقرأ أيضا', 'اقرأ أيضاً', 'اقرأ ايضا', 'اقرأ المزيد', 'شاهد أيضا', 'قد يهمك', 'כתבות נוספות', 'קראו עוד', 'بیشتر بخوانید',
  // CJK
  '相关阅读', '延伸阅读', '相關閱讀', '延伸閱讀', '関連記事', '관련기사',
];

/** Words of a call to follow, join or subscribe, lower-case; matched at word starts. */
export const CALL_WORDS = [
  'follow', 'join', 'subscribe', 'sign up', 'signup', 'newsletter', 'get our', 'like us', 'find us', 'connect with us',
  'download our app', 'stay updated', 'stay informed', 'stay connected', 'updates', 'alerts', 'channel',
  'suivez', 'abonnez', 'rejoignez', 'síguenos', 'siguenos', 'suscríbete', 'únete', 'siga-nos', 'inscreva-se',
  'seguici', 'iscriviti', 'folgen sie', 'abonnieren', 'obserwuj', 'подписывайтесь', 'подпишитесь', 'присоединяйтесь',
  'bizi takip', 'تابعونا', 'تابعوا', 'اشترك', 'انضم', 'עקבו', 'הצטרפו', '关注', 'フォロー', '팔로우', '구독',
];

/** Hosts of platforms where a publication has a profile, channel or news feed people are asked to follow. */
export const FOLLOW_PLATFORMS = [
  'news.google.com', 't.me', 'telegram.me', 'telegram.org', 'whatsapp.com', 'wa.me', 'twitter.com', 'x.com',
  'facebook.com', 'fb.com', 'instagram.com', 'youtube.com', 'tiktok.com', 'linkedin.com', 'threads.net',
  'flipboard.com', 'apple.news', 'pinterest.com', 'snapchat.com', 'vk.com', 'ok.ru', 'line.me', 'bsky.app',
  'mastodon.social', 'reddit.com', 'discord.gg', 'discord.com', 'viber.com', 'msn.com', 'news.yahoo.com',
];

const stripEdges = (s: string) => s.toLowerCase().replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');

/** True when `text` starts with one of `labels` followed by punctuation ("Read more: …", "RELATED | …"). */
export function startsWithLabel(text: string, labels: readonly string[]): boolean {
  const t = text.toLowerCase().replace(/^[\s\p{P}\p{S}]+/u, '');
  return labels.some((l) => t.startsWith(l) && /^\s*[\p{P}\p{S}]/u.test(t.slice(l.length)));
}

/** True when `text`, without surrounding punctuation, is exactly one of `labels`. */
export function isLabel(text: string, labels: readonly string[]): boolean {
  const t = stripEdges(text);
  return t !== '' && labels.includes(t);
}

export function hasCallWords(text: string): boolean {
  const t = ` ${text.toLowerCase()}`;
  return CALL_WORDS.some((w) => {
    const i = t.indexOf(w);
    return i > 0 && !/[\p{L}]/u.test(t[i - 1] ?? '') ;
  });
}
