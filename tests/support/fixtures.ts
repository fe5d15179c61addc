// Loading fixture pages (tests/fixtures/<case>/source.html + expected.json) the way the CLI does.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';

export const FIXTURES = join(__dirname, '..', 'fixtures');

export interface Expected {
  url: string;
  article: boolean;
  title?: string;
  byline?: string | null;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  standfirst?: string | null;
  outline?: { level: number; text: string }[];
  removedKinds?: string[];
  present?: string[];
  /** Figure captions: in the html under their picture, not in the running text. */
  captions?: string[];
  absent?: string[];
  keptLinks?: string[];
  unlinkedWords?: string[];
  images?: string[];
  leadImage?: string | null;
}

/** Every fixture case: a folder with source.html and expected.json. */
export function fixtureCases(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(FIXTURES, d.name, 'expected.json')))
    .map((d) => d.name)
    .sort();
}

export function readExpected(name: string): Expected {
  return JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
}

/** Parses an HTML string as a page at `url`, scripts off, as the CLI does. */
export function pageFromHtml(html: string, url: string): Document {
  return new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() }).window.document;
}

export function loadFixture(name: string): { doc: Document; expected: Expected } {
  const expected = readExpected(name);
  const html = readFileSync(join(FIXTURES, name, 'source.html'), 'utf8');
  return { doc: pageFromHtml(html, expected.url), expected };
}

/** Whitespace-insensitive form of a text, for "contains" checks. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
