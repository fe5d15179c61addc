import { unicodeRegExp } from '../unicode-class';
// Links written in a text format other than HTML that a CMS or a feed importer failed to render, for tag-grammar.ts
// (which reads them with the same decoding and across the same inline markup as leaked tags):
//   …among [military analysts](https://site/2024/05/slug/) and…          Markdown (a ![picture](src) goes whole)
//   …among [url=https://site/2024/05/slug/]military analysts[/url] and…   BBCode, and shortcodes of any name that
//   …among [link url="https://site/slug/"]military analysts[/link] and…   carry an address or are closed by their pair
//   …among [https://site/2024/05/slug/ military analysts] and…            a wiki's external link
//   …among [[Port strike talks|military analysts]] and…                   a wiki's internal link
//   …among link:https://site/2024/05/slug/[military analysts] and…       AsciiDoc
//   …among "military analysts":https://site/2024/05/slug/ and…            Textile
//   …among `military analysts <https://site/2024/05/slug/>`_ and…         reStructuredText
//   …among [[https://site/2024/05/slug/][military analysts]] and…         Org
//   …among {{< ref "slug.md" >}}military analysts and…                   a generator's link expression alone (goes whole)
//   …among {{link "/tag/slug/" "military analysts"}} and…               a template's link helper (Handlebars, Liquid, Twig)
//   …among (https://site/2024/05/slug/)military analysts and…            a Markdown link that lost its [words], glued to the next
//   …among [military analysts][3] and… [3]: https://site/slug/ "Title"   Markdown by reference (the definition goes whole)
//   …among <https://site/slug/|military analysts> and…                   Slack's; [military analysts|https://site/slug/], Jira's
//   …among \href{https://site/slug/}{military analysts} and…              LaTeX's
// A Markdown link whose words are a number ([1](https://…)) is a reference mark, and a picture that is a link ([![alt](src)](…)) a
// picture: both go whole.
// The syntax goes, the link's words stay. Each form is a link's grammar, not prose's: a Markdown target must look like
// an address (a scheme, a path from the root, or a host and path), so "[sic](1998)" or "[a](b)" stays; a bracketed
// name counts with an address for its value or closed by its pair ([sic], [1], […] alone stay).

const CHARS = '[^\\s<>()\\]]';
// An address, or a static-site generator's expression that makes one ({{< ref "posts/slug.md" >}}, {% post_url … %}).
const TEMPLATE = '\\{\\{[^{}\\n]{1,200}\\}\\}|\\{%[^{}\\n]{1,200}%\\}';
const ADDRESS = `(?:(?:https?:)?\\/\\/${CHARS}+|\\/${CHARS}*|www\\.${CHARS}+|[\\w-]+(?:\\.[\\w-]+)+\\/${CHARS}*|${TEMPLATE})`;
const MD_TITLE = `(?:\\s+(?:"[^"\\n]*"|'[^'\\n]*'|\\([^)\\n]*\\)))?`;
// [words](address), [words](address "title"), [words](<address>); `!` before it: a picture.
const MARKDOWN = new RegExp(`(!?)\\[([^\\[\\]\\n]{0,300})\\]\\(\\s*<?${ADDRESS}>?${MD_TITLE}\\s*\\)`, 'g');
// A picture that is a link, [![alt](src)](address): goes whole, as a picture does.
const MD_IMAGE_LINK = new RegExp(`\\[!\\[[^\\[\\]\\n]{0,300}\\]\\(\\s*<?${ADDRESS}>?${MD_TITLE}\\s*\\)\\]\\(\\s*<?${ADDRESS}>?${MD_TITLE}\\s*\\)`, 'g');
const Q = `"“”'‘’`;
const VALUE = `(?:[${Q}][^${Q}\\]\\n]*[${Q}]|[^\\s\\]${Q}]+)`;
// [name], [name=value], [name attr=value …]; and [/name].
const BB_OPEN = new RegExp(`\\[([a-zA-Z][\\w-]{0,15})(=${VALUE}|(?:\\s+[\\w-]+\\s*=\\s*${VALUE})+)?\\s*\\/?\\]`, 'g');
const BB_CLOSE = /\[\/([a-zA-Z][\w-]{0,15})\]/g;
const HOLDS_ADDRESS = new RegExp(`=\\s*[${Q}]?(?:https?:)?\\/`);
const WIKI_EXTERNAL = /\[(?:https?:)?\/\/[^\s\]|]+\s+(?=[^[\]\n]{1,200}\])/g;
// AsciiDoc's link:address[words] and address[words]: an address glued to the bracket of its words (never a number alone: a footnote).
const ASCIIDOC = unicodeRegExp(String.raw`(?:link:|(?<![\w/])(?=https?:\/\/))(?:https?:\/\/|\/)[^\s[\]<>"]+\[(?=[^[\]\n]*\p{L}[^[\]\n]{0,300}\])`, 'g');
const WIKI = /\[\[(?:[^[\]|\n]{1,200}\|)?(?=[^[\]|\n]{1,200}\]\])/g;
const TEXTILE = new RegExp(`"([^"\\n]{1,200})":${ADDRESS}`, 'g');
const REST = new RegExp(`\`([^\`<\\n]{1,200}?)\\s*<${ADDRESS}>\`__?`, 'g');
const ORG = new RegExp(`\\[\\[${ADDRESS}\\]\\[(?=[^[\\]\\n]{1,200}\\]\\])`, 'g');
// Hugo's shortcodes of any name ({{< ref … >}}, {{< figure src=… >}}, {{% notice %}}) and Jekyll's link expressions ({% post_url … %}, {% link … %}).
const LINK_EXPRESSION = /\{\{[<%]\s*\/?[\w-]+(?:\s[^{}\n]{0,200})?[>%]\}\}|\{%\s*(?:post_url|link)\s[^{}\n]{1,200}%\}/g;
// (Glued before a word, not after one: Chinese and Japanese put a cited address in brackets right after the words, "详见官网(https://…)"; nor before theirs.)
const GLUED_ADDRESS = unicodeRegExp(String.raw`\((?:https?:)?\/\/[^\s()]+\)(?=(?![\u3040-\u9fff\uac00-\ud7af])[\p{L}\p{N}])`, 'g');
const REFERENCE_NUMBER = /^\s*\d{1,3}\s*$/;
// Markdown by reference: [words][label] or [words][] (words of four letters or more: "[sic][1]" is an editor's mark and a
// footnote), and the label's definition, [label]: address "title", wherever it was left.
const MD_REFERENCE = unicodeRegExp(String.raw`(?<!\[)\[(?=(?:[^[\]\n]*\p{L}){4})[^[\]\n]{1,300}\](?=\[[^[\]\n]{0,30}\])`, 'g');
const MD_DEFINITION = new RegExp(`\\[[^\\[\\]\\n]{1,30}\\]:[ \\t]*<?${ADDRESS}>?${MD_TITLE}`, 'g');
// Slack's <address|words>, Jira's [words|address], LaTeX's \href{address}{words}.
const SLACK = new RegExp(`<${ADDRESS}\\|(?=[^<>|\\n]{1,200}>)`, 'g');
const JIRA = new RegExp(`\\[[^[\\]|\\n]{1,200}(\\|${ADDRESS}\\])`, 'g');
const LATEX = new RegExp(`\\\\href\\{${ADDRESS}\\}\\{(?=[^{}\\n]{1,200}\\})`, 'g');
// A template's link helper with an address and the words as quoted arguments, in either order ({{link "/tag/x/" "words"}},
// {% link_to 'words', '/x/' %}); and a block helper around the words ({{#link-to "/x/"}}words{{/link-to}}).
const HELPER = /\{\{\s*([\w.-]{1,30})\s+((?:"[^"{}\n]*"|'[^'{}\n]*')(?:\s*,?\s*(?:"[^"{}\n]*"|'[^'{}\n]*'))+)\s*\}\}|\{%\s*([\w.-]{1,30})\s+((?:"[^"{}\n]*"|'[^'{}\n]*')(?:\s*,?\s*(?:"[^"{}\n]*"|'[^'{}\n]*'))+)\s*%\}/g;
const BLOCK_HELPER = /\{\{\s*#([\w.-]{1,30})\s+(?:"[^"{}\n]*"|'[^'{}\n]*')[^{}\n]{0,100}\}\}/g;
const IS_ADDRESS = new RegExp(`^${ADDRESS}$`);

/** The spans around a helper's words argument, when its other argument is an address. */
function helperSpans(text: string, found: [number, number][]): void {
  for (const m of text.matchAll(HELPER)) {
    const argsAt = m.index + m[0].indexOf(m[2] ?? m[4]!);
    const args = [...(m[2] ?? m[4]!).matchAll(/"([^"]*)"|'([^']*)'/g)].map((a) => ({ value: a[1] ?? a[2]!, at: argsAt + a.index + 1 }));
    const address = args.filter((a) => IS_ADDRESS.test(a.value.trim()));
    const words = args.filter((a) => !IS_ADDRESS.test(a.value.trim()) && /\p{L}{2}/u.test(a.value));
    if (address.length !== 1 || words.length !== 1) continue;
    const w = words[0]!;
    found.push([m.index, w.at], [w.at + w.value.length, m.index + m[0].length]);
  }
  for (const m of text.matchAll(BLOCK_HELPER)) {
    const close = text.indexOf(`{{/${m[1]}}}`, m.index + m[0].length);
    if (close < 0 || !/(?:https?:)?\/|www\./.test(m[0])) continue;
    found.push([m.index, m.index + m[0].length], [close, close + m[1]!.length + 5]);
  }
}

/** The `]` or `]]` that closes a bracket opened before `from`. */
function closing(text: string, from: number, close: string): [number, number] {
  const at = text.indexOf(close, from);
  return [at, at + close.length];
}

/** Spans of `text` (entities decoded) that are the syntax of a link around its words. */
export function linkSyntax(text: string): [number, number][] {
  const found: [number, number][] = [];
  if (text.includes('":')) for (const m of text.matchAll(TEXTILE)) found.push([m.index, m.index + 1], [m.index + 1 + m[1]!.length, m.index + m[0].length]);
  if (text.includes('`')) for (const m of text.matchAll(REST)) found.push([m.index, m.index + 1], [m.index + 1 + m[1]!.length, m.index + m[0].length]);
  if (text.includes('{')) {
    for (const m of text.matchAll(LINK_EXPRESSION)) found.push([m.index, m.index + m[0].length]);
    helperSpans(text, found);
  }
  if (text.includes('(')) for (const m of text.matchAll(GLUED_ADDRESS)) found.push([m.index, m.index + m[0].length]);
  if (text.includes('<') && text.includes('|')) for (const m of text.matchAll(SLACK)) found.push([m.index, m.index + m[0].length], closing(text, m.index + m[0].length, '>'));
  if (text.includes('\\href{')) for (const m of text.matchAll(LATEX)) found.push([m.index, m.index + m[0].length], closing(text, m.index + m[0].length, '}'));
  if (!text.includes('[')) return found;
  for (const m of text.matchAll(MD_REFERENCE)) found.push([m.index, m.index + 1], [m.index + m[0].length - 1, closing(text, m.index + m[0].length, ']')[1]]);
  for (const m of text.matchAll(MD_DEFINITION)) found.push([m.index, m.index + m[0].length]);
  if (text.includes('|')) for (const m of text.matchAll(JIRA)) found.push([m.index, m.index + 1], [m.index + m[0].length - m[1]!.length, m.index + m[0].length]);
  for (const m of text.matchAll(MD_IMAGE_LINK)) found.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(ORG)) found.push([m.index, m.index + m[0].length], closing(text, m.index + m[0].length, ']]'));
  for (const m of text.matchAll(MARKDOWN)) {
    const end = m.index + m[0].length;
    if (m[1] || !m[2]!.trim() || REFERENCE_NUMBER.test(m[2]!)) found.push([m.index, end]);
    else found.push([m.index, m.index + 1], [m.index + 1 + m[2]!.length, end]);
  }
  const closes = new Map<string, [number, number][]>();
  for (const m of text.matchAll(BB_CLOSE)) {
    const name = m[1]!.toLowerCase();
    closes.set(name, [...(closes.get(name) ?? []), [m.index, m.index + m[0].length]]);
  }
  for (const m of text.matchAll(BB_OPEN)) {
    const close = closes.get(m[1]!.toLowerCase())?.find(([s]) => s > m.index);
    if (!close && !(m[2] && HOLDS_ADDRESS.test(m[2]))) continue;
    // A bare [url]…[/url] holds its address: around other words it is prose about the syntax ("wrap it in [url] and [/url]").
    if (close && !m[2] && m[1]!.toLowerCase() === 'url' && !IS_ADDRESS.test(text.slice(m.index + m[0].length, close[0]).trim())) continue;
    found.push([m.index, m.index + m[0].length]);
    if (close) found.push(close);
  }
  for (const m of text.matchAll(WIKI_EXTERNAL)) found.push([m.index, m.index + m[0].length], closing(text, m.index + m[0].length, ']'));
  for (const m of text.matchAll(ASCIIDOC)) found.push([m.index, m.index + m[0].length], closing(text, m.index + m[0].length, ']'));
  for (const m of text.matchAll(WIKI)) found.push([m.index, m.index + m[0].length], closing(text, m.index + m[0].length, ']]'));
  return found;
}
