/**
 * rare.js: the steps only some pages need (shadow roots, formulas, very deep nesting, the reader's
 * corrections, a few rules' searches: core/rare-steps.ts), kept out of content.js's code. Injected into the
 * page's isolated world just before content.js, in the same executeScript (one round trip on every click:
 * injected only after content.js answered `{ needs: 'rare' }`, it cost a quarter of pages a second one), and
 * with pages.js to read a next page. It leaves the steps where content.js takes them, and its last
 * statement (added by the build) resumes a read that waited for them, if any: the injection then answers
 * with the article. Like content.js, it never changes the page.
 */
import { RARE_STEPS } from '../core/all-rare-steps';
import type { RareSteps } from '../core/rare-steps';
import { RARE_GLOBAL } from '../shared/messages';

(globalThis as unknown as Record<string, RareSteps>)[RARE_GLOBAL] = RARE_STEPS;
