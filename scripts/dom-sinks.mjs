// The DOM-sink check behind `npm test` (scripts/check-dom-sinks.mjs): every place in src/**/*.ts that turns a
// string into markup or code — innerHTML/outerHTML/srcdoc writes, insertAdjacentHTML, document.write,
// createContextualFragment, setHTMLUnsafe/parseHTMLUnsafe, eval, Function, string timers, inline handler
// attributes, javascript: literals — must be listed in ALLOWLIST with why it is safe. Reading innerHTML is
// not a sink. The TypeScript is stripped with esbuild, walked with acorn, and mapped back to source lines.
import * as acorn from 'acorn';
import { transformSync } from 'esbuild';

/**
 * The allowed spots: file, sink, a piece of the source line, and why. An entry no code matches any more is
 * reported too, so the list cannot hide future code.
 */
export const ALLOWLIST = [
  {
    file: 'src/core/media.ts',
    sink: 'innerHTML assignment',
    line: 'template.innerHTML =',
    why:
      'Parses a <noscript> fallback (page markup) into a <template> created by the working copy, a cloned ' +
      'document with no browsing context: template content is inert (no scripts, no loads, no handlers), only ' +
      'one <img> is taken out, and it reaches the extension only through DOMPurify (core) and DOMPurify (view). ' +
      'In the bundles scripts/inert-html.mjs turns it into DOMParser parsing. tests/security vectors ' +
      'mx-noscript-lazy-fallback and mx-noscript-lazy-breakout go through it.',
  },
];

const HTML_WRITES = new Set(['innerHTML', 'outerHTML', 'srcdoc']);
const HTML_CALLS = new Set(['insertAdjacentHTML', 'createContextualFragment', 'setHTMLUnsafe', 'parseHTMLUnsafe']);
const TIMERS = new Set(['setTimeout', 'setInterval', 'setImmediate']);

function propName(node) {
  if (!node || node.type !== 'MemberExpression') return null;
  if (!node.computed && node.property.type === 'Identifier') return node.property.name;
  if (node.property.type === 'Literal') return String(node.property.value);
  if (node.property.type === 'TemplateLiteral' && node.property.expressions.length === 0) return node.property.quasis[0].value.cooked;
  return null;
}

function calleeName(callee) {
  if (callee.type === 'Identifier') return callee.name;
  return propName(callee);
}

function isStringish(node) {
  if (!node) return false;
  if (node.type === 'Literal') return typeof node.value === 'string';
  if (node.type === 'TemplateLiteral') return true;
  if (node.type === 'BinaryExpression' && node.operator === '+') return isStringish(node.left) || isStringish(node.right);
  return false;
}

/** What sink, if any, one AST node is. */
function sinkOf(node, code) {
  if (node.type === 'AssignmentExpression' && HTML_WRITES.has(propName(node.left))) return `${propName(node.left)} assignment`;
  if (node.type === 'CallExpression' || node.type === 'NewExpression') {
    const name = calleeName(node.callee);
    if (HTML_CALLS.has(name)) return name;
    if ((name === 'write' || name === 'writeln') && /doc/i.test(code.slice(node.callee.start, node.callee.end))) return 'document.write';
    if (name === 'eval') return 'eval';
    if (name === 'Function' && node.callee.type === 'Identifier') return 'Function constructor';
    if (TIMERS.has(name) && isStringish(node.arguments[0])) return `${name} with a string`;
    if (name === 'setAttribute' || name === 'setAttributeNS') {
      const attr = node.arguments[name === 'setAttribute' ? 0 : 1];
      if (attr?.type === 'Literal' && /^(on|srcdoc$)/i.test(String(attr.value))) return `setAttribute ${attr.value}`;
    }
  }
  if (node.type === 'Literal' && typeof node.value === 'string' && /^\s*(javascript|vbscript):/i.test(node.value)) return 'javascript: URL';
  return null;
}

/** Decodes a source map's mappings into, per generated line, [generatedColumn, originalLine] pairs (0-based). */
function decodeMappings(mappings) {
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const lines = [];
  let srcLine = 0;
  for (const lineText of mappings.split(';')) {
    const segments = [];
    let genCol = 0;
    for (const seg of lineText.split(',')) {
      if (!seg) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const ch of seg) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >> 1) : value >> 1);
          value = 0;
          shift = 0;
        }
      }
      genCol += fields[0];
      if (fields.length >= 4) {
        srcLine += fields[2];
        segments.push([genCol, srcLine]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

/** Every sink in one TypeScript source: [{ file, line (1-based), sink, text }]. */
export function findSinks(source, file) {
  const out = transformSync(source, { loader: file.endsWith('.js') ? 'js' : 'ts', sourcemap: 'external', sourcefile: file, target: 'esnext' });
  const map = decodeMappings(JSON.parse(out.map).mappings);
  const ast = acorn.parse(out.code, { ecmaVersion: 'latest', sourceType: 'module', locations: true });
  const srcLines = source.split('\n');
  const hits = [];
  const originalLine = (loc) => {
    for (let l = loc.line - 1; l >= 0; l--) {
      const segs = map[l] ?? [];
      const seg = [...segs].reverse().find((s) => l < loc.line - 1 || s[0] <= loc.column);
      if (seg) return seg[1] + 1;
    }
    return 1;
  };
  (function walk(node) {
    if (!node || typeof node.type !== 'string') return;
    const sink = sinkOf(node, out.code);
    if (sink) {
      const line = originalLine(node.loc.start);
      hits.push({ file, line, sink, text: (srcLines[line - 1] ?? '').trim() });
    }
    for (const key of Object.keys(node)) {
      if (key === 'loc') continue;
      const value = node[key];
      if (Array.isArray(value)) for (const child of value) walk(child);
      else if (value && typeof value.type === 'string') walk(value);
    }
  })(ast);
  return hits;
}

/** Checks sources against the allowlist: { violations, allowed, stale } (stale = allowlist entries nothing matched). */
export function checkSources(files, allowlist = ALLOWLIST) {
  const violations = [];
  const allowed = [];
  const used = new Set();
  for (const { file, source } of files) {
    for (const hit of findSinks(source, file)) {
      const entry = allowlist.find((a) => a.file === file && a.sink === hit.sink && hit.text.includes(a.line));
      if (entry) {
        used.add(entry);
        allowed.push({ ...hit, why: entry.why });
      } else violations.push(hit);
    }
  }
  return { violations, allowed, stale: allowlist.filter((a) => !used.has(a)) };
}
