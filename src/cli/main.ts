// `reader-outline extract FILE [--url URL] [--json|--text|--html]`: the same core as the extension,
// run in Node on a saved page. Bad input is a one-line message and exit 2; no article, exit 3.
// Without --url, the page's address is the one the saved page names (page-address.ts), if any.
import { readFileSync } from 'node:fs';
import { ExtractionLimitError, extractArticle } from '../core';
import { MAX_TEXT_CHARS } from '../core/limits';
import type { Article } from '../core';
import { parseArgs, USAGE } from './args';
import { readRules } from './rules-file';
import { scanMarkup } from './markup-scan';
import { pageAddress } from './page-address';

declare const PACKAGE_VERSION: string | undefined;

/** The core's default element limit (checked here before parsing too: jsdom is slow on huge pages). */
const MAX_ELEMENTS = 200_000;

function fail(code: number, message: string): never {
  process.stderr.write(`reader-outline: ${message}\n`);
  process.exit(code);
}

function readInput(file: string): Buffer {
  try {
    return file === '-' ? readFileSync(0) : readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : 'cannot read';
    fail(2, `${file}: ${why}`);
  }
}

/**
 * The page as jsdom should parse it. Bytes that are valid UTF-8 with non-ASCII characters are read as
 * UTF-8 whatever the page declares (a saved page is re-encoded as UTF-8 more often than its <meta>
 * says, and legacy encodings almost never form valid UTF-8 by chance); anything else goes to jsdom as
 * bytes, which sniffs the BOM or <meta charset> (windows-1251, Shift_JIS …) as a browser does.
 */
function decodePage(bytes: Buffer): Buffer | string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return /[^ -~\s]/.test(text) ? text : bytes;
  } catch {
    return bytes;
  }
}

/** Refuses a page over the element limit before jsdom parses it; caps nesting as browsers do. */
function checkMarkup(bytes: Buffer): Buffer {
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) return bytes; // UTF-16: not ASCII-compatible
  const scan = scanMarkup(bytes.toString('latin1'));
  if (scan.elements > MAX_ELEMENTS) fail(3, `page too large to extract (about ${scan.elements} elements, limit ${MAX_ELEMENTS})`);
  // A character is at most 3 bytes of text (UTF-8, and fewer in legacy charsets): refuse only what surely is too much.
  if (scan.textBytes > 3 * MAX_TEXT_CHARS) fail(3, `page too large to extract (about ${scan.textBytes} bytes of text, limit ${MAX_TEXT_CHARS} characters)`);
  return scan.capped === null ? bytes : Buffer.from(scan.capped, 'latin1');
}

function render(article: Article, format: 'json' | 'text' | 'html'): string {
  if (format === 'json') return JSON.stringify(article);
  if (format === 'html') return article.html;
  return `${article.title}\n\n${article.text}`;
}

function main(argv: string[]): void {
  const args = parseArgs(argv);
  if ('error' in args) fail(2, `${args.error}\n${USAGE.split('\n')[0]}`);
  if (args.command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (args.command === 'version') {
    process.stdout.write(`${typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : 'dev'}\n`);
    return;
  }
  const input = checkMarkup(readInput(args.file));
  // Loaded only to extract: jsdom takes most of a second to load, which --help, --version and bad input need not wait for.
  const { JSDOM, VirtualConsole } = require('jsdom') as typeof import('jsdom');
  // jsdom sniffs the charset from a BOM or <meta charset> when given bytes (--charset overrides both, as an
  // HTTP header would); it runs no scripts and loads nothing.
  const contentType = args.charset ? `text/html; charset=${args.charset}` : 'text/html';
  const dom = new JSDOM(args.charset ? input : decodePage(input), { ...(args.url ? { url: args.url } : {}), contentType, virtualConsole: new VirtualConsole() });
  const found = args.url ? null : pageAddress(dom.window.document);
  // The document takes the address it names, so its relative links resolve as they did on the web.
  if (found) dom.reconfigure({ url: found.url });
  const url = args.url ?? found?.url ?? '';
  if (args.explain) {
    const where = args.url ? '--url' : found ? `the page's ${found.source}` : 'none found: relative links stay relative';
    process.stderr.write(`address: ${url || '(unknown)'} (${where})\n`);
  }
  const siteRules = args.rules ? readRules(args.rules, url, fail) : undefined;
  let article: Article | null;
  try {
    article = extractArticle(dom.window.document, url, {
      force: args.force,
      maxElements: MAX_ELEMENTS,
      // No clock by default: Node is slower than a browser's DOM, and the CLI must not refuse a page the
      // extension reads. The element and byte limits still bound the work.
      timeBudgetMs: args.timeBudgetMs ?? Number.POSITIVE_INFINITY,
      ...(siteRules ? { siteRules } : {}),
    });
  } catch (e) {
    if (e instanceof ExtractionLimitError) fail(3, e.message);
    fail(1, `internal error: ${(e as Error).message}`);
  }
  if (args.explain) {
    for (const r of article?.removed ?? []) {
      process.stderr.write(`${r.rule} [${r.kind}] ${r.reason}: ${JSON.stringify(r.text.slice(0, 120))}${r.href ? ` → ${r.href}` : ''}\n`);
    }
  }
  if (args.explain) {
    for (const c of article?.corrections ?? []) process.stderr.write(`correction ${c.index} [${c.type}] ${c.status} (${c.count}): ${JSON.stringify(c.label.slice(0, 80))}\n`);
  }
  if (!article) fail(3, 'no article found on this page (use --force to extract anyway)');
  process.stdout.write(`${render(article, args.format)}\n`);
  dom.window.close();
}

main(process.argv.slice(2));
