// The walks that gather elements under a root, for dom.ts (which re-exports them): by name, by role, by a test, by
// an attribute, over an index of the tree that a rule list shares (rule-runner.ts). In jsdom a walk; in a browser the
// native selector where one says the same (native-query.ts). Pure DOM, as dom.ts.
import { NATIVE_SELECTORS, queryHolds, queryNamed, queryWithAttribute, selectableNames } from './native-query';

/**
 * The elements under one root (not the root itself) in document order, with their names, from one walk: the
 * rule runner's (rule-runner.ts). Each rule of a list walked the tree again for its candidates (elementsNamed,
 * elementsWhere); rules only find, so the tree changes only when the runner applies a match, and it says so
 * (treeChanged): the next question walks again. Used where elementsNamed and elementsWhere walk (jsdom).
 */
interface ElementIndex {
  root: Element;
  elements: Element[];
  localNames: string[];
}
let indexRoot: Element | null = null;
let index: ElementIndex | null = null;

function indexOf(root: Element): ElementIndex | null {
  if (root !== indexRoot) return null;
  if (index) return index;
  const elements: Element[] = [];
  const localNames: string[] = [];
  const visit = (el: Element) => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      elements.push(child);
      localNames.push(child.localName);
      visit(child);
    }
  };
  visit(root);
  index = { root, elements, localNames };
  return index;
}

/** Runs `fn` with the elements under `root` indexed for elementsNamed and elementsWhere (see ElementIndex). */
export function withElementIndex<T>(root: Element, fn: () => T): T {
  const [outerRoot, outer] = [indexRoot, index];
  indexRoot = root;
  index = null;
  try {
    return fn();
  } finally {
    indexRoot = outerRoot;
    index = outer;
  }
}

/** The indexed tree changed (a match was applied): the index is built again when next asked. */
export function treeChanged(): void {
  index = null;
}

/**
 * Elements under `root` (not `root` itself) that have one of these names (lower case) or, when `roles` is
 * given, one of these ARIA roles, in document order. In jsdom one walk, instead of a selector: jsdom's selector
 * engine checks an attribute selector several times slower than a walk does, and sorts the results of a list
 * of selectors into document order by comparing positions pairwise. In a browser, the selector.
 */
export function elementsNamed(root: Element, names: ReadonlySet<string>, roles?: ReadonlySet<string>, native = NATIVE_SELECTORS): Element[] {
  // In a browser the selector is the cheaper way (native-query.ts).
  if (native && selectableNames(names)) return queryNamed(root, names, roles);
  const found: Element[] = [];
  const index = indexOf(root);
  if (index) {
    const { elements, localNames } = index;
    for (let i = 0; i < elements.length; i++) {
      if (names.has(localNames[i]!)) found.push(elements[i]!);
      else if (roles) {
        const role = elements[i]!.getAttribute('role');
        if (role && roles.has(role.trim().toLowerCase())) found.push(elements[i]!);
      }
    }
    return found;
  }
  const visit = (el: Element) => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (names.has(child.localName)) found.push(child);
      else if (roles) {
        const role = child.getAttribute('role');
        if (role && roles.has(role.trim().toLowerCase())) found.push(child);
      }
      visit(child);
    }
  };
  visit(root);
  return found;
}

/**
 * True when an element under `el` (not `el` itself) has one of these names: `el.querySelector(list)`. In jsdom a walk that
 * stops at the first (its engine gathers and sorts every match of a list before answering); in a browser, the selector.
 */
export function holdsNamed(el: Element, names: ReadonlySet<string>, native = NATIVE_SELECTORS): boolean {
  if (native && selectableNames(names)) return queryHolds(el, names);
  const visit = (node: Element): boolean => {
    for (let child = node.firstElementChild; child; child = child.nextElementSibling) if (names.has(child.localName) || visit(child)) return true;
    return false;
  };
  return visit(el);
}

/** Elements under `root` (not `root` itself) for which `test` holds, in document order: a selector as a walk. */
export function elementsWhere(root: Element, test: (el: Element) => boolean): Element[] {
  const index = indexOf(root);
  if (index) return index.elements.filter((el) => test(el));
  const found: Element[] = [];
  const visit = (el: Element) => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (test(child)) found.push(child);
      visit(child);
    }
  };
  visit(root);
  return found;
}

/**
 * The elements under `root` that `selector` matches, in document order, as a selector in a browser and as a
 * walk testing `test` elsewhere (elementsWhere). `test` must hold for exactly the elements `selector` matches.
 */
export function elementsMatching(root: Element, selector: string, test: (el: Element) => boolean, native = NATIVE_SELECTORS): Element[] {
  return native ? Array.from(root.querySelectorAll(selector)) : elementsWhere(root, test);
}

/** Elements under `root` (not `root` itself) that carry the attribute `name`, in document order: `[name]` as a walk. */
export function elementsWithAttribute(root: Element, name: string, native = NATIVE_SELECTORS): Element[] {
  return (native ? queryWithAttribute(root, name) : null) ?? elementsWhere(root, (el) => el.hasAttribute(name));
}
