/**
 * @jest-environment node
 */
// content.js is built without the rules' descriptions (scripts/rule-descriptions.mjs). That is only right
// while nothing reads one: no `.description` and no `{ description }` anywhere in src/ outside comments.
// And the step must drop a rule's description and nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dropRuleDescriptions } from '../../scripts/rule-descriptions.mjs';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? sources(path) : /\.ts$/.test(e.name) ? [path] : [];
  });
}

/** The file's code without its comments (good enough for this file's own sources: no `//` in strings read here). */
const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

test('nothing in src reads a description', () => {
  const readers = sources('src').filter((file) => /\.description\b|[{,]\s*description\s*[,}]|\[['"]description['"]\]/.test(withoutComments(readFileSync(file, 'utf8'))));
  expect(readers).toEqual([]);
});

test('a rule loses its description, other objects keep theirs', () => {
  const code = `var r={name:"a",kind:"b",description:"What it catches.",find(e){return[]}},s={name:"c",kind:"d",find:function(){},description:\`x\`},m={name:"m",description:"meta"},k={name:"k",kind:"l",find(){},description:f()};`;
  const { code: out, count } = dropRuleDescriptions(code);
  expect(count).toBe(2);
  expect(out).toBe('var r={name:"a",kind:"b",find(e){return[]}},s={name:"c",kind:"d",find:function(){}},m={name:"m",description:"meta"},k={name:"k",kind:"l",find(){},description:f()};');
});
