/** Types for scripts/synthetic-content.mjs, so the TypeScript tests can import it under strict checking. */
export function writeSyntheticSite(root: string, n: number): { content: string; archives: string };
