import { unicodeRegExp } from '../unicode-class';
// The few words the rules use, in the languages we support well. Words only ever *add* confidence to a
// structural finding (a short block made of a same-site link, a profile link to a social platform …);
// no rule removes anything on a word alone.

/**
 * Labels of "read this other story" lines, lower-case, without the trailing colon. Few: read-more-line.ts
 * knows a line by its structure (a label on one side of headline links to stories of the site); a known
 * label only also admits links that are not story-shaped.
 */
export const READ_MORE_LABELS = [
  'read more', 'read also', 'also read', 'read next', 'related', 'see also', 'more', "don't miss", 'recommended',
  'lire aussi', 'à lire aussi', 'leer más', 'lee también', 'leia também', 'leggi anche', 'lesen sie auch', 'mehr zum thema',
  'lees ook', 'czytaj też', 'czytaj także', 'читайте также', 'اقرأ أيضا', 'baca juga', '相关阅读', '関連記事',
  // "Read also", "see also", "more articles", "related" in more languages (session 25).
  'čtěte také', 'čtěte též', 'čítajte aj', 'przeczytaj też', 'zobacz też', 'zobacz także', 'читайте також', 'смотрите также', 'по теме',
  'læs også', 'les også', 'läs också', 'läs även', 'lue myös', 'citește și', 'citeste si', 'olvassa el', 'διαβάστε επίσης', 'ayrıca okuyun', 'ilgili haber',
  'xem thêm', 'đọc thêm', 'tin liên quan', 'simak juga', 'soma pia', 'basahin din', 'leia mais', 'veja também', 'à lire également', 'voir aussi',
  'llegeix també', 'auch interessant', 'اقرأ أيضًا', 'اقرأ ايضا', 'اقرأ المزيد', 'بیشتر بخوانید', 'קראו גם', 'קראו עוד', 'כתבות נוספות',
  'यह भी पढ़ें', 'ये भी पढ़ें', 'আরও পড়ুন', 'อ่านเพิ่มเติม', '延伸阅读', '延伸閱讀', '相關閱讀', '相关文章', 'あわせて読みたい', '関連', '관련기사', '관련 기사',
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

const EDGES = unicodeRegExp(String.raw`^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$`, 'g');
const LEAD = unicodeRegExp(String.raw`^[\s\p{P}\p{S}]+`);
const MARK_NEXT = unicodeRegExp(String.raw`^\s*[\p{P}\p{S}]`);
const LETTER = unicodeRegExp(String.raw`\p{L}`);
const stripEdges = (s: string) => s.toLowerCase().replace(EDGES, '');

/** True when `text` starts with one of `labels` followed by punctuation ("Read more: …", "RELATED | …"). */
export function startsWithLabel(text: string, labels: readonly string[]): boolean {
  const t = text.toLowerCase().replace(LEAD, '');
  return labels.some((l) => t.startsWith(l) && MARK_NEXT.test(t.slice(l.length)));
}

/** True when `text`, without surrounding punctuation, is exactly one of `labels`. */
export function isLabel(text: string, labels: readonly string[]): boolean {
  const t = stripEdges(text);
  return t !== '' && labels.includes(t);
}

/** A read-more label of the list above, with or without its marks ("► Lees ook:", "(READ MORE:", "【相关阅读"). */
export const isReadMoreLabel = (text: string): boolean => isLabel(text, READ_MORE_LABELS);

export function hasCallWords(text: string): boolean {
  const t = ` ${text.toLowerCase()}`;
  return CALL_WORDS.some((w) => {
    const i = t.indexOf(w);
    return i > 0 && !LETTER.test(t[i - 1] ?? '');
  });
}
