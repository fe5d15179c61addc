// A site without corrections, which is nearly every site: what SiteCorrections does with no rules, without
// its code (a rare step, rare-steps.ts, so content.js does not carry it).
import type { SiteCorrections } from './apply';

export type Corrections = Pick<SiteCorrections, 'any' | 'region' | 'spare' | 'hide' | 'report'>;

export const NO_CORRECTIONS: Corrections = {
  any: false,
  region: () => null,
  spare: () => false,
  hide: () => {},
  report: () => [],
};
