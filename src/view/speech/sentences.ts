/**
 * Sentences for read aloud: the browser's own sentence breaker (Intl.Segmenter, which knows CJK full stops,
 * Arabic and Hindi marks), then joined back where it breaks too early: after a title or a common
 * abbreviation ("Dr.", "z. B.", "p.m."), an initial, a German-style ordinal ("3. Oktober"), before a
 * lower-case continuation or a closing quote.
 */

export interface SentenceSpan {
  /** Offsets into the text given (start inclusive, end exclusive), trimmed of spaces. */
  start: number;
  end: number;
}

const ABBREVIATIONS: Record<string, string[]> = {
  en: ['Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Sr', 'Jr', 'St', 'Mt', 'Rev', 'Gen', 'Col', 'Capt', 'Lt', 'Sgt', 'Gov', 'Sen', 'Rep', 'Hon', 'vs', 'etc', 'approx', 'No', 'Nos', 'Fig', 'Figs', 'Vol', 'pp', 'Inc', 'Ltd', 'Co', 'Corp', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'e.g', 'i.e', 'a.m', 'p.m'],
  de: ['Dr', 'Prof', 'Hr', 'Fr', 'Nr', 'Str', 'bzw', 'ca', 'usw', 'vgl', 'evtl', 'ggf', 'inkl', 'z.B', 'd.h', 'u.a', 'o.ä', 's.o', 's.u', 'Jh', 'Mio', 'Mrd'],
  fr: ['M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Dr', 'Pr', 'St', 'Ste', 'etc', 'cf', 'p', 'env', 'av', 'apr', 'J.-C'],
  es: ['Sr', 'Sra', 'Srta', 'Dr', 'Dra', 'Ud', 'Uds', 'etc', 'pág', 'núm', 'aprox', 'EE.UU'],
  it: ['Sig', 'Sigg', 'Dott', 'Prof', 'ecc', 'pag', 'ca'],
  nl: ['dhr', 'mevr', 'dr', 'prof', 'bijv', 'o.a', 'd.w.z', 'enz', 'ca', 'nr'],
  pt: ['Sr', 'Sra', 'Dr', 'Dra', 'etc', 'pág', 'nº'],
};

/** Languages that write ordinals as a number and a full stop ("3. Oktober"). */
const ORDINAL_DOT = new Set(['de', 'da', 'nb', 'nn', 'no', 'fi', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'pl', 'hu', 'tr', 'is', 'et', 'lv', 'lt']);

function primary(lang: string | null): string {
  return (lang ?? 'en').toLowerCase().split(/[-_]/)[0] || 'en';
}

/** Does the piece end in something that is not a sentence end? */
function endsInAbbreviation(piece: string, lang: string): boolean {
  const m = /(\S+)\.$/.exec(piece.trimEnd());
  if (!m) return false;
  const word = m[1]!.replace(/^[("'«“‘[]+/, '');
  if (/^\p{Lu}$/u.test(word) || /^\p{Ll}$/u.test(word)) return true; // an initial: "J." "z."
  // "e.g" "z.B" "d.h" never end a sentence; "U.S." may ("…moved to the U.S. Then…"): the next word tells.
  if (/^(\p{Ll}\.)+\p{Ll}$/u.test(word) && word.length <= 8) return true;
  if (ORDINAL_DOT.has(lang) && /^\d{1,4}$/.test(word)) return true;
  const list = ABBREVIATIONS[lang] ?? [];
  return list.includes(word) || (lang !== 'en' && (ABBREVIATIONS.en ?? []).includes(word) && /^\p{Lu}/u.test(word));
}

/** Does the next piece go on the same sentence (it starts in lower case or with a closing mark)? */
function continues(next: string): boolean {
  const t = next.trimStart();
  return /^[»”’)\]}]/.test(t) || /^\p{Ll}/u.test(t);
}

let segmenters = new Map<string, Intl.Segmenter | null>();

function segmenterFor(lang: string | null): Intl.Segmenter | null {
  const key = lang ?? '';
  if (!segmenters.has(key)) {
    let seg: Intl.Segmenter | null = null;
    try {
      seg = new Intl.Segmenter(lang ?? undefined, { granularity: 'sentence' });
    } catch {
      try {
        seg = new Intl.Segmenter(undefined, { granularity: 'sentence' });
      } catch {
        seg = null;
      }
    }
    if (segmenters.size > 20) segmenters = new Map();
    segmenters.set(key, seg);
  }
  return segmenters.get(key) ?? null;
}

/** A breaker for browsers without Intl.Segmenter: after . ! ? and the CJK marks. */
function roughPieces(text: string): Array<{ index: number; segment: string }> {
  const out: Array<{ index: number; segment: string }> = [];
  const re = /[^.!?。！？]*(?:[.!?]+["'”’»)\]]*\s+|[。！？]+|$)/gu;
  for (let m = re.exec(text); m && m[0]; m = re.exec(text)) out.push({ index: m.index, segment: m[0] });
  return out;
}

/** The sentences of `text` in language `lang`, as trimmed spans. */
export function sentenceSpans(text: string, lang: string | null): SentenceSpan[] {
  const seg = segmenterFor(lang);
  const pieces = seg ? Array.from(seg.segment(text), (s) => ({ index: s.index, segment: s.segment })) : roughPieces(text);
  const code = primary(lang);
  const merged: Array<{ index: number; segment: string }> = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && (endsInAbbreviation(last.segment, code) || continues(piece.segment))) last.segment += piece.segment;
    else merged.push({ ...piece });
  }
  const spans: SentenceSpan[] = [];
  for (const { index, segment } of merged) {
    const lead = segment.length - segment.trimStart().length;
    const body = segment.trim();
    if (!/[\p{L}\p{N}]/u.test(body)) continue;
    spans.push({ start: index + lead, end: index + lead + body.length });
  }
  return spans;
}

export function sentences(text: string, lang: string | null): string[] {
  return sentenceSpans(text, lang).map((s) => text.slice(s.start, s.end));
}
