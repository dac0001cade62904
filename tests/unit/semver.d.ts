// The part of `semver` (no published types of its own here) that package-manifest.test.ts uses.
declare module 'semver' {
  export function satisfies(version: string, range: string): boolean;
  export function minVersion(range: string): { version: string } | null;
}
