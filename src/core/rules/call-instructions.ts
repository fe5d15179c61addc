// Instructions and advice, for call-reason.ts: what a device's or a form's instructions say (turn off, the settings, the top right
// corner), an advice label, a button's name in running text, reported speech. What they ask is no ask of the publication.
// (Moved out of call-lexicon.ts: the lexicon's own words and tests stay there.)
import { AD_BLOCKERS } from './call-offers';
import { plain, trimmed, words } from './call-lexicon';
import { unicodeRegExp } from '../unicode-class';

const AD_BLOCKER = new RegExp(AD_BLOCKERS);
// An instruction of a device or a form: what is turned off, muted or set in the settings ("打开设置，关闭通知",
// "알림을 끄려면 …", "通知をオフにしてください"), or where on the screen to tap ("Klik rechtsboven op Abonneren"). A call asks to turn things on, never off, and never sends the reader to the settings or a corner of the screen.
const INSTRUCTION = words('off(?![\\p{L}])|disable|mute|settings|top (?:right|left)|upper (?:right|left)|at the (?:top|bottom)|top of the|blank|rechtsboven|linksboven|oben (?:rechts|links)|en haut à|arriba a la|canto superior|in alto a|верхн|górnym|kanan atas|góc trên|มุมขวาบน|右上|左上|오른쪽 위|sağ üst|πάνω δεξιά|d[ée]sac?tiv|réglages|ajustes|deaktivier|einstellung|отключ|настройк|kapat|ayarlar|बंद|关闭|设置|オフに|設定|끄|설정', 'stem');
// A how-to's advice label ("Tip: turn on notifications for the bank's app …"): what follows advises, it asks nothing for the publication.
export const ADVICE_WORDS = '(?:pro )?tip|note|hint|astuce|conseil|tipp|hinweis|consejo|dica|consiglio|совет|порада|wskazówka|ipucu|ヒント|提示|팁|نصيحة|טיפ|نکته|सुझाव';
const ADVICE = words(ADVICE_WORDS, 'start');
// A button's label named in running text: a call's word capitalised after the first word, the rest in lower case ("Click
// Subscribe in the top right", "Klik op Abonneren", "Нажмите кнопку Подписаться"; not a title's "Please Follow Us On X", nor a
// sentence's first word: "Grazie per aver letto. Iscriviti …", "Newsletter: Subscribe …").
const LABEL = /(?<![.!?。！？:：]\s*)\s(?:Subscribe|Follow|Join|Abonnieren|Abonneren|Suscribirse|Inscrever-se|Iscriviti|Subskrybuj|Berlangganan|Подписаться|Підписатися|Abone ol)(?![\w\u00c0-\u04ff])/;
// Reported speech: an attribution after the words ("…, conseille la préfecture", "…, the council suggests").
const SAID = words("said|says|suggests|advises|warns|warned|urges|urged|recommends|told|added|shouted|asked|replied|cried|wrote|crié|cria|gritó|preguntó|rief|fragte|крикнул|спросил|ответил|dit|conseille|explique|sagte|sagt|rät|warnt|warnte|empfiehlt|teilte|teilt|avertit|recommande|advierte|recomienda|avverte|consiglia|предупреждает|рекомендует|ostrzega|waarschuwt|adviseert|uyarıyor|dijo|afirmó|aconseja|disse|ha detto|сказал|заявил|советует|powiedział|zei|kata|dedi|nói|قال|אמר|گفت", 'word');
/** An instruction, an advice or a report, not a call: what it asks is no ask of the publication. */
export function instructs(text: string): boolean {
  // (The tests with Unicode classes run only where their cheap test passed: each costs a compilation in Firefox.)
  const t = text.trim();
  if (AD_BLOCKER.test(plain(t))) return false;
  const tail = t.includes(',') ? t.slice(t.lastIndexOf(',') + 1) : '';
  const label = () => {
    // From the first letter: an emoji or a check mark before "Subscribe" is no word before a label.
    const from = t.replace(unicodeRegExp(String.raw`^[^\p{L}]+`), '');
    const ws = from.split(/\s+/);
    return LABEL.test(from) && ws.filter((w) => /^\p{Ll}/u.test(w)).length * 2 > ws.length;
  };
  return (
    INSTRUCTION.test(plain(t)) ||
    (/^[^:：]{2,12}[:：]/.test(t) && ADVICE.test(trimmed(t))) ||
    (LABEL.test(t) && label()) ||
    (tail !== '' && tail.split(/\s+/).length <= 5 && SAID.test(plain(tail))) ||
    // A line of dialogue: it opens with a dash, and a second dash or a verb of saying follows ("— Subscribe to my channel, he shouted …").
    (/^[—–―]/.test(t) && (/[—–―]/.test(t.slice(1)) || SAID.test(plain(t))))
  );
}
