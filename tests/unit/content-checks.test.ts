import { describe, expect, it } from 'vitest';
import { checkContent, type ContentSnapshot, type SourceData } from '../../src/lib/content/content-checks';
import { validSourceData } from './fixtures';
import { storyValue } from '../../src/lib/content/story-components';

const archiveText =
  'Treasury Secretary Scott Bessent told CNBC on May 12: “We need more manufacturing, they need more consumption.” Tariffs reached 145 percent in April.';

function source(overrides: Partial<SourceData> = {}, body?: string): ContentSnapshot['sources'][number] {
  const summary =
    body ??
    `${'This summary is written in our own words about the article and what it reports on trade. '.repeat(15)}\n\n## What this source adds\n\nIt adds a view.`;
  return {
    id: 'test-source',
    file: 'content/sources/test-source.mdx',
    body: summary,
    data: {
      ...validSourceData,
      quotes: [{ text: 'We need more manufacturing, they need more consumption.', speaker: 'Scott Bessent', context: 'CNBC, May 12' }],
      figures: [{ value: 145, unit: '%', what: 'Tariff', as_of: 'April 2025', wording: 'Tariffs reached 145 percent in April' }],
      ...overrides,
    },
  };
}

const snapshot = (parts: Partial<ContentSnapshot> = {}): ContentSnapshot => ({
  sources: [source()],
  claims: [],
  glossary: [],
  timeline: [],
  topics: [{ id: 'trade-and-tariffs', file: 'content/topics.yaml', data: { id: 'trade-and-tariffs', name: 'Trade and tariffs' } }],
  pages: [],
  corrections: [],
  ...parts,
});
const archives = new Map([['a.txt', archiveText]]);

describe('checkContent', () => {
  it('passes content whose quotes are verbatim and counts them', () => {
    const report = checkContent(snapshot(), archives);
    expect(report.problems).toEqual([]);
    expect(report.quotesVerified).toBe(2);
  });

  it('fails a wrong quote, naming the file and the field', () => {
    const wrong = source({ quotes: [{ text: 'We need less manufacturing', speaker: 'Bessent', context: 'CNBC' }] });
    const report = checkContent(snapshot({ sources: [wrong] }), archives);
    expect(report.problems).toEqual([
      expect.objectContaining({ file: 'content/sources/test-source.mdx', field: 'quotes[0].text', message: expect.stringContaining('does not appear word for word') }),
    ]);
  });

  it('fails a quoted passage in the summary that is not in the source', () => {
    const body = `${'Our own words about what the article reports on trade and tariffs here. '.repeat(17)} It said "we need fewer factories".\n\n## What this source adds\n\nA view.`;
    const report = checkContent(snapshot({ sources: [source({}, body)] }), archives);
    expect(report.problems.map((p) => p.field)).toEqual(['body']);
  });

  it('fails a summary that copies 12 words from the source outside quotation marks', () => {
    const body = `${'Our own words about what the article reports on trade and tariffs here. '.repeat(17)} Treasury Secretary Scott Bessent told CNBC on May 12 we need more manufacturing.\n\n## What this source adds\n\nA view.`;
    const report = checkContent(snapshot({ sources: [source({}, body)] }), archives);
    expect(report.problems).toEqual([expect.objectContaining({ field: 'body', message: expect.stringContaining('copies 12+ words') })]);
  });

  it('fails a summary that is too short or lacks its closing section', () => {
    const report = checkContent(snapshot({ sources: [source({}, 'Too short.')] }), archives);
    expect(report.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('has 2 words'),
      expect.stringContaining('What this source adds'),
    ]);
  });

  it('fails a claim naming an unknown source, and a wording not in its source, without a problem per quote', () => {
    const claims = [
      {
        id: 'c',
        file: 'content/claims/c.yaml',
        data: {
          statement: 'Tariffs went up.',
          topic: 'trade-and-tariffs' as const,
          reports: [
            { source: 'no-such-source', wording: 'anything', support: 'full' as const },
            { source: 'test-source', wording: 'Tariffs reached 150 percent', support: 'full' as const },
          ],
          // Not checked: one of the sources it could come from is unknown.
          differences: 'One says "about 150 percent".',
        },
      },
    ];
    const report = checkContent(snapshot({ claims }), archives);
    expect(report.problems).toEqual([
      expect.objectContaining({ file: 'content/claims/c.yaml', field: 'reports[0].source', message: expect.stringContaining('unknown source "no-such-source"') }),
      expect.objectContaining({ file: 'content/claims/c.yaml', field: 'reports[1].wording' }),
    ]);
  });

  it("fails a topic content/topics.yaml does not list, naming the listed ones, and a topic id listed twice", () => {
    const claims = [{ id: 'c', file: 'content/claims/c.yaml', data: { statement: 'Tariffs went up.', topic: 'space-travel', reports: [] } }];
    const topic = { id: 'trade-and-tariffs', file: 'content/topics.yaml', data: { id: 'trade-and-tariffs', name: 'Trade' } };
    const report = checkContent(snapshot({ sources: [source({ topics: ['trade-and-tariffs', 'tarifs'] })], claims, topics: [topic, topic] }), archives);
    expect(report.problems.map((p) => `${p.file} ${p.field}: ${p.message}`)).toEqual([
      'content/topics.yaml [1].id: the id "trade-and-tariffs" is used twice: each topic needs its own id.',
      'content/sources/test-source.mdx topics[1]: unknown topic "tarifs": use one of trade-and-tariffs (content/topics.yaml)',
      'content/claims/c.yaml topic: unknown topic "space-travel": use one of trade-and-tariffs (content/topics.yaml)',
    ]);
  });

  it('fails a timeline event naming an unknown claim or source', () => {
    const timeline = [
      { id: 'e', file: 'content/timeline.yaml', data: { id: 'e', date: '2025', title: 'T', description: 'D', status: 'happened' as const, sources: ['nope'], claim: 'missing' } },
    ];
    const report = checkContent(snapshot({ timeline }), archives);
    expect(report.problems.map((p) => p.field)).toEqual(['[id=e].sources[0]', '[id=e].claim']);
  });

  it('names every placeholder left from npm run new, in the data and in the body', () => {
    const body = `${'Our own words about what the article reports on trade and tariffs here. '.repeat(17)}\n\n## What this source adds\n\nTODO: what it adds.`;
    const report = checkContent(snapshot({ sources: [source({ perspective: 'TODO: one neutral sentence' }, body)] }), archives);
    expect(report.problems).toEqual([
      { file: 'content/sources/test-source.mdx', field: 'perspective', message: 'is still the placeholder "TODO: one neutral sentence": fill it in' },
      { file: 'content/sources/test-source.mdx', field: 'body', message: 'is still the placeholder "TODO: what it adds.": write it' },
    ]);
  });

  it('reports a mistyped archive name once, not once per quote it leaves unchecked', () => {
    const report = checkContent(snapshot({ sources: [source({ archive: 'b.txt' })] }), archives);
    expect(report.problems).toEqual([
      expect.objectContaining({ field: 'archive', message: expect.stringContaining('"b.txt"') }),
    ]);
    expect(report.problems[0]?.message).toContain('quotes were not checked');
    expect(report.quotesUnverified).toBe(2);
  });

  it('counts quotes as unverified, rather than passing them, when no archive is available', () => {
    const report = checkContent(snapshot(), undefined);
    expect(report.quotesVerified).toBe(0);
    expect(report.quotesUnverified).toBe(2);
  });
});

describe('references in MDX', () => {
  const facts = {
    hasSeries: (economy: string) => economy === 'CHN',
    chartIds: new Set(['china-demand-mix']),
    dataPoint: (economy: string, indicator: string, year: string) => (year === '2023' ? { year: 2023, value: 39.1, economyName: economy, indicatorName: indicator } : undefined),
  };
  const page = (body: string) => ({ id: 'home', file: 'content/pages/home.mdx', body, data: { title: 't', description: 'd', updated: '2026-01-01' } });

  it('fails unknown claims, sources, charts, figures, series and events, naming the file', () => {
    const body = `<ClaimRef id="no-claim">x</ClaimRef> <SourceRef id="no-source">y</SourceRef> <Chart id="no-chart" />
<Reported source="test-source" figure="no-figure" /> <DataValue economy="XXX" indicator="NE.CON.PRVT.ZS" year="latest" />
<SourceCount claim="no-claim" /> of <SourceCount /> sources, on <EventDate id="no-event" />.`;
    const report = checkContent(snapshot({ pages: [page(body)] }), archives, facts);
    expect(report.problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/pages/home.mdx <ClaimRef> id',
      'content/pages/home.mdx <SourceRef> id',
      'content/pages/home.mdx <Chart> id',
      'content/pages/home.mdx <Reported> figure',
      'content/pages/home.mdx <DataValue> indicator',
      'content/pages/home.mdx <SourceCount> claim',
      'content/pages/home.mdx <EventDate> id',
    ]);
    expect(report.problems.find((p) => p.field === '<EventDate> id')?.message).toMatch(/unknown event "no-event".*content\/timeline\.yaml/);
  });

  it('carries what each use resolved to; a use that does not resolve is a content problem, and reading its value an internal error', () => {
    const report = checkContent(snapshot({ pages: [page('<SourceRef id="test-source">it</SourceRef> and <SourceRef id="no-source">that</SourceRef>')] }), archives, facts);
    expect(report.problems.map((p) => `${p.field}: ${p.message}`)).toEqual(['<SourceRef> id: unknown source "no-source". Known sources: test-source.']);
    expect(storyValue(report.storyValues, 'SourceRef', { id: 'test-source' })).toEqual({ path: '/sources/test-source/' });
    expect(() => storyValue(report.storyValues, 'SourceRef', { id: 'no-source' })).toThrow('Internal error, not a content problem: <SourceRef> "source:no-source" was not resolved by the content check');
  });

  it("fails a chart's heading level written by hand: the section the chart is in sets it", () => {
    const report = checkContent(snapshot({ pages: [page('## A section\n\n<Chart id="china-demand-mix" level={2} />')] }), archives, facts);
    expect(report.problems.map((p) => `${p.file} ${p.field}: ${p.message}`)).toEqual([
      "content/pages/home.mdx <Chart> level: leave it out: a chart's heading level follows from the section it is in (one level below the section's heading).",
    ]);
  });

  it('fails a figure date asked for where the source gives none', () => {
    const undated = source({ figures: [{ id: 'share', value: 40, unit: '%', what: 'Share', as_of: 'not stated', wording: 'Tariffs reached 145 percent in April' }] });
    const report = checkContent(snapshot({ sources: [undated], pages: [page('<Reported source="test-source" figure="share" show="as_of" />')] }), archives, facts);
    expect(report.problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      '<Reported> show: figure "share" of source "test-source" has no date: its as_of is "not stated", so there is nothing to show.',
    ]);
  });

  it('accepts references that resolve', () => {
    const withId = source({ figures: [{ id: 'peak-tariff', value: 145, unit: '%', what: 'Tariff', as_of: 'April 2025', wording: 'Tariffs reached 145 percent in April' }] });
    const body =
      '<SourceRef id="test-source">it</SourceRef> <Chart id="china-demand-mix" /> <Reported source="test-source" figure="peak-tariff" show="as_of" /> <DataValue economy="CHN" indicator="NE.CON.PRVT.ZS" year={2023} /> <SourceCount capital /> <EventDate id="launch" />';
    const timeline = [{ id: 'launch', file: 'content/timeline.yaml', data: { id: 'launch', date: '2015', title: 'Launch', description: 'It began.', status: 'happened' as const, sources: ['test-source'] } }];
    expect(checkContent(snapshot({ sources: [withId], pages: [page(body)], timeline }), archives, facts).problems).toEqual([]);
  });

  describe("a glossary term's sources are the sources whose archived texts use it", () => {
    const term = (terms: string[], sources: string[]) => ({
      id: 'tariff',
      file: 'content/glossary/tariff.yaml',
      data: { term: terms[0] ?? '', aliases: terms.slice(1), definition: 'A tax on imports.', sources },
    });
    const problemsOf = (glossaryTerm: ReturnType<typeof term>, withArchives = archives) =>
      checkContent(snapshot({ glossary: [glossaryTerm] }), withArchives).problems.map((p) => `${p.file} ${p.field}: ${p.message}`);

    it('accepts a list that names every source using the term or an alias, and no other', () => {
      expect(problemsOf(term(['tariff', 'Tariffs'], ['test-source']))).toEqual([]);
    });

    it('fails a source that uses the term but is not listed, naming the source, the words and the archived text', () => {
      expect(problemsOf(term(['tariff', 'Tariffs'], []))).toEqual([
        'content/glossary/tariff.yaml sources: source "test-source" uses this term ("Tariffs") in its archived text (a.txt) but is not listed: add it.',
      ]);
    });

    it('fails a listed source whose text uses neither the term nor an alias', () => {
      expect(problemsOf(term(['quota'], ['test-source']))).toEqual([
        'content/glossary/tariff.yaml sources[0]: "test-source" is listed, but its archived text (a.txt) uses neither "quota" nor an alias: remove it, or add the spelling the text uses to aliases.',
      ]);
    });

    it('cannot check without the archive, and says nothing', () => {
      expect(checkContent(snapshot({ glossary: [term(['quota'], ['test-source'])] }), undefined).problems).toEqual([]);
    });
  });
});

describe('the words of YAML page entries', () => {
  const page = (data: Record<string, unknown>) => ({ id: 'sources', file: 'content/pages/sources.yaml', data: { title: 'The {sources} sources', description: 'd', ...data } });

  it('fails an unknown placeholder, naming the file and the field', () => {
    const report = checkContent(snapshot({ pages: [page({ intro: 'All {source} of them.', phrases: { none: 'About {topic}, {topics}.' } })] }), archives);
    expect(report.problems.map((p) => `${p.file} ${p.field}: ${p.message.split(':')[0]}`)).toEqual([
      'content/pages/sources.yaml intro: unknown placeholder {source}',
      'content/pages/sources.yaml phrases.none: unknown placeholder {topics}',
    ]);
  });

  it('holds them to the rules of our own words: no relative time, no typed count of sources', () => {
    const report = checkContent(snapshot({ pages: [page({ description: 'What five sources report now.' })] }), archives);
    expect(report.problems.map((p) => `${p.field} ${p.message.match(/^"[^"]+"/)?.[0]}`)).toEqual(['description "five sources"', 'description "now"']);
  });
});
