// Which real links each element holds. Rules ask this of hundreds of candidate blocks; a subtree search
// per candidate walks the page again and again (a wrapper's links are searched once for it and once for
// every block inside it). Instead one pass goes up from every link once, and each question is a lookup.
// The runner makes one index per rule list and tells it what each match took out of the tree.
import { elementsNamed, isRealLink } from './dom';

const LINK = new Set(['a']);

const NONE: readonly HTMLAnchorElement[] = [];

export class LinkIndex {
  private held: Map<Element, HTMLAnchorElement[]> | null = null;
  private readonly gone = new Set<Element>();

  constructor(private readonly root: Element) {}

  /** The real links inside `el` (`el` itself when it is one), in document order. */
  of(el: Element): readonly HTMLAnchorElement[] {
    this.held ??= this.build();
    const links = this.held.get(el) ?? NONE;
    return this.gone.size === 0 ? links : links.filter((a) => !this.gone.has(a));
  }

  /** The tree was rearranged: look again on the next question. */
  reset(): void {
    this.held = null;
    this.gone.clear();
  }

  /**
   * `node` was removed or unwrapped: its links (and itself, if a link) are no longer in the tree. The index knows
   * them: the real links it holds for `node` are those under it now, and any others have gone already (matches
   * only take nodes out or unwrap them, and an unwrapped element's links stay under its ancestors).
   */
  removed(node: Node): void {
    if (!this.held || node.nodeType !== 1) return;
    for (const a of this.held.get(node as Element) ?? NONE) this.gone.add(a);
  }

  private build(): Map<Element, HTMLAnchorElement[]> {
    const held = new Map<Element, HTMLAnchorElement[]>();
    // The runner's element index holds the root's links (jsdom's engine takes several times as long over `a[href]`);
    // isRealLink passes none without an href.
    for (const a of elementsNamed(this.root, LINK) as HTMLAnchorElement[]) {
      if (!isRealLink(a)) continue;
      for (let el: Element | null = a; el; el = el.parentElement) {
        const list = held.get(el);
        if (list) list.push(a);
        else held.set(el, [a]);
        if (el === this.root) break;
      }
    }
    return held;
  }
}
