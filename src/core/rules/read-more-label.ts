// A read-more line's label, as read-more-tail.ts and paragraph-tail.ts both look for it: a few words ending in a colon,
// a bar or an arrow ("Siehe auch:", "RELATED |", "Read more →"), maybe written inside the link itself ("Read more: Headline").

/**
 * A label's end: a colon, a bar or an arrow (any of the arrows that stand for a label, SIGNS, "طالع أيضاً ⬅️"), a dash after a
 * space, a hyphen after a word and before a space ("ये भी पढ़ें- "), one or two angle marks after a space ("LIRE AUSSI >"), or the
 * lenticular bracket Chinese and Japanese close a label with ("【関連記事】").
 */
export const LABEL_MARK = String.raw`(?:[:：|»→►▶➤◀】➜➔➙➛➝➞➟➠⇒◄⬅▸]\ufe0f?|\s[—–]|(?<=\S)-(?=\s|$)|\s>{1,2}(?=\s|$))`;
/** Marks that stand for a label ("… the council said. ➤ <a>Headline</a>"): see isLabelSign. */
const SIGNS = /^(?:[→►▶▸➤➔➜➙➛➝➞➟➠⇒◀◄⬅|—–•·…»]|\.{3}|>>)$/;
/**
 * A mark alone standing for a label between a sentence and a headline: an arrow pointing on, in a script written from the left
 * or (◀, ◄, ⬅) from the right, doubled angle marks, a bar, a dash, a bullet, an ellipsis, or one pictograph ("👉", "➡️", "🔴").
 * (The pictograph's class is asked only of a short label outside ASCII: most labels are words.)
 */
export function isLabelSign(label: string): boolean {
  if (SIGNS.test(label)) return true;
  return label.charCodeAt(0) > 0x2000 && label.length <= 3 && /^\p{Extended_Pictographic}\ufe0f?$/u.test(label);
}
/** A label's words: a few, no sentence's stop or bracket in them, ending in its mark. */
export const LABEL_WORDS = String.raw`[^.!?。！？()[\]]{1,40}?${LABEL_MARK}`;
/** A link's words that open with such a label, then its headline ("Read more: Headline"). */
export const LABEL_IN_LINK = new RegExp(String.raw`^(${LABEL_WORDS})\s*(\S[\s\S]*)$`);
