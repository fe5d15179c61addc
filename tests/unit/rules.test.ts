/**
 * @jest-environment node
 */
// Each rule (page chrome, injected links, clutter) on its own fixture file, tests/fixtures/rules/<rule-name>.html: sections
// of article HTML that the rule must act on (remove, unwrap, repair — with the text that must remain)
// and near-misses of ordinary prose it must leave alone (keep).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RemovalKind } from '../../src/core/article';
import { RARE_STEPS } from '../../src/core/all-rare-steps';
import { provideRareSteps } from '../../src/core/rare-steps';
import { ruleContext, runRules } from '../../src/core/rule-runner';
import { RemovalLog } from '../../src/core/removals';
import { LATE_CHROME_RULES, PAGE_CHROME_RULES } from '../../src/core/chrome';
import { CLUTTER_RULES } from '../../src/core/clutter';
import { INJECTED_LINK_RULES } from '../../src/core/rules';
import { FIXTURES, pageFromHtml, squash } from '../support/fixtures';

// Some rules' searches are rare steps (src/core/rare-steps.ts), run after a cheap test: a case to act on that the
// cheap test missed finds nothing here, and fails.
provideRareSteps(RARE_STEPS);

const PAGE_URL = 'https://www.harbourview-times.com/2024/05/10/port-strike/';
const ACTION = { remove: 'remove', unwrap: 'unwrap', repair: 'replace-text', caption: 'caption' } as const;

const REGISTRIES = [
  { dir: 'chrome', rules: [...PAGE_CHROME_RULES, ...LATE_CHROME_RULES] },
  { dir: 'rules', rules: INJECTED_LINK_RULES },
  { dir: 'clutter', rules: CLUTTER_RULES },
];
const ALL_RULES = REGISTRIES.flatMap(({ rules }) => rules);

describe.each(ALL_RULES.map((rule) => [rule.name, rule] as const))('%s', (name, rule) => {
  const file = join(FIXTURES, 'rules', `${name}.html`);

  test('has a fixture file with cases to act on and cases to keep', () => {
    expect(existsSync(file)).toBe(true);
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/data-expect="(remove|unwrap|repair|caption)"/);
    expect(html).toMatch(/data-expect="keep"/);
  });
  if (!existsSync(file)) return;

  const doc = pageFromHtml(readFileSync(file, 'utf8'), PAGE_URL);
  const sections = Array.from(doc.querySelectorAll('section[data-case]'));

  test.each(sections.map((s) => [s.getAttribute('data-case') ?? '', s] as const))('%s', (_label, section) => {
    const expectation = section.getAttribute('data-expect') as 'keep' | keyof typeof ACTION;
    // data-authors="A|B": the article's author names, as the pipeline passes them to the clutter rules.
    const authors = (section.getAttribute('data-authors') ?? '').split('|').filter(Boolean);
    // data-title: the article's title, as the pipeline passes it to the clutter rules.
    const title = section.getAttribute('data-title');
    // data-removed-kind: what an earlier rule removed where the section's <!--ro-removal:N--> markers stand.
    const removedKind = section.getAttribute('data-removed-kind') as RemovalKind | null;
    // data-removed-rule: the rule that made that removal, when the rule matters (a form's label).
    const removedRule = section.getAttribute('data-removed-rule') ?? 'earlier-rule';
    const removalAt = removedKind ? () => ({ kind: removedKind, rule: removedRule }) : undefined;
    const ctx = { ...ruleContext(PAGE_URL), authors, ...(title ? { title } : {}), ...(removalAt ? { removalAt } : {}) };
    const matches = rule.find(section, ctx);
    if (expectation === 'keep') {
      expect(matches.map((m) => m.text)).toEqual([]);
      return;
    }
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) {
      // A repair may take out an inline element its markup left without words (an auto-linked URL inside a leaked tag).
      expect(expectation === 'repair' && m.action.type === 'remove' ? 'replace-text' : m.action.type).toBe(ACTION[expectation]);
      expect(m.reason.length).toBeGreaterThan(5);
    }
    const wanted = section.getAttribute('data-text');
    if (wanted) {
      const work = section.cloneNode(true) as Element;
      const log = new RemovalLog();
      runRules(work, ctx, log, [rule]);
      // data-text is the running text: a caption stays in the page, under its picture, but out of the text.
      for (const caption of expectation === 'caption' ? Array.from(work.querySelectorAll('figcaption')) : []) caption.remove();
      expect(squash(work.textContent ?? '')).toBe(squash(wanted));
      expect(log.all().every((r) => r.kind === rule.kind && r.rule === rule.name)).toBe(true);
    }
  });
});

test('every rule has a distinct name that is its file name', () => {
  const names = ALL_RULES.map((r) => r.name);
  expect(new Set(names).size).toBe(names.length);
  for (const { dir, rules } of REGISTRIES) {
    for (const r of rules) expect(existsSync(join(__dirname, '../../src/core', dir, `${r.name}.ts`))).toBe(true);
  }
});
