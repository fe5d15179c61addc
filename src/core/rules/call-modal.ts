// A call put as what the reader can or should do, not as an imperative: "Readers can sign up for our newsletter", "Wer nichts
// verpassen möchte, kann unseren Newsletter abonnieren", "Les lecteurs peuvent s'abonner à notre lettre", "Okurlarımız
// bültenimize abone olabilir", "読者の皆さまはニュースレターに登録できます". For call-reason.ts: a modal ("can", "should",
// "kann", "peuvent", "может", "-ebilir", "できます"), not negated and not said of "we", with what a call offers (call-offers.ts)
// and the publication's own audience or "our" — or, with a link where calls go, anyone who wants it ("Wer den Podcast nicht
// verpassen will, kann ihn per [RSS] abonnieren"). A story's "Residents can comment on the plan at the town hall" names no
// audience of ours; "Anyone who wants to comment can do so at the town hall" links nowhere.
import { unicodeRegExp } from '../unicode-class';
import { namesGift, offersCall, speaksAsUs, withoutSlavicIs, words } from './call-lexicon';

// Can, could, may, should, is worth it, in the languages we read (the forms that speak of a reader: "you", "they", "one").
const MODALS =
  // (And the advice that one way is the simplest: "… a subscription to our print edition is the easiest way to get it".)
  "is the (?:simplest|easiest|best|quickest) way|ist der (?:einfachste|beste|schnellste) weg|est le (?:moyen le plus simple|meilleur moyen)|" +
    "es la (?:forma|manera) más (?:sencilla|fácil|rápida)|è il modo più (?:semplice|facile|rapido)|é a (?:forma|maneira) mais (?:simples|fácil|rápida)|" +
    "can|could|may|should|might want to|are welcome to|kann|können|kannst|könnt|sollte|sollten|solltest|lohnt sich|peut|peuvent|pouvez|peux|pourrez|pourront|devriez|" +
    'puede|pueden|puedes|podéis|podrá|podrán|debería|deberían|deberías|può|possono|puoi|potete|potrete|dovreste|dovresti|pode|podem|podes|poderá|poderão|' +
    'kan|kunnen|kun|kunt|mag|mogen|bør|borde|burde|kunne|может|могут|можете|можешь|сможете|стоит|следует|може|можуть|зможете|варто|слід|' +
    'może|mogą|możesz|możecie|warto|można|může|mohou|můžete|můžeš|lze|môže|môžu|môžete|lahko|možete|mogu|можат|могат|трябва|poate|pot|puteți|puteti|' +
    'tud|tudnak|érdemes|voi|voivat|voitte|kannattaa|saab|saavad|võite|võib|tasub|var|varat|vajadzētu|gali|galite|verta|μπορεί|μπορούν|μπορείτε|αξίζει|' +
    'יכולים|יכולות|ניתן|אפשר|כדאי|يمكن|يمكنكم|يمكنك|بإمكانكم|بإمكانك|تستطيع|تستطيعون|می‌توانید|میتوانید|می توانید|सकते|सकती|পারেন|পারবেন|سکتے|سکتی|' +
    'dapat|bisa|boleh|có thể|nên|maaari|puwede|pwede|unaweza|mnaweza|poden|podeu|' +
    // Turkish and Azerbaijani "-(y)ebilir", "-a bilər".
    '\\p{L}+[ae]bilir(?:siniz|ler)?|bilər(?:siniz)?';
// Japanese, Chinese, Korean and Thai forms of "can": no spaces to bound them.
const MODALS_UNBOUNDED = 'できます|できる|いただけます|可以|수 있습니다|수 있어요|สามารถ';
// Each modal of a text, where it stands: bounded by letters on both sides (made on first use: a regex with Unicode classes costs
// Firefox a compilation on every click's first test).
let modals: RegExp | null = null;
const modalAt = () => (modals ??= unicodeRegExp(`(?<![\\p{L}\\p{M}])(?:${MODALS})(?![\\p{L}\\p{M}])|${MODALS_UNBOUNDED}`, 'g'));
// "Not" or "we" beside the modal: "could not reach the company", "can't", "we can confirm", "können wir", "不可以".
const NOT_BESIDE = words("not|never|n't|'t|nicht|nie|ne|pas|no|non|не|ні|niet|ikke|inte|δεν|לא|لا|नहीं|không|tidak|nem|ei|nu|we|wir|nous|мы|ми|my|wij|vi|noi|nosotros|biz|me", 'word');
// The publication's own audience: its readers, subscribers, listeners.
const AUDIENCE = words(
  'readers|subscribers|listeners|viewers|leser\\p{L}*|abonnent\\p{L}*|hörer\\p{L}*|lecteur\\p{L}*|lectrices|abonnés|auditeurs|lector\\p{L}*|suscriptor\\p{L}*|oyentes|' +
    'lettori|abbonati|ascoltatori|leitor\\p{L}*|assinantes|ouvintes|lezers|abonnees|luisteraars|читател\\p{L}*|подписчик\\p{L}*|слушател\\p{L}*|читач\\p{L}*|' +
    'передплатник\\p{L}*|слухач\\p{L}*|czytelni\\p{L}*|subskryben\\p{L}*|słuchacz\\p{L}*|čtenář\\p{L}*|posluchač\\p{L}*|čitatel\\p{L}*|bralc\\p{L}*|bralk\\p{L}*|' +
    'čitatelj\\p{L}*|čitaoc\\p{L}*|cititor\\p{L}*|olvasó\\p{L}*|lukij\\p{L}*|lugeja\\p{L}*|tellija\\p{L}*|lasītāj\\p{L}*|skaitytoj\\p{L}*|läsar\\p{L}*|læser\\p{L}*|' +
    'okur\\p{L}*|okuyucu\\p{L}*|oxucu\\p{L}*|αναγνώστ\\p{L}*|ακροατ\\p{L}*|קוראי\\p{L}*|القراء|قراء|خوانندگان|पाठक|পাঠক|قارئین|pembaca|bạn đọc|độc giả|' +
    'mambabasa|wasomaji|lesers|lectors|読者|读者|讀者|독자|ผู้อ่าน',
  'word',
);
// Anyone who wants it: a call's subject, but also a story's ("Anyone who wants to comment can do so at the town hall").
const WHOEVER = words(
  'anyone who|anyone wanting|those who|whoever|wer|ceux qui|celles qui|quiconque|quien|quienes|chi|quem|wie wil|wie graag|кто|хто|kto|kdo|kdor|kdokoli|tko|ko želi|' +
    'cine vrea|cine dorește|aki|akik|kes|kas nori|kas vēlas|den som|dem som|isteyen|όποιος|όσοι|מי ש|من يرغب|من يريد|siapa pun|ai muốn',
  'word',
);

// A preposition after the audience makes it another's ("Subscribers to the council's alerts can expect a text").
const WHOSE = /^(?:to|of|at|from|von|vom|des|der|de|du|del|della|di|do|da|van|uit|из|з|z|ze)$/;
/** Our audience opens the block (its first three words: "Readers can …", "Les lecteurs peuvent …", "Οι αναγνώστες …"). */
function ours(t: string): boolean {
  if (CJK.test(t)) return AUDIENCE.test(t.slice(0, 12));
  const ws = t.split(/\s+/, 4);
  if (!AUDIENCE.test(ws.slice(0, 3).join(' '))) return false;
  const at = [0, 1, 2].find((i) => AUDIENCE.test(ws.slice(i, i + 2).join(' ')));
  return at !== undefined && !WHOSE.test(ws[at + 1] ?? '');
}
const CJK = /[\u0e00-\u0e7f\u3040-\u9fff\uac00-\ud7af]/;

// A modal in the reader's person ("kannst", "pouvez", "puedes", "можете", "możesz", "μπορείτε", "-ebilirsiniz"), or beside a "you".
const YOU_MODAL = words(
  "kannst|könnt|pouvez|peux|devriez|pourrez|puedes|podéis|deberías|puoi|potete|potrete|dovreste|dovresti|podes|kun|kunt|можете|можешь|сможете|зможете|" +
    'możesz|możecie|můžete|můžeš|môžete|možete|puteți|puteti|voitte|võite|varat|galite|μπορείτε|يمكنكم|يمكنك|بإمكانكم|بإمكانك|تستطيعون|می‌توانید|میتوانید|می توانید|' +
    '\\p{L}+[ae]bilirsiniz|bilərsiniz',
  'word',
);
const YOU = words("you|du|ihr|sie|vous|tu|usted|ustedes|você|vocês|voi|jij|je|jullie|u|вы|ты|ви|ти|wy|ty|vy|ni|te|siz|sen|εσείς|אתם|شما|आप|আপনি|آپ|anda|kamu|bạn|kayo|jy|julle|ju", 'word');
// The reader's "your" ("dein", "votre", "ваш" …): with "you", what a sentence says to the reader.
const YOUR = words('your|yours|dein\\p{L}*|euer|eure\\p{L}*|votre|vos|ton|ta|tes|tus|tuo|tua|tuoi|tue|vostr\\p{L}|teu|tua|jouw|uw|ваш\\p{L}*|тво\\p{L}+|твій|twój|twoj\\p{L}+|wasz\\p{L}*|váš|vaš\\p{L}*|senin|sizin|σας|σου', 'word');

/** The text speaks to the reader: "you", "your" or a modal in the reader's person, in the languages listed above (lower case). */
export function saysYou(text: string): boolean {
  const t = withoutSlavicIs(text.toLowerCase());
  return YOU.test(t) || YOUR.test(t) || YOU_MODAL.test(t);
}

/** The text's modals neither negated nor said of "we": 'you' when one is in the reader's person, 'free' when only others are, null when none. */
function freeModal(t: string): 'you' | 'free' | null {
  const re = modalAt();
  re.lastIndex = 0;
  let found: 'free' | null = null;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const before = t.slice(0, m.index).trim().split(/\s+/).pop() ?? '';
    const rest = t.slice(m.index + m[0].length);
    const after = rest.trim().split(/\s+/)[0] ?? '';
    if (/^n?'t/.test(rest) || t[m.index - 1] === '不' || NOT_BESIDE.test(before) || NOT_BESIDE.test(after)) continue;
    // (The simplest way is advice to whoever reads it: the reader's.)
    if (YOU_MODAL.test(m[0]) || YOU.test(before) || YOU.test(after) || / (?:way|weg|moyen|forma|manera|modo|maneira)/.test(m[0])) return 'you';
    found = 'free';
  }
  return found;
}

/**
 * The block says what the reader can or should do with what a call offers: our audience opening it ("Readers can …"), the
 * reader in person with "our" or "us" ("Sie sollten unseren Newsletter abonnieren"), anyone who wants it with "our" or with
 * links where calls go; `linked`: its links all go there.
 */
export function modalCall(text: string, linked = false): boolean {
  const t = text.toLowerCase().replace(/’/g, "'");
  // (And an app, which the lexicon's offers leave out: a caption's "an app shows where …" is no call's.)
  // (Or an account by its handle: "Okurlarımız bizi X'te @harbourtimes hesabından takip edebilir".)
  if (!(offersCall(t) || namesGift(t) || /(?:^|[^a-z])apps?(?![a-z])/.test(t) || /(?:^|[\s(:])@[\w.]{3,30}/.test(t))) return false;
  const modal = freeModal(t);
  if (!modal) return false;
  if (ours(t)) return true;
  // ("App" is among the lexicon's words of address; here it is what is offered, not who speaks: "Library members can borrow e-books through the app".)
  const us = speaksAsUs(t.replace(/(?:^|(?<=[^a-z]))apps?(?![a-z])/g, ''));
  // (Anyone who wants it opens the block: "Wer …, kann …", "Quien quiera …, puede …".)
  return (us && modal === 'you') || (WHOEVER.test(t.split(/\s+/, 3).join(' ')) && (us || linked));
}
