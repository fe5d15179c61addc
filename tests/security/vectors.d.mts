export interface Canary {
  js: string;
  planted: string;
  broken: string;
  image: string;
  b64(s: string): string;
}
export interface VectorSpec {
  id: string;
  category: string;
  html: (c: Canary) => string;
}
export interface Vector {
  id: string;
  category: string;
  html: string;
}
export const VECTORS: VectorSpec[];
export const CATEGORIES: string[];
export function canaryFor(origin: string, id: string): Canary;
export function vectorsFor(origin: string): Vector[];
export function isPlantedPath(path: string): boolean;
