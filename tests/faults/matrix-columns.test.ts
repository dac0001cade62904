/**
 * The claims matrix with more source columns than the real content has (6 and 8, up to the
 * side-by-side limit): every tick link must stay a target a finger can hit (axe's WCAG 2.2
 * target-size rule), on a phone and on a desktop screen.
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { chromiumPath, QUIET_CHROMIUM_FLAGS } from '../../scripts/chromium.mjs';
import { writeSyntheticSite } from '../../scripts/synthetic-content.mjs';
import { SIDE_BY_SIDE_SOURCES } from '../../src/lib/content/claims';
import { buildSite } from './build-site';

const work = mkdtempSync(join(tmpdir(), 'matrix-columns-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const realSources = readdirSync('content/sources').filter((name) => name.endsWith('.mdx')).length;

/** Serves a built site on a free port until `use` is done. */
async function serving<T>(dist: string, use: (origin: string) => Promise<T>): Promise<T> {
  const server = spawn('node', ['scripts/serve.mjs', '--port', '0', '--dir', dist], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const origin = await new Promise<string>((resolve, reject) => {
      server.stdout.on('data', (chunk: Buffer) => {
        const match = /http:\/\/127\.0\.0\.1:\d+/.exec(chunk.toString());
        if (match) resolve(match[0]);
      });
      server.on('exit', () => reject(new Error('the server stopped before serving')));
    });
    return await use(origin);
  } finally {
    server.kill();
  }
}

for (const columns of [6, 8]) {
  it(`with ${columns} source columns, the matrix's tick links pass axe's target-size rule`, async () => {
    expect(columns).toBeLessThanOrEqual(SIDE_BY_SIDE_SOURCES);
    const root = join(work, String(columns));
    const { content, archives } = writeSyntheticSite(root, columns - realSources);
    const result = buildSite(root, { CONTENT_DIR: content, SOURCES_ARCHIVE_DIR: archives });
    expect(result.status, result.output).toBe(0);

    const violations = await serving(join(root, 'dist'), async (origin) => {
      const browser = await chromium.launch({ executablePath: chromiumPath(), args: QUIET_CHROMIUM_FLAGS });
      try {
        const found: string[] = [];
        for (const width of [375, 1280]) {
          const page = await (await browser.newContext({ viewport: { width, height: 800 } })).newPage();
          await page.goto(`${origin}/claims/`);
          expect(await page.locator('table.matrix').first().locator('th.matrix__source').count()).toBe(columns);
          // Off-screen topic groups skip rendering (content-visibility: auto) until a reader scrolls to
          // them; axe then measures their ticks as obscured. Lay every group out, as scrolling would.
          await page.evaluate(() => document.querySelectorAll<HTMLElement>('.claim-group').forEach((group) => { group.style.contentVisibility = 'visible'; }));
          const { violations } = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
          for (const violation of violations) for (const node of violation.nodes) found.push(`${width}px: ${node.target.join(' ')}: ${node.failureSummary ?? ''}`);
        }
        return found;
      } finally {
        await browser.close();
      }
    });
    expect(violations).toEqual([]);
  });
}
