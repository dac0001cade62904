/** Builds the site in a child process for the build-level tests, into a folder of their own. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Variables vitest sets for its own use; a child build must not inherit them (e.g. BASE_URL). */
const VITEST_VARIABLES = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST'];

/** Runs `astro build` with the given environment; output goes to `work`/dist, cache to `work`/cache. */
export function buildSite(work: string, env: Record<string, string>): { status: number | null; output: string } {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_VARIABLES.includes(name)));
  const result = spawnSync('npx', ['astro', 'build', '--outDir', join(work, 'dist')], {
    encoding: 'utf8',
    env: { ...inherited, ASTRO_CACHE_DIR: join(work, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0', ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
