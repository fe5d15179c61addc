// Keywords auto-linked to the site's own tag, topic or category pages ("… in <a href="/tag/ukraine/">
// Ukraine</a> …", "<a href="/schlagwort/hafen">Hafen</a>", "<a href="/search/label/Port">port</a>").
// The link goes, the words stay.
// Recognised by URL structure (keyword-url.ts): the URL is named after the linked words, under a prefix of
// any name — and either several such links share that prefix, or the prefix is a short section path (not a
// date, not an id). Taxonomy paths with another name (/taxonomy/term/12, /?s=…) are known by their words.
// Guard: a same-site link inside running text (the block says more than the link), a short keyword;
// articles (named after their headline, under dates or ids), pages under the article's own prefix (a
// wiki's /wiki/Norway beside /wiki/Tidal_power) and other sites' pages stay links.
import { LITERAL_TAGS, closestNamed, strayLines } from '../dom';
import { SPACELESS_SCRIPT, countWords, letterCount, pairedCjkWords, textOf } from '../text';
import { absoluteUrl, pathSegments } from '../url';
import { keywordShape } from './keyword-url';
import type { Rule, RuleMatch } from './rule';

// URL path segments that name a taxonomy page in common CMSes, across languages (also read by chrome/tag-list).
const TAXONOMY = new Set([
  'tag', 'tags', 'topic', 'topics', 'category', 'categories', 'keyword', 'keywords', 'subject', 'subjects',
  'theme', 'themes', 'hashtag', 'hashtags', 'label', 'labels', 'etiqueta', 'etiquetas', 'tema', 'temas', 'tópico', 'thema',
  'themen', 'schlagwort', 'stichwort', 'sujet', 'sujets', 'mot-cle', 'mots-cles', 'argomenti', 'argomento', 'etichetta', 'etichette',
  'temat', 'tematy', 'tegs', 'teg', 'tagged', 'term', 'terms', 'entity', 'people', 'person', 'organization',
  'organisations', 'organizations', 'company', 'companies', 'location', 'places', 'search',
  // Tag, topic and subject in more languages (Turkish, Swedish, Danish and Norwegian, Finnish, Hungarian, Romanian, Dutch, Czech, Russian).
  'etiket', 'etiketler', 'konu', 'konular', 'ämne', 'amne', 'emne', 'emner', 'aihe', 'aiheet', 'tagi', 'tunniste', 'címke', 'cimke',
  'téma', 'subiect', 'subiecte', 'onderwerp', 'onderwerpen', 'trefwoord', 'štítek', 'stitek', 'тема', 'темы', 'теги', 'тег', 'метки',
  // … and in Arabic, Hebrew, Persian, Chinese, Japanese and Korean.
  'موضوع', 'وسم', 'وسوم', 'تگ', 'برچسب', 'תגית', 'תגיות', 'נושא', '标签', '话题', '話題', 'タグ', '태그', '주제',
]);
// The taxonomy words that also name one in a compound path part ("ty-tag", "news_tags", "tag-archiv"): the others are words of sections too ("people-and-places").
const COMPOUND = new Set(['tag', 'tags', 'topic', 'topics', 'category', 'categories', 'keyword', 'keywords', 'hashtag', 'hashtags', 'label', 'labels', 'schlagwort', 'etiqueta', 'etichetta']);
const taxonomyPart = (s: string) => TAXONOMY.has(s) || (/^[^-_]+(?:[-_][^-_]+){1,2}$/.test(s) && s.split(/[-_]/).some((w) => COMPOUND.has(w)));
const BLOCKS = new Set(['p', 'li', 'td', 'dd', 'blockquote', 'figcaption']);
const ITEMS = new Set(['li', 'td', 'dd']);
const NOT_IN = new Set([...LITERAL_TAGS, 'nav', 'header', 'footer']);
/** Thai, Lao, Burmese and Khmer write a clause without spaces: there a block's words are counted as its letters by four. */
const wordsOfBlock = (text: string) => (SPACELESS_SCRIPT.test(text) ? Math.ceil(letterCount(text) / 4) : countWords(text));
/** Vietnamese writes each syllable apart, and most of its words are two ("Ngân hàng Nhà nước" is "State Bank"): its syllables by two. */
const VIETNAMESE = /[ăơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
const keywordWords = (words: string) => (VIETNAMESE.test(words) ? Math.ceil(countWords(words) / 2) : pairedCjkWords(words));
const TAXONOMY_QUERY = /[?&](tag|tag_id|s|q|search|keyword|topic|category|cat|term)=/i;

/** Why `abs` is a taxonomy (tag, topic, category, search) page by its path words, or null. */
export function taxonomyReason(abs: string): string | null {
  const all = pathSegments(abs);
  const segments = all.slice(0, 3);
  // In the first three parts, or right before the term however deep (a shop's blog: /blogs/news/tagged/change).
  const seg = segments.find((s, i) => taxonomyPart(s) && (i < segments.length - 1 || s === 'search')) ?? (all.length > 3 && TAXONOMY.has(all[all.length - 2]!) ? all[all.length - 2] : undefined);
  if (seg) return `/${seg}/ page`;
  // A host of the site named for its tags or topics (tags.site.com/fr/securite-routiere, themen.site.de/hafen); not for its search,
  // its people or its places (search.site.com, people.site.com are pages of their own).
  const label = new URL(abs).hostname.split('.')[0]!.toLowerCase();
  if ((COMPOUND.has(label) || label === 'themen' || label === 'thema') && all.length >= 1) return `${label}. host`;
  if (all.length <= 1) {
    if (TAXONOMY_QUERY.test(abs)) return 'site search or tag query';
    // A CMS's filter by a taxonomy's key in brackets (TYPO3's ?tx_news_pi1[overwriteDemand][tags]=12).
    for (const [name] of new URL(abs).searchParams) if (TAXONOMY.has(/\[([^\]]+)\]$/.exec(name)?.[1]?.toLowerCase() ?? '')) return 'filter by a taxonomy term';
  }
  // A script named for a taxonomy, its term in the query (/tag.php?id=29757, /category.asp?c=12).
  const script = /^([\w-]+)\.(php|aspx?|jsp|cgi)$/i.exec(segments[segments.length - 1] ?? '');
  if (script && TAXONOMY.has(script[1]!.toLowerCase()) && new URL(abs).search.length > 1) return `/${script[0]} page`;
  return null;
}

interface Candidate {
  a: Element;
  abs: string;
  words: string;
  listed: string | null;
  prefix: string | null;
  depth: number;
  sharedOnly: boolean;
}

export const tagKeywordLink: Rule = {
  name: 'tag-keyword-link',
  kind: 'keyword-link',
  description: 'A keyword in running text linked to a same-site page named after it (tag, topic, label): unwrapped.',
  find(root, ctx) {
    const candidates: Candidate[] = [];
    const hrefsUnder = new Map<string, Set<string>>();
    const blockWords = new Map<Element, number>();
    // The words of an item's links, together (asked once per item).
    const itemLinks = new Map<Element, number>();
    const linkedWords = (item: Element) => {
      const known = itemLinks.get(item);
      if (known !== undefined) return known;
      const n = wordsOfBlock(ctx.linksOf(item).map((l) => textOf(l)).join(' '));
      itemLinks.set(item, n);
      return n;
    };
    const pageHost = new URL(ctx.pageUrl).hostname;
    // Lines of other names among the paragraphs (a <section>, a custom element, a <span> set as a line) are blocks too.
    const strays = new Set(ctx.kept(strayLines, root));
    const strayOf = (a: Element) => {
      for (let up = a.parentElement; up && up !== root; up = up.parentElement) if (strays.has(up)) return up;
      return null;
    };
    for (const a of ctx.linksOf(root)) {
      const abs = absoluteUrl(a.getAttribute('href'), ctx.pageUrl);
      if (!abs || !ctx.isOwnSite(abs)) continue;
      const words = textOf(a);
      const n = pairedCjkWords(words);
      if (n === 0 || n > 6 || a.querySelector('img')) continue;
      // rel="category tag": the blog engine's own list of the post's categories ("filed under A, B, C"), the
      // post's filing line (clutter/post-meta-line.ts), not a keyword linked in the story.
      if (/(^|\s)category(\s|$)/i.test(a.getAttribute('rel') ?? '')) continue;
      const block = closestNamed(a, BLOCKS) ?? (strays.size ? strayOf(a) : null);
      if (!block || closestNamed(a, NOT_IN)) continue;
      // In running text: the block says more than the link (a tag list item is only the link). A paragraph by four words; an item
      // of a list or a table's cell by a word besides its links ("<li><a>Smog</a> w sezonie grzewczym</li>", "<td><a>Parcheggi</a> insufficienti</td>").
      if (!blockWords.has(block)) blockWords.set(block, wordsOfBlock(textOf(block)));
      const all = blockWords.get(block) ?? 0;
      if (ITEMS.has(block.localName) ? all <= linkedWords(block) : all < n + 4) continue;
      const shape = n <= 4 ? keywordShape(new URL(abs), words, pageHost) : null;
      candidates.push({ a, abs, words, listed: taxonomyReason(abs), prefix: shape?.prefix ?? null, depth: shape?.depth ?? 0, sharedOnly: !!shape?.shared });
      if (shape) hrefsUnder.set(shape.prefix, (hrefsUnder.get(shape.prefix) ?? new Set()).add(abs));
    }
    // The article's own address under the same prefix (/wiki/Tidal_power beside /wiki/Norway): the links
    // go to the site's other articles, named after their subjects as a wiki's or a manual's are.
    const own = pathSegments(ctx.pageUrl);
    // (A page at the root has the root as its prefix: a site of short-named pages, /installation beside /configuration.)
    const ownPrefix = own.length >= 2 ? `/${own.slice(0, -1).join('/')}/` : own.length === 1 ? '/' : null;
    // A page named in its own query (a wiki's index.php?title=Tidal_power): its links under that query are its articles.
    // (Iterated as pairs: in a Firefox content script, URLSearchParams's keys() iterator is not iterable.)
    const ownQueries = new Set<string>();
    for (const [name] of new URL(ctx.pageUrl).searchParams) ownQueries.add(`/${own.join('/')}?${name}=`.toLowerCase());
    const matches: RuleMatch[] = [];
    for (const c of candidates) {
      if (!c.listed && c.prefix !== null && (c.prefix === ownPrefix || ownQueries.has(c.prefix))) continue;
      const shared = c.prefix !== null && (hrefsUnder.get(c.prefix)?.size ?? 0) >= 2;
      // Named in a query or a fragment under a path that says taxonomy (/news/list.php?keyword=port, /tags/#port):
      // the list page of a keyword, alone as well as with others.
      // (The query's name in parts: a CMS's "sc_word", "tx_tags".)
      const namedList = c.sharedOnly && c.prefix !== null && c.prefix.split(/[/?=#._[\]-]+/).some((w) => TAXONOMY.has(w) || w === 'word');
      // A lone one: named after its words one or two levels under the site's root (/topic/x, /en/themen/x).
      const section = c.prefix !== null && !c.sharedOnly && c.depth <= 2 && keywordWords(c.words) <= 3;
      let why = c.listed ? `keyword linked to a ${c.listed}` : null;
      if (!why && (shared || section || namedList)) why = `keyword linked to the page named after it (${c.prefix}…${shared ? ', shared by several keywords' : namedList ? ', a taxonomy list' : ''})`;
      if (why) matches.push({ node: c.a, action: { type: 'unwrap' }, reason: why, text: c.words, href: c.abs });
    }
    return matches;
  },
};
