// Running the built command line (build/cli.js, made by `npm run build`) from the unit tests.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, readExpected } from './fixtures';

export const CLI = join(__dirname, '..', '..', 'build', 'cli.js');
export const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
// Output checks, not speed: a generous time budget, so a busy machine cannot stop the page early (exit 3).
export const read = (...args: string[]) => run(...args, '--time-budget', '60000');
export const seed = join(FIXTURES, 'seed-news-h2', 'source.html');
export const seedUrl = readExpected('seed-news-h2').url;

/** Fails the file's tests at once when the CLI has not been built. */
export function requireBuiltCli(): void {
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error('build/cli.js is missing: run `npm run build` first (npm test does)');
  });
}
