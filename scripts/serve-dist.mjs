/**
 * Starts scripts/serve.mjs on a free loopback port as a child process, for the scripts and tests
 * that need the built site over HTTP (the benchmark, the Nu HTML Checker, the Firefox suite).
 */
import { spawn } from 'node:child_process';

/** Serves `dir`; resolves once the server listens, with its base URL and a way to stop it. */
export function serve(dir = 'dist') {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/serve.mjs', '--port', '0', '--dir', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/Serving .* at (http:\/\/127\.0\.0\.1:\d+\/\S*)/);
      if (match) resolve({ url: match[1], stop: () => child.kill() });
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`serve.mjs exited (${code}): ${output}`)));
  });
}
