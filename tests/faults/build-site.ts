/** Builds the site, or starts its dev server, in a child process for the build-level tests, with folders of their own. */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** Variables vitest sets for its own use; a child build must not inherit them (e.g. BASE_URL). */
const VITEST_VARIABLES = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST'];

/** The environment of a child `astro` command: ours without vitest's, a cache in `work`, no colours. */
function childEnvironment(work: string, env: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_VARIABLES.includes(name)));
  return { ...inherited, ASTRO_CACHE_DIR: join(work, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0', ...env };
}

/** Runs `astro build` with the given environment; output goes to `work`/dist, cache to `work`/cache. */
export function buildSite(work: string, env: Record<string, string>): { status: number | null; output: string } {
  const result = spawnSync('npx', ['astro', 'build', '--outDir', join(work, 'dist')], { encoding: 'utf8', env: childEnvironment(work, env) });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** A free port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface DevServer {
  /** The site's address, e.g. http://127.0.0.1:41234/ */
  url: string;
  /** Everything the dev server printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `astro dev` on a free 127.0.0.1 port, serving the built index from `work`/dist. It runs
 * in a process group of its own, so stopping it ends `astro dev` too, not only npx.
 */
export async function startDevServer(work: string, env: Record<string, string>): Promise<DevServer> {
  const port = await freePort();
  // --ignore-lock: a maintainer's own `npm run dev` in this folder neither blocks nor is replaced by the test's.
  const child = spawn('npx', ['astro', 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port), '--outDir', join(work, 'dist')], {
    env: childEnvironment(work, env),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 90_000;
  while (!output.includes(url)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`astro dev did not start on ${url}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, output: () => output, stop };
}
