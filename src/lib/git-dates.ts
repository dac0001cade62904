/**
 * "Last updated" from the content file's own history: the date of the last commit that
 * changed it. Undefined when git or the history is unavailable (e.g. an uncommitted file).
 */
import { execFileSync } from 'node:child_process';

const cache = new Map<string, string | undefined>();

export function lastCommitDate(file: string): string | undefined {
  if (!cache.has(file)) {
    let date: string | undefined;
    try {
      date = execFileSync('git', ['log', '-1', '--format=%cs', '--', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
    } catch {
      date = undefined;
    }
    cache.set(file, date);
  }
  return cache.get(file);
}
