import { unicodeRegExp } from '../unicode-class';
import { wordStart } from './word-start';
import { CALL_STARTS } from './call-starts';
import { CALL_OFFERS, PLATFORM_NAMES } from './call-offers';
// The few words a call to action is made of, in the languages we read, for follow-us-call.ts: how a call
// starts (an imperative: "Follow", "Síguenos", "Abonnez-vous", "Подпишитесь", "关注"), how it ends where the
// verb comes last (Turkish "takip edin", Hindi "करें", Japanese "ください"), whom it addresses ("you", "our",
// "uns", "nous", "нас", "我们") and what it offers (notifications, the newsletter, the app, a channel, the
// comments, this article). Words only ever confirm a short standalone block's shape; lower case; '|'-joined
// to keep the content script small, each list one regex.

/** How a '|'-joined list of a call's openings is split: stems (marked "*", or of a script without spaces) and whole words. */
export function startWords(alt: string): { whole: string[]; stems: string[] } {
  // Split at the '|' outside groups: "(?:never|don't) miss" is one entry.
  const all: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= alt.length; i++) {
    const c = alt[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if ((c === '|' && depth === 0) || c === undefined) {
      all.push(alt.slice(from, i));
      from = i + 1;
    }
  }
  return {
    stems: all.filter((w) => w.endsWith('*') || CJK_WORD.test(w)).map((w) => w.replace('*', '')),
    whole: all.filter((w) => !w.endsWith('*') && !CJK_WORD.test(w)),
  };
}
/** What ends a whole word at the start: a letter or a mark goes on with it; "follow-up" and "sign-up" are nouns, not one before "-up". */
// (Nor a compound a verb opens: "sign-ups", "Subscribe-and-save schemes", "click-and-collect".)
export const NOT_AFTER_START = String.raw`[\p{L}\p{M}]|-ups?(?![\p{L}])|-(?:and|or|n|&)-`;

/** One test for a '|'-joined list (an entry may hold a class or an optional part, never a '|'): at the start, at the end, or anywhere at a word start (as whole words, or stems). */
export function words(alt: string, at: 'start' | 'end' | 'word' | 'stem'): { test(text: string): boolean } {
  // A start is a whole word ("share", not "shared"; "follow", not "following"), or a stem marked "*" (suscr* → Suscríbete).
  // Looked up by the text's first letter, not a regex: the list of how a call starts compiled to a regex of 12 000
  // characters, which cost Firefox 7–150 ms on its first test of every click (word-start.ts).
  if (at === 'start') {
    const { whole, stems } = startWords(alt);
    return wordStart(whole, stems, NOT_AFTER_START);
  }
  // The other lists are regexes, each made on its first test, not when the content script starts: a regex is parsed
  // when it is made, these are long (the letter classes written out), and a click's page asks few of them.
  let made: RegExp | null = null;
  const make = () => {
    made ??= at === 'end' ? new RegExp(`(?:${alt})$`) : anywhere(alt, at);
    return made;
  };
  return { test: (text: string) => make().test(text) };
}

/** A list's regex anywhere at a word start (as whole words, or stems). */
function anywhere(alt: string, at: 'word' | 'stem'): RegExp {
  // Chinese and Japanese have no spaces, and Hebrew writes "the", "to", "in" as a letter before the word: anywhere.
  const free = (w: string) => /[\u05d0-\u05ea]/.test(w) || CJK_WORD.test(w);
  const latin = alt.split('|').filter((w) => !free(w)).join('|');
  const cjk = alt.split('|').filter(free).join('|');
  const tail = at === 'word' ? '(?![\\p{L}\\p{M}])' : '';
  return unicodeRegExp(`(?<![\\p{L}\\p{M}])(?:${latin})${tail}${cjk ? `|${cjk}` : ''}`);
}
export const CJK_WORD = /[\u0e00-\u0e7f\u3040-\u9fff]/;

const STARTS = words(CALL_STARTS, 'start');
// Imperatives known by their form rather than listed — each a person form, so it addresses the reader by
// itself: French "-ez" before what it asks for (Pensez à, N'hésitez pas, Partagez cet article, Suivez-nous;
// not before an article: "Martinez le savait"),
// Spanish stressed verbs with a clitic (Escríbenos, Únete, Compártelo — not an adverb in "-mente", nor a noun in "-inos": términos), Russian
// and Ukrainian "-йте/-ите/-іть/-вте" (Слушайте, Не забудьте, Поділіться, Поставте), Macedonian and Bulgarian "-ете/-јте"
// (Вклучете, Споделете, Следете, Читајте), German "<verb>en Sie",
// Greek plurals in "-στε/-ξτε/-ντε/-είτε" (Ακολουθήστε, Στηρίξτε, Κάντε, Πείτε; not "είστε", "είτε"), and a French
// familiar imperative joined to "toi"/"moi" (Abonne-toi, Inscris-toi, Dis-moi): no other form puts them after the verb.
const PERSON: RegExp[] = [
  unicodeRegExp(String.raw`^(?:n'|ne\s)?(?!chez|assez)\p{L}{2,}ez(?:-(?:nous|vous|les?|la|y|en|moi)|\s+(?:(?:à|aux?|pas|plus|rien|aucune?|jamais|[nv]otre|[nv]os|sur|en|chaque|dès|cet(?:te)?|ces|gratuitement|ici|vite|toute?s?|tous)(?![\p{L}\p{M}])))`),
  unicodeRegExp(String.raw`^\p{L}*[áéíóú]\p{L}*(?:(?<!i)nos|(?<!men)te|se|lo|la|le|me)(?![\p{L}\p{M}])`),
  unicodeRegExp(String.raw`^(?:не\s)?[\u0400-\u04ff]{2,}(?:йте|ите|ьте|іть|жте|ште|вте|ете|јте)(?:сь|ся)?(?![\p{L}\p{M}])`),
  unicodeRegExp(String.raw`^(?!είστε)[\u0370-\u03ff]+(?:[σξψν]τε|είτε)(?![\p{L}\p{M}])`),
  unicodeRegExp(String.raw`^\p{L}{2,}(?:en|rn|ln) sie(?![\p{L}\p{M}])`),
  unicodeRegExp(String.raw`^\p{L}{2,}-(?:toi|moi)(?![\p{L}\p{M}])`),
];
// What each form needs to be there at all, tested first with a regex or a search of no Unicode classes: in
// Firefox, every regex holding \p{…} classes costs 1–5 ms to compile on its first use in a page, and the
// content script is new on every click (issue 17: requestOf took 22–40 ms of the seed page's first read,
// on 18 short blocks). A form whose letters are not in the block is not compiled at all.
const PERSON_NEEDS: RegExp[] = [/ez[-\s]/, /[áéíóú]/, /[\u0400-\u04ff]/, /[\u0370-\u03ff]/, /n sie/, /-[tm]oi/];
// Indonesian "<base>-kan" with no verb prefix (Bagikan, Nyalakan, Aktifkan; not "mengatakan", "Balkan") is the
// imperative; as Polish "-aj/-uj/-ij" it asks only with a "you" or an object.
const ID_FORM = unicodeRegExp(String.raw`^(?!me|di|ber|ter|per|ke)[a-z]{4,}kan(?![\p{L}\p{M}])`);
// A Hebrew plural imperative ends in "-ו" (עקבו, הצטרפו, שתפו), as the past's "they" does ("כתבו" is both): with a "you" or an object.
const HE_FORM = /^[\u05d0-\u05ea]{2,}ו(?![\u05d0-\u05ea])/u;
const HEBREW = /[\u05d0-\u05ea]/;
// Polish "-aj/-uj/-ij" (Obserwuj, Podaj, Nie zapomnij) is a form of nouns too ("Rodzaj umowy"): it asks only with a "you" or "us".
const PL_FORM = unicodeRegExp(String.raw`^(?:nie\s)?\p{L}{3,}(?:aj|uj|ij|yj)(?:cie)?(?![\p{L}\p{M}])`);
// A Ukrainian first-person plural ("Залишаймося на зв'язку", "Читаймо разом") asks as "let's" does.
const UK_LET = unicodeRegExp(String.raw`^[\u0400-\u04ff]{3,}(?:ймо|імо)(?:ся)?(?![\p{L}\p{M}])`);
// And a "now" before an infinitive, as German and Dutch buttons say it ("Jetzt kostenlos registrieren", "Nu
// gratis aanmelden"); not when a finite modal or auxiliary carries the infinitive ("Jetzt müssen wir warten").
const NOW_INFINITIVE =
  unicodeRegExp(String.raw`^(?:jetzt|nu)\s(?![^,;]*(?<![\p{L}\p{M}])(?:muss|müssen|wil?l(?:en)?|wollen|kann?|können|kunnen|soll(?:en)?|wird|werden|hat|haben|ist|sind|moet(?:en)?|zal|zullen|heeft|hebben|is|zijn)(?![\p{L}\p{M}]))[^,;]{0,80}\p{L}(?:en|ern|eln)$`);
// Words that open a condition ("If you liked it, share it"): the request is the clause after the comma.
export const CONDITION_WORDS = 'if|si|wenn|falls|se|если|якщо|jeśli|jeżeli|jika|kalau|als|eğer|אם|nếu|إذا|إن|अगर|如果|もし|pokud|jestli|jestliže|ak|jos|hvis|dacă|ако|ako|jeigu|jei|kui|če|اگر';
const CONDITION = words(CONDITION_WORDS, 'start');
const CONDITION_NEEDS = new RegExp(`^(?:${CONDITION_WORDS})`);
// A purpose opening a sentence before its comma, naming what a call offers ("Pour ne rien manquer de l'actualité, abonnez-vous …"; not a
// guide's "Um den HerausgeberInnen die Arbeit zu erleichtern, orientieren Sie sich …", nor "Pour réécouter son interview, cliquez …").
const PURPOSE_WORDS = 'to|for|pour|afin de|para|per|um|damit|чтобы|щоб|żeby|aby|om|untuk|agar|để|için|כדי|لكي|للمزيد|لمزيد|ताकि|为了|för att|for at|jotta|pentru a|ca să|για να|kako bi|da bi';
const PURPOSE = words(PURPOSE_WORDS, 'start');
const PURPOSE_NEEDS = new RegExp(`^(?:${PURPOSE_WORDS})`);
// Where the verb comes last, a request form that speaks to the reader: Turkish, Japanese, Korean, Chinese "吧".
const ENDS = words('(?<![a-zçğıöşüə])(?:edin|indirin|olun|et|ol|paylaş|indir|katıl|izle|dinle|kaçırma|tıkla|ulaş|bırak|yükləyin|izləyin|paylaşın|qoşulun|bəyənin)|ください|して|(?:嬉|うれ)しいです|お願い(?:いた)?します|助かります|フォロー|シェア|登録|チェック|しよう|ましょう|[ろもこ]う|吧|세요|십시오|하기|부탁드립니다|바랍니다|ด้วยนะคะ|ด้วยนะครับ|ด้วยค่ะ|ด้วยครับ|nhé|^schaut? [^.!?]*vorbei|励みになります|করুন|জানান|দিন|ுங்கள்|کریں|کیجیے|کیجئے|دبائیں|دیکھیں|سنیں|بنیں|رہیں|بتائیں', 'end');
// Persian puts the verb last: a plural imperative (بپیوندید, ندهید) or a light verb of one (دنبال کنید, عضو شوید); not a "می-" present.
const FA_END = /(?:^|\s)(?:[بن][\u0600-\u06ff]+|کن|شو|ده)ید$/u;
// Turkish "-(y)ın/-in/-un/-ün" (dinleyin, unutmayın) and a Hindi polite "-ें" (करें, सुनें, लिखें) ending the sentence.
const ENDS_FORM = [/[ışğə]/u, unicodeRegExp(String.raw`\p{L}(?:ın|in|un|ün)$`)];
const HINDI_END = /[\u0900-\u097f]+[\u0947\u090f]\u0902$/u;
// The ergative "ने" after a subject ("प्रशासन ने … अपील की"): a past deed narrated, and its "-ें" a subjunctive ("ताकि वे … ले सकें"), not a request.
const NARRATED = /\sने\s/u;
// (With "app" and "apps", whole words: a stem would be "appendix".) Not a bare "you" but in a condition
// ("If you liked it …"), nor "your": an instruction says them too ("Leave the dough to rest before you shape it",
// "run it on your machine"); "us", "our" and what a call offers name the publication.
const ADDRESS = words(
  'apps?|us|our|we|ما را|با ما|به ما|wir|uns|nos|tus?|te|[vn]ous|[vn]otre|vos|dein|você|seus?|sua|ci|tuoi?|tua|вы|ва[см]|на[смш]|ты|тебе|тебя|твой|твоё|твоя|твои|ти|тобі|твій|твоє|твої|nas|nam znać|ons|onze|je|jouw|kami|anda|bizi|size|yetu|letu|wetu|yako|zako|我们|你|您|私たち|bạn|chúng tôi|σας|μας|σου|เรา|คุณ|আমাদের|আপনার|' +
    // Swedish, Danish, Norwegian, Finnish, Czech, Slovak, Romanian, Hungarian, Bulgarian, Croatian/Serbian, Catalan, Tagalog, Tamil.
    'oss|vår|vårt|våra|våre|os|vores|dig|deg|meitä|meille|meidät|meidän|nás|nám|náš|naše|našeho|našu|naši|naší|našim|našich|vás|nostru|noastră|noastre|minket|nekünk|velünk|нас|ни|наш|нашия|нашата|нашите|naš|naša|naših|нам|наша|nostre|nostra|nostro|nostri|ens|amin|aming|namin|iyong|inyong|ninyo|niyo|kayo|எங்கள்|எங்களை|' +
    // Lithuanian, Latvian, Estonian, Slovenian, Urdu, Afrikaans.
    'mus|mums|mūsų|jums|jūsų|mūs|mūsu|jums|jūsu|meid|meile|meie|teie|vam|vaš|vaše|ہم|ہمیں|ہمارا|ہماری|ہمارے|آپ|jou|' +
    // The publication by its people: the author, the newsroom ("Schreiben Sie der Autorin", "Signalez-la à la rédaction").
    'author|autor|autorin|autora|auteur|autrice|newsroom|redaktion|rédaction|redacción|redazione|redactie|redakcji|редакци[яию]|редакці[яюї]|redakce|redakci|redakcia|redakciu|redakcij|redakciji|uredništv\\p{L}*|toimitu\\p{L}*|szerkesztőség\\p{L}*|redacți\\p{L}*|редакцията|redacció|redaktionen|redaksjonen', 'word');
// What a call offers, as stems: notifications, comments, the newsletter, the app, a channel, this article,
// not missing anything ("para no perderte nada", "um nichts zu verpassen", "чтобы не пропустить"), journalism
// (what a gift is asked for: "Doneer en steun onafhankelijke journalistiek"; not a "journal");
// and the stems of "our"/"your" that decline (unser-, nuestr-, наш-, हम-).
const OURS = words('unser|ihr|nu?e?str|noss|наш|ваш|nasz|हम|आप|अपन', 'stem');
// What a call offers (the list: call-offers.ts).
const OFFERS = words(CALL_OFFERS, 'stem');

// Lower case, curly apostrophes straight, Arabic without its vowel marks (فعّلوا → فعلوا), no edge punctuation.
export const plain = (text: string) => text.toLowerCase().replace(/’/g, "'").replace(/[\u064b-\u0652]/g, '');
// (An emoji's variation selector is a mark: it goes with the emoji, "➡️ Follow us".)
const EDGES = unicodeRegExp(String.raw`^(?:[\s\p{P}\p{S}]|\ufe0f)+|(?:[\s\p{P}\p{S}]|\ufe0f)+$`, 'g');
export const trimmed = (text: string) => plain(text).replace(EDGES, '');
// An emoji or a mark closing the block after its stop ("… get the Sunday letter. 🔔"): no sentence of its own.
let closingSymbols: RegExp | null = null;
const CLOSING_SYMBOLS = () => (closingSymbols ??= unicodeRegExp(String.raw`(?<=[.!?。！？])(?:\s|\p{S}|\ufe0f)+$`));

/**
 * How the block asks: 'form' when its first sentence — or one right after a question or a label's colon
 * ("Enjoyed it? Support us", "Don't miss a thing: turn on alerts") — opens (or, verb-last, ends) with a
 * request in the reader's person, which addresses the reader by itself, or with a call's verb before a "!";
 * 'word' when it opens with a call's verb; null when it asks nothing (a sentence deep in a quote or a transcript is not a call's).
 */
export function requestOf(input: string, upTo: string[] = []): 'form' | 'word' | null {
  // Greek asks its questions with ";" (or the Greek question mark).
  const text = /[\u0370-\u03ff]/.test(input) ? input.replace(/[;\u037e]/g, '?') : input;
  // (A dash between spaces ends a clause as a stop does: "Loved this? There's more where it came from — get the Sunday letter.")
  const parts = text.split(/([.?!。？！।:：؟]+|\s[—–](?=\s))\s*/);
  // The last sentence of a block of a call's length (20 words, 60 characters of Chinese or Japanese) after a sentence (three words, six characters of Chinese or
  // Japanese; not a step's number, "3."), itself more than one word (a writer's "I don't know. Help!" asks nothing of the reader):
  // no stop before a word after it (the dots of an address, "letters@example.com", are none).
  // A part's size: its words, or in Chinese and Japanese (no spaces) its characters.
  const atLeast = (part: string | undefined, words: number, chars: number) => {
    const t = (part ?? '').trim();
    return CJK_WORD.test(t) ? t.length >= chars : t.split(/\s+/).length >= words;
  };
  const short = !atLeast(text, 21, 61);
  // What a call offers, or "us"/"our": what a request past the first sentence must name.
  const ofUs = (c: string) => offersCall(c) || speaksAsUs(c);
  // (Or one word in the reader's person, exclaimed, after a sentence naming us or what a call offers: "Більше новин — у нашому Telegram-каналі. Підписуйтеся!")
  const personAlone = (i: number) => {
    const w = trimmed(parts[i] ?? '');
    return /[!！]/.test(parts[i + 1] ?? '') && !/\s/.test(w) && PERSON.some((f, k) => PERSON_NEEDS[k]!.test(w) && f.test(w)) && ofUs(text);
  };
  // (A link's label of three words after a colon ends it: "… Schreiben Sie der Autorin: E-Mail.")
  const lastSentence = (from: number, i: number) =>
    short && atLeast(parts[i - 2], 3, 6) && (atLeast(parts[i], 2, 4) || personAlone(i)) && !/[.?!:;؟।]\s+\S|[。？！：；]\S/.test(text.slice(from).replace(CLOSING_SYMBOLS(), '').replace(/[:：]\s*[^\s:：.!?]+(?:\s+[^\s:：.!?]+){0,2}[.!]?\s*$/, ''));
  let found: 'word' | null = null;
  let at = 0;
  for (let i = 0; i < parts.length; i += 2) {
    at = Math.max(at, text.indexOf(parts[i] ?? '', at));
    // Past a question, a label's colon, or a label of initials ("P.S.", "N.B."). Also, but only with a call's verb or, in the reader's
    // person, what a call offers or "us" (a writer's "Fangen Sie am besten gleich an!" or "Watch this space!" asks nothing of the reader): past a
    // request, the next ("Stay informed. Turn on notifications …"), and the block's last sentence ("… readers like you. Chip in today.").
    const past = i === 0 || /[?？:：؟]/.test(parts[i - 1] ?? '') || unicodeRegExp(String.raw`^\p{L}{1,3}$`).test(parts.slice(0, i).join('').replace(/[.\s]/g, ''));
    if (!past && found === null && !lastSentence(at, i)) continue;
    const t = trimmed(parts[i] ?? '');
    if (t === '') continue;
    // "If you liked it, share it", "Pour ne rien manquer, abonnez-vous": the request is the clause after the condition's or the purpose's comma
    // (a purpose only when it names what a call offers or a platform: "For more news, follow us on Telegram"; not a guide's "Um den
    // HerausgeberInnen die Arbeit zu erleichtern, orientieren Sie sich …" nor a player's "Pour réécouter son interview, cliquez …").
    const opened = (CONDITION_NEEDS.test(t) && CONDITION.test(t)) || (PURPOSE_NEEDS.test(t) && PURPOSE.test(t) && (OFFERS.test(t) || namesPlatform(t)));
    const clause = opened ? trimmed(t.split(/[,،，、]/).slice(1).join(',')) : '';
    // The text to the end of this sentence or a colon: a stop before a space or the end (not the dots of an address, "kate.loweth@…").
    const stop = /[.?!:;؟।](?=\s|$)|[。？！：；]/g;
    stop.lastIndex = at;
    const said = text.slice(0, stop.exec(text)?.index ?? text.length);
    const bang = /[!！]/.test(parts[i + 1] ?? '');
    const form = () => {
      upTo[0] = said;
      return 'form' as const;
    };
    if (i > 0 && personAlone(i) && lastSentence(at, i)) return form();
    // After a question, an ask may follow a first word ("Liked it? Then share it", "Dann teile ihn!"); exclaimed, it may
    // come second after "and" with what a call offers ("Ring the bell and hit subscribe!"; not "Come and join us!", a section's
    // title, nor after a comma: "So, without further ado, let's see …!").
    for (const c of [t, clause, i > 0 ? t.replace(unicodeRegExp(String.raw`^\p{L}+\s`), '') : '', ...(bang && OFFERS.test(t) ? t.split(/\s(?:and|und|et|y|e|i|и|і|en|dan|và|ve|و)\s/u).slice(1) : [])]) {
      if (c === '') continue;
      if ((past || ofUs(c)) && PERSON.some((f, k) => PERSON_NEEDS[k]!.test(c) && f.test(c))) return form();
      if (STARTS.test(c) || (/^(?:jetzt|nu)\s/.test(c) && NOW_INFINITIVE.test(c)) || (/[auiy]j/.test(c) && PL_FORM.test(c)) || (c.includes('kan') && ID_FORM.test(c)) || (HEBREW.test(c) && HE_FORM.test(c)) || (/[\u0400-\u04ff]/.test(c) && UK_LET.test(c))) {
        // A call's verb exclaimed ("Skomentuj i udostępnij!", "Dann teile ihn!") speaks to the reader.
        if (bang && past) return form();
        found = 'word';
        upTo[0] = said;
      }
    }
    // (Past a Japanese sentence-final particle, and a price or a note in brackets after the request: "…お願いします（月額500円）".)
    // (Or a request form ending the first clause, before a comma: "Bültenimize abone olun, önemli haberleri her sabah … bulun.")
    const clause1 = /[,，、]/.test(t) ? t.split(/[,，、]/)[0]!.trim() : '';
    if ((past || ofUs(t)) && (ENDS.test(t.replace(/\s*[（(][^()（）]*[)）]?$/, '').replace(/[ねよ]$/, '')) || (HINDI_END.test(t) && !NARRATED.test(t)) || FA_END.test(t) || ENDS_FORM.every((f) => f.test(t)) || (clause1 !== '' && ENDS.test(clause1)))) return form();
  }
  return found;
}

let italianCi: RegExp | null = null;
const ITALIAN_CI = () => (italianCi ??= unicodeRegExp(String.raw`(?:^|[.?!…]\s+)\p{L}\p{Ll}{2,}(?:a|i|e)(?:te)?ci(?=[.!:,]|\s+(?:su|a|al|sul|via|per)\s|$)`));

/** It speaks as the publication or to the reader by a pronoun ("us", "our", "uns", "ons", "нас", "לנו"), not merely by naming what a call offers. */
// "je" and "u" are the reader in Dutch ("Volg je ons al?", "Steunt u ons?"), but "is" and "in" or "at" in Czech, Slovak,
// Slovene, Croatian and Serbian ("Gradonačelnik je pozvao građane …", "u gradu"): in a text written with those languages'
// letters (č, š, ž, ř, ě, ć, đ, ů, none of them Dutch or French) they name no one.
const SLAVIC_LATIN = /[čšžřěćđů]/i;
/** The text without "je" and "u" when it is in a Slavic language written in Latin letters. */
export const withoutSlavicIs = (t: string): string => (SLAVIC_LATIN.test(t) ? t.replace(unicodeRegExp(String.raw`(^|[^\p{L}])(?:je|u)(?![\p{L}\p{M}])`, 'g'), '$1 ') : t);

export function speaksAsUs(text: string): boolean {
  const t = withoutSlavicIs(trimmed(text));
  // A verb that carries "us" as a clitic: Spanish stressed and opening the block (Ayúdanos, Cuéntanos; not "términos" inside), Portuguese after a hyphen (Ajude-nos).
  // Romanian after a hyphen too (Urmărește-ne, Scrieți-ne).
  const clitic = (t.includes('nos') && (unicodeRegExp(String.raw`^\p{L}*[áéíóú]\p{L}*(?<!i)nos(?![\p{L}\p{M}])`).test(t) || unicodeRegExp(String.raw`\p{L}-nos(?![\p{L}\p{M}])`).test(t))) || (t.includes('-ne') && unicodeRegExp(String.raw`^\p{L}{3,}-ne(?![\p{L}\p{M}])`).test(t));
  // Italian's "ci" on an imperative opening a sentence and ending it or followed by where (Chiamaci., Seguici su X, Scrivici a …).
  const ci = t.includes('ci') && ITALIAN_CI().test(t);
  return ADDRESS.test(t) || OURS.test(t) || clitic || ci || /نا(\s|$|[.!،])/.test(t) || /[\u05d0-\u05ea](?:נו|כם)(?![\u05d0-\u05ea])/u.test(t);
}

// A gift to the publication, named ("Every contribution helps", "Contribua com qualquer valor", "כל תרומה עוזרת לנו"): what a donation call asks for without a verb.
const GIFT = words('gifts?(?![\\p{L}])|donat|donas|don(?![\\p{L}\'])|contribu|aport|apoio|bijdrage|beitrag|spende|wpłat|συνεισφορ|đóng góp|תרומ|внес|пожертв|bağış|تبرع|दान|寄付|후원|捐', 'stem');
// An amount is a gift only with "every"/"any" and what it does ("Any amount helps", "Будь-яка сума допоможе редакції"; not "Keep a small amount of the starter").
const AMOUNT = words('amount|sum(?![\\p{L}])|montant|betrag|importe|importo|kwot|сумм|сума|bedrag|jumlah|miktar|số tiền|مبلغ|סכום|राशि|金额|金額|금액', 'stem');
// A rating or a review is a gift too when said to "us" ("A five-star review helps other listeners find us").
/** The block names a gift to the publication ("un don mensuel", "a donation", "eine Spende"). */
export const namesGift = (text: string): boolean => GIFT.test(trimmed(text));
const REVIEW = words('review|rating|reseña|avalia|recension|bewertung|отзыв|ocen|đánh giá', 'stem');
// What a gift does in a donation call, said in the present: it helps, it counts ("Jede Spende zählt"; not "Every donation was logged").
const HELPS = words('helps|counts|matters|difference|diferença|diferencia|différence|differenza|unterschied|hilft|zählt|compte|aide|cuenta|ayuda|ajuda|conta|aiuta|pomaga|liczy|helpt|telt|giúp|membantu|μετράει|βοηθά|поможет|помогает|допоможе|допомагає|עוזרת|עוזר|يساعد|تساعد|मदद|助|役立|도움', 'word');
// "Every", "any" before a gift that helps ("Jeder Beitrag hilft, auch ein kleiner", "Chaque don compte", "Mọi đóng góp … giúp tòa soạn"): the generic statement a donation call makes.
const EVERY = words('every|any|each|jede[rsn]?|chaque|tout|cada|qualquer|ogni|qualsiasi|любая|любой|будь-яка|każd[ya]|elke?|mọi|setiap|κάθε|כל|أي|كل|हर|任何|每', 'word');
/**
 * It opens with a gift and says "us" after it ("Elke bijdrage, hoe klein ook, helpt ons verder"), or a clause of it names a gift
 * with "every" and says that it helps ("Jeder Beitrag hilft", "… um apoio de qualquer valor faz diferença"; not "Durch Spenden können wir …").
 */
export function giftToUs(text: string): boolean {
  const ws = trimmed(text).split(/\s+/);
  // Said to us: the gift opens the block (its first two words; a review its first three), "us" after it.
  if ((GIFT.test(ws.slice(0, 2).join(' ')) || REVIEW.test(ws.slice(0, 3).join(' '))) && speaksAsUs(ws.slice(2).join(' '))) return true;
  // With "every" and what it does: in any clause ("Dona lo que puedas: cada aporte cuenta").
  // What the gift does is said of the whole block: read once, when a clause needs it.
  let helps: boolean | undefined;
  const doesHelp = () => {
    if (helps === undefined) helps = HELPS.test(trimmed(text));
    return helps;
  };
  return text.split(/[.:;,!?。：，]/).some((part) => {
    const w = trimmed(part).split(/\s+/);
    const first = w.slice(0, 3).join(' ');
    return (GIFT.test(first) || AMOUNT.test(first)) && EVERY.test(w.slice(0, 5).join(' ')) && doesHelp();
  });
}


/** The block addresses the reader ("you", "our", "uns", "нас" …; an Arabic "-نا", a Turkish "-ımız") or offers a call's object. */
export function addressesReader(text: string): boolean {
  const t = trimmed(text);
  // Endings that say "us"/"you": Arabic "-نا", Turkish "-ımız" (and "-nız" in Turkish text), Hebrew "-נו"/"-כם" (speaksAsUs).
  return speaksAsUs(t) || OFFERS.test(t) || GIFT.test(t) || (CONDITION.test(t) && /\byou\b/.test(t)) || (/[ışğ]/.test(t) && unicodeRegExp(String.raw`\p{L}(?:[ıiuü]m[ıiuü]z|n[ıiuü]z)|[aeıioöuü]m[ıiuü]z[ıiuüae]`).test(t)) || unicodeRegExp(String.raw`\p{L}[ıi]m[ıi]z`).test(t);
}

// A suggestion put as a question ("Why not pass this story on to a friend?", "Pourquoi ne pas partager cet article ?"): a request with what a call offers.
export const SUGGEST_WORDS = "why not|how about|pourquoi ne pas|por qué no|warum nicht|perché non|почему бы не";
const SUGGEST = words(SUGGEST_WORDS, 'start');
export const suggests = (text: string): boolean => SUGGEST.test(trimmed(text)) && /[?？]/.test(text);


/** The block names what a call offers (the newsletter, notifications, comments, the app, a subscription, this story) — not merely "our": a rhetorical question says that too. */
export const offersCall = (text: string): boolean => OFFERS.test(plain(text));

const PLATFORMS = words(PLATFORM_NAMES, 'stem');
/** The text names a platform ("… auf Instagram", "ফেসবুক পেজে"): where a call sends the reader. */
export const namesPlatform = (text: string): boolean => PLATFORMS.test(plain(text));

// The page itself pointed at: "below", "here" ("Comments are open below", "Los comentarios están abiertos más abajo"), or
// wherever the reader likes ("Subscribe wherever you listen"; not "everywhere": "Podcasts are everywhere these days").
const HERE = words('below|here|wherever|überall, wo|où que|dondequiera|ovunque tu|где бы|gdziekolwiek|waar je ook|abajo|aquí|unten|hier|ci-dessous|ici|sotto|abaixo|aqui|ниже|нижче|poniżej|hieronder|bawah|aşağı|dưới đây|chini|下方|下面|こちら|这里|아래|למטה|أدناه|नीचे|ด้านล่าง', 'word');
export const pointsHere = (text: string): boolean => HERE.test(plain(text));

/**
 * A pitch's shape, with or without a verb: an emoji or an arrow leading or pointing ("📬 The Sunday edition …",
 * "Newsletter: weekly, free →"), a short question before the rest ("Enjoying our coverage? A subscription …"), or
 * a label of two words at most that names what a call offers, and a colon (any other label opens a line of an
 * interview, a teaser or a credit: "Fischer: …", "Drafting of the article: …"). Only ever together with what a call offers or where its links go.
 */
export function pitchOf(text: string): boolean {
  const t = text.trim();
  const label = /^([^\s.!?:：]+(?:\s[^\s.!?:：]+)?)\s?[:：]\s*\S/u.exec(t)?.[1];
  // (No ASCII character is a pictograph: the class, costly to compile in Firefox, is asked only after another first character.)
  const pictograph = t.charCodeAt(0) > 127 && /^\p{Extended_Pictographic}/u.test(t);
  return pictograph || /[→➜➔⟶👉👇]|^[^.!?。！？:：؟]{2,60}[?？؟]\s*\S/u.test(t) || (!!label && offersCall(label));
}
