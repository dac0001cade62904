/**
 * package.json says what the project really needs: `engines` is exactly the Node versions every
 * installed package accepts, and what the build and the maintainer commands import is in
 * `dependencies` (esbuild among them: the boot script and the scripts' TypeScript use it), and the
 * lockfile is complete for every platform, so `npm ci` (in .ci/run and the workflows) works anywhere.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { minVersion, satisfies } from 'semver';
import { describe, expect, it } from 'vitest';

interface LockedPackage {
  engines?: { node?: string };
  optionalDependencies?: Record<string, string>;
  os?: string[];
  cpu?: string[];
}
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string }; dependencies: Record<string, string> };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockedPackage> };

/** Every locked package with a Node range, but platform binaries (their own `os`/`cpu`) for other machines. */
const ranges = Object.entries(lock.packages)
  .filter(([path, locked]) => path !== '' && locked.engines?.node && !locked.os && !locked.cpu)
  .map(([path, locked]) => ({ name: path.replace(/^.*node_modules\//, ''), range: locked.engines?.node ?? '' }));
const refusing = (version: string) => ranges.filter(({ range }) => !satisfies(version, range)).map(({ name, range }) => `${name} (${range})`);

describe('engines.node in package.json', () => {
  const lowest = manifest.engines.node.split('||').map((part) => minVersion(part.trim())?.version ?? '');

  it('starts each of its lines at a version every installed package accepts', () => {
    expect(lowest).toEqual(['22.22.0', '24.8.0']);
    for (const version of lowest) expect(refusing(version), `Node ${version}`).toEqual([]);
  });

  it('is no stricter than the packages: the version before each line, and Node 23, are refused by one', () => {
    for (const version of ['22.21.0', '23.11.0', '24.7.0']) {
      expect(satisfies(version, manifest.engines.node)).toBe(false);
      expect(refusing(version).length, `Node ${version}`).toBeGreaterThan(0);
    }
  });

  it('matches the check in .ci/run that installs a newer Node when the system one is too old', () => {
    const check = /node -e '([^']+)'/.exec(readFileSync('.ci/run', 'utf8'))?.[1] ?? '';
    /** Runs the check with `version` as the Node version: true when it exits 0 (no Node installed). */
    const accepts = (version: string) => {
      let code: number | undefined;
      new Function('process', check)({ versions: { node: version }, exit: (exit: number) => (code = exit) });
      return code === 0;
    };
    for (const version of ['22.21.0', '22.22.0', '23.11.0', '24.7.0', '24.8.0', '25.0.0']) expect(accepts(version), version).toBe(satisfies(version, manifest.engines.node));
  });
});

/** The bare module names a JavaScript or TypeScript file imports at run time (type-only imports aside). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^;'"]*?\sfrom\s*)?'([^']+)'|import\('([^']+)'\)/gm)].map((match) => match[1] ?? match[2] ?? '');
  return specifiers.filter((name) => !/^(?:\.|node:|astro:)/.test(name)).map((name) => (name.startsWith('@') ? name.split('/').slice(0, 2) : name.split('/').slice(0, 1)).join('/'));
}

const sourceFiles = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(?:ts|mjs|astro)$/.test(name)).map((name) => join(folder, name));

it('declares in dependencies every package the build and the maintainer commands import', () => {
  const files = [...sourceFiles('src'), 'astro.config.mjs', ...['import-ts', 'check-content', 'new', 'field-guide', 'serve'].map((name) => `scripts/${name}.mjs`)];
  const imported = new Set(files.flatMap(runtimeImports));
  expect(imported).toContain('esbuild');
  expect([...imported].filter((name) => !(name in manifest.dependencies)).sort()).toEqual([]);
});

/** Where Node would find `name` from the package at `path`: its own node_modules, then each parent's. */
function resolveLocked(path: string, name: string): string | undefined {
  for (let base = path; ; base = base.includes('/node_modules/') ? base.slice(0, base.lastIndexOf('/node_modules/')) : '') {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (candidate in lock.packages) return candidate;
    if (!base) return undefined;
  }
}

it("locks every optional platform binary, so npm ci installs on other machines' platforms too", () => {
  const optional = Object.entries(lock.packages).flatMap(([path, locked]) => Object.keys(locked.optionalDependencies ?? {}).map((name) => ({ path, name })));
  expect(optional.map(({ name }) => name)).toEqual(expect.arrayContaining(['@pagefind/darwin-arm64', '@pagefind/windows-x64', '@astrojs/compiler-binding-darwin-arm64']));
  expect(optional.filter(({ path, name }) => resolveLocked(path, name) === undefined).map(({ path, name }) => `${path || 'package.json'} → ${name}`)).toEqual([]);
});
