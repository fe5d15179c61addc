// Step 1 (working copy): formulas stay readable. Pages typeset TeX with MathJax or KaTeX; the working copy
// loses the TeX (it sits in <script type="math/tex">, removed with every script) and Readability keeps the
// typeset output as a jumble of letters or drops it. Here, before scripts go:
// - MathJax 2: the TeX of each <script type="math/tex"> becomes text in a <code> ($…$, or $$…$$ for
//   display mode), and MathJax's rendered spans beside it go;
// - MathJax 3 and KaTeX: the MathML they keep for screen readers replaces the typeset output (browsers
//   display MathML), without its TeX annotation; without that MathML, the TeX annotation or the original
//   TeX as text;
// - plain <math> is left as it is (both sanitizers keep MathML).

const RENDERED_MATHJAX = /(^|\s)(MathJax|MathJax_Preview|MathJax_Display|MathJax_SVG|MathJax_SVG_Display|MathJax_CHTML|MJX_Assistive_MathML)(\s|$)/;

function texCode(doc: Document, tex: string, display: boolean): HTMLElement {
  const code = doc.createElement('code');
  code.textContent = display ? `$$${tex}$$` : `$${tex}$`;
  if (!display) return code;
  const p = doc.createElement('p');
  p.appendChild(code);
  return p;
}

/** MathML without the annotations that repeat it as TeX (DOMPurify would spill their text into it). */
function bareMath(math: Element): Element {
  for (const note of Array.from(math.getElementsByTagName('annotation'))) note.remove();
  for (const note of Array.from(math.getElementsByTagName('annotation-xml'))) note.remove();
  return math;
}

function texAnnotation(root: Element): string | null {
  for (const note of Array.from(root.getElementsByTagName('annotation'))) {
    if (/tex/i.test(note.getAttribute('encoding') ?? '')) return note.textContent;
  }
  return null;
}

function texType(script: Element): string | null {
  const type = (script.getAttribute('type') ?? '').toLowerCase();
  return type.startsWith('math/tex') ? type : null;
}

/** The typeset output keepMath works on: MathJax 3's elements, KaTeX's display and inline spans. */
function typesetElements(body: Element): Element[] {
  return [
    ...Array.from(body.getElementsByTagName('mjx-container')),
    ...Array.from(body.getElementsByClassName('katex-display')),
    ...Array.from(body.getElementsByClassName('katex')),
  ];
}

/**
 * True when keepMath(body) has anything to do (a MathJax 2 script or typeset output): the cheap test, as
 * keepMath itself is a rare step (rare-steps.ts).
 */
export function hasTypesetMath(body: Element): boolean {
  return Array.from(body.getElementsByTagName('script')).some((script) => texType(script) !== null) || typesetElements(body).length > 0;
}

/** The typeset formulas in `body` (a working copy) made readable; see the file's comment. */
export function keepMath(body: Element): void {
  const doc = body.ownerDocument;
  for (const script of Array.from(body.getElementsByTagName('script'))) {
    const type = texType(script);
    if (!type) continue;
    // MathJax 2 puts its rendering just before the script (a preview span and the typeset span or div).
    for (let prev = script.previousElementSibling; prev && RENDERED_MATHJAX.test(prev.getAttribute('class') ?? ''); ) {
      const gone = prev;
      prev = prev.previousElementSibling;
      gone.remove();
    }
    script.replaceWith(texCode(doc, (script.textContent ?? '').trim(), /mode\s*=\s*display/.test(type)));
  }
  for (const el of typesetElements(body)) {
    if (!el.isConnected || (el.classList.contains('katex') && el.parentElement?.classList.contains('katex-display'))) continue;
    const math = el.getElementsByTagName('math')[0];
    const display = el.getAttribute('display') === 'true' || el.classList.contains('katex-display');
    if (math) {
      if (display) math.setAttribute('display', 'block');
      el.replaceWith(bareMath(math));
      continue;
    }
    const tex = texAnnotation(el);
    if (tex) el.replaceWith(texCode(doc, tex.trim(), display));
  }
}
