// The words of comment-policy.ts: a line that speaks of comments and of moderating, approving or the rules for
// them. A rare step (../rare-steps.ts): content.js asks it only about a short line near the article's end
// that holds a word starting like "comment" in one of these languages, and rare.js brings it.
const COMMENTS = /\b(comments?|commenting|commenters?|comentários?|comentarios?|commentaires?|kommentar\w*|commenti|reacties)\b/iu;
const POLICY =
  /\b(moderat\w*|akismet|(reduce|réduire|reducir|ridurre)\b.{0,20}\b(spam|indésirables)|spam zu reduzieren|reserve the right|guidelines|offensive|abusive|comment policy|(will|may) (not )?be (published|approved|removed|deleted|edited)|(não )?serão (aprovad|publicad)\w*|(no )?serán (aprobad|publicad)\w*|ne seront pas (publi|approuv)\w*|(are|is) (now )?closed|(sind|ist) geschlossen|sont fermés|están cerrados|estão fechados|sono chiusi)/iu;

/** Being logged in (or signing in) in the languages above and a few more. */
const LOGIN =
  /(\blog(ged)?[ -]?in\b|\bsign(ed)?[ -]?in\b|\beinlogg|\beingeloggt|\banmelden\b|\bangemeldet|\bconnect(é|ez|er)|\binici(ar|a) sesi[oó]n|\bzalog|\bingelogd|\binloggen|войд?и|авториз)/iu;
/** …to take part: comment, discuss, reply, rate. */
const TO_TAKE_PART = /(comment|coment|kommentar|kommentier|diskussion|discussion|discusi|discuss|reply|antwort|répondre|responder|rispondere|reacti|beteilig|bewert|коммент|обсужд)/iu;
/** …or not being logged in now. */
const NOT_IN = /\b(not|nicht|pas)\s+(\S+\s+)?(logged|signed|eingeloggt|angemeldet|connecté)/iu;
/**
 * Said to the reader: a second person, a "please", or the login verb first (an imperative: "Log in to comment").
 * A story's sentence about users who log in ("Users who are logged in can comment, the council said") is not.
 */
const TO_YOU =
  /(\b(you|your|sie|du|vous|usted|tu|jij|please|bitte|veuillez|por favor|per favore|debes|devez|musst)\b|^\W*(please\s+)?(log|sign|einlogg|anmeld|connect|inici|zalog|inlogg|войд|авториз))/iu;

/**
 * The line speaks of comments and of the rules for them, or it is the comment form's login prompt: "You must be
 * logged in to post a comment", "Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können",
 * "Sie sind aktuell nicht eingeloggt".
 */
export function isCommentPolicy(text: string): boolean {
  return (COMMENTS.test(text) && POLICY.test(text)) || (LOGIN.test(text) && (TO_TAKE_PART.test(text) || NOT_IN.test(text)) && TO_YOU.test(text));
}
