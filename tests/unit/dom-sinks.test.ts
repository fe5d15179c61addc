/**
 * @jest-environment node
 */
// The DOM-sink check of `npm test` (scripts/check-dom-sinks.mjs): it must catch each kind of sink, at the
// right line, in TypeScript; pass what the allowlist explains; report allowlist entries nothing uses; and
// pass the real src/ as it is.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSources, findSinks } from '../../scripts/dom-sinks.mjs';

const SAMPLE = `// a comment: el.innerHTML = x is not code
interface Page { html: string }
export function show(el: HTMLElement, page: Page): void {
  const copy = el.innerHTML; // reading is fine
  el.innerHTML = page.html;
  el['outerHTML'] = page.html;
  el.insertAdjacentHTML('beforeend', page.html);
  document.write(page.html);
  (el as HTMLIFrameElement).srcdoc = page.html;
  el.setAttribute('onclick', page.html);
  setTimeout('run()', 10);
  setTimeout(() => copy, 10);
  eval(page.html);
  new Function(page.html);
  const range = document.createRange();
  range.createContextualFragment(page.html);
  location.href = 'javascript:void 0';
}
`;

test('every kind of sink is found, at its line, and reads and comments are not', () => {
  const hits = findSinks(SAMPLE, 'src/sample.ts').map((h) => `${h.line} ${h.sink}`);
  expect(hits).toEqual([
    '5 innerHTML assignment',
    '6 outerHTML assignment',
    '7 insertAdjacentHTML',
    '8 document.write',
    '9 srcdoc assignment',
    '10 setAttribute onclick',
    '11 setTimeout with a string',
    '13 eval',
    '14 Function constructor',
    '16 createContextualFragment',
    '17 javascript: URL',
  ]);
});

test('the allowlist explains a spot by file, sink and line text; an entry nothing matches is stale', () => {
  const source = 'export function f(t: HTMLTemplateElement, s: string): void {\n  t.innerHTML = s;\n}\n';
  const entry = { file: 'src/a.ts', sink: 'innerHTML assignment', line: 't.innerHTML =', why: 'test' };
  const ok = checkSources([{ file: 'src/a.ts', source }], [entry]);
  expect([ok.violations.length, ok.allowed.length, ok.stale.length]).toEqual([0, 1, 0]);
  const elsewhere = checkSources([{ file: 'src/b.ts', source }], [entry]);
  expect([elsewhere.violations.length, elsewhere.allowed.length, elsewhere.stale.length]).toEqual([1, 0, 1]);
});

test('src/ passes with its allowlist', () => {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
  const files = walk('src').map((file) => ({ file, source: readFileSync(file, 'utf8') }));
  const { violations, stale } = checkSources(files);
  expect(violations).toEqual([]);
  expect(stale).toEqual([]);
});
