// The post's tag list: "Tags: budget, harbour, strike" — a block of links to the site's tag, topic
// or category pages, under or beside the article. It is navigation, not text; without this rule the
// keyword-link rule would unwrap each link and leave a line of loose keywords in the article.
// Guard: three or more links, all to taxonomy pages of the same site, making up nearly all of the
// block's words (a label such as "Tags" or "Filed under" at most, 20 letters); prose with tag links stays.
import { LITERAL_TAGS, closestNamed, linkLetters } from '../dom';
import type { Rule, RuleContext, RuleMatch } from '../rules/rule';
import { taxonomyReason } from '../rules/tag-keyword-link';
import { letterCount, textOf } from '../text';
import { absoluteUrl } from '../url';

const BLOCKS = 'p, div, ul, ol, section, dl';
/**
 * Chinese, Japanese and Korean characters: a word each, or most of one, where a Latin word is five letters. Outside the links
 * they count three times: "会议讨论了[教育]、[医疗]、[养老]和[公共交通]等议题。" is a sentence, not a list with a label.
 */
const hanzi = (s: string) => s.match(/[\u3040-\u9fff\uac00-\ud7af]/g)?.length ?? 0;

function isTaxonomyLink(a: Element, ctx: RuleContext): boolean {
  const abs = absoluteUrl(a.getAttribute('href'), ctx.pageUrl);
  return !!abs && ctx.isOwnSite(abs) && taxonomyReason(abs) !== null;
}

/**
 * The smallest block around `a` that holds three links or more (a list's `ul`, or its wrapper); an
 * inline wrapper counts too when it holds the links itself (`<strong>Tags<br><a>…</a>, <a>…</a></strong>`).
 */
function listAround(a: Element): Element | null {
  const inline = a.parentElement;
  if (inline && !inline.matches(BLOCKS) && !inline.matches('a') && inline.getElementsByTagName('a').length >= 3) return inline;
  let el = a.parentElement?.closest(BLOCKS) ?? null;
  for (let up = 0; el && up < 3; up++, el = el.parentElement?.closest(BLOCKS) ?? null) {
    if (el.getElementsByTagName('a').length >= 3) return el;
  }
  return null;
}

export const tagList: Rule = {
  name: 'tag-list',
  kind: 'page-chrome',
  description: 'A block of three or more links, all to tag/topic/category pages of the site, that is nearly all link text.',
  find(root, ctx) {
    const matches: RuleMatch[] = [];
    const seen = new Set<Element>();
    // Start from the taxonomy links (few) rather than from every block of the page (many).
    for (const a of ctx.linksOf(root)) {
      if (!isTaxonomyLink(a, ctx)) continue;
      let box = listAround(a);
      if (!box || seen.has(box) || closestNamed(box, LITERAL_TAGS)) continue;
      seen.add(box);
      const links = ctx.linksOf(box);
      if (links.length < 3 || !links.every((l) => isTaxonomyLink(l, ctx))) continue;
      // "Tags:" above a list: take the label with the list when the wrapper holds nothing else.
      const parent = box.parentElement;
      if (parent && parent !== root && parent.children.length <= 2 && letterCount(textOf(parent)) - linkLetters(links) <= 20) box = parent;
      const text = textOf(box);
      if (letterCount(text) - linkLetters(links) + 2 * (hanzi(text) - hanzi(links.map((l) => textOf(l)).join(''))) > 20) continue;
      matches.push({ node: box, action: { type: 'remove' }, reason: `list of ${links.length} tag links`, text });
    }
    return matches;
  },
};
