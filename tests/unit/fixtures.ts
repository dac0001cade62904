/** Shared test fixtures: a minimal valid source's frontmatter; a page entry's words as the site has them; the chart specs. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { SourceData } from '../../src/lib/content/content-checks';
import { PAGE_TOKENS, pageWords, type PageWords } from '../../src/lib/content/page-words';
import { splitFrontmatter } from '../../src/lib/content/positions';
import { type ChartSpec, chartSpecSchema } from '../../src/lib/charts/registry';
import { topicNames, type TopicNames } from '../../src/lib/content/topics';

/**
 * The words of content/pages/<id>.yaml, page-wide placeholders such as {sources} left as written,
 * so a test reads the sentences a reader gets and fails when the content lacks a phrase the code asks for.
 */
export function contentPageWords(id: string): PageWords {
  const yamlFile = `content/pages/${id}.yaml`;
  // An MDX page (the story) keeps its words in its frontmatter.
  const file = existsSync(yamlFile) ? yamlFile : `content/pages/${id}.mdx`;
  const text = readFileSync(file, 'utf8');
  const data = parse(file === yamlFile ? text : (splitFrontmatter(text)?.yaml ?? ''));
  return pageWords({ file, data }, Object.fromEntries(PAGE_TOKENS.map((name) => [name, () => `{${name}}`])));
}

/** The phrases of content/pages/data.yaml, in which charts compute their sentences. */
export const dataPhrase: PageWords['phrase'] = (name, extra) => contentPageWords('data').phrase(name, extra);

/** The topics of content/topics.yaml, as the site has them. */
export const contentTopics = (): TopicNames => topicNames((parse(readFileSync('content/topics.yaml', 'utf8')) as { id: string; name: string }[]).map((topic) => ({ id: topic.id, data: topic })));

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

/** content/charts/<id>.yaml, parsed by the chart spec schema. */
export const specOf = (id: string) => chartSpecSchema.parse(parse(readFileSync(`content/charts/${id}.yaml`, 'utf8'))) as ChartSpec;

/** The ids of the charts of one type in content/charts/. */
const chartIdsOf = (type: ChartSpec['type']) =>
  readdirSync('content/charts')
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.slice(0, -5))
    .filter((id) => specOf(id).type === type);

export const lineChartIds = chartIdsOf('line');
export const scatterChartIds = chartIdsOf('scatter');
