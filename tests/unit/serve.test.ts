/**
 * The static server (scripts/serve.mjs) against hostile request paths: a malformed
 * percent-escape is answered 400 (the server keeps running), and a path that climbs out of the
 * served folder into a sibling whose name starts with the folder's own is not served.
 */
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type RunningServer } from '../../scripts/serve-dist.mjs';

const work = mkdtempSync(join(tmpdir(), 'serve-'));
const site = join(work, 'dist');
let server: RunningServer;
let port = 0;

/** GETs `path` exactly as written (no normalisation by a URL parser). */
function get(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  mkdirSync(site);
  writeFileSync(join(site, 'index.html'), '<p>home</p>');
  writeFileSync(join(site, '404.html'), '<p>not found</p>');
  mkdirSync(join(work, 'dist-private'));
  writeFileSync(join(work, 'dist-private', 'secret.txt'), 'secret');
  server = await serve(site);
  port = Number(new URL(server.url).port);
});

afterAll(() => {
  server.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('scripts/serve.mjs', () => {
  it('answers a malformed percent-escape with 400 and keeps serving', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect(await get('/')).toEqual({ status: 200, body: '<p>home</p>' });
  });

  it('does not serve a sibling folder whose name starts with the served folder’s', async () => {
    const response = await get('/..%2fdist-private%2fsecret.txt');
    expect(response.status).toBe(404);
    expect(response.body).toBe('<p>not found</p>');
  });
});
