// Builds the extension for one browser into build/<target>/ from the one manifest.json.
// Chrome gets a background service worker; Firefox gets background scripts and browser_specific_settings.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';
import { rewriteHtmlAssignments } from './inert-html.mjs';

const ENTRIES = {
  background: 'src/background/background.ts',
  content: 'src/content/content.ts',
  pages: 'src/content/pages.ts',
  'popup-start': 'src/popup/popup-start.ts',
  popup: 'src/popup/popup.ts',
  reader: 'src/reader/reader.ts',
  options: 'src/options/options.ts',
  picker: 'src/content/picker.ts',
};
const STATIC = ['src/popup/popup.html', 'src/reader/reader.html', 'src/options/options.html'];
const OPTIONS_STYLES = 'src/options/options.css'; // the options page's own rules, after view.css
const STYLES = 'src/view/view.css'; // @imports src/view/styles/*.css; bundled into one view.css

export function manifestFor(target) {
  const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
  const gecko = manifest.browser_specific_settings;
  if (target === 'chrome') {
    delete manifest.browser_specific_settings;
    manifest.background = { service_worker: 'background.js' };
  } else {
    manifest.background = { scripts: ['background.js'] };
    manifest.browser_specific_settings = gecko;
    // Firefox draws a monochrome glyph that follows the toolbar: "light" is the icon for dark toolbars.
    manifest.action.theme_icons = [16, 32].map((size) => ({
      light: `icons/toolbar-light-${size}.png`,
      dark: `icons/toolbar-dark-${size}.png`,
      size,
    }));
  }
  return manifest;
}

/**
 * webextension-polyfill wraps the `chrome` API when it is first evaluated, so esbuild keeps it in every
 * bundle that imports it, used or not. Only the content script imports it without using it (through the
 * shared message module, for its types and constants), and it runs in web pages, where every kilobyte is
 * parsed on each click: marked free of side effects, it stays only in the bundles that call `browser`.
 */
const polyfillOnlyWhereUsed = {
  name: 'polyfill-only-where-used',
  setup(build) {
    build.onResolve({ filter: /^webextension-polyfill$/ }, async (args) => {
      if (args.pluginData?.resolving) return undefined;
      const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: { resolving: true } });
      return { ...resolved, sideEffects: false };
    });
  },
};

async function smaller(code) {
  const out = await minify(code, { ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  return out.code ?? code;
}

export async function buildExtension(target) {
  const outdir = `build/${target}`;
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const entryPoints = Object.entries(ENTRIES)
    .filter(([, file]) => existsSync(file))
    .map(([out, file]) => ({ out, in: file }));
  const result = await build({
    entryPoints,
    write: false,
    outdir,
    bundle: true,
    format: 'iife',
    target: target === 'chrome' ? 'chrome120' : 'firefox128',
    minify: true,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
    plugins: [polyfillOnlyWhereUsed],
  });
  // No dynamic innerHTML in what we ship (see inert-html.mjs): web-ext lint stays clean.
  for (const file of result.outputFiles) {
    // The content script is injected into the page on every click and parsed there: a second, deeper
    // minification pass (terser's safe defaults, two passes) takes about 5 % off it after gzip.
    // content.js ends with the call that reads the page: its completion value is the injection's result
    // (src/content/content.ts), so the popup's click needs one executeScript round trip, not two.
    const code = file.path.endsWith('/content.js') ? `${await smaller(file.text)}\n;globalThis.__readerOutlineAuto();\n` : file.text;
    writeFileSync(file.path, rewriteHtmlAssignments(code).code);
  }
  if (existsSync(STYLES)) {
    await build({ entryPoints: [STYLES], outfile: `${outdir}/view.css`, bundle: true, minify: true, logLevel: 'warning' });
  }
  if (existsSync(OPTIONS_STYLES)) await build({ entryPoints: [OPTIONS_STYLES], outfile: `${outdir}/options.css`, bundle: true, minify: true, logLevel: 'warning' });
  for (const file of STATIC.filter(existsSync)) cpSync(file, `${outdir}/${file.split('/').pop()}`);
  // The UI's words (browser.i18n): manifest strings as __MSG_…__, the view's through src/view/i18n.
  if (existsSync('_locales')) cpSync('_locales', `${outdir}/_locales`, { recursive: true });
  if (existsSync('icons')) {
    cpSync('icons', `${outdir}/icons`, { recursive: true, filter: (src) => !src.endsWith('.svg') });
  }
  writeFileSync(`${outdir}/manifest.json`, `${JSON.stringify(manifestFor(target), null, 2)}\n`);
  return outdir;
}
