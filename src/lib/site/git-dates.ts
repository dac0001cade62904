/**
 * "Last updated" from the content file's own history: the date of the last commit that
 * changed it. Undefined when git or the history is unavailable (e.g. an uncommitted file),
 * and for every file in a shallow clone, where the last commit that git can see is the clone's
 * own and would give every page the same, wrong date.
 */
import { execFileSync } from 'node:child_process';

const cache = new Map<string, string | undefined>();

const git = (args: string[]): string | undefined => {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
};

let shallow: boolean | undefined;

/** Whether the checkout has only part of its history; says once, at the first look, why dates are left off. */
function isShallowClone(): boolean {
  if (shallow === undefined) {
    shallow = git(['rev-parse', '--is-shallow-repository']) === 'true';
    if (shallow) {
      console.warn('[content] ⚠ this is a shallow clone: pages show no "Last updated" date, since the history that dates them is missing. Clone with full history (actions/checkout: fetch-depth: 0).');
    }
  }
  return shallow;
}

export function lastCommitDate(file: string): string | undefined {
  if (isShallowClone()) return undefined;
  if (!cache.has(file)) cache.set(file, git(['log', '-1', '--format=%cs', '--', file]));
  return cache.get(file);
}
