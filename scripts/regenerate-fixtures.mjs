// Rewrites the generated fields of tests/fixtures/<case>/expected.json from what the pipeline now
// produces, for review with `git diff tests/fixtures` (as Readability's generate-testcase does).
// The hand-written checks (present, captions, absent, keptLinks, unlinkedWords, images) are kept as they are
// and reported when the output no longer satisfies them.
//   npm run fixtures:regenerate [-- case ...]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = 'tests/fixtures';
const wanted = process.argv.slice(2);
const cases = readdirSync(root).filter((c) => existsSync(join(root, c, 'expected.json')) && (!wanted.length || wanted.includes(c)));
const squash = (s) => s.replace(/\s+/g, ' ').trim();
let problems = 0;

for (const name of cases) {
  const file = join(root, name, 'expected.json');
  const expected = JSON.parse(readFileSync(file, 'utf8'));
  let article = null;
  try {
    const out = execFileSync(process.execPath, ['build/cli.js', 'extract', join(root, name, 'source.html'), '--url', expected.url, '--json', '--time-budget', '60000'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    article = JSON.parse(out);
  } catch (e) {
    if (e.status !== 3) throw e;
  }
  const next = { url: expected.url, article: article !== null };
  if (article) {
    Object.assign(next, {
      title: article.title,
      byline: expected.byline ?? article.byline,
      lang: article.lang?.split('-')[0] ?? null,
      dir: article.dir,
      outline: article.outline.map(({ level, text }) => ({ level, text })),
      removedKinds: [...new Set(article.removed.map((r) => r.kind).filter((k) => k !== 'clutter' && k !== 'page-chrome'))].sort(),
    });
    for (const key of ['present', 'captions', 'absent', 'keptLinks', 'unlinkedWords', 'images']) if (expected[key]) next[key] = expected[key];
    next.leadImage = article.leadImage;
    const text = squash(article.text);
    const report = (what) => {
      console.log(`${name}: ${what}`);
      problems++;
    };
    for (const p of expected.present ?? []) if (!text.includes(squash(p))) report(`missing  ${p}`);
    for (const p of expected.absent ?? []) if (text.includes(squash(p))) report(`has junk ${p}`);
    for (const h of expected.keptLinks ?? []) if (!article.html.includes(`href="${h.replaceAll('&', '&amp;')}"`)) report(`lost link ${h}`);
  }
  writeFileSync(file, `${JSON.stringify(next, null, 2)}\n`);
  console.log(`${name}: ${article ? `${article.outline.length} sections, ${article.removed.length} removals` : 'no article'}`);
}
console.log(problems ? `${problems} hand-written checks fail: review before committing` : 'all hand-written checks hold');
