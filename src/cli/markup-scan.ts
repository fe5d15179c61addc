// A quick pass over the markup before jsdom parses it. jsdom needs tens of seconds for a 20 MB page or for
// markup nested 10 000 levels deep (its cost per node grows with depth), where a browser takes well under
// a second. So the CLI counts the elements and the text first and refuses a page over the core's limits
// without parsing it, and caps nesting near the depth browsers' parsers stop at (512): deeper than that, wrapper
// start tags (div, span, section, font, center) are dropped with their end tags, and any start tag 64
// levels further down, so their content joins the element at that depth (what the tags wrapped is kept).
// It reads tags only (the text of scripts, styles and comments is skipped), from a latin1 view of the
// bytes, so it works the same for any ASCII-compatible charset.

export const MAX_PARSE_DEPTH = 512;

export interface MarkupScan {
  /** Start tags seen: about the number of elements the parser will make. */
  elements: number;
  /** Deepest nesting seen (an estimate: implied end tags are only partly modelled). */
  depth: number;
  /** Bytes of text between tags (scripts, styles and comments left out). */
  textBytes: number;
  /** The markup with nesting capped, or null when nothing was deeper than the cap. */
  capped: string | null;
}

const WRAPPERS = new Set(['div', 'span', 'section', 'font', 'center']);
const HARD_MARGIN = 64;
const VOID = new Set('area base br col embed hr img input link meta param source track wbr keygen basefont bgsound frame'.split(' '));
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** Elements an opening tag of the same kind closes (`<li>` closes an open `<li>`). */
const SELF_CLOSING_KIN: Record<string, string[]> = {
  p: ['p'], li: ['li'], dt: ['dt', 'dd'], dd: ['dt', 'dd'], option: ['option'], tr: ['tr', 'td', 'th'], td: ['td', 'th'], th: ['td', 'th'],
};
const CLOSES_P = new Set('address article aside blockquote div dl fieldset footer form h1 h2 h3 h4 h5 h6 header hr main nav ol p pre section table ul'.split(' '));
const TAG = /<(\/?)([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;

interface Open {
  name: string;
  dropped: boolean;
}

/** Scans `markup` (HTML as text, or bytes read as latin1). */
export function scanMarkup(markup: string, maxDepth = MAX_PARSE_DEPTH): MarkupScan {
  const stack: Open[] = [];
  const out: string[] = [];
  let kept = 0; // open elements that were not dropped
  let elements = 0;
  let depth = 0;
  let textBytes = 0;
  let textFrom = 0;
  let copiedUpTo = 0;
  let dropping = false;
  const drop = (from: number, to: number) => {
    out.push(markup.slice(copiedUpTo, from));
    copiedUpTo = to;
    dropping = true;
  };
  const pop = (index: number) => {
    for (const open of stack.splice(index)) if (!open.dropped) kept--;
  };
  let i = markup.indexOf('<');
  while (i !== -1 && i < markup.length) {
    textBytes += Math.max(0, i - textFrom);
    textFrom = i;
    if (markup.startsWith('<!--', i)) {
      const end = markup.indexOf('-->', i + 4);
      i = end === -1 ? -1 : markup.indexOf('<', end + 3);
      textFrom = i === -1 ? markup.length : end + 3;
      continue;
    }
    if (markup[i + 1] === '!' || markup[i + 1] === '?') {
      // <!doctype …>, <![CDATA[ … ]]> and <?xml …?>: markup, not text
      const end = markup.indexOf('>', i);
      textFrom = end === -1 ? markup.length : end + 1;
      i = end === -1 ? -1 : markup.indexOf('<', end);
      continue;
    }
    TAG.lastIndex = i;
    const m = TAG.exec(markup);
    if (!m) {
      i = markup.indexOf('<', i + 1);
      continue;
    }
    const end = i + m[0].length;
    textFrom = end;
    const name = m[2]!.toLowerCase();
    if (m[1]) {
      let at = stack.length - 1;
      while (at >= 0 && stack[at]!.name !== name) at--;
      if (at >= 0) {
        if (stack[at]!.dropped) drop(i, end);
        pop(at);
      }
      i = markup.indexOf('<', end);
      continue;
    }
    elements++;
    const top = stack[stack.length - 1]?.name;
    if (top && (SELF_CLOSING_KIN[name]?.includes(top) || (top === 'p' && CLOSES_P.has(name)))) pop(stack.length - 1);
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}[\\s/>]`, 'gi');
      close.lastIndex = end;
      const found = close.exec(markup);
      if (name !== 'script' && name !== 'style') textBytes += (found ? found.index : markup.length) - end;
      const closeEnd = found ? markup.indexOf('>', found.index) : -1;
      textFrom = closeEnd === -1 ? markup.length : closeEnd + 1;
      i = closeEnd === -1 ? -1 : markup.indexOf('<', closeEnd + 1);
      continue;
    }
    if (!VOID.has(name) && !m[3]!.endsWith('/')) {
      const tooDeep = kept >= maxDepth + HARD_MARGIN || (kept >= maxDepth && WRAPPERS.has(name));
      if (tooDeep) drop(i, end);
      else kept++;
      stack.push({ name, dropped: tooDeep });
      depth = Math.max(depth, stack.length);
    }
    i = markup.indexOf('<', end);
  }
  if (i === -1) textBytes += Math.max(0, markup.length - textFrom);
  if (!dropping) return { elements, depth, textBytes, capped: null };
  out.push(markup.slice(copiedUpTo));
  return { elements, depth, textBytes, capped: out.join('') };
}
