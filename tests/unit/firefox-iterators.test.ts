/**
 * @jest-environment node
 */
// In a Firefox content script the page's URLSearchParams is reached through Xray wrappers: iterating its pairs
// (`for (const [k, v] of url.searchParams)`, `[...url.searchParams]`) works, but the iterators of keys() and values()
// are not iterable there, and a rule that spread one threw on every page with such a link (session 17: Firefox's popup
// showed no article at all while jsdom and Chromium were fine). The core must not use them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const CORE = join(__dirname, '..', '..', 'src', 'core');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });

test.each(files(CORE).map((f) => [f.slice(CORE.length + 1), f]))('%s iterates no URLSearchParams keys() or values()', (_name, file) => {
  const code = readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '');
  expect(code).not.toMatch(/(?:searchParams|URLSearchParams\([^)]*\))\s*\.\s*(?:keys|values)\s*\(/);
});
