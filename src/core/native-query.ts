// Element lists in one native call where that is cheaper than a walk in script (issue 17).
// A walk costs a few DOM calls per element (first child, next sibling, name, an attribute). In Firefox's
// content script every one of those calls crosses the Xray wrappers that keep the page's script away from
// ours, and on a long article the rules' walks over the working copy added up to a good part of the
// extraction; a selector does the same walk inside the browser, in one call, and hands back only the hits.
// jsdom is the other way round (its selector engine is several times slower than a walk: see dom.ts),
// so the CLI and the unit tests keep the walks. Both ways give the same elements in the same order
// (tests/unit/native-query.test.ts runs both on the same pages).

/** True in a browser page (content script or extension page); false in Node and in jsdom. */
export const NATIVE_SELECTORS =
  typeof document !== 'undefined' && typeof navigator !== 'undefined' && !/jsdom/i.test(navigator.userAgent ?? '');

const selectors = new WeakMap<ReadonlySet<string>, string>();

/** The selector for a set of (lower-case) element names, plus `[role]` when roles are asked about. */
function selectorFor(names: ReadonlySet<string>, roles: boolean): string {
  let list = selectors.get(names);
  if (list === undefined) {
    list = [...names].filter((n) => /^[a-z][a-z0-9-]*$/.test(n)).join(', ');
    selectors.set(names, list);
  }
  return roles ? (list ? `${list}, [role]` : '[role]') : list;
}

/** True when every name can go into a selector as it is (else the caller walks). */
export function selectableNames(names: ReadonlySet<string>): boolean {
  return selectorFor(names, false).split(', ').filter(Boolean).length === names.size;
}

/**
 * `elementsNamed` (dom.ts) with a selector: elements under `root` named in `names` or with one of `roles`,
 * in document order. Only for sets whose names are all plain tag names (selectableNames).
 */
export function queryNamed(root: Element, names: ReadonlySet<string>, roles?: ReadonlySet<string>): Element[] {
  const selector = selectorFor(names, Boolean(roles));
  if (!selector) return [];
  const all = root.querySelectorAll(selector);
  const found: Element[] = [];
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if (names.has(el.localName)) found.push(el);
    else if (roles) {
      const role = el.getAttribute('role');
      if (role && roles.has(role.trim().toLowerCase())) found.push(el);
    }
  }
  return found;
}

/** `elementsWithAttribute` (dom.ts) with a selector; null for a name a selector cannot hold as it is. */
export function queryWithAttribute(root: Element, name: string): Element[] | null {
  if (!/^[a-z][a-z0-9_-]*$/i.test(name)) return null;
  return Array.from(root.querySelectorAll(`[${name}]`));
}

/** `holdsNamed` (dom.ts) with a selector: one element under `el` named in `names`. */
export function queryHolds(el: Element, names: ReadonlySet<string>): boolean {
  const selector = selectorFor(names, false);
  return selector !== '' && el.querySelector(selector) !== null;
}
