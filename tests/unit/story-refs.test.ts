import { describe, expect, it } from 'vitest';
import { findStoryReferences } from '../../src/lib/story-refs';

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
