import type { Vector } from './vectors.mjs';
export const PER_PAGE: number;
export interface SecurityPage {
  name: string;
  path: string;
  title: string;
  vectors: Vector[];
  html: string;
}
export function articlePage(vectors: Vector[], page: { title: string; url: string }): string;
export function securityPages(origin: string): SecurityPage[];
