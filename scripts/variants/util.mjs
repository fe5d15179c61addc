// Helpers shared by the variant generator and its scorer: a seeded random source, the dev/held split
// of forms, slugs, HTML escaping and the token view of a text the scorer compares on; and the probes' reading of
// one-paragraph blocks.
import { readFileSync } from 'node:fs';

/** A deterministic random source (mulberry32) with a few picking helpers. */
export function randomSource(seed) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (xs) => xs[int(xs.length)];
  const shuffle = (xs) => {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  return { next, int, pick, shuffle };
}

/** FNV-1a hash of a string (32 bits). */
export function hash(str) {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) h = Math.imul(h ^ str.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** The half a form belongs to, by its name: 'dev' or 'held'. */
export const halfOf = (name) => ((hash(`form:${name}`) >>> 3) & 1 ? 'held' : 'dev');

/** The entries of a pool that belong to `half` (items are [name, …] pairs or plain strings); all of them if none does. */
export function poolFor(pool, half) {
  const name = (x) => (Array.isArray(x) ? x[0] : x);
  const mine = pool.filter((x) => halfOf(name(x)) === half);
  return mine.length > 0 ? mine : pool;
}

export const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const LATIN = /^[\p{Script=Latin}\p{N}\p{M}\s'’.,:;!?()-]+$/u;

/** A URL slug of a phrase: ASCII for Latin script, the words themselves (percent-encoded) otherwise. */
export function slugify(phrase, encode = true) {
  const lower = phrase.toLowerCase();
  if (LATIN.test(phrase)) {
    const folded = lower.replace(/[łıøđßæœ]/g, (c) => ({ ł: 'l', ı: 'i', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe' })[c]);
    return folded.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  }
  const raw = lower.replace(/[\s\p{P}]+/gu, '-').replace(/^-|-$/g, '');
  return encode ? encodeURIComponent(raw) : raw;
}

/** Word tokens (letters, marks, digits), as the scorer compares texts. */
export const tokens = (s) => (s ?? '').match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];

export const CJK_LANGS = new Set(['ja', 'zh']);

/**
 * The one-paragraph blocks of probe files (lines `expect<TAB><p>…</p>`, no paragraph inside): their expectation, the
 * paragraph's inner HTML and the file. `expects`: only lines with one of these expectations.
 */
export function oneParagraphBlocks(files, expects = null) {
  const out = [];
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [expect, html] = line.split('\t');
      const m = /^\s*<p>([\s\S]*)<\/p>\s*$/.exec(html ?? '');
      if (!m || /<\/?p[\s>]/.test(m[1]) || (expects && !expects.includes(expect))) continue;
      out.push({ expect, inner: m[1], file });
    }
  }
  return out;
}
