/** The code without the rules' descriptions, and how many were dropped (see rule-descriptions.mjs). */
export function dropRuleDescriptions(code: string): { code: string; count: number };
