/**
 * Synthetic content for builds at scale: N sources, each with its own archive text, and one
 * claim per source, written into a copy of content/. Used by the scaling benchmark
 * (scripts/bench-scale.mjs) and by the build test of a site with many sources.
 *
 * The content is valid: 200–450-word summaries ending with "## What this source adds", quotes,
 * figures and claim wordings copied from the source's own synthetic archive, and prose made of
 * generated pseudo-words, so it never repeats a 12-word run of any archive.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

/** The topic ids of content/topics.yaml, which the synthetic entries are filed under. */
const TOPICS = parse(readFileSync('content/topics.yaml', 'utf8')).map((topic) => topic.id);
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
function syntheticSource(index) {
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

/**
 * Writes, under `root`, a copy of content/ plus N synthetic sources and claims, and an archive
 * folder holding the real source texts and the synthetic ones; returns both folders.
 */
export function writeSyntheticSite(root, n) {
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
