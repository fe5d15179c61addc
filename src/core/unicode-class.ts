/**
 * Unicode property classes (\p{L}, \p{M}, \p{N}, \p{P}, \p{S}) written out as code-point ranges, for the
 * regexes the content script compiles on every click. Why: in Firefox a regex holding a property class costs
 * 0.4–2.6 ms to compile on its first use, against 0.07–0.12 ms for the same regex with the class written as
 * the Basic Multilingual Plane's ranges (issue 17; docs/firefox-reader-bench.md, session 14), and the
 * content script is new in every page it reads, so each click pays it again (22–34 ms a read on the seed).
 * The ranges cover the BMP, plus the emoji planes' symbols for \p{S}: a letter from a supplementary plane
 * (a rare CJK ideograph, a mathematical letter) is not a letter here. Data: unicode-ranges.ts.
 */
import { ALPHABET, PACKED } from './unicode-ranges';

type ClassName = keyof typeof PACKED;

// A code point as itself, or escaped where a bracket expression would read it otherwise (\ ] [ ^ -), where it
// is a control or line-separator character, or outside the BMP (written out, it would be a surrogate pair).
const point = (c: number) =>
  c < 0x20 || c > 0xfffe || (c >= 0xd800 && c < 0xe000) || c === 0x2028 || c === 0x2029 || '\\][^-'.includes(String.fromCharCode(c))
    ? `\\u{${c.toString(16)}}`
    : String.fromCharCode(c);

function unpack(packed: string): string {
  let body = '';
  let last = -1;
  let value = 0;
  let pair: number[] = [];
  for (const ch of packed) {
    const d = ALPHABET.indexOf(ch);
    value = value * 32 + (d & 31);
    if (d >= 32) continue;
    pair.push(value);
    value = 0;
    if (pair.length < 2) continue;
    const start = last + 1 + (pair[0] ?? 0);
    last = start + (pair[1] ?? 0);
    body += start === last ? point(start) : `${point(start)}-${point(last)}`;
    pair = [];
  }
  return body;
}

const bodies = new Map<string, string>();
/** A class's ranges as the inside of a bracket expression (for a regex with the `u` flag). */
export function classBody(name: ClassName): string {
  const known = bodies.get(name);
  if (known !== undefined) return known;
  const body = unpack(PACKED[name]);
  bodies.set(name, body);
  return body;
}

const made = new Map<string, RegExp>();
/**
 * A regex whose \p{L}, \p{M}, \p{N}, \p{P} and \p{S} are written out as ranges: inside a bracket expression
 * as its ranges, outside one as a bracket expression of them. Always with the `u` flag (the ranges use
 * \u{…}). Other property escapes (\p{Lu}, \p{Script=…}) stay as they are. Made once per source and flags and
 * kept, so a call site may ask for it where it is used (never with `g` or `y` where `lastIndex` would carry).
 */
export function unicodeRegExp(source: string, flags = ''): RegExp {
  const key = `${flags}/${source}`;
  const known = made.get(key);
  if (known !== undefined) return known;
  const re = written(source, flags);
  made.set(key, re);
  return re;
}

function written(source: string, flags: string): RegExp {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const m = /^\\p\{([LMNPS])\}/.exec(source.slice(i, i + 5));
      if (m) {
        const body = classBody(m[1] as ClassName);
        out += inClass ? body : `[${body}]`;
        i += 4;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return new RegExp(out, flags.includes('u') ? flags : `${flags}u`);
}
