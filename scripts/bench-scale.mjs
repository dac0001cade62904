/**
 * Scaling benchmark (`npm run bench -- --scale N`): for N = 10, 100, …, N it copies content/ to a
 * temporary folder, adds N synthetic sources (each with its own synthetic archive text) and N
 * synthetic claims, builds the site from there (CONTENT_DIR, SOURCES_ARCHIVE_DIR, a temporary
 * output and cache folder) and reports build time and index size, so the growth of cost with the
 * number of sources is visible. Temporary folders are removed afterwards.
 *
 * The synthetic content is valid: 200–450-word summaries ending with "## What this source adds",
 * quotes, figures and claim wordings copied from the source's own synthetic archive, and prose
 * made of generated pseudo-words, so it never repeats a 12-word run of any archive.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { folderSize, htmlFiles, urlPathOf } from './measure.mjs';
import { table, timed } from './bench.mjs';

const TOPICS = ['industrial-policy', 'trade-and-tariffs', 'consumption-and-rebalancing', 'technology', 'five-year-plan', 'us-china-relations', 'economic-security'];
const ONSETS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'tr', 'sk', 'pl'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou'];

/** A small deterministic PRNG (mulberry32), so every run generates the same content. */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator of pseudo-words and sentences from one seeded stream. */
function wordsFrom(seed) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const word = () => {
    let text = '';
    const syllables = 2 + Math.floor(random() * 2);
    for (let i = 0; i < syllables; i += 1) text += pick(ONSETS) + pick(VOWELS);
    return text;
  };
  const sentence = (count) => {
    const list = Array.from({ length: count }, word);
    list[0] = list[0][0].toUpperCase() + list[0].slice(1);
    return `${list.join(' ')}.`;
  };
  /** A paragraph of about `count` words. */
  const paragraph = (count) => {
    const sentences = [];
    let left = count;
    while (left > 0) {
      const length = Math.min(left, 8 + Math.floor(random() * 10));
      sentences.push(sentence(length));
      left -= length;
    }
    return sentences.join(' ');
  };
  return { word, sentence, paragraph };
}

const pad = (n) => String(n).padStart(5, '0');
const yamlString = (text) => JSON.stringify(text);

/** One synthetic source: its archive text, its MDX file, and a sentence a claim can quote. */
export function syntheticSource(index) {
  const archiveWords = wordsFrom(1_000_003 * (index + 1));
  const ownWords = wordsFrom(7_777_777 + 31 * (index + 1));
  const quote = archiveWords.sentence(9).slice(0, -1);
  const wording = archiveWords.sentence(11).slice(0, -1);
  const figureValue = 10 + (index % 80);
  const figureText = `${archiveWords.word()} reached ${figureValue}% ${archiveWords.word()}`;
  const archive = [
    archiveWords.paragraph(120),
    `${quote}. ${archiveWords.paragraph(40)}`,
    `The ${figureText} last year. ${archiveWords.paragraph(60)}`,
    `${wording}. ${archiveWords.paragraph(80)}`,
  ].join('\n\n');

  const slug = `synthetic-source-${pad(index)}`;
  const archiveName = `synthetic-${pad(index)}.txt`;
  const topics = [TOPICS[index % TOPICS.length], TOPICS[(index + 3) % TOPICS.length]];
  const body = [
    ownWords.paragraph(110),
    ownWords.paragraph(100),
    '## What this source adds',
    '',
    ownWords.paragraph(40),
  ].join('\n\n');
  const mdx = `---
title: ${yamlString(`Synthetic source ${index}: ${ownWords.sentence(5).slice(0, -1)}`)}
short_name: ${yamlString(`Synthetic source ${pad(index)}`)}
publisher: "Synthetic Publisher"
publisher_note: "Generated for the scaling benchmark."
authors: [${yamlString(`Author ${index}`)}]
credit: null
published:
  date: "2025-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}"
  basis: stated
  note: "Generated date."
kind: analysis
relays: null
perspective: ${yamlString(ownWords.sentence(16))}
topics: [${topics.join(', ')}]
key_points:
  - ${yamlString(ownWords.sentence(14))}
  - ${yamlString(ownWords.sentence(12))}
  - ${yamlString(ownWords.sentence(15))}
quotes:
  - text: ${yamlString(quote)}
    speaker: ${yamlString(`Speaker ${index}`)}
    context: "Generated context."
figures:
  - value: ${figureValue}
    unit: "%"
    what: "A generated share"
    as_of: "not stated"
    wording: ${yamlString(figureText)}
archive: ${yamlString(archiveName)}
---

${body}
`;
  const claim = `statement: ${yamlString(ownWords.sentence(14))}
topic: ${topics[0]}
reports:
  - source: ${slug}
    wording: ${yamlString(wording)}
`;
  return { slug, archiveName, archive, mdx, claim };
}

/** Writes a copy of content/ plus N synthetic sources and claims; returns the folders. */
function generate(root, n) {
  const content = join(root, 'content');
  const archives = join(root, 'archives');
  cpSync('content', content, { recursive: true });
  mkdirSync(archives, { recursive: true });
  const realArchives = resolve(process.env.SOURCES_ARCHIVE_DIR ?? '../shared/sources');
  if (existsSync(realArchives)) cpSync(realArchives, archives, { recursive: true });
  for (let index = 1; index <= n; index += 1) {
    const source = syntheticSource(index);
    writeFileSync(join(content, 'sources', `${source.slug}.mdx`), source.mdx);
    writeFileSync(join(archives, source.archiveName), source.archive);
    writeFileSync(join(content, 'claims', `synthetic-claim-${pad(index)}.yaml`), source.claim);
  }
  return { content, archives };
}

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
      const { content, archives } = generate(root, n);
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
