// The publication presenting its own offer or product, for call-reason.ts: "our" newsletter, podcast or course opening a sentence
// with what it offers, free or on sale. (Moved out of call-lexicon.ts: the lexicon's own words and tests stay there.)
import { CJK_WORD, offersCall, trimmed, words } from './call-lexicon';
import { unicodeRegExp } from '../unicode-class';
import { ALL_STOPS } from '../sentence-stops';

// "Our" opening the block, and what a call offers as its subject: the publication presenting its newsletter, podcast or feed
// ("Our newsletter is free and lands every Monday", "Nuestro boletín es gratuito y llega cada martes", "Unser Podcast erscheint freitags").
const OUR = unicodeRegExp(String.raw`^(?:(?:la|il|le|i|gli|el|los|las|o|a|os|as)\s)?(?:our|nuestr[oa]s?|notre|nos|unser\p{L}*|nosso|nossa|nostr[oaie]|наш\p{L}*|onze|nasz\p{L}*|ons|हमारा|हमारी|हमारे)\s`);
const MEMBERS = /^(?:(?:our |the )?(?:subscribers|members|paying readers)|abonnent|abonnés|suscriptores|assinantes|abbonati|подписчик|передплатник|subskrybenci|abonnees|leden|pelanggan|(?:οι )?συνδρομητές|有料会員|会員|订阅者|会员|구독자|회원|مشترکان|المشتركون|מנויים)/;
const TWO_SENTENCES = new RegExp(`[${ALL_STOPS}]\\s*\\S`);
const PERK = /without ads|ad-free|no ads|early|exclusive|werbefrei|ohne werbung|sans pub|sin anuncios|sem anúncios|senza pubblicità|без реклам|bez reklam|zonder reclame|tanpa iklan|χωρίς διαφημίσεις|広告なし|前日|先行|免广告|광고 없이|بدون تبلیغ|بدون إعلانات/;
/** "Free" in the languages we read (a presented offer's, a reading meter's free articles). */
export const FREE = /free|gratuit|gratis|grátis|kostenlos|無料|免费|무료|бесплатн|безкоштовн|ücretsiz|miễn phí|darmow|bezpłatn|δωρεάν|मुफ़्त|मुफ्त|رایگان|مجاني|مجانا|חינם|ฟรี|bure/;
/** A block of one sentence that opens with "our" and the offer it presents (within its next two words), or with the offer, free. */
export function presentsOwn(text: string): boolean {
  let t = trimmed(text);
  // One sentence (its edges' stop and emoji aside), after a short question at most ("Want to read it first? Members get …").
  const question = /^[^.!?。！？]{3,60}[?？]\s*/.exec(t);
  if (question && t.length > question[0].length) t = t.slice(question[0].length);
  if (TWO_SENTENCES.test(t)) return false;
  // Or its subscribers or members opening the block, with what they get: no ads, the story early, something free
  // ("Οι συνδρομητές διαβάζουν χωρίς διαφημίσεις και παίρνουν δωρεάν ένα e-book").
  if (MEMBERS.test(t) && (PERK.test(t) || FREE.test(t))) return true;
  // Or the offer itself opening the block, said to be free ("ニュースレターは無料で、毎週月曜の朝に届きます").
  if (FREE.test(t) && offersCall(CJK_WORD.test(t) ? t.slice(0, 8) : (t.split(/\s+/)[0] ?? ''))) return true;
  const offer = afterOur(t, 2);
  return offer !== null && offersCall(offer);
}

/** The `n` words after the "our" that opens `t` (with a Romance article before it, which OUR reads with it: "La nostra newsletter"), or null. */
function afterOur(t: string, n: number): string | null {
  const our = OUR.exec(t);
  return our === null ? null : t.slice(our[0].length).split(/\s+/).slice(0, n).join(' ');
}

// Our own products and events on sale, and the words that sell them (places are limited, tickets, pre-order, out now).
const PRODUCT = words('course|workshop|masterclass|book|event|conference|festival|tour|walk|trip|shop|store|merch|calendar|magazine|guide|kurs|seminar|buch|veranstaltung|reise|lesung|cours|atelier|livre|événement|voyage|curso|taller|libro|evento|viaje|corso|laboratorio|viaggio|livro|cursus|boek|reis|warsztat|książk|wydarzeni|wycieczk', 'stem');
const ON_SALE = words('places are limited|limited places|spaces are limited|seats are limited|limited seats|on sale|out now|available now|pre-?order|tickets|book now|book your|plätze sind begrenzt|begrenzte plätze|jetzt erhältlich|vorbestell|places limitées|places sont limitées|en prévente|précommand|billets|plazas limitadas|plazas son limitadas|preventa|entradas|posti limitati|posti sono limitati|prevendita|biglietti|vagas limitadas|pré-venda|ingressos|beperkte plaatsen|voorverkoop|kaarten|liczba miejsc|przedsprzedaż|bilety', 'stem');
/** Our own product or event on sale, in one sentence ("Our six-week online course on household budgets starts 3 March — places are limited"). */
export function promotesOwn(text: string): boolean {
  const t = trimmed(text);
  if (TWO_SENTENCES.test(t)) return false;
  const product = afterOur(t, 4);
  return product !== null && PRODUCT.test(product) && ON_SALE.test(t);
}
