export interface SinkHit {
  file: string;
  line: number;
  sink: string;
  text: string;
}
export interface AllowEntry {
  file: string;
  sink: string;
  line: string;
  why: string;
}
export const ALLOWLIST: AllowEntry[];
export function findSinks(source: string, file: string): SinkHit[];
export function checkSources(
  files: { file: string; source: string }[],
  allowlist?: AllowEntry[],
): { violations: SinkHit[]; allowed: (SinkHit & { why: string })[]; stale: AllowEntry[] };
