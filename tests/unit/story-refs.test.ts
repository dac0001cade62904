import { describe, expect, it } from 'vitest';
import { resolveStoryUse, STORY_COMPONENTS, type StoryIndex } from '../../src/lib/content/story-components';
import { findStoryReferences, sectionsPlacingChart } from '../../src/lib/content/story-refs';
import { buildTimeline } from '../../src/lib/content/timeline';
import { validSourceData } from './fixtures';

describe('findStoryReferences', () => {
  it('finds each reference component, its attributes and where its tag starts', () => {
    const body = `Tariffs hit <Reported source="mdt-agencies" figure="peak-tariff" /> as <ClaimRef id="tariffs-145-then-about-40">reported</ClaimRef>.
<Chart id="china-demand-mix" />
Households spent <DataValue economy="CHN" indicator="NE.CON.PRVT.ZS" year={2023} />.`;
    expect(findStoryReferences(body)).toEqual([
      { component: 'Reported', attributes: { source: 'mdt-agencies', figure: 'peak-tariff' }, position: { line: 1, column: 13 }, insideLink: false },
      { component: 'ClaimRef', attributes: { id: 'tariffs-145-then-about-40' }, position: { line: 1, column: 72 }, insideLink: false },
      { component: 'Chart', attributes: { id: 'china-demand-mix' }, position: { line: 2, column: 1 }, insideLink: false },
      { component: 'DataValue', attributes: { economy: 'CHN', indicator: 'NE.CON.PRVT.ZS', year: '2023' }, position: { line: 3, column: 18 }, insideLink: false },
    ]);
  });

  it('reads the syntax tree: a tag in a code span is no use, and a use inside a link knows it', () => {
    const body = 'Write `<ClaimRef id="x" />` to cite. See [the <SourceRef id="a" /> page](/sources/a/) and <ClaimRef id="c">the <SourceRef id="b" /></ClaimRef>.';
    expect(findStoryReferences(body).map(({ component, attributes, insideLink }) => [component, attributes['id'], insideLink])).toEqual([
      ['SourceRef', 'a', true],
      ['ClaimRef', 'c', false],
      ['SourceRef', 'b', true],
    ]);
  });
});

describe('resolveStoryUse', () => {
  const timeline = buildTimeline([{ id: 'e', data: { id: 'e', date: '2015', title: 'It began', description: 'd', status: 'happened', sources: ['s'] } }], [{ id: 's', data: validSourceData }]);
  const index: StoryIndex = {
    claims: new Map([['c', { id: 'c', data: { statement: 'A claim.', topic: 'technology', reports: [{ source: 's', wording: 'one' }, { source: 't', wording: 'two', support: 'partial', lacks: 'a date' }] } }]]) as StoryIndex['claims'],
    sources: new Map([['s', { ...validSourceData, figures: [{ id: 'f', what: 'A figure', value: 1, unit: '%', as_of: 'not stated', wording: 'one' }] }]]) as StoryIndex['sources'],
    eventIds: new Set(['e', 'unsourced']),
    events: new Map(timeline.filter((item) => item.kind === 'event').map((item) => [item.id, item])),
    chartIds: new Set(['k']),
    hasSeries: (economy) => economy === 'CHN',
    dataPoint: (_economy, indicator, year) => (year === 'latest' ? { year: 2023, value: 39.1, economyName: 'China', indicatorName: indicator } : undefined),
  };

  it('resolves a use to what its component prints, under the key of what it names', () => {
    expect(resolveStoryUse('ClaimRef', { id: 'c' }, index)).toEqual({ key: 'claim:c', value: { path: '/claims/c/' } });
    expect(resolveStoryUse('DataValue', { economy: 'CHN', indicator: 'X', year: 'latest', chart: 'k' }, index)).toEqual({
      key: 'data:CHN:X:latest',
      value: { year: 2023, value: 39.1, economyName: 'China', indicatorName: 'X' },
    });
    expect(resolveStoryUse('EventDate', { id: 'e' }, index)).toEqual({ key: 'event:e', value: expect.objectContaining({ id: 'e', title: 'It began', dateLabel: '2015', status: 'happened' }) });
  });

  it('counts the sources stating a claim in full, or every source without a claim', () => {
    expect(resolveStoryUse('SourceCount', { claim: 'c' }, index)).toEqual({ key: 'count:c', value: { count: 1 } });
    expect(resolveStoryUse('SourceCount', { capital: '' }, index)).toEqual({ key: 'count:', value: { count: 1 } });
  });

  it('finds a value under the key of the props a component is given: year={2023} arrives as a number', () => {
    const resolution = resolveStoryUse('DataValue', { economy: 'CHN', indicator: 'X', year: '2023' }, { ...index, dataPoint: () => ({ year: 2023, value: 1, economyName: 'China', indicatorName: 'X' }) });
    expect(resolution).toMatchObject({ key: STORY_COMPONENTS.DataValue.key({ economy: 'CHN', indicator: 'X', year: 2023 }) });
    expect(STORY_COMPONENTS.SourceCount.key({ claim: 'c' })).not.toBe(STORY_COMPONENTS.SourceCount.key({}));
  });

  it('gives a figure and its date one key, whatever the use prints', () => {
    const figure = resolveStoryUse('Reported', { source: 's', figure: 'f' }, index);
    expect(resolveStoryUse('Reported', { source: 's', figure: 'f', bare: '' }, index)).toEqual(figure);
    expect(figure).toMatchObject({ key: 'figure:s:f', value: { sourceId: 's', sourceName: 'Test', figure: { id: 'f', value: 1 } } });
  });

  const problemsOf = (...use: Parameters<typeof resolveStoryUse>) => {
    const resolution = resolveStoryUse(...use);
    return 'problems' in resolution ? resolution.problems : [];
  };

  it('checks the attributes against the props schema before resolving them', () => {
    expect(problemsOf('Reported', { source: 's', figur: 'f' }, index)).toEqual([
      { attribute: 'figure', message: 'is required: add this field' },
      { attribute: 'figur', message: 'is not a field here: check its spelling, or remove it' },
    ]);
    expect(problemsOf('DataValue', { economy: 'CHN', indicator: 'X', year: 'latest', show: 'both' }, index)).toEqual([
      { attribute: 'show', message: 'must be one of "value", "year", not the text "both"' },
    ]);
  });

  it('names what does not resolve', () => {
    expect(problemsOf('DataValue', { economy: 'CHN', indicator: 'X', year: '1950' }, index)).toEqual([
      { attribute: 'year', message: 'the data have no value of X for CHN in "1950": name a year they have, or "latest".' },
    ]);
    expect(problemsOf('DataValue', { economy: 'CHN', indicator: 'X', year: 'latest', chart: 'nope' }, index)).toEqual([{ attribute: 'chart', message: 'unknown chart "nope". Known charts: k.' }]);
    expect(problemsOf('Reported', { source: 's', figure: 'f', show: 'as_of' }, index)).toEqual([
      { attribute: 'show', message: 'figure "f" of source "s" has no date: its as_of is "not stated", so there is nothing to show.' },
    ]);
    expect(problemsOf('EventDate', { id: 'unsourced' }, index)).toEqual([
      { attribute: 'id', message: 'event "unsourced" names no known source, so it has no date it is as of: correct its sources in content/timeline.yaml.' },
    ]);
    expect(problemsOf('EventStatus', { id: 'e' }, index)).toEqual([
      { attribute: 'id', message: 'event "e" happened; <EventStatus> is for planned or expected events. Use <EventDate id="e" />.' },
    ]);
  });
});

describe('sectionsPlacingChart', () => {
  it('names the section headings under which a chart is placed, once each', () => {
    const body = ['Intro <Chart id="a" />', '', '## First', '', '<Chart id="a" />', '', '<Chart id="b" />', '', '## Second *part*', '', 'Text', '', '<Chart id="a" />', '', '<Chart id="a" />'].join('\n');
    expect(sectionsPlacingChart(body, 'a')).toEqual(['First', 'Second part']);
    expect(sectionsPlacingChart(body, 'b')).toEqual(['First']);
    expect(sectionsPlacingChart(body, 'c')).toEqual([]);
  });
});
