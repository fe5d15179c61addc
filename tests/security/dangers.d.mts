export function findDangers(root: Node, options?: { allowEmbeds?: boolean; allowStyle?: boolean }): string[];
