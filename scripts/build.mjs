// One build for everything: the CLI (build/cli.js) and the extension for each browser
// (build/chrome, build/firefox) from the one manifest.json.
//   node scripts/build.mjs              CLI + both extensions
//   node scripts/build.mjs --cli-only   CLI only (used by `npm run extract`)
//   node scripts/build.mjs --ext-only   extensions only (used by `npm start`, `npm run package` and the e2e tests)
import { buildCli } from './build-cli.mjs';
import { buildExtension } from './build-extension.mjs';

const args = new Set(process.argv.slice(2));
const quiet = args.has('--quiet');
const log = (msg) => quiet || console.log(msg);

if (!args.has('--ext-only')) {
  const cli = await buildCli();
  log(`built ${cli}`);
}
if (!args.has('--cli-only')) {
  for (const target of ['chrome', 'firefox']) {
    const dir = await buildExtension(target);
    log(`built ${dir}`);
  }
}
