// The article read as a sequence of text units, for the clutter rules that look at the article's top
// and tail: a unit is a block with no block inside it, or an inline run (a span, a loose link) that
// sits beside blocks in a mixed container. Units inside figures and literal text are skipped.
import { BLOCK_TAGS, hasBlockChild, LITERAL_TAGS } from '../dom';
import { SPACELESS_SCRIPT, countWords, letterCount, textOf } from '../text';
import { ALL_STOPS } from '../sentence-stops';

export interface TextUnit {
  el: Element;
  text: string;
  /** Its words; in a script written without spaces between words, as many as its letters make (unitWords). */
  words: number;
}

/** Letters a word of those scripts holds on average, or a little more (Thai: about three, marks apart). */
const UNSPACED_WORD = 4;

/**
 * The words of a unit's text. A paragraph of Thai is ten "words" to a count by spaces, as few as a byline's, so
 * the clutter rules read it as a label line (session 16: a paragraph above the story's first English one went as
 * a label, and one before a removed box as that box's label): in those scripts a unit has as many words as its
 * letters make.
 */
export function unitWords(text: string): number {
  const words = countWords(text);
  return SPACELESS_SCRIPT.test(text) ? Math.max(words, Math.round(letterCount(text) / UNSPACED_WORD)) : words;
}

const MEDIA = 'img, picture, video, audio, iframe, svg, canvas, table, object, embed';
/** Not text units, nor anything inside them: figures and their captions, code and other literal text. */
const SKIPPED = new Set(['figure', 'figcaption', ...LITERAL_TAGS]);

/** The units of `root` in document order (media-only units are left out: they are not text). */
export function textUnits(root: Element): TextUnit[] {
  const units: TextUnit[] = [];
  const visit = (el: Element) => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (SKIPPED.has(child.localName)) continue;
      const block = BLOCK_TAGS.has(child.tagName);
      const unit = block ? !hasBlockChild(child) : hasBlockChild(el);
      if (!unit) {
        if (block) visit(child);
        continue;
      }
      const text = textOf(child);
      if (!text) continue;
      units.push({ el: child, text, words: unitWords(text) });
    }
  };
  visit(root);
  return units;
}

const MEDIA_NAMES = new Set(MEDIA.split(', '));

/** True for a picture, a video, an embed or a table: what a unit may hold besides words (`el.matches(MEDIA)`, by name). */
export function isMedia(el: Element): boolean {
  return MEDIA_NAMES.has(el.localName);
}

/** True for a unit that holds a picture, a video or a table rather than only words. */
export function holdsMedia(el: Element): boolean {
  return isMedia(el) || el.querySelector(MEDIA) !== null;
}

const SENTENCE_END = new RegExp(`[${ALL_STOPS}]["'”’»)]*$`);
/** Ends like a sentence: a full stop, question or exclamation mark, an ellipsis or a closing quote. */
export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/**
 * A paragraph of running text: what the article's top ends at and its tail starts after.
 * Long enough that no byline, date or label line is one.
 */
export function isRunningText(unit: TextUnit): boolean {
  if (/^H[1-6]$/.test(unit.el.tagName)) return false;
  return unit.words >= 20 || (unit.words >= 8 && endsLikeSentence(unit.text));
}
