/** Shared test fixtures: a minimal valid source's frontmatter. */
import type { SourceData } from '../../src/lib/content-checks';

export const validSourceData: SourceData = {
  title: 'A headline',
  short_name: 'Test',
  publisher: null,
  publisher_note: 'Not stated.',
  authors: [],
  credit: null,
  published: { date: '2025-05-27', basis: 'inferred', note: 'From the text.' },
  kind: 'news report',
  relays: null,
  perspective: 'A neutral sentence.',
  topics: ['trade-and-tariffs'],
  key_points: ['One.', 'Two.', 'Three.'],
  quotes: [],
  figures: [],
  archive: 'a.txt',
};
