// Text set loose between the paragraphs, in no element of its own ("…</p>Follow us on <a>Telegram</a><br><p>…"): the
// injected-link rules read blocks, so for their run each such run of phrasing content among the paragraphs is wrapped in a
// marked <p>, and every wrapper they left is taken off again before Readability (which wraps a div's loose runs itself, and
// must see the copy as it was but for what the rules removed).
import { BLOCK_TAGS, paragraphParents, WORD } from './dom';

const MARK = 'data-ro-loose';

/** Wraps each worded run of phrasing content that stands beside a paragraph (a child of a paragraph's parent) in a marked <p>. */
export function wrapLooseLines(root: Element): void {
  for (const parent of paragraphParents(root)) {
    const kids = [...parent.childNodes];
    // Only a run with a loose text node of words: runs of inline elements alone are lines of their own names (dom.ts strayLines).
    if (!kids.some((n) => n.nodeType === 3 && WORD.test(n.nodeValue ?? ''))) continue;
    let run: Node[] = [];
    const flush = () => {
      if (run.some((n) => WORD.test(n.textContent ?? ''))) {
        const p = parent.ownerDocument.createElement('p');
        p.setAttribute(MARK, '');
        parent.insertBefore(p, run[0]!);
        for (const n of run) p.appendChild(n);
      }
      run = [];
    };
    for (const n of kids) {
      if (n.nodeType === 1 && BLOCK_TAGS.has((n as Element).tagName)) flush();
      else if (n.nodeType === 1 || n.nodeType === 3) run.push(n);
    }
    flush();
  }
}

/** Takes the marked wrappers off again, their children back in their place. */
export function unwrapLooseLines(root: Element): void {
  for (const p of Array.from(root.querySelectorAll(`p[${MARK}]`))) p.replaceWith(...Array.from(p.childNodes));
}
