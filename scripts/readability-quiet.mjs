// Readability's trace calls (`this.log("Grabbed: " + articleContent.innerHTML)` and 24 more) evaluate their
// arguments even when it is built without `debug`, where `log` is an empty function: one of them serialises the
// whole article on every run. content.js drops those calls with terser (build-extension.mjs); the CLI and the
// bench's bundle get the same through this esbuild plugin: each call becomes `false && this.log(…)`, which
// esbuild then removes, so the CLI and the bench run the Readability code the content script runs.
import { readFileSync } from 'node:fs';

export const readabilityQuiet = {
  name: 'readability-quiet',
  setup(build) {
    build.onLoad({ filter: /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const code = source.replaceAll('this.log(', 'false && this.log(');
      if (code === source) throw new Error(`${args.path}: no this.log( call found (scripts/readability-quiet.mjs is out of date)`);
      return { contents: code, loader: 'js' };
    });
  },
};
