/**
 * @jest-environment node
 */
// Each injected-link rule on its own fixture file, tests/fixtures/rules/<rule-name>.html: sections
// of article HTML that the rule must act on (remove, unwrap, repair — with the text that must remain)
// and near-misses of ordinary prose it must leave alone (keep).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { handleInjectedLinks, ruleContext } from '../../src/core/injected-links';
import { RemovalLog } from '../../src/core/removals';
import { INJECTED_LINK_RULES } from '../../src/core/rules';
import { FIXTURES, pageFromHtml, squash } from '../support/fixtures';

const PAGE_URL = 'https://www.harbourview-times.com/2024/05/10/port-strike/';
const ACTION = { remove: 'remove', unwrap: 'unwrap', repair: 'replace-text' } as const;

describe.each(INJECTED_LINK_RULES.map((rule) => [rule.name, rule] as const))('%s', (name, rule) => {
  const file = join(FIXTURES, 'rules', `${name}.html`);

  test('has a fixture file with cases to act on and cases to keep', () => {
    expect(existsSync(file)).toBe(true);
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/data-expect="(remove|unwrap|repair)"/);
    expect(html).toMatch(/data-expect="keep"/);
  });
  if (!existsSync(file)) return;

  const doc = pageFromHtml(readFileSync(file, 'utf8'), PAGE_URL);
  const sections = Array.from(doc.querySelectorAll('section[data-case]'));

  test.each(sections.map((s) => [s.getAttribute('data-case') ?? '', s] as const))('%s', (_label, section) => {
    const expectation = section.getAttribute('data-expect') as 'keep' | keyof typeof ACTION;
    const matches = rule.find(section, ruleContext(PAGE_URL));
    if (expectation === 'keep') {
      expect(matches.map((m) => m.text)).toEqual([]);
      return;
    }
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) {
      expect(m.action.type).toBe(ACTION[expectation]);
      expect(m.reason.length).toBeGreaterThan(5);
    }
    const wanted = section.getAttribute('data-text');
    if (wanted) {
      const work = section.cloneNode(true) as Element;
      const log = new RemovalLog();
      handleInjectedLinks(work, ruleContext(PAGE_URL), log, { rules: [rule] });
      expect(squash(work.textContent ?? '')).toBe(squash(wanted));
      expect(log.all().every((r) => r.kind === rule.kind && r.rule === rule.name)).toBe(true);
    }
  });
});

test('every rule has a distinct name that is its file name', () => {
  const names = INJECTED_LINK_RULES.map((r) => r.name);
  expect(new Set(names).size).toBe(names.length);
  for (const n of names) expect(existsSync(join(__dirname, '../../src/core/rules', `${n}.ts`))).toBe(true);
});
