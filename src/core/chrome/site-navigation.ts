// Site navigation: menus, breadcrumbs, section bars and tables of contents marked up as navigation
// (`<nav>`, role=navigation/menu/menubar). Readability drops most of them, but not when the article's
// best candidate is a wrapper that holds the header too; and the view draws its own outline.
// Guard: a "navigation" element that holds real prose outside its links is a misused tag and stays.
import { LITERAL_TAGS, closestNamed, elementsNamed, linkLetters, realLinks } from '../dom';
import type { Rule, RuleMatch } from '../rules/rule';
import { letterCount, textOf } from '../text';

const NAV_TAGS = new Set(['nav']);
const NAV_ROLES = new Set(['navigation', 'menu', 'menubar']);

export const siteNavigation: Rule = {
  name: 'site-navigation',
  kind: 'page-chrome',
  description: 'Menus and breadcrumbs marked up as navigation (nav, role=navigation|menu|menubar), unless they hold prose outside their links.',
  find(root) {
    const matches: RuleMatch[] = [];
    const outer: Element[] = []; // in document order, so a navigation's inner ones come after it
    for (const el of elementsNamed(root, NAV_TAGS, NAV_ROLES)) {
      if (outer.some((o) => o.contains(el))) continue;
      outer.push(el);
      if (closestNamed(el, LITERAL_TAGS)) continue;
      const letters = letterCount(el.textContent ?? '');
      const linked = linkLetters(el.querySelectorAll('a'));
      if (letters - linked >= 200 && linked / letters < 0.5) continue;
      const links = realLinks(el).length;
      matches.push({ node: el, action: { type: 'remove' }, reason: `navigation with ${links} links`, text: textOf(el).slice(0, 200) });
    }
    return matches;
  },
};
