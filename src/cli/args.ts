// Command-line arguments of `reader-outline`. Pure: returns what to do or a usage error.

export type OutputFormat = 'json' | 'text' | 'html';

export interface ExtractCommand {
  command: 'extract';
  file: string;
  /** The page's address from --url; null to take it from the page itself (see page-address.ts). */
  url: string | null;
  format: OutputFormat;
  explain: boolean;
  force: boolean;
  /** Extraction time budget in ms (the extension's default when absent). */
  timeBudgetMs?: number;
  /** The page's charset when the file does not say (what an HTTP Content-Type header would have said). */
  charset: string | null;
  /** A JSON file of site rules (the options page's export, or one list of rules): --rules FILE. */
  rules: string | null;
}

export type ParsedArgs = ExtractCommand | { command: 'help' } | { command: 'version' } | { error: string };

export const USAGE = `Usage: reader-outline extract FILE [--url URL] [--json|--text|--html] [--explain] [--force] [--time-budget MS] [--charset NAME] [--rules FILE]
       reader-outline FILE [options]     (the same: "extract" may be left out)
       reader-outline --help | --version

  FILE        a saved HTML page ("-" reads standard input)
  --url URL   the page's address (http or https), to resolve relative links; without it, the address the
              saved page names (<link rel=canonical>, og:url, or a "saved from url=" comment), else
              relative links stay relative
  --json      print the Article as one JSON object (default)
  --text      print the article as plain text
  --html      print the article's sanitized HTML
  --explain   print the address used, then each removal with its rule and reason, on standard error
  --force     extract even when the page does not look like an article
  --time-budget MS  stop after MS milliseconds of extraction (default: no time limit; the size limits hold)
  --charset NAME  the page's character encoding (windows-1251, shift_jis …) when the file does not declare it
  --rules FILE  apply the reader's corrections: a JSON file as the options page exports it
              ({ "site.example": [rules…] }, the page's site's rules are used) or one list of rules
  -h, --help     print this help
  -V, --version  print the version

Exit status: 0 article printed (or help, version), 2 usage or input error, 3 no article found.`;

const HELP = new Set(['--help', '-h', 'help']);
const VERSION = new Set(['--version', '-V', '-v']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  // Asking for help or the version wins over everything else on the line, wherever it is (`extract --help`).
  if (argv.length === 0 || HELP.has(argv[0] ?? '') || argv.some((a) => a === '--help' || a === '-h')) return { command: 'help' };
  if (argv.some((a) => VERSION.has(a))) return { command: 'version' };
  // `reader-outline page.html` (and `npm run extract -- page.html`): a path where the command goes means extract.
  const first = argv[0] ?? '';
  if (first !== 'extract' && !looksLikePath(first)) return { error: `unknown command "${first}" (expected "extract")` };
  const rest = first === 'extract' ? argv.slice(1) : argv;
  let file: string | undefined;
  let url: string | undefined;
  let format: OutputFormat = 'json';
  let explain = false;
  let force = false;
  let timeBudgetMs: number | undefined;
  let charset: string | null = null;
  let rules: string | null = null;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg === '--url') {
      url = rest[++i];
      if (url === undefined) return { error: '--url needs a value' };
    } else if (arg.startsWith('--url=')) url = arg.slice(6);
    else if (arg === '--json' || arg === '--text' || arg === '--html') format = arg.slice(2) as OutputFormat;
    else if (arg === '--explain') explain = true;
    else if (arg === '--force') force = true;
    else if (arg === '--time-budget') {
      timeBudgetMs = Number(rest[++i]);
      if (!(timeBudgetMs > 0)) return { error: '--time-budget needs a number of milliseconds' };
    } else if (arg === '--charset' || arg.startsWith('--charset=')) {
      const label = arg === '--charset' ? rest[++i] : arg.slice(10);
      if (!label) return { error: '--charset needs a value' };
      charset = knownCharset(label);
      if (!charset) return { error: `unknown charset "${label}"` };
    }
    else if (arg === '--rules' || arg.startsWith('--rules=')) {
      rules = (arg === '--rules' ? rest[++i] : arg.slice(8)) ?? null;
      if (!rules) return { error: '--rules needs a file' };
    }
    else if (arg.startsWith('-') && arg !== '-') return { error: `unknown option "${arg}"` };
    else if (file === undefined) file = arg;
    else return { error: `unexpected argument "${arg}"` };
  }
  if (!file) return { error: 'missing FILE' };
  const common = { command: 'extract', file, format, explain, force, charset, rules, ...(timeBudgetMs ? { timeBudgetMs } : {}) } as const;
  if (url === undefined) return { ...common, url: null };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { error: `bad URL "${url}"` };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { error: `bad URL "${url}" (http or https only)` };
  return { ...common, url: parsed.href };
}

/** A file argument rather than a command: standard input, or a name with a dot or a slash (commands have neither). */
function looksLikePath(arg: string): boolean {
  return arg === '-' || /[./\\]/.test(arg);
}

/** The WHATWG name of a charset label (as browsers know it), or null. */
function knownCharset(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}
