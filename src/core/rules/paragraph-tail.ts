// A paragraph's last line, after its last line break ("…said the mayor.<br><b>Follow us on X</b>"): where a call
// (follow-us-call.ts) or a read-more line (read-more-tail.ts) sits at the end of a paragraph of prose. Both take
// the line and the breaks before it, and leave the prose.

/** A line break, or text of nothing but white space. */
const BLANK = (n?: Node) => n?.nodeName === 'BR' || (n?.nodeType === 3 && !/\S/.test(n.nodeValue ?? ''));
const isBreak = (n?: Node) => n?.nodeName === 'BR';

export interface ParagraphTail {
  /** The last line's nodes. */
  line: Node[];
  /** The line before it (its nodes, from the break before it): the paragraph's prose. */
  prose: Node[];
  /** What goes with the line: the first break before it (`node`) and everything after that (`with`). */
  node: Node;
  with: Node[];
}

/** The paragraph's last line after a line break, or null when it has one line only. */
export function paragraphTail(p: Element): ParagraphTail | null {
  const kids = [...p.childNodes];
  // Back from `at` to just after the last node that `stops`.
  const back = (at: number, stops: (n?: Node) => boolean) => {
    while (at > 0 && !stops(kids[at - 1])) at--;
    return at;
  };
  const end = back(kids.length, (n) => !BLANK(n));
  const i = back(end, isBreak);
  if (!i) return null; // one line: no paragraph of prose before it (most paragraphs end here)
  const j = back(i, (n) => !BLANK(n));
  return { line: kids.slice(i, end), prose: kids.slice(back(j, isBreak), j), node: kids[j]!, with: kids.slice(j + 1, end) };
}
