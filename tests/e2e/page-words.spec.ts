/**
 * Words and numbers live in content/: no page entry, chart spec or feed types a number (counts,
 * years and values come through components and placeholders), and every built page's
 * description, and the heading of every page with an entry, are the content's words, not words
 * typed in a component. Expected counts come from the content, so the run with one more source
 * (scripts/test-extra-source.mjs) checks that they follow it.
 */
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { BASE_PATH } from '../../src/lib/site/deployment';
import { countInWords } from '../../src/lib/text/number-words';
import { markdownProse } from '../../src/lib/content/quotes';
import { tokensIn, withoutTokens } from '../../src/lib/text/word-tokens';
import { claimIds, idsIn, pagePhrase, readContent, sourceSlugs } from './helpers';

test.use({ javaScriptEnabled: false });

/**
 * Numbers typed into our words: digits outside placeholders, names that contain digits and the
 * sources' own words in quotation marks.
 */
function typedNumbers(text: string): string[] {
  return (
    withoutTokens(text)
      .replace(/Made in China 2025|G7|COVID-19|CC BY 4\.0/g, ' ')
      .replace(/"[^"\n]*"|“[^”\n]*”/g, ' ')
      .match(/[^\n]{0,30}\d[^\n]{0,30}/g) ?? []
  );
}

interface PageEntry {
  id: string;
  file: string;
  data: { title: string; description: string; intro?: string; phrases?: Record<string, string> };
  body: string | undefined;
}

/** Every entry of content/pages: the MDX pages with their bodies, the YAML ones without. */
const pageEntries: PageEntry[] = [
  ...idsIn('pages', '.mdx').map((id) => {
    const [, frontmatter = '', ...body] = readContent(`pages/${id}.mdx`).split(/^---$/m);
    return { id, file: `pages/${id}.mdx`, data: parse(frontmatter) as PageEntry['data'], body: body.join('---') };
  }),
  ...idsIn('pages', '.yaml').map((id) => ({ id, file: `pages/${id}.yaml`, data: parse(readContent(`pages/${id}.yaml`)) as PageEntry['data'], body: undefined })),
];
const entry = (id: string): PageEntry => {
  const found = pageEntries.find((page) => page.id === id);
  if (!found) throw new Error(`content/pages/${id} is missing`);
  return found;
};

/** The fields of a page entry a maintainer writes words in. */
const wordFields = (page: PageEntry): [string, string][] => [
  ['title', page.data.title],
  ['description', page.data.description],
  ...(page.data.intro === undefined ? [] : [['intro', page.data.intro] as [string, string]]),
  ...Object.entries(page.data.phrases ?? {}).map(([name, text]): [string, string] => [`phrases.${name}`, text]),
  ...(page.body === undefined ? [] : [['body', markdownProse(page.body)] as [string, string]]),
];

/** The counts a placeholder prints, from the content. */
const COUNTS: Record<string, number> = {
  sources: sourceSlugs.length,
  claims: claimIds.length,
  terms: idsIn('glossary', '.yaml').length,
  charts: idsIn('charts', '.yaml').length,
};

/**
 * A pattern matching the text as the site prints it: each count placeholder as the count in
 * words, each other placeholder (a value, a year, a name) as any text.
 */
function printed(text: string, match: 'whole' | 'opens' | 'within' = 'whole'): RegExp {
  const parts = text.split(/(\{[^{}]+\})/).map((part) => {
    const [token] = tokensIn(part);
    if (!token) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const count = COUNTS[token.name];
    return count === undefined ? '.+?' : countInWords(count, token.argument === 'capital');
  });
  if (match === 'within') return new RegExp(parts.join(''));
  return new RegExp(`^${parts.join('')}${match === 'whole' ? '$' : '(?: |$)'}`);
}

/**
 * Whether a phrase has words besides its placeholders: one of placeholders alone ("{indicator}
 * {value}") has nothing of its own to find, and as a pattern it would pass any text.
 */
const hasOwnWords = (text: string | undefined): text is string => text !== undefined && /\p{L}/u.test(text.replace(/\{[^{}]+\}/g, ''));

test('no page entry types a number: the story, About, every index page and the tagline', () => {
  expect(pageEntries.map((page) => page.id)).toEqual(expect.arrayContaining(['home', 'about', 'data', 'timeline', 'glossary', 'claims', 'sources', 'search', '404', 'feed']));
  const typed = pageEntries.flatMap((page) => wordFields(page).flatMap(([field, text]) => typedNumbers(text).map((snippet) => `content/${page.file} ${field}: ${snippet}`)));
  expect(typed, 'write counts and values as placeholders ({sources}) or with <Reported>, <DataValue>, <EventDate> or <SourceCount>').toEqual([]);
});

test('no chart spec types a count or a year in its title, subtitle, notes, marks or band', () => {
  type Labelled = { label: string; short_label?: string };
  const labels = (field: string, entry: Labelled): [string, string][] => [[`${field}.label`, entry.label], ...(entry.short_label === undefined ? [] : [[`${field}.short_label`, entry.short_label] as [string, string]])];
  const typed = idsIn('charts', '.yaml').flatMap((id) => {
    const spec = parse(readContent(`charts/${id}.yaml`)) as { title: string; page_title?: string; subtitle: string; notes?: string[]; annotations?: Labelled[]; band?: Labelled };
    const fields: [string, string][] = [
      ['title', spec.title],
      ['page_title', spec.page_title ?? ''],
      ['subtitle', spec.subtitle],
      ...(spec.notes ?? []).map((note, index): [string, string] => [`notes[${index}]`, note]),
      ...(spec.annotations ?? []).flatMap((mark, index) => labels(`annotations[${index}]`, mark)),
      ...(spec.band ? labels('band', spec.band) : []),
    ];
    return fields.flatMap(([field, text]) => typedNumbers(text).map((snippet) => `content/charts/${id}.yaml ${field}: ${snippet}`));
  });
  expect(typed, 'write them as placeholders such as {years}, {economies}, {latest_year}, a mark\'s {year} or the {band} (src/lib/charts/tokens.ts)').toEqual([]);
});

/** Each source's frontmatter, by slug. */
const sources = new Map(sourceSlugs.map((slug) => [slug, parse(readContent(`sources/${slug}.mdx`).split(/^---$/m)[1] ?? '') as { title: string | null; perspective: string }]));
/** The routes of the page entries that have one of their own. */
const ENTRY_PATHS: Record<string, string> = { home: '', 404: '404.html' };
const entryPath = (id: string) => ENTRY_PATHS[id] ?? `${id}/`;

/** Every page of the built site, from its sitemap (read over HTTP, so it is the site under test), and the 404 page. */
async function builtPaths(page: Page): Promise<string[]> {
  const base = BASE_PATH.replace(/\/?$/, '/');
  const sitemap = await (await page.request.get('sitemap-0.xml')).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname.slice(base.length));
  return [...paths, '404.html'];
}

/** The text of an HTML attribute or element as a reader gets it. */
const decoded = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();

test('every page\'s description, and the title, heading and intro of every page with an entry, come from the content', async ({ page }) => {
  const entryDescriptions = pageEntries.flatMap((entry) => [entry.data.description, ...Object.values(entry.data.phrases ?? {})]).filter(hasOwnWords).map((text) => printed(text));
  const perspectives = new Set([...sources.values()].map((source) => source.perspective));
  const built = new Map<string, string>();
  for (const path of await builtPaths(page)) built.set(path, await (await page.request.get(path)).text());

  const descriptionOf = (html: string) => decoded(html.match(/<meta name="description" content="([^"]*)"/)?.[1] ?? '');
  const untraced = [...built].flatMap(([path, html]) => {
    const description = descriptionOf(html);
    // A chart page describes itself with its summary, computed from the data and shown on the page.
    const summary = html.match(/class="chart__summary"[^>]*>([\s\S]*?)<\/p>/)?.[1];
    const traced = perspectives.has(description) || (summary !== undefined && description === decoded(summary)) || entryDescriptions.some((pattern) => pattern.test(description));
    return traced ? [] : [`${path || '/'} description: ${description}`];
  });
  expect.soft(untraced, 'a page description must be a page entry\'s words (content/pages), a source\'s perspective or a chart\'s computed summary').toEqual([]);

  // The feed and the site-wide words (content/pages/site.yaml) are entries without a page of their own.
  const headings = pageEntries
    .filter((entry) => entry.id !== 'feed' && entry.id !== 'site')
    .flatMap((entry) => {
      const html = built.get(entryPath(entry.id)) ?? '';
      const heading = decoded(html.match(/<main[\s\S]*?<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? '');
      const tab = decoded(html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '');
      const lede = decoded(html.match(/<main[\s\S]*?<p class="lede[^"]*">([\s\S]*?)<\/p>/)?.[1] ?? '');
      const problems = [
        ...(printed(entry.data.title).test(heading) ? [] : [`the heading is "${heading}"`]),
        ...(printed(entry.data.title, 'within').test(tab) ? [] : [`the browser tab says "${tab}"`]),
        ...(printed(entry.data.description).test(descriptionOf(html)) ? [] : [`the description is "${descriptionOf(html)}"`]),
        // The intro opens the page's lede (the claims matrix adds how to read it).
        ...(entry.data.intro === undefined || printed(entry.data.intro.replace(/\*/g, ''), 'opens').test(lede) ? [] : [`the lede is "${lede}"`]),
      ];
      return problems.map((problem) => `content/${entry.file}: ${problem}`);
    });
  expect(headings, 'a page with an entry takes its title, description and intro from it').toEqual([]);
});

test('the feed types no number: its tagline counts the sources, each item is the content\'s words with the counts computed', async ({ page }) => {
  const text = await (await page.request.get('rss.xml')).text();
  const feed = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const field = (item: Element, name: string) => item.getElementsByTagName(name)[0]?.textContent ?? '';
    return {
      description: doc.querySelector('channel > description')?.textContent ?? '',
      items: [...doc.getElementsByTagName('item')].map((item) => ({ title: field(item, 'title'), link: field(item, 'link'), description: field(item, 'description') })),
    };
  }, text);
  expect(feed.description).toMatch(printed(entry('feed').data.description));
  expect(feed.description).toContain(countInWords(sourceSlugs.length));

  const problems: string[] = [];
  for (const item of feed.items) {
    const [, kind = '', id = ''] = new URL(item.link).pathname.match(/\/(sources|claims)\/([a-z0-9-]+)\/$/) ?? [];
    if (kind === 'sources') {
      if (item.description !== sources.get(id)?.perspective) problems.push(`${item.link}: the description is not the source's perspective`);
    } else if (kind === 'claims') {
      // The only numbers the feed adds: how many sources report the claim, counted from it.
      const claim = parse(readContent(`claims/${id}.yaml`)) as { reports: { support?: string }[] };
      const partial = claim.reports.filter((report) => report.support === 'partial').length;
      const tally = pagePhrase('claims', partial > 0 ? 'tally_sources_partial' : 'tally_sources', { count: claim.reports.length, total: sourceSlugs.length, partial });
      const expected = pagePhrase('feed', 'claim_description', { list: tally });
      if (item.description !== expected) problems.push(`${item.link}: "${item.description}", expected "${expected}"`);
      if (!printed(entry('feed').data.phrases?.['claim_title'] ?? '').test(item.title)) problems.push(`${item.link}: title "${item.title}"`);
    } else if (!printed(entry('feed').data.phrases?.['correction_description'] ?? '').test(item.description)) {
      problems.push(`${item.link}: "${item.description}"`);
    }
  }
  expect(problems).toEqual([]);
});

/**
 * The fixed words of the pages built from other content (a chart's page and its embed, the
 * timeline, a source's page, a claim's page): each heading, label and column heading a component
 * shows must be a phrase of content/pages, so a sentence typed back into a component (with or
 * without a number) fails here.
 */
test('the headings and labels of the data index and of chart, embed, timeline, source and claim pages are the content\'s phrases', async ({ page }) => {
  // A text opens with a phrase: some labels run on with a second phrase (a passed date's note).
  const phrases = pageEntries
    .flatMap((entry) => Object.values(entry.data.phrases ?? {}))
    .filter(hasOwnWords)
    .map((text) => printed(text.replace(/\*/g, ''), 'opens'));
  const [chart = '', source = '', claim = ''] = [idsIn('charts', '.yaml')[0], sourceSlugs[0], claimIds[0]];
  // The source's own summary has headings of its own, written in its file.
  const sourceHeadings = [...readContent(`sources/${source}.mdx`).matchAll(/^## (.+)$/gm)].map((match) => match[1]?.trim());
  const pages: [string, string][] = [
    // The index's own headings (a card's heading is its chart's title) and its download links.
    ['data/', 'main article > h2, .card .meta a'],
    [`data/${chart}/`, 'main h2, .copy-text__label, .chart-downloads a, .chart__data summary, .chart__source a'],
    [`embed/${chart}/`, '.chart__data summary, .chart__source a'],
    ['timeline/', '.timeline__status, .timeline__outlook, .timeline-key'],
    [`sources/${source}/`, 'main h2, main dt, main thead th, main caption'],
    [`claims/${claim}/`, 'main h2, main .lede'],
  ];
  const untraced: string[] = [];
  for (const [path, selector] of pages) {
    await page.goto(path);
    const texts = (await page.locator(selector).allTextContents()).map((words) => words.replace(/\s+/g, ' ').trim());
    expect(texts.length, `${path} shows ${selector}`).toBeGreaterThan(0);
    for (const text of texts) if (!sourceHeadings.includes(text) && !phrases.some((pattern) => pattern.test(text))) untraced.push(`${path}: "${text}"`);
  }
  expect(untraced, 'fixed words on these pages come from content/pages/*.yaml phrases (see "Where page words live")').toEqual([]);
});
