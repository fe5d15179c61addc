// Broken and extreme pages for the unit tests: the small ones are files in tests/fixtures/broken/ (the e2e
// server serves the same files); the huge ones are generated here, at test time, never committed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { FIXTURES } from './fixtures';

export const BROKEN = join(FIXTURES, 'broken');
export const BROKEN_URL = 'https://coast-notes.example/2024/skerry-point/';

export function brokenBytes(name: string): Buffer {
  return readFileSync(join(BROKEN, name));
}

/** A broken page parsed as a browser would: HTML, or XML for .xhtml files (served as application/xhtml+xml). */
export function brokenPage(name: string, url = BROKEN_URL): Document {
  const contentType = name.endsWith('.xhtml') ? 'application/xhtml+xml' : 'text/html';
  return new JSDOM(brokenBytes(name), { url, contentType, virtualConsole: new VirtualConsole() }).window.document;
}

const PARAGRAPH =
  'The keepers climbed the spiral stair every four hours to wind the clockwork that turned the lens, and wrote the weather in the log. ';

/** An article wrapped in `depth` nested divs (as markup: the parser builds the nesting). */
export function deepPage(depth: number): string {
  const article = `<h1>Deep</h1><h2>First part</h2><p>${PARAGRAPH.repeat(6)}</p><h2>Second part</h2><p>${PARAGRAPH.repeat(6)}</p>`;
  return `<!doctype html><html><head><title>Deep</title><meta property="og:type" content="article"></head><body>${'<div>'.repeat(depth)}${article}${'</div>'.repeat(depth)}</body></html>`;
}

/** About `bytes` of page: a news page of many small elements (nav links, paragraphs with links). */
export function hugePage(bytes: number): string {
  const parts = ['<!doctype html><html><head><title>Huge</title></head><body><nav>'];
  let size = 0;
  for (let i = 0; size < bytes * 0.2; i++) {
    const link = `<a href="/section-${i}/">Section ${i}</a>`;
    parts.push(link);
    size += link.length;
  }
  parts.push('</nav><article><h1>Huge</h1>');
  for (let i = 0; size < bytes; i++) {
    const p = `<p>${PARAGRAPH}<a href="/topic/${i}/">topic ${i}</a> <em>and</em> <b>more</b></p>`;
    parts.push(i % 50 === 0 ? `<h2>Part ${i / 50}</h2>${p}` : p);
    size += p.length;
  }
  parts.push('</article></body></html>');
  return parts.join('');
}
