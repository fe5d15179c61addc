// The words of comment-policy.ts: a line that speaks of comments and of moderating, approving or the rules for
// them. A rare step (../rare-steps.ts): content.js asks it only about a short line near the article's end
// that holds a word starting like "comment" in one of these languages, and rare.js brings it.
const COMMENTS = /\b(comments?|commenting|commenters?|comentários?|comentarios?|commentaires?|kommentare?|commenti|reacties)\b/iu;
const POLICY =
  /\b(moderat\w*|reserve the right|guidelines|offensive|abusive|comment policy|(will|may) (not )?be (published|approved|removed|deleted|edited)|(não )?serão (aprovad|publicad)\w*|(no )?serán (aprobad|publicad)\w*|ne seront pas (publi|approuv)\w*|(are|is) (now )?closed|(sind|ist) geschlossen|sont fermés|están cerrados|estão fechados|sono chiusi)/iu;

/** The line speaks of comments and of the rules for them. */
export function isCommentPolicy(text: string): boolean {
  return COMMENTS.test(text) && POLICY.test(text);
}
