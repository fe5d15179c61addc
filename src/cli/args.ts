// Command-line arguments of `reader-outline`. Pure: returns what to do or a usage error.

export type OutputFormat = 'json' | 'text' | 'html';

export interface ExtractCommand {
  command: 'extract';
  file: string;
  url: string;
  format: OutputFormat;
  explain: boolean;
  force: boolean;
  /** Extraction time budget in ms (the extension's default when absent). */
  timeBudgetMs?: number;
  /** The page's charset when the file does not say (what an HTTP Content-Type header would have said). */
  charset: string | null;
}

export type ParsedArgs = ExtractCommand | { command: 'help' } | { command: 'version' } | { error: string };

export const USAGE = `Usage: reader-outline extract FILE --url URL [--json|--text|--html] [--explain] [--force] [--time-budget MS] [--charset NAME]

  FILE        a saved HTML page ("-" reads standard input)
  --url URL   the page's address (resolves relative links; http or https)
  --json      print the Article as one JSON object (default)
  --text      print the article as plain text
  --html      print the article's sanitized HTML
  --explain   print each removal with its rule and reason on standard error
  --force     extract even when the page does not look like an article
  --time-budget MS  stop after MS milliseconds of extraction (default 1500, as in the extension)
  --charset NAME  the page's character encoding (windows-1251, shift_jis …) when the file does not declare it

Exit status: 0 article printed, 2 usage or input error, 3 no article found.`;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return { command: 'help' };
  if (argv[0] === '--version' || argv[0] === '-v') return { command: 'version' };
  if (argv[0] !== 'extract') return { error: `unknown command "${argv[0]}" (expected "extract")` };
  let file: string | undefined;
  let url: string | undefined;
  let format: OutputFormat = 'json';
  let explain = false;
  let force = false;
  let timeBudgetMs: number | undefined;
  let charset: string | null = null;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--url') {
      url = argv[++i];
      if (url === undefined) return { error: '--url needs a value' };
    } else if (arg.startsWith('--url=')) url = arg.slice(6);
    else if (arg === '--json' || arg === '--text' || arg === '--html') format = arg.slice(2) as OutputFormat;
    else if (arg === '--explain') explain = true;
    else if (arg === '--force') force = true;
    else if (arg === '--time-budget') {
      timeBudgetMs = Number(argv[++i]);
      if (!(timeBudgetMs > 0)) return { error: '--time-budget needs a number of milliseconds' };
    } else if (arg === '--charset' || arg.startsWith('--charset=')) {
      const label = arg === '--charset' ? argv[++i] : arg.slice(10);
      if (!label) return { error: '--charset needs a value' };
      charset = knownCharset(label);
      if (!charset) return { error: `unknown charset "${label}"` };
    }
    else if (arg.startsWith('-') && arg !== '-') return { error: `unknown option "${arg}"` };
    else if (file === undefined) file = arg;
    else return { error: `unexpected argument "${arg}"` };
  }
  if (!file) return { error: 'missing FILE' };
  if (!url) return { error: 'missing --url URL' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { error: `bad URL "${url}"` };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { error: `bad URL "${url}" (http or https only)` };
  return { command: 'extract', file, url: parsed.href, format, explain, force, charset, ...(timeBudgetMs ? { timeBudgetMs } : {}) };
}

/** The WHATWG name of a charset label (as browsers know it), or null. */
function knownCharset(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}
