// Site rules: the reader's corrections for a site, a plain input of the core (no extension API).
export { SiteCorrections } from './apply';
export { findBlocks, selectorFor, signatureOf, signatureOfText } from './signature';
export { RULE_LIMITS, type ContainerRule, type CorrectionReport, type HideRule, type KeepRule, type SiteRule } from './types';
export {
  REMOVAL_KINDS,
  RULE_PROBLEMS,
  checkRule,
  checkRuleSet,
  checkRules,
  jsonBytes,
  refuse,
  rulesForHost,
  siteKey,
  type Checked,
  type Refused,
  type RuleProblem,
  type RuleProblemCode,
} from './validate';
