/**
 * rare.js: the steps only some pages need (shadow roots, formulas, very deep nesting, the reader's
 * corrections, a few rules' searches: core/rare-steps.ts), kept out of content.js, which every click parses. Injected into the
 * page's isolated world after content.js answered `{ needs: 'rare' }`, with content.js for a site that has
 * corrections, and with pages.js to read a next page. It leaves the steps where content.js takes them, and
 * its last statement (added by the build) resumes the read that waited for them: the injection answers
 * with the article. Like content.js, it never changes the page.
 */
import { RARE_STEPS } from '../core/all-rare-steps';
import type { RareSteps } from '../core/rare-steps';
import { RARE_GLOBAL } from '../shared/messages';

(globalThis as unknown as Record<string, RareSteps>)[RARE_GLOBAL] = RARE_STEPS;
