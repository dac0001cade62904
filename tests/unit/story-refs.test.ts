import { describe, expect, it } from 'vitest';
import { storyUseProblems, type StoryIndex } from '../../src/lib/content/story-components';
import { findStoryReferences, sectionsPlacingChart } from '../../src/lib/content/story-refs';
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

describe('storyUseProblems', () => {
  const index: StoryIndex = {
    claimIds: new Set(['c']),
    sources: new Map([['s', { ...validSourceData, figures: [{ id: 'f', what: 'A figure', value: 1, unit: '%', as_of: 'not stated', wording: 'one' }] }]]) as StoryIndex['sources'],
    eventStatus: new Map([['e', 'happened']]),
    chartIds: new Set(['k']),
    hasSeries: (economy) => economy === 'CHN',
    hasValue: (_economy, _indicator, year) => year === 'latest',
  };

  it('accepts uses that resolve', () => {
    expect(storyUseProblems('ClaimRef', { id: 'c' }, index)).toEqual([]);
    expect(storyUseProblems('DataValue', { economy: 'CHN', indicator: 'X', year: 'latest', chart: 'k' }, index)).toEqual([]);
  });

  it('checks the attributes against the props schema before resolving them', () => {
    expect(storyUseProblems('Reported', { source: 's', figur: 'f' }, index)).toEqual([
      { attribute: 'figure', message: 'is required: add this field' },
      { attribute: 'figur', message: 'is not a field here: check its spelling, or remove it' },
    ]);
    expect(storyUseProblems('DataValue', { economy: 'CHN', indicator: 'X', year: 'latest', show: 'both' }, index)).toEqual([
      { attribute: 'show', message: 'must be one of "value", "year", not the text "both"' },
    ]);
  });

  it('names what does not resolve', () => {
    expect(storyUseProblems('DataValue', { economy: 'CHN', indicator: 'X', year: '1950' }, index)).toEqual([
      { attribute: 'year', message: 'the data have no value of X for CHN in "1950": name a year they have, or "latest".' },
    ]);
    expect(storyUseProblems('DataValue', { economy: 'CHN', indicator: 'X', year: 'latest', chart: 'nope' }, index)).toEqual([{ attribute: 'chart', message: 'unknown chart "nope". Known charts: k.' }]);
    expect(storyUseProblems('Reported', { source: 's', figure: 'f', show: 'as_of' }, index)).toEqual([
      { attribute: 'show', message: 'figure "f" of source "s" has no date: its as_of is "not stated", so there is nothing to show.' },
    ]);
    expect(storyUseProblems('EventStatus', { id: 'e' }, index)).toEqual([
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
