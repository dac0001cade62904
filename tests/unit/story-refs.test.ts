import { describe, expect, it } from 'vitest';
import { findStoryReferences, sectionsPlacingChart } from '../../src/lib/story-refs';

describe('findStoryReferences', () => {
  it('finds each reference component and its attributes', () => {
    const body = `Tariffs hit <Reported source="mdt-agencies" figure="peak-tariff" /> as <ClaimRef id="tariffs-145-then-about-40">reported</ClaimRef>.
<Chart id="china-demand-mix" />
Households spent <DataValue economy="CHN" indicator="NE.CON.PRVT.ZS" year={2023} />.`;
    expect(findStoryReferences(body)).toEqual([
      { component: 'Reported', attributes: { source: 'mdt-agencies', figure: 'peak-tariff' } },
      { component: 'ClaimRef', attributes: { id: 'tariffs-145-then-about-40' } },
      { component: 'Chart', attributes: { id: 'china-demand-mix' } },
      { component: 'DataValue', attributes: { economy: 'CHN', indicator: 'NE.CON.PRVT.ZS', year: '2023' } },
    ]);
  });
});

describe('sectionsPlacingChart', () => {
  it('names the section headings under which a chart is placed, once each', () => {
    const body = ['Intro <Chart id="a" />', '## First', '<Chart id="a" />', '<Chart id="b" />', '## Second', 'Text', '<Chart id="a" />', '<Chart id="a" />'].join('\n');
    expect(sectionsPlacingChart(body, 'a')).toEqual(['First', 'Second']);
    expect(sectionsPlacingChart(body, 'b')).toEqual(['First']);
    expect(sectionsPlacingChart(body, 'c')).toEqual([]);
  });
});
