// A read-more line's label, as read-more-tail.ts and paragraph-tail.ts both look for it: a few words ending in a colon,
// a bar or an arrow ("Siehe auch:", "RELATED |", "Read more →"), maybe written inside the link itself ("Read more: Headline").

/** A label's end: a colon, a bar or an arrow, or a dash after a space. */
export const LABEL_MARK = String.raw`(?:[:：|»→►▶]|\s[—–])`;
/** A label's words: a few, no sentence's stop or bracket in them, ending in its mark. */
export const LABEL_WORDS = String.raw`[^.!?。！？()[\]]{1,40}?${LABEL_MARK}`;
/** A link's words that open with such a label, then its headline ("Read more: Headline"). */
export const LABEL_IN_LINK = new RegExp(String.raw`^(${LABEL_WORDS})\s*(\S[\s\S]*)$`);
