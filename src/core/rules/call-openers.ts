import { CONDITION_WORDS, giftToUs, offersCall } from './call-lexicon';
import { hasCallWords } from './lexicon';
import { unicodeRegExp } from '../unicode-class';
// Openers: the words that put any request in the reader's person without being one ("Make sure …", "Don't forget …",
// "Stellen Sie sicher …", "N'oubliez pas …", "Не забудьте …"). A call opens with them ("Don't forget to subscribe!"),
// and so does a how-to's step ("Make sure these files are only readable by root!", "If you get errors on zlib, make
// sure you have zlib-devel"). After an opener, only what the request names tells them apart: a call's object, "us",
// a gift, or a call's verb (share, comment, like). Written from each language, not from any page.
const OPENERS = [
  "make sure|be sure|remember|don't forget|do not forget|never forget|note that|bear in mind|keep in mind",
  'stellen sie sicher|stelle sicher|achten sie darauf|achte darauf|vergessen sie nicht|vergiss nicht|denken sie daran|denk daran|beachten sie|beachte',
  "assurez-vous|assure-toi|vérifiez que|n'oubliez pas|n'oublie pas|pensez à|pense à|veillez à",
  'asegúrate|asegúrese|aseguraos|no olvides|no olvide|recuerda|recuerde|ten en cuenta',
  'certifique-se|certifica-te|não se esqueça|não esqueça|lembre-se|lembra-te',
  'assicurati|assicuratevi|si assicuri|non dimenticare|non dimenticate|ricorda|ricordati',
  'zorg ervoor|zorg dat|vergeet niet|denk eraan|let op',
  'upewnij się|pamiętaj|nie zapomnij|nie zapominaj',
  "убедитесь|не забудьте|не забывайте|помните|переконайтеся|пам'ятайте|памятайте",
  'emin olun|unutmayın|pastikan|jangan lupa|hãy đảm bảo|đảm bảo|đừng quên',
].join('|');
const OPENER = unicodeRegExp(`^(?:${OPENERS})(?![\\p{L}\\p{M}])`);
const CONDITION = new RegExp(`^(?:${CONDITION_WORDS})\\s[^,،，、]*[,،，、]\\s*`);
// A call's own verbs, as stems at a word's start (with the Slavic prefixes: "skomentuj", "udostępnij", "podijelite").
const CALL_VERBS = unicodeRegExp(
  String.raw`(?<![\p{L}\p{M}])(?:share|like|comment|subscri|follow|teil|partag|compart|condivid|deel|podziel|udostępn|s?komentu|podijel|dijel|подел|поділ|paylaş|bagikan|chia sẻ|공유|シェア|分享|شارك|שתפ)`,
);

// "Us" and "our" (not "you": a step says it as often as a call).
const US = unicodeRegExp(
  String.raw`(?<![\p{L}\p{M}])(?:us|our|uns|unser\p{L}*|nous|notre|nos|nosotr\p{L}*|nuestr\p{L}*|noss\p{L}*|ci|nostr\p{L}*|ons|onze|nas|nasz\p{L}*|нас|наш\p{L}*|nam|bizi|bizim|kami|chúng tôi)(?![\p{L}\p{M}])|我们|私たち|우리`,
);

/** The request opens with an opener (after a condition: "If you …, make sure …") and names nothing a call asks for. */
export function opensOnly(request: string): boolean {
  const t = request.toLowerCase().replace(/’/g, "'").trim().replace(CONDITION, '');
  const rest = t.replace(OPENER, '');
  if (rest === t) return false;
  return !(hasCallWords(rest) || offersCall(rest) || US.test(rest) || giftToUs(rest) || CALL_VERBS.test(rest));
}
