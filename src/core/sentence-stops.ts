// The marks that end a sentence, in every script we read, for the tests of where a sentence ends (paragraph tails,
// headlines, labels, captions). A list of ".!?" alone leaves a Hindi, Bengali, Urdu, Armenian, Amharic, Burmese,
// Khmer or Tibetan paragraph one sentence long: a call run on after its last sentence ("… करेंगे। हमें फ़ॉलो करें")
// has no sentence's end before it.
//   . ! ? …   the Latin, Greek and Cyrillic stops (and Arabic's "." and "!")
//   । ॥       the Devanagari and Bengali danda (Hindi, Marathi, Nepali, Bengali, Sanskrit)
//   ؟ ۔       Arabic's question mark, Urdu's full stop
//   ։         Armenian full stop
//   ። ፧       Ethiopic full stop and question mark (Amharic, Tigrinya)
//   ။ ។ །     Myanmar, Khmer and Tibetan section marks
// Written after a space like Latin stops. Chinese and Japanese stops (。！？) need no space after them: WIDE_STOPS.

/** Sentence-ending marks followed by a space before the next sentence, as a character class's inside. */
export const STOPS = '.!?…।॥؟۔։።፧။។།';
/** Sentence-ending marks of Chinese and Japanese (full width), followed by the next sentence without a space. */
export const WIDE_STOPS = '。！？';
/** Both, as a character class's inside. */
export const ALL_STOPS = `${STOPS}${WIDE_STOPS}`;
