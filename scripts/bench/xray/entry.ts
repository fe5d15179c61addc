// Where does Firefox's content-script time go? (issue 17) One bundle, loaded both into the page's isolated
// world (as a content script) and into an extension page, that runs the product's pipeline
// (extractForView, as content.js does) on the same HTML in several ways, each timed with its steps:
//   live      the live document (today's content script: it copies the article's region itself)
//   parsed    a document parsed with DOMParser from the live document's serialization (outerHTML)
//   html      only returns the serialization, for the extension page's run on the same HTML
//   page      (extension page) DOMParser on that HTML, then the pipeline: no Xray wrappers anywhere
//   r-native  Readability alone on a DOMParser document of the HTML (the DOM the pipeline would give it)
//   r-jsdom   Readability alone on @mozilla/readability's JSDOMParser of the same HTML (pure JS objects)
// Every run answers { ms, steps, chars, words, hash } so the variants can be checked for the same output.
import { Readability } from '@mozilla/readability';
// @ts-expect-error: JSDOMParser ships without types
import JSDOMParser from '@mozilla/readability/JSDOMParser.js';
import { PAGE_CHROME_RULES } from '../../../src/core/chrome';
import { CLUTTER_RULES } from '../../../src/core/clutter';
import { RARE_STEPS } from '../../../src/core/all-rare-steps';
import { extractForView } from '../../../src/core/page-side';
import { provideRareSteps } from '../../../src/core/rare-steps';
import { INJECTED_LINK_RULES } from '../../../src/core/rules';
import type { Rule } from '../../../src/core/rules/rule';

// Every step the pipeline may ask for is in this one bundle (content.js would take rare.js's from the page).
provideRareSteps(RARE_STEPS);

// Each rule's own time (its find; the runner's applying is not in it), under "rule NAME" in the steps.
let ruleTimes: Record<string, number> | null = null;
for (const rule of [...PAGE_CHROME_RULES, ...INJECTED_LINK_RULES, ...CLUTTER_RULES] as Rule[]) {
  const find = rule.find.bind(rule);
  (rule as { find: Rule['find'] }).find = (root, ctx) => {
    const t = performance.now();
    try {
      return find(root, ctx);
    } finally {
      if (ruleTimes) ruleTimes[`rule ${rule.name}`] = (ruleTimes[`rule ${rule.name}`] ?? 0) + performance.now() - t;
    }
  };
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

type Answer = { ms: number; steps: Record<string, number>; chars: number; words: number; hash: number; html?: string };

function pipeline(doc: Document, url: string, steps: Record<string, number>, t0: number): Answer {
  ruleTimes = steps;
  // A minute's budget: the measurement must not stop at the product's 6 s on a loaded machine.
  const article = extractForView(doc, url, { steps, timeBudgetMs: 60_000 });
  ruleTimes = null;
  const ms = performance.now() - t0;
  // Times a probe left under globalThis.__T (a temporary instrumentation of some step), as "t NAME".
  const probe = (globalThis as { __T?: Record<string, number> }).__T;
  if (probe) for (const k of Object.keys(probe)) { steps[`t ${k}`] = probe[k] ?? 0; delete probe[k]; }
  return { ms, steps, chars: article?.html.length ?? 0, words: article?.wordCount ?? 0, hash: hash(article?.html ?? '') };
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function run(mode: string, html?: string, url?: string): Answer {
  const steps: Record<string, number> = {};
  const t0 = performance.now();
  const address = url ?? location.href;
  if (mode === 'live') return pipeline(document, address, steps, t0);
  const source = html ?? document.documentElement.outerHTML;
  if (!html) steps.serialize = performance.now() - t0;
  if (mode === 'html') return { ms: performance.now() - t0, steps, chars: source.length, words: 0, hash: hash(source), html: source };
  if (mode === 'parsed' || mode === 'page') {
    const t1 = performance.now();
    const doc = parse(source);
    steps.parse = performance.now() - t1;
    return pipeline(doc, address, steps, t0);
  }
  if (mode === 'r-native' || mode === 'r-jsdom') {
    const t1 = performance.now();
    const doc = mode === 'r-native' ? parse(source) : new JSDOMParser().parse(source, address);
    steps.parse = performance.now() - t1;
    const t2 = performance.now();
    const parsed = new Readability(doc, { keepClasses: true }).parse();
    steps.readability = performance.now() - t2;
    const content = parsed?.content ?? '';
    return { ms: performance.now() - t0, steps, chars: content.length, words: parsed?.textContent?.split(/\s+/).length ?? 0, hash: hash(content) };
  }
  throw new Error(`unknown mode ${mode}`);
}

(globalThis as unknown as Record<string, unknown>).__roXray = run;

