// Captions and photo credits that the page set as ordinary text instead of a <figcaption>: the line
// right under a picture that repeats its alt text, ends in a credit ("… (Image: Getty)", "(AP Photo/…)",
// "… / (C) Jane Doe") or opens with a numbered figure label ("Abbildung 4: …", "Fig. 2 – …"),
// a credit line of its own ("Image copyright Getty Images", "Photo: Jane Doe, AP", "Jane Doe | Reuters"),
// and the words inside a <figure> around its picture. They are turned into captions, not deleted: the
// picture keeps them in the view, and the article's text (which leaves captions out) reads as prose.
// A short line after such a caption that closes the picture's own box (picture, caption, line and nothing else)
// is its credit, whatever its words.
// Guard: only text right after a picture, inside a figure with one, or a short line that is a credit from
// end to end; at most 60 words; never headings, lists, quotes, tables or code.
import { childElements, closestNamed, elementsNamed, LITERAL_TEXT, tagSet } from '../dom';
import type { Rule, RuleMatch } from '../rules/rule';
import { countWords, normalizeSpace, textOf } from '../text';

const PICTURE = 'img, picture, video, iframe, embed, object, svg, canvas';
const PICTURES = tagSet(PICTURE);
const CREDIT_BLOCKS = tagSet('p, div, span');

/**
 * The p, div and span elements under `root` with no paragraph, div or link inside (a linked line cites a
 * source; a picture credit is plain text), in document order: one walk that tells each element what its
 * subtree holds, instead of a search below every candidate.
 */
function plainLines(root: Element): Element[] {
  const lines: (Element | null)[] = [];
  const visit = (el: Element): boolean => {
    let holds = false;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      const name = child.localName;
      const at = CREDIT_BLOCKS.has(name) ? lines.push(child) - 1 : -1;
      if (visit(child)) {
        if (at >= 0) lines[at] = null;
        holds = true;
      }
      if (name === 'p' || name === 'div' || (name === 'a' && child.hasAttribute('href'))) holds = true;
    }
    return holds;
  };
  visit(root);
  return lines.filter((el): el is Element => el !== null);
}
/**
 * True when the text right before `el` is a heading's: the line under it is that heading's text (a slideshow's
 * picture, title, description and credit), not the picture's caption.
 */
function underHeading(el: Element): boolean {
  let sib = el.previousElementSibling;
  while (sib && !hasText(sib)) sib = sib.previousElementSibling;
  if (!sib) return false;
  const heading = /^h[1-6]$/.test(sib.localName) ? sib : Array.from(sib.querySelectorAll('h1, h2, h3, h4, h5, h6')).pop();
  return heading !== undefined && textOf(sib).endsWith(textOf(heading));
}
const NOT_CAPTION = `h1, h2, h3, h4, h5, h6, ul, ol, li, blockquote, table, figcaption, ${LITERAL_TEXT}`;
const MAX_WORDS = 60;
const NOT_CAPTION_TAGS = tagSet(NOT_CAPTION);
const PICTURE_OR_NOT_CAPTION = tagSet(`${PICTURE}, ${NOT_CAPTION}`);

const AGENCY = /\b(getty( images)?|associated press|ap photo|reuters|afp|epa|shutterstock|istock(photo)?|alamy|bloomberg|pa( media| wire)?)\b/i;
const CREDIT_WORD = /\b(image|photo|picture|pic|foto|video|credit|courtesy|source|illustration|file)s?\b|©/i;
/** A whole line that names where a picture came from. */
const CREDIT_LINE = [
  /^(image|photo|picture|pic|foto|video|illustration)s?\s*(copyright|credit|courtesy|source|by)\b/i,
  /^(image|photo|picture|pic|foto|credit|courtesy|illustration)s?\s*(\([^)]*\))?\s*:/i,
  // Other languages' picture words, and the German compounds a template labels its lead picture with
  // ("Titelbild: Agentur", "Beitragsbild: …", "Crédits photos : …", "Imagen: …", "Fot. …").
  /^((titel|beitrags|aufmacher|symbol|header|vorschau|archiv|teaser)?(bild|foto)|bilder|fotos?|imagen|immagine|beeld|zdjęcie|фото|fot\.|crédits?( photos?)?|photo credits?)\s*(\([^)]*\))?\s*:/iu,
  /^©/,
];

/**
 * "… © Jane Doe", "… / (C) Jane Doe": a caption's closing copyright mark and name. A bracketed letter c counts as
 * the mark only after a bar, slash or dash (an enumeration's "(c) The council …" has none), and the name
 * after it is a few capitalised words, not a sentence.
 */
const CLOSING_MARK = /(?:©|[/|–—-]\s*\([cC]\))\s*\p{Lu}[\p{L}.'’&-]*(?:\s+[\p{L}.'’&-]+){0,5}\s*$/u;

/** "… (Image: GETTY)", "… (Reed Saxon / Associated Press)": a caption's closing credit in brackets or a closing copyright mark. */
function endsWithCredit(text: string): boolean {
  if (CLOSING_MARK.test(text)) return true;
  const m = /\(([^()]{2,80})\)\s*$/.exec(text);
  if (!m) return false;
  const inner = m[1] ?? '';
  return CREDIT_WORD.test(inner) || AGENCY.test(inner) || /[/|]/.test(inner);
}

/**
 * "Abbildung 4: klassische Schwachschicht.", "Fig. 2 – …", "Rys. 3.": a numbered figure label opening the line
 * under a picture. The figure words only: a step's number under a step photo ("Schritt 4: …") is the text.
 */
const FIGURE_LABEL = /^(?:figure|fig\.?|abbildung|abb\.?|grafik|illustration|figura|rysunek|rys\.|obrázek|obr\.|kuva|afbeelding|afb\.|figur|ábra|şekil|рисунок|рис\.)\s*\d+[a-z]?\s*[:.–—-]\s/iu;

/** A short line that is a credit from end to end (no sentence of its own). */
export function isCreditLine(text: string): boolean {
  const words = countWords(text);
  if (words === 0 || words > 12) return false;
  if (CREDIT_LINE.some((re) => re.test(text))) return true;
  // "Natalie Naccache | Bloomberg | Getty Images", "Jane Doe/Reuters": names and an agency, no sentence.
  // "Source: Reuters" names where the story came from: a citation, not a picture credit.
  if (/^(source|via|from)\b/i.test(text)) return false;
  return AGENCY.test(text) && !/[.!?]$/.test(text) && (/[|/]/.test(text) || words <= 4);
}

/**
 * "Jane Doe | Lakeshore Gazette", "Jane Doe/Reuters", "Jane Doe/imagebank.example.se": names joined by a bar or
 * slash, the last one maybe a picture agency's web address (only right under a picture).
 */
function isNameCredit(text: string): boolean {
  return countWords(text) <= 10 && /^\p{Lu}[\p{L}.'’ -]*(\s*[|/]\s*(\p{Lu}[\p{L}.'’& -]*|[\p{Ll}\d-]+(\.[\p{Ll}\d-]+)*\.\p{Ll}{2,})){1,3}$/u.test(text);
}
/** Words of a description under its credit at most (a picture's one or two sentences, not a paragraph of the story). */
const DESCRIPTION_WORDS = 30;

/** True when some text node under `node` has a character other than white space (stops at the first). */
function hasText(node: Node): boolean {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 || child.nodeType === 4) {
      if (normalizeSpace((child as CharacterData).data) !== '') return true;
    } else if (child.nodeType === 1 && hasText(child)) return true;
  }
  return false;
}

/** True when an element under `el` has one of these names (stops at the first). */
function holdsNamed(el: Element, names: ReadonlySet<string>): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (names.has(child.localName) || holdsNamed(child, names)) return true;
  return false;
}

function captionable(el: Element): boolean {
  return closestNamed(el, NOT_CAPTION_TAGS) === null && !holdsNamed(el, PICTURE_OR_NOT_CAPTION);
}

/**
 * The first element with text after `media`, climbing out of its wrappers (a link, a <p>, a <div>);
 * null when words sit right beside the picture (a picture inside a paragraph of prose).
 */
function textAfter(media: Element, root: Element): Element | null {
  let node: Element = media;
  while (node !== root && node.parentElement) {
    let seen = false;
    let wordsBefore = 0;
    for (let sib = node.parentElement.firstChild; sib; sib = sib.nextSibling) {
      if (sib === node) {
        seen = true;
        continue;
      }
      if (sib.nodeType === 3 && normalizeSpace((sib as Text).data) !== '') return null;
      if (sib.nodeType === 1 && hasText(sib as Element)) {
        if (seen) return sib as Element;
        wordsBefore += countWords(textOf(sib as Element));
      }
    }
    // The picture closes a box with words of its own (a teaser's title and summary, then its picture): what
    // follows the box follows the box, not the picture. (A button's words before it, "click to enlarge", are no box's.)
    if (wordsBefore >= 6) return null;
    node = node.parentElement;
  }
  return null;
}

/** Words a picture's credit line has at most ("Ahmed Zarrouki, Avenue Habib Bourguiba, Tunis."). */
const CREDIT_WORDS = 12;

/**
 * True when `line` is the last of the picture's own box: the box holds the picture, its caption and this short
 * line, and nothing else with words (a CMS's media element: picture, description, source). A credit in words that
 * name no picture ("Ahmed Zarrouki, Avenue Habib Bourguiba, Tunis.") is known by its place.
 */
function closesPictureBox(media: Element, caption: Element, line: Element): boolean {
  const box = caption.parentElement;
  if (!box || line.parentElement !== box || !box.contains(media) || line.querySelector('a[href]') || !captionable(line)) return false;
  const text = textOf(line);
  if (countWords(text) > CREDIT_WORDS || /[?!:]$/.test(text)) return false;
  const texts = childElements(box).filter(hasText);
  return texts.length === 2 && texts[0] === caption && texts[1] === line;
}

function repeatsAlt(text: string, media: Element): boolean {
  const img = media.matches('img') ? media : media.querySelector('img');
  const alt = normalizeSpace(img?.getAttribute('alt') ?? img?.getAttribute('title') ?? '').toLowerCase();
  const t = text.toLowerCase();
  return alt.length >= 20 && (t.startsWith(alt.slice(0, 40)) || alt.startsWith(t.slice(0, 40)));
}

export const looseCaptions: Rule = {
  name: 'loose-captions',
  kind: 'clutter',
  description:
    'Text set as a caption without <figcaption>: right after a picture with its alt text or a closing credit, in a figure beside its picture, or a short credit-only line; at most 60 words, never headings, lists or quotes.',
  find(root) {
    const found = new Map<Element, string>();
    const mark = (el: Element, reason: string) => {
      if (!found.has(el) && captionable(el) && countWords(textOf(el)) <= MAX_WORDS) found.set(el, reason);
    };
    // Words inside a figure beside its picture are the figure's caption, whatever element holds them.
    for (const figure of Array.from(root.querySelectorAll('figure'))) {
      if (!figure.querySelector(PICTURE)) continue;
      const visit = (el: Element) => {
        for (const child of childElements(el)) {
          if (!hasText(child)) continue;
          if (child.querySelector(PICTURE)) visit(child);
          else mark(child, 'text beside the picture in its figure: made its caption');
        }
      };
      visit(figure);
    }
    for (const media of elementsNamed(root, PICTURES)) {
      if (media.parentElement?.closest('picture, figure, svg')) continue;
      const next = textAfter(media, root);
      if (!next || !captionable(next)) continue;
      // A wrapper under the picture holding its credit, then its description, and nothing else.
      const parts = childElements(next).filter(hasText);
      const [first, second] = parts;
      if (parts.length === 2 && first && second && (isCreditLine(textOf(first)) || isNameCredit(textOf(first))) && countWords(textOf(second)) <= DESCRIPTION_WORDS) {
        mark(first, 'photo credit under the picture');
        mark(second, 'description under the picture’s credit: made its caption');
        continue;
      }
      const text = textOf(next);
      const opensWithCredit = CREDIT_LINE.some((re) => re.test(text)) || /^source\s*:/i.test(text);
      const credit = next.nextElementSibling;
      const creditNext = credit !== null && (isCreditLine(textOf(credit)) || isNameCredit(textOf(credit)));
      if (repeatsAlt(text, media) || endsWithCredit(text) || isCreditLine(text) || opensWithCredit || creditNext || FIGURE_LABEL.test(text)) {
        mark(next, 'caption under the picture (repeats its alt text, ends in or is followed by a credit, opens with a figure label)');
        if (credit && creditNext) mark(credit, 'photo credit under the picture');
        else if (credit && closesPictureBox(media, next, credit)) mark(credit, 'short line closing the picture’s own box, under its caption: its credit');
      }
    }
    // A credit line on its own: with the line before it when the two are all their container holds.
    for (const el of plainLines(root)) {
      if (found.has(el) || !isCreditLine(textOf(el))) continue;
      if (el.parentElement?.closest('p') && el.parentElement !== null && textOf(el.parentElement) !== textOf(el)) continue;
      mark(el, 'photo credit line');
      const parent = el.parentElement;
      const texts = parent ? childElements(parent).filter(hasText) : [];
      const prev = texts[texts.indexOf(el) - 1];
      if (parent && parent !== root && texts.length === 2 && prev && !underHeading(parent)) mark(prev, 'caption above its photo credit');
    }
    const matches: RuleMatch[] = [];
    for (const [el, reason] of found) {
      // One caption per line: a credit inside a caption already found goes with it.
      if (Array.from(found.keys()).some((o) => o !== el && o.contains(el))) continue;
      matches.push({ node: el, action: { type: 'caption' }, reason, text: textOf(el) });
    }
    return matches;
  },
};
