// Build step for content.js: drops each rule's `description` (src/core/rules/rule.ts). A description is one
// sentence of documentation about what the rule catches and why that is safe; nothing in src reads it (the
// removals carry each match's own `reason`, tests/unit/rule-descriptions.test.ts keeps it that way), yet its
// 28 sentences were 1.5 KB of content.js after gzip, parsed in the page on every click.
// A rule is recognised as an object literal with `name`, `kind` and `find` beside its `description`; only a
// description that is a plain string goes (nothing with side effects is dropped).
import * as acorn from 'acorn';

function keyName(prop) {
  if (prop.type !== 'Property' || prop.computed) return null;
  return prop.key.type === 'Identifier' ? prop.key.name : prop.key.type === 'Literal' ? String(prop.key.value) : null;
}

const isPlainString = (node) => (node.type === 'Literal' && typeof node.value === 'string') || (node.type === 'TemplateLiteral' && node.expressions.length === 0);

/** The code without the rules' descriptions, and how many were dropped. */
export function dropRuleDescriptions(code) {
  const ast = acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'script' });
  const cuts = [];
  (function walk(node) {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'ObjectExpression') {
      const names = node.properties.map(keyName);
      const at = names.indexOf('description');
      const prop = node.properties[at];
      if (at >= 0 && ['name', 'kind', 'find'].every((n) => names.includes(n)) && isPlainString(prop.value)) {
        // With the comma after it, or (the last property) the comma before it.
        const next = node.properties[at + 1];
        cuts.push(next ? [prop.start, next.start] : [node.properties[at - 1].end, prop.end]);
      }
    }
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (Array.isArray(value)) for (const child of value) walk(child);
      else if (value && typeof value.type === 'string') walk(value);
    }
  })(ast);
  let out = code;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + out.slice(end);
  return { code: out, count: cuts.length };
}
