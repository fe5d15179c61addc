// The grammar of an HTML tag shown as text, for leaked-link-markup.ts. Markup leaks in many dresses —
// any quotes (straight, curly, prime, low-high), any attribute order, unquoted values, self-closing tails,
// entity-escaped once or twice (&lt;a href=&quot;…&quot;&gt;, &amp;lt;…), a tag whose start was eaten
// (…-retaliation/” title=”…”>), a leftover </a>, other tags (<span style=…>, <strong>, <img …/>) — but a
// tag has one grammar: `<name attr=value …>`, `</name>`, or the tail `…value" attr=value>`. Matching that
// grammar on the text with its entities decoded finds them all; prose never has it. Links in other syntaxes (Markdown,
// BBCode, a wiki's) are link-syntax.ts's, read here with the same decoding.
import { linkSyntax } from './link-syntax';
import { unicodeRegExp } from '../unicode-class';

/** Decoded text, and for each of its characters (and its end) the offset in the original text. */
interface Decoded {
  text: string;
  at: number[];
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', prime: '′',
  Prime: '″', laquo: '«', raquo: '»', bdquo: '„', nbsp: ' ', AMP: '&', LT: '<', GT: '>', QUOT: '"',
};
const ENTITY = /&(#\d{1,7}|#x[\da-f]{1,6}|[a-z]{2,6});/gi;

function decodeEntity(body: string): string | null {
  if (body[0] !== '#') return NAMED[body] ?? null;
  const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
  return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : null;
}

// Escapes other than HTML's that markup travels in: a JSON string's (\u003c, \", \/; escaped once more: \\u003c), a
// script's (\x3C), a URL's (%3C, %22), full-width forms an input method typed (＜a href＝…＞), single guillemets a typographer's
// tool put for angle brackets (‹a href="…"›); and characters a page puts
// inside long words (soft hyphens, zero widths).
const ESCAPE = /\\+(?:u00|x)(3[cCeE]|22|27|2[fF])|\\+(["'/])|%(3[cCeEdD]|2[02fF]|27)|([＜＞＝／＂＇])|([‹›])|[\u00ad\u200b-\u200d\u2060]/g;
function decodeEscape(m: RegExpMatchArray): string {
  if (m[1] || m[3]) return String.fromCharCode(Number.parseInt(m[1] ?? m[3]!, 16));
  if (m[2]) return m[2];
  if (m[4]) return String.fromCharCode(m[4].charCodeAt(0) - 0xfee0);
  if (m[5]) return m[5] === '‹' ? '<' : '>';
  return '';
}

const DOUBLED_QUOTE = /(?<==\s*)''|''(?=\s*\/?>|\s+[\w:-]+\s*=)/g;

/** One level of entity decoding (or of `pattern`'s escapes), keeping where each character came from. */
function decodeOnce(src: Decoded, pattern = ENTITY, decodeOne = (m: RegExpMatchArray) => decodeEntity(m[1]!)): Decoded {
  let text = '';
  const at: number[] = [];
  let last = 0;
  for (const m of src.text.matchAll(pattern)) {
    const char = decodeOne(m);
    if (char === null) continue;
    for (let i = last; i < m.index; i++) {
      text += src.text[i];
      at.push(src.at[i]!);
    }
    text += char;
    for (let k = 0; k < char.length; k++) at.push(src.at[m.index]!);
    last = m.index + m[0].length;
  }
  for (let i = last; i < src.text.length; i++) {
    text += src.text[i];
    at.push(src.at[i]!);
  }
  at.push(src.at[src.text.length]!);
  return { text, at };
}

/** The text with entities decoded twice (markup escaped once more than it should be, or twice). */
function decode(original: string): Decoded {
  let d: Decoded = { text: original, at: Array.from({ length: original.length + 1 }, (_, i) => i) };
  if (/[\\%＜＞＂‹\u00ad\u200b-\u200d\u2060]/.test(original)) d = decodeOnce(d, ESCAPE, decodeEscape);
  for (let level = 0; level < 2 && d.text.includes('&'); level++) d = decodeOnce(d);
  // Two apostrophes typed for a double quote, where a tag's quote stands (`…/'' title=''Escalating''>`).
  if (d.text.includes("''")) d = decodeOnce(d, DOUBLED_QUOTE, () => '"');
  return d;
}

// HTML's element names (and the old ones editors still write): a tag without attributes counts only with one of them.
const KNOWN = new Set(
  ('a abbr address article aside audio b bdi bdo big blockquote br button caption center cite code data dd del details dfn div dl dt em ' +
    'embed fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 header hr i iframe img input ins kbd label legend li main mark ' +
    'nav noscript ol p picture pre q s samp script section small source span strike strong style sub summary sup table tbody td tfoot th ' +
    'thead time tr tt u ul video wbr').split(' '),
);
// Elements whose content is code, not words: leaked with their tags, they go with them, up to their closing tag.
const RAW_TEXT = new Map([
  ['script', /<\s*\/\s*script\s*>/i],
  ['style', /<\s*\/\s*style\s*>/i],
]);
const VOID = new Set(['br', 'hr', 'img', 'wbr', 'source']);
export const Q2 = `"“”″„‟«»「」『』`; // double quotes of every kind (and the corner brackets Japanese quotes with)
export const Q1 = "'‘’′‚`"; // single quotes (and a backtick, as a template literal quotes)
// A quoted value may hold `>` ("Analysis > Markets") and a template's placeholder (<?php echo … ?>, <%= … %>), never `<` else.
const PLACEHOLDER = '<[?%][^\\n]*?[?%]>';
// An attribute's name, also as template languages write it (:href, @click.prevent, [routerLink], (click)).
const NAME = `[a-zA-Z_:@\\[(][\\w:.@\\[\\]()-]*`;
const STRICT_VALUE = `(?:[${Q2}](?:[^${Q2}<\\n]|${PLACEHOLDER})*[${Q2}]|[${Q1}](?:[^${Q1}<\\n]|${PLACEHOLDER})*[${Q1}])`;
// A value may also hold quotes of its own kind, or a line break, when its closing quote is the tag's last or is followed by
// the next attribute: a title with a quotation in it (title=”Israel’s “measured” response”>), as curly quotes leave it —
// never a `>` or an `=` then (it would run on over the words to the next tag's tail).
const VALUE_END = `(?=\\s*\\/?>|\\s+${NAME}\\s*=)`;
const VALUE = `(?:${STRICT_VALUE}|[${Q2}][^<>=]{0,300}?[${Q2}]${VALUE_END}|[${Q1}][^<>=]{0,300}?[${Q1}]${VALUE_END})`;
// (An unquoted address keeps its query's `=`: HREF=https://site/?p=6837.)
const BARE_VALUE = `[^\\s${Q2}${Q1}<>=\`][^\\s${Q2}${Q1}<>\`]*`;
const ATTR = `${NAME}\\s*=\\s*(?:${VALUE}|${BARE_VALUE})`;
const QUOTED_ATTR = `${NAME}\\s*=\\s*${VALUE}`;
// A tag left open (its `>` eaten) has no last value to end at: its values are the plain kind.
const OPEN_ATTR = `${NAME}\\s*=\\s*${STRICT_VALUE}`;
// An attribute without a value (download, allowfullscreen, async): counted only beside one with a value.
const BOOL_ATTR = '[a-zA-Z][\\w:.-]*';

// An element's name, a custom element's with its dashes too (`<amp-img …>`, `<lite-youtube …>`).
const TAG_NAME = '[a-zA-Z][a-zA-Z0-9]{0,9}(?:-[a-zA-Z0-9]{1,12}){0,3}';
// <name attr=value …> or <name …/>; `</name>`; `<name attr="value"` left open before the words.
const OPEN = new RegExp(`<\\s*(${TAG_NAME})((?:\\s+(?:${ATTR}|${BOOL_ATTR}))*)\\s*\\/?\\s*>`, 'g');
const CLOSE = new RegExp(`<\\s*\\/\\s*(${TAG_NAME})\\s*>`, 'g');
// A closing tag cut before its `>` (`…analysts</a the dock`): markup only beside other markup in the text, or its opening tag.
const CLOSE_CUT = new RegExp(`<\\s*\\/\\s*(${TAG_NAME})(?=\\s|$)`, 'g');
// A comment shown as text (`<!--more-->`, a block editor's `<!-- wp:paragraph -->`, a tag commented out): markup, whatever it holds.
const COMMENT = /<!--[^\n]{0,300}?-->/g;
// A tag cut by the end of its text, inside its last value or after its `=` (`…scrutiny. <a href="https://site/join`).
const END_CUT = new RegExp(`<\\s*(${TAG_NAME})(?:\\s+${OPEN_ATTR})*\\s+${NAME}\\s*=\\s*(?:[${Q2}${Q1}][^<>${Q2}${Q1}\\n]{0,300}|[^\\s<>${Q2}${Q1}]*)\\s*$`, 'g');
// A tag's last quote and `>` starting the text, its start in the text before (`">The mayor's office</a> declined…`).
const START_TAIL = /^\s*["”″]\s*\/?>(?=\s*\p{L})/u;
const UNCLOSED = new RegExp(`<\\s*(${TAG_NAME})((?:\\s+${OPEN_ATTR})+)`, 'g');
// The tail of a tag whose start was eaten: a URL or slug (or nothing) ending in a quote, attributes, `>`.
// It starts after a space, or (in text without spaces: Chinese, Japanese) where a URL or an encoded slug starts.
// Its attributes may be unquoted or without a value (counted when one is quoted or the tail follows an address or a
// slug). Its `>` eaten, the tail ends at its last quoted value (TAIL_OPEN), when it follows an address or a slug.
const TAIL_START = `(?:(?<=^|[\\s(\\[{])|(?=https?:\\/\\/|%[0-9A-Fa-f]{2}))(?:href\\s*=\\s*)?[${Q2}${Q1}]?([^\\s<>${Q2}${Q1}]*)[${Q2}${Q1}]`;
const TAIL = new RegExp(`${TAIL_START}((?:\\s*${QUOTED_ATTR}|\\s+${ATTR}|\\s+${BOOL_ATTR})*)\\s*\\/?>`, 'g');
const TAIL_OPEN = new RegExp(`${TAIL_START}((?:\\s*${OPEN_ATTR})+)(?!\\s*\\/?>)`, 'g');
// A tail whose quotes were lost with the tag's start: an address or a slug path glued to `>` (`…-retaliation/>military analysts`).
const TAIL_BARE = new RegExp(`(?<=^|[\\s(\\[{])([^\\s<>${Q2}${Q1}=]{8,})>`, 'g');
// The tag's name, its `<` lost, before its `href=` or `src=` (`…reviewed by a href="https://…">the state auditor</a>`).
const NAME_BEFORE = /(?<![\w-])(?:a|img)\s+$/i;
const isBareTail = (token: string) => /^(https?:)?\/\//i.test(token) || (token.includes('/') && /[-_.%\d]/.test(token));
// Attributes alone before `>`: ` target="_blank" rel="noopener">`; and after the address or slug whose quote was lost
// (`…-retaliation/ title="Escalating Tensions">`), which goes with them.
const ATTRS_TAIL = new RegExp(`(?<=^|\\s)(?:([^\\s<>${Q2}${Q1}=]{8,})\\s+)?(?:${QUOTED_ATTR}\\s*)+\\/?>`, 'g');

// Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Burmese, Khmer): there the eaten
// tag's slug is glued to the words before it, and the tail pattern's token starts with them.
const UNSPACED = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
const HREF_BEFORE = new RegExp(`(?:href|src)\\s*=\\s*[${Q2}${Q1}]?$`, 'i');
// (A title in double quotes may hold an apostrophe: "What’s next".)
const TITLE_ATTR = new RegExp(`title\\s*=\\s*(?:[${Q2}]([^${Q2}]+)[${Q2}]|[${Q1}]([^${Q1}]+)[${Q1}])`);
const URL_CHARS = /[\w\-./:%~+=&?#]/;
// Marks that end a sentence, a clause or a quotation in those scripts: a slug holds none of them.
const MARKS = /[。、，．！？：；「」『』（）【】《》〈〉・\u0e2f\u0e46\u0e5a\u0e5b\u104a\u104b\u17d4\u17d5]/;

/**
 * Where the eaten tag starts in a token of unspaced text: at the link's title when the token ends with it (a
 * slug made of the title's words, perhaps with an id after it), at a run of address characters glued to the words
 * (a slug, a path, a file, a query or a long number), else after the last mark.
 */
function slugStart(token: string, attrs: string): number {
  const body = token.replace(/\/+$/, '');
  const t = TITLE_ATTR.exec(attrs);
  const title = (t?.[1] ?? t?.[2])?.trim();
  const back = (from: number) => {
    let s = from;
    while (s > 0 && URL_CHARS.test(body[s - 1]!)) s--;
    return s;
  };
  // The slug is the title's words, perhaps with an id after them (`…の記事タイトル-35343342`).
  const titled = title ? body.lastIndexOf(title) : -1;
  if (titled >= 0 && [...body.slice(titled + title!.length)].every((c) => URL_CHARS.test(c))) return back(titled);
  // The run of address characters that ends the token (an id, or a whole slug of them).
  const run = back(body.length);
  // A title with words its slug lacks ("What’s next: …"): the slug is the longest end of the token (before an id) the title holds.
  if (title) {
    const end = run > 0 ? run : body.length;
    let k = end - 4;
    if (k >= 0 && title.includes(body.slice(k, end))) {
      while (k > 0 && title.includes(body.slice(k - 1, end))) k--;
      return back(k);
    }
  }
  const slug = body.slice(run);
  // An address's last part: a slug, a path, a file or a query (`5578283.html`, `?p=8258`), or a long number.
  if (run > 0 && UNSPACED.test(body[run - 1]!) && slug.length >= 5 && (/[-/.?=%]/.test(slug) || /\d{5}/.test(slug))) return run;
  for (let i = body.length - 1; i >= 0; i--) if (MARKS.test(body[i]!)) return i + 1;
  return 0;
}

function isUrlOrSlug(token: string): boolean {
  return token.length >= 6 && (/^(https?:)?\/\//i.test(token) || token.includes('/') || (token.match(/-/g) ?? []).length >= 2);
}
const QUOTED = new RegExp(`=\\s*[${Q2}${Q1}]`);

/** Where a tail (TAIL, TAIL_OPEN) starts: at its address, not at words glued before it; with an `href=` glued before. */
function tailStart(text: string, m: RegExpMatchArray): number {
  const token = m[1]!;
  // Words glued before a URL (no spaces in Chinese, Japanese) are not part of it.
  const glued = token.search(/https?:\/\/|%[0-9A-Fa-f]{2}/);
  const at = m.index! + m[0].indexOf(token);
  // A word of letters alone before the quote (`analysts" rel="noopener">`) is the text's, not an address's end: the tag starts at its quote.
  const word = token !== '' && !UNSPACED.test(token) && unicodeRegExp(String.raw`^[\p{L}\p{M}]+$`).test(token);
  // (Not the start of a slug whose letters were percent-encoded from a point on: `deprem-b%C3%B6lgesinde-…`.)
  const start = glued > 0 && !/[/\-_.]/.test(token.slice(0, glued)) ? at + glued : UNSPACED.test(token) ? at + slugStart(token, m[2] ?? '') : word ? at + token.length : m.index!;
  // The attribute's name glued before the address (`…のhref="https://…">`) is the tag's too, and the tag's name when its `<` was lost.
  const from = start - (HREF_BEFORE.exec(text.slice(Math.max(0, start - 12), start))?.[0].length ?? 0);
  return /^(?:href|src)\s*=/i.test(text.slice(from, from + 6)) ? from - (NAME_BEFORE.exec(text.slice(Math.max(0, from - 6), from))?.[0].length ?? 0) : from;
}

export interface MarkupSpan {
  start: number;
  end: number;
  /** The markup as shown. */
  text: string;
  /** The link target it held, when it held one. */
  href?: string;
}

/**
 * Spans of `text` that are HTML tags shown as text. `bareTags`: also tags without attributes (`<strong>`,
 * `</a>`), which only count when paired in the text, void, or next to other markup.
 */
export function findMarkup(original: string, bareTags = true): MarkupSpan[] {
  const d = decode(original);
  const found: [number, number][] = [];
  const names = new Set<string>();
  const bare: [number, number, string, string?][] = [];
  const raw: [number, number, string][] = [];
  // Names of tags opened with attributes: their closing tags are markup too, whatever the name (`<svg …>…</svg>`).
  const openedValued = new Set<string>();
  for (const m of d.text.matchAll(OPEN)) {
    const name = m[1]!.toLowerCase();
    const span: [number, number] = [m.index, m.index + m[0].length];
    // Attributes, one of them with a value; a bare tag of HTML's; never words alone (`<a few words>`).
    const valued = !!m[2]?.includes('=');
    if (valued) {
      found.push(span);
      openedValued.add(name);
    } else if (!m[2] && KNOWN.has(name)) bare.push([...span, name]);
    if (RAW_TEXT.has(name) && (valued || !m[2])) raw.push([...span, name]);
  }
  for (const m of d.text.matchAll(CLOSE)) {
    const name = m[1]!.toLowerCase();
    if (!KNOWN.has(name) && !openedValued.has(name)) continue;
    names.add(name);
    bare.push([m.index, m.index + m[0].length, `/${name}`]);
  }
  for (const m of d.text.matchAll(CLOSE_CUT)) {
    const name = m[1]!.toLowerCase();
    if (KNOWN.has(name) || openedValued.has(name)) bare.push([m.index, m.index + m[0].length, `/${name}`, 'cut']);
  }
  // A script's or a style's code goes with its tags, up to its closing tag.
  for (const [s, e, name] of raw) {
    const close = RAW_TEXT.get(name)!.exec(d.text.slice(e));
    if (close) found.push([s, e + close.index + close[0].length]);
  }
  for (const m of d.text.matchAll(COMMENT)) found.push([m.index, m.index + m[0].length]);
  for (const m of d.text.matchAll(UNCLOSED)) if (KNOWN.has(m[1]!.toLowerCase())) found.push([m.index, m.index + m[0].length]);
  for (const m of d.text.matchAll(END_CUT)) if (KNOWN.has(m[1]!.toLowerCase())) found.push([m.index, m.index + m[0].length]);
  for (const m of d.text.matchAll(TAIL)) {
    if (!QUOTED.test(m[2]!) && !isUrlOrSlug(m[1]!)) continue;
    found.push([tailStart(d.text, m), m.index + m[0].length]);
  }
  for (const m of d.text.matchAll(TAIL_OPEN)) if (isUrlOrSlug(m[1]!)) found.push([tailStart(d.text, m), m.index + m[0].length]);
  for (const m of d.text.matchAll(TAIL_BARE)) if (isBareTail(m[1]!)) found.push([m.index, m.index + m[0].length]);
  for (const m of d.text.matchAll(ATTRS_TAIL)) {
    // A word before the attributes that is no address stays, with its space.
    const word = m[1] && !isBareTail(m[1]) ? m[1].length + (/^\s*/.exec(m[0].slice(m[1].length))?.[0].length ?? 0) : 0;
    found.push([m.index + word, m.index + m[0].length]);
  }
  if (bareTags) {
    // A bare tag is markup when its pair is there, when it is void, or when the text leaks other tags too.
    const opened = new Set(bare.filter(([, , n]) => !n.startsWith('/')).map(([, , n]) => n));
    for (const [s, e, n, cut] of bare) {
      const name = n.replace('/', '');
      if (cut ? opened.has(name) || found.length > 0 : VOID.has(name) || (n.startsWith('/') ? opened.has(name) || found.length > 0 || name === 'a' : names.has(name))) found.push([s, e]);
    }
    const head = START_TAIL.exec(d.text);
    if (head) found.push([0, head[0].length]);
    // Links in the syntax of Markdown, BBCode or a wiki, left unrendered.
    found.push(...linkSyntax(d.text));
  }
  // A tag's tail repeated right after a tag (`</a>">`: the rest of a tag cut in two) is part of it.
  const spans = footnoteMarks(
    d.text,
    merge(found).map(([s, e]): [number, number] => [s, e + (/^["”″'’]\s*\/?>/.exec(d.text.slice(e, e + 8))?.[0].length ?? 0)]),
  );
  return spans.map(([s, e]) => {
    const start = d.at[s]!;
    const end = d.at[e]!;
    const tag = d.text.slice(s, e);
    const href =
      /(?:href|src)\s*=\s*[^\s\w]?([^\s"'“”″>]+)/i.exec(tag)?.[1] ??
      /(?:https?:)?\/\/[^\s"'“”″<>)\]]+/.exec(tag)?.[0] ??
      /^([^\s"'“”″<>]*\/[^\s"'“”″<>]*)/.exec(tag)?.[1];
    return { start, end, text: original.slice(start, end), ...(href ? { href } : {}) };
  });
}

/**
 * A leaked footnote reference (`<sup><a href="#fn:1">1</a></sup>`): a link to a place in the page around a number or a
 * mark is a footnote's marker, and the marker goes with its tags — its "1" glued to the word before is no word of the text.
 */
function footnoteMarks(text: string, spans: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < spans.length; i++) {
    const [s, e] = spans[i]!;
    const next = spans[i + 1];
    if (next && /(?:href|src)\s*=\s*["'“”″]?#/i.test(text.slice(s, e)) && /^\s*[[(]?[\d*†‡]{1,3}[\])]?\s*$/.test(text.slice(e, next[0]))) {
      out.push([s, next[1]]);
      i++;
    } else out.push([s, e]);
  }
  return out;
}

function merge(spans: [number, number][]): [number, number][] {
  const sorted = spans.sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
