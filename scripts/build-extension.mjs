// Builds the extension for one browser into build/<target>/ from the one manifest.json.
// Chrome gets a background service worker; Firefox gets background scripts and browser_specific_settings.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';
import { rewriteHtmlAssignments } from './inert-html.mjs';
import { dropRuleDescriptions } from './rule-descriptions.mjs';

const ENTRIES = {
  background: 'src/background/background.ts',
  content: 'src/content/content.ts',
  pages: 'src/content/pages.ts',
  rare: 'src/content/rare.ts',
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

/**
 * The view's English catalogue (src/view/i18n) answers only where there is no `browser.i18n` (the unit tests in
 * jsdom). In an extension page the browser answers every key itself, falling back to `default_locale` (en), and
 * tests/unit/i18n.test.ts checks that every locale has every key: the 28 KB catalogue would be parsed on every
 * popup open for nothing. The extension's bundles get an empty one; the view's lookup then has no second source.
 */
const noFallbackCatalogue = {
  name: 'no-fallback-catalogue',
  setup(build) {
    build.onResolve({ filter: /_locales\/en\/messages\.json$/ }, (args) => (args.importer.includes('/src/view/i18n/') ? { path: 'en-catalogue', namespace: 'empty-catalogue' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'empty-catalogue' }, () => ({ contents: '{}', loader: 'json' }));
  },
};

/**
 * A constant of src/shared/messages.ts, for what the build writes into a bundle (the call that ends content.js):
 * the one definition the content script and the extension pages use too.
 */
async function sharedConstant(name) {
  const out = await build({ entryPoints: ['src/shared/messages.ts'], bundle: true, write: false, format: 'esm', logLevel: 'warning' });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  if (typeof mod[name] !== 'string') throw new Error(`src/shared/messages.ts exports no string ${name}`);
  return mod[name];
}

/**
 * `this.log(…)`: Readability's debug trace (24 calls with their messages), which prints only when it is built
 * with `debug: true`, and the extraction never asks for that (core/readability-step.ts). Dropped as calls
 * without effect; an argument that has one is still evaluated. Nothing of ours is called `this.log`.
 */
const NO_EFFECT = ['this.log'];

/**
 * The content script's deeper pass: the rules' descriptions go (rule-descriptions.mjs), then terser. The
 * innerHTML rewrite comes first so that its helper is minified with the rest (it is prepended as readable source).
 */
async function smaller(bundled) {
  const { code, count } = dropRuleDescriptions(bundled);
  if (count === 0) throw new Error('content.js: no rule descriptions found to drop (scripts/rule-descriptions.mjs is out of date)');
  return tersed(rewriteHtmlAssignments(code).code);
}

async function tersed(code) {
  const out = await minify(code, { ecma: 2020, compress: { passes: 2, hoist_funs: true, pure_funcs: NO_EFFECT }, mangle: true, format: { comments: false } });
  return out.code ?? code;
}

/**
 * Readability's debug branches (`if (this._debug) { … }`: a node printer and five traces of the article's
 * HTML) run only when it is built with `debug: true`, which the extraction never asks for and nothing sets
 * later (core/readability-step.ts). In content.js they become `if (false)`, which the minifier drops. The
 * build fails when Readability no longer reads the flag that way (its own code changed: look again).
 */
function withoutDebug(path, source) {
  const code = source.replaceAll('if (this._debug)', 'if (false)');
  if (code === source || /this\._debug(?! = !!options\.debug;)/.test(code)) {
    throw new Error(`${path}: Readability's debug flag is not read as before (scripts/build-extension.mjs)`);
  }
  return code;
}

/**
 * Readability's code that content.js never reaches, cut out of its source (an object's methods and a table's
 * regular expressions are properties: the minifier keeps them however dead). Each cut names what it removes
 * and how often it must match; the build fails when one does not (Readability changed: look again), and
 * when a removed name is still used. The one caller (core/readability-step.ts) passes `keepClasses: true`
 * and a serializer; the page's document is a browser's, never Readability's JSDOMParser's.
 */
const READABILITY_CUTS = [
  // The class cleaning, skipped with keepClasses, and what only it reads.
  [/\n\s*if \(!this\._keepClasses\) \{\n\s*\/\/ Remove classes\.\n\s*this\._cleanClasses\(articleContent\);\n\s*\}/, '', 1],
  [/\n {2}\/\*\*\n {3}\* Removes the class="" attribute[\s\S]*?\n {2}_cleanClasses\(node\) \{\n[\s\S]*?\n {2}\},\n/, '\n', 1],
  [/\n {2}this\._classesToPreserve = this\.CLASSES_TO_PRESERVE\.concat\(\n\s*options\.classesToPreserve \|\| \[\]\n\s*\);/, '', 1],
  [/\n {2}\/\/ These are the classes that readability sets itself\.\n {2}CLASSES_TO_PRESERVE: \["page"\],\n/, '\n', 1],
  // The default serializer (innerHTML): the caller passes its own.
  [/options\.serializer \|\|\n\s*function \(el\) \{\n\s*return el\.innerHTML;\n\s*\};/, 'options.serializer;', 1],
  // JSDOMParser's branches: its live node lists and its in-place renaming.
  ['if (this._docJSDOMParser && nodeList._isLiveNodeList) {', 'if (false) {', 2],
  ['if (this._docJSDOMParser) {', 'if (false) {', 1],
  // A helper and four regular expressions nothing in Readability uses.
  [/\n {2}_findNode\(nodeList, fn\) \{\n\s*return Array\.prototype\.find\.call\(nodeList, fn, this\);\n {2}\},\n/, '\n', 1],
  [/\n {4}extraneous:\n\s*\/print\|[^\n]*\/i,/, '', 1],
  [/\n {4}replaceFonts: [^\n]*,/, '', 1],
  [/\n {4}nextLink: [^\n]*,/, '', 1],
  [/\n {4}prevLink: [^\n]*,/, '', 1],
];
const CUT_NAMES = /_cleanClasses|_classesToPreserve|CLASSES_TO_PRESERVE|_findNode|REGEXPS\.(?:extraneous|replaceFonts|nextLink|prevLink)/;

/** The one caller's options that make the cuts safe: checked, so that a change there fails the build. */
const READABILITY_CALLER = 'src/core/readability-step.ts';

function withoutUnreached(path, source) {
  const caller = readFileSync(READABILITY_CALLER, 'utf8');
  if (!/keepClasses: true,/.test(caller) || !/serializer: \(node\) =>/.test(caller) || (caller.match(/new Readability\b/g) ?? []).length !== 1) {
    throw new Error(`${READABILITY_CALLER} no longer calls Readability with keepClasses and a serializer: the cuts of scripts/build-extension.mjs remove what it would reach`);
  }
  let code = source;
  for (const [find, replace, times] of READABILITY_CUTS) {
    const count = typeof find === 'string' ? code.split(find).length - 1 : (code.match(new RegExp(find.source, 'g')) ?? []).length;
    if (count !== times) throw new Error(`${path}: the cut ${find} matches ${count} times, not ${times} (scripts/build-extension.mjs)`);
    code = typeof find === 'string' ? code.replaceAll(find, replace) : code.replace(new RegExp(find.source, 'g'), replace);
  }
  const left = CUT_NAMES.exec(code);
  if (left) throw new Error(`${path}: ${left[0]} is still used after the cuts (scripts/build-extension.mjs)`);
  return code;
}

export const readabilityAsReached = {
  name: 'readability-as-reached',
  setup(build) {
    build.onLoad({ filter: /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      return { contents: withoutUnreached(args.path, withoutDebug(args.path, source)), loader: 'js' };
    });
  },
};

/**
 * content.js's property names that start with one underscore: Readability's own state and methods (`_doc`,
 * `_grabArticle`…, some 70 names used 330 times), its mark on the tables it checked (`_readabilityDataTable`)
 * and our hook on its walk (core/readability-step.ts). None crosses the bundle's edge, so each can be renamed
 * throughout it, and each is renamed to an underscore and a short name, which no property of the DOM, of the
 * language or of a page's objects can be. What would make a rename unsafe is a name used as a string (esbuild
 * leaves `x["_doc"]` and `"_doc" in x` alone): checkMangled fails the build on any left in content.js.
 */
const MANGLED = /^_[a-zA-Z]/;

async function buildContentScript(options) {
  const found = await build({ ...options, mangleProps: MANGLED, mangleCache: {} });
  const mangleCache = Object.fromEntries(Object.entries(found.mangleCache).map(([name, short]) => [name, short === false ? false : `_${short}`]));
  const result = await build({ ...options, mangleProps: MANGLED, mangleCache });
  return { file: result.outputFiles[0], renamed: Object.keys(mangleCache).filter((name) => mangleCache[name] !== false) };
}

function checkMangled(code, renamed) {
  const asString = renamed.filter((name) => ['"', "'", '`'].some((q) => code.includes(`${q}${name}${q}`)));
  if (asString.length) throw new Error(`content.js uses renamed properties as strings: ${asString.join(', ')}`);
}

export async function buildExtension(target) {
  const outdir = `build/${target}`;
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const entryPoints = Object.entries(ENTRIES)
    .filter(([, file]) => existsSync(file))
    .map(([out, file]) => ({ out, in: file }));
  const options = {
    write: false,
    outdir,
    bundle: true,
    format: 'iife',
    target: target === 'chrome' ? 'chrome120' : 'firefox128',
    minify: true,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
    plugins: [polyfillOnlyWhereUsed, noFallbackCatalogue],
  };
  const result = await build({ ...options, entryPoints: entryPoints.filter((e) => e.out !== 'content') });
  const content = await buildContentScript({
    ...options,
    entryPoints: entryPoints.filter((e) => e.out === 'content'),
    plugins: [...options.plugins, readabilityAsReached],
  });
  // content.js ends with the call that reads the page: its completion value is the injection's result
  // (src/content/content.ts), so the popup's click needs one executeScript round trip, not two. rare.js
  // ends with the call that resumes a read content.js left waiting for it (src/content/rare.ts).
  const lastCall = {
    'content.js': `\n;globalThis.${await sharedConstant('AUTO_GLOBAL')}();\n`,
    'rare.js': `\n;globalThis.${await sharedConstant('RESUME_GLOBAL')}?.();\n`,
  };
  // No dynamic innerHTML in what we ship (see inert-html.mjs): web-ext lint stays clean.
  for (const file of [...result.outputFiles, content.file]) {
    const name = file.path.split('/').pop();
    // The content script is injected into the page on every click and parsed there: a second, deeper
    // minification pass (terser's safe defaults, two passes, function declarations hoisted: they are hoisted
    // anyway, and grouped first they compress better, -0.3 KB) takes about 6 % off it after gzip.
    // rare.js goes in with it on every click (src/shared/tab-calls.ts): terser's pass too (it has no rule descriptions).
    const code = name === 'content.js' ? await smaller(file.text) : name === 'rare.js' ? await tersed(file.text) : file.text;
    if (name === 'content.js') checkMangled(code, content.renamed);
    writeFileSync(file.path, rewriteHtmlAssignments(code + (lastCall[name] ?? '')).code);
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
