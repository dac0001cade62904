/**
 * Scaling benchmark (`npm run bench -- --scale N`): for N = 10, 100, …, N it copies content/ to a
 * temporary folder, adds N synthetic sources (each with its own synthetic archive text) and N
 * synthetic claims (scripts/synthetic-content.mjs), builds the site from there (CONTENT_DIR,
 * SOURCES_ARCHIVE_DIR, a temporary output and cache folder) and reports build time and index
 * size, so the growth of cost with the number of sources is visible. Temporary folders are
 * removed afterwards.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { folderSize, htmlFiles, urlPathOf } from './measure.mjs';
import { table, timed } from './bench.mjs';
import { writeSyntheticSite } from './synthetic-content.mjs';

/** Runs the scaling benchmark for N = 10, 100, … up to `maxN`. */
export async function runScale(maxN) {
  if (!Number.isInteger(maxN) || maxN < 1) throw new Error('--scale needs a whole number of sources, e.g. --scale 1000');
  const sizes = [...new Set([10, 100, 1000, 10000].filter((n) => n < maxN).concat(maxN))].sort((a, b) => a - b);
  const rows = [];
  // A config next to the real one (so its relative imports resolve) that only moves the output
  // and the cache to the temporary folder: every build starts cold and the project's caches stay untouched.
  // Astro resolves --config relative to the project root.
  const configName = `.bench-scale-${process.pid}.config.mjs`;
  const configFile = resolve(configName);
  for (const n of sizes) {
    const root = mkdtempSync(join(tmpdir(), `bench-scale-${n}-`));
    try {
      const { content, archives } = writeSyntheticSite(root, n);
      const outDir = join(root, 'dist');
      writeFileSync(
        configFile,
        `import config from './astro.config.mjs';\nexport default { ...config, outDir: ${JSON.stringify(outDir)}, cacheDir: ${JSON.stringify(join(root, 'cache'))} };\n`,
      );
      console.log(`▶ N = ${n}: astro build from ${content}`);
      const { ms, output } = await timed(join('node_modules', '.bin', 'astro'), ['build', '--config', configName], {
        env: { ...process.env, CONTENT_DIR: content, SOURCES_ARCHIVE_DIR: archives },
      });
      const pagefind = folderSize(join(outDir, 'pagefind'));
      const dist = folderSize(outDir);
      const pagesBuilt = Number(output.match(/(\d+) page\(s\) built/)?.[1] ?? NaN);
      // The heaviest pages show where cost grows faster than the number of sources.
      const largestPages = htmlFiles(outDir)
        .map((file) => ({ path: urlPathOf(file), bytes: statSync(join(outDir, file)).size }))
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, 3);
      rows.push({ n, buildMs: Math.round(ms), pages: pagesBuilt, pagefindBytes: pagefind.files ? pagefind.bytes : null, pagefindFiles: pagefind.files, distBytes: dist.bytes, largestPages });
      console.log(`  ${(ms / 1000).toFixed(1)} s, ${pagesBuilt} pages, dist ${(dist.bytes / 1048576).toFixed(1)} MB${pagefind.files ? `, pagefind ${(pagefind.bytes / 1048576).toFixed(2)} MB` : ''}`);
      console.log(`  largest pages: ${largestPages.map((page) => `${page.path} ${(page.bytes / 1024).toFixed(0)} kB`).join(', ')}`);
    } finally {
      rmSync(configFile, { force: true });
      rmSync(root, { recursive: true, force: true });
    }
  }
  const withGrowth = rows.map((row, i) => {
    const previous = rows[i - 1];
    return {
      ...row,
      msPerSource: Math.round(row.buildMs / row.n),
      // Marginal cost: extra build time per extra source since the previous N.
      marginalMsPerSource: previous ? Math.round((row.buildMs - previous.buildMs) / (row.n - previous.n)) : null,
      indexBytesPerSource: row.pagefindBytes == null ? null : Math.round(row.pagefindBytes / row.n),
      distBytesPerSource: Math.round(row.distBytes / row.n),
    };
  });
  console.log('\nScaling (synthetic sources + as many claims, on top of the real content)\n');
  console.log(
    table(
      ['N', 'build s', 'pages', 'pagefind kB', 'dist kB', 'ms/source', 'marginal ms/source', 'dist kB/source'],
      withGrowth.map((r) => [
        r.n,
        Number((r.buildMs / 1000).toFixed(1)),
        r.pages,
        r.pagefindBytes == null ? null : Math.round(r.pagefindBytes / 1024),
        Math.round(r.distBytes / 1024),
        r.msPerSource,
        r.marginalMsPerSource,
        Number((r.distBytesPerSource / 1024).toFixed(1)),
      ]),
    ),
  );
  const last = withGrowth.at(-1);
  if (last && last.n >= 1000) console.log(`\nGoal: ${last.n} sources in under 90 s → ${(last.buildMs / 1000).toFixed(1)} s (${last.buildMs < 90_000 ? 'met' : 'NOT met'})`);
  if (withGrowth.length >= 2) {
    const [a, b] = [withGrowth.at(-2), withGrowth.at(-1)];
    console.log(`Growth ${a.n} → ${b.n} sources: time ×${(b.buildMs / a.buildMs).toFixed(2)}, dist ×${(b.distBytes / a.distBytes).toFixed(2)} for ×${(b.n / a.n).toFixed(0)} sources`);
  }
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(join('bench-results', 'scale.json'), `${JSON.stringify({ date: new Date().toISOString(), rows: withGrowth }, null, 2)}\n`);
  console.log('\nWrote bench-results/scale.json');
}
