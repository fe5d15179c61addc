// Keywords auto-linked to the site's own tag, topic or category pages ("… in <a href="/tag/ukraine/">
// Ukraine</a> …"). The link goes, the words stay.
// Guard: the link sits inside running text (a paragraph with more words than the link), its text is a
// short keyword, and its target is a taxonomy or search page of the same site — never an article.
import { LITERAL_TAGS, closestNamed } from '../dom';
import { countWords, textOf } from '../text';
import { absoluteUrl, pathSegments } from '../url';
import type { Rule, RuleMatch } from './rule';

// URL path segments that name a taxonomy page in common CMSes, across languages.
const TAXONOMY = new Set([
  'tag', 'tags', 'topic', 'topics', 'category', 'categories', 'keyword', 'keywords', 'subject', 'subjects',
  'theme', 'themes', 'hashtag', 'label', 'labels', 'etiqueta', 'etiquetas', 'tema', 'temas', 'tópico', 'thema',
  'themen', 'schlagwort', 'stichwort', 'sujet', 'sujets', 'mot-cle', 'mots-cles', 'argomenti', 'argomento',
  'temat', 'tematy', 'tegs', 'teg', 'tagged', 'term', 'terms', 'entity', 'people', 'person', 'organization',
  'organisations', 'organizations', 'company', 'companies', 'location', 'places', 'search',
]);
const BLOCKS = new Set(['p', 'li', 'td', 'dd', 'blockquote', 'figcaption']);
const NOT_IN = new Set([...LITERAL_TAGS, 'nav', 'header', 'footer']);
const TAXONOMY_QUERY = /[?&](tag|s|q|search|keyword|topic|category)=/i;

/** Why `abs` is a taxonomy (tag, topic, category, search) page, or null for any other page. */
export function taxonomyReason(abs: string): string | null {
  const segments = pathSegments(abs).slice(0, 3);
  const seg = segments.find((s, i) => TAXONOMY.has(s) && (i < segments.length - 1 || s === 'search'));
  if (seg) return `/${seg}/ page`;
  if (TAXONOMY_QUERY.test(abs) && pathSegments(abs).length <= 1) return 'site search or tag query';
  return null;
}

export const tagKeywordLink: Rule = {
  name: 'tag-keyword-link',
  kind: 'keyword-link',
  description: 'A keyword inside running text linked to a tag/topic/category/search page of the same site: the link goes, the words stay.',
  find(root, ctx) {
    const matches: RuleMatch[] = [];
    for (const a of Array.from(root.querySelectorAll('a[href]'))) {
      const abs = absoluteUrl(a.getAttribute('href'), ctx.pageUrl);
      if (!abs || !ctx.isOwnSite(abs)) continue;
      const why = taxonomyReason(abs);
      if (!why) continue;
      const words = countWords(textOf(a));
      if (words === 0 || words > 6 || a.querySelector('img')) continue;
      const block = closestNamed(a, BLOCKS);
      if (!block || closestNamed(a, NOT_IN)) continue;
      // In running text: the block says more than the link (a tag list item is only the link).
      if (countWords(textOf(block)) < words + 4) continue;
      matches.push({ node: a, action: { type: 'unwrap' }, reason: `keyword linked to a ${why}`, text: textOf(a), href: abs });
    }
    return matches;
  },
};
