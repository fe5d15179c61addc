// A list of the site's accounts on platforms, inside the story: "Follow us: • Facebook • Instagram • YouTube • X", in any language,
// for follow-us-call.ts (which leaves list items alone: a list's items are the story's).
// Recognised by structure: every item is one link to a platform's account, channel or app page (never a post, never a share
// button: a share bar is the page's furniture), in the platform's name of three words at most, besides one short label item
// without a link; two platforms at least. Bare (no label item), only when every account's address names the site: a bare list
// of another body's accounts is the story's (the draws' look-alikes).
// Also a bulleted list of calls (callLists): every item a call of its own ("📸 Síguenos en [Instagram]", "▶️ Suscríbete a nuestro
// canal de [YouTube]") or an account under its platform's name ("📢 Telegram: [@dolyna_news]"), one call at least. Not a numbered
// list: a how-to's steps ask the reader to install and turn on too.
import { childElements, elementsNamed, holdsNamed, tagSet } from '../dom';
import { countWords, textOf } from '../text';
import { callReason, shortWords, target } from './call-reason';
import { isOwnAccount } from './call-target';
import type { RuleContext, RuleMatch } from './rule';

const LISTS = tagSet('ul, ol');
const BULLETS = tagSet('ul');
const NESTED = tagSet('ul, ol, table, img, picture, video, iframe, blockquote');

/** The lists under `root` that are the site's accounts on platforms; `fenced` says a list sits where no call is looked for. */
export function accountLists(root: Element, ctx: RuleContext, fenced: (el: Element) => boolean): RuleMatch[] {
  const matches: RuleMatch[] = [];
  for (const list of elementsNamed(root, LISTS)) {
    const items = childElements(list);
    if (items.length < 2 || items.length > 9 || fenced(list)) continue;
    const platforms = new Set<string>();
    let labels = 0;
    let others = 0;
    let href = '';
    const ok = items.every((li) => {
      const links = ctx.linksOf(li);
      const words = countWords(textOf(li));
      if (links.length === 0) return words > 0 && words <= 5 && ++labels === 1;
      if (links.length !== 1 || words > 3 || textOf(links[0]!) !== textOf(li)) return false;
      const t = target(links[0]!, ctx);
      if (!t?.platform || t.platform.endsWith(' share')) return false;
      if (!isOwnAccount(t.href, ctx)) others++;
      platforms.add(t.platform);
      href ||= t.href;
      return true;
    });
    // Accounts whose address does not name the site count under a label of the list's own ("Follow us:"), not bare.
    if (ok && platforms.size >= 2 && (others === 0 || labels === 1)) matches.push({ node: list, action: { type: 'remove' }, reason: `list of the site's accounts (${[...platforms].join(', ')})`, text: textOf(list), href });
  }
  return matches;
}

/**
 * The bulleted lists under `root` whose every item is a call or a platform's account, with one call at least; `fenced` says a
 * list sits where no call is looked for, `alone` that it stands among the story's prose.
 */
export function callLists(root: Element, ctx: RuleContext, fenced: (el: Element) => boolean, alone: (el: Element) => boolean): RuleMatch[] {
  const matches: RuleMatch[] = [];
  for (const list of elementsNamed(root, BULLETS)) {
    const items = childElements(list);
    if (items.length < 2 || items.length > 8 || fenced(list) || holdsNamed(list, NESTED)) continue;
    let calls = 0;
    const ok = items.every((li) => {
      const text = textOf(li);
      const words = shortWords(text);
      if (!words || words > 25) return false;
      const links = ctx.linksOf(li);
      if (callReason(text, words, links, () => true, ctx)) return ++calls > 0;
      // An account under its platform's name: a label of a few words and one link to a platform's page (no share button).
      const t = links.length === 1 ? target(links[0]!, ctx) : null;
      return !!t?.platform && !t.platform.endsWith(' share') && words - countWords(textOf(links[0]!)) <= 3;
    });
    if (ok && calls > 0 && alone(list)) matches.push({ node: list, action: { type: 'remove' }, reason: 'list of calls to act', text: textOf(list) });
  }
  return matches;
}
