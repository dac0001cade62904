import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapChart, stepLabels } from '../../src/lib/charts/map';
import { mapGeometry, outlines, withoutSpecks } from '../../src/lib/charts/map/geometry';
import { type CountryTopology, resolveMap, stepOf, unmatchedWarning } from '../../src/lib/charts/map/resolve';
import { mapChartSchema } from '../../src/lib/charts/map/schema';
import { loadWdi, parseWdi } from '../../src/lib/data/wdi';
import { subpaths } from './path-data';
import { dataPhrase } from './fixtures';

const fixture = JSON.parse(readFileSync('tests/fixtures/map-topology.json', 'utf8')) as CountryTopology;
const spec = mapChartSchema.parse({
  title: 'T',
  page_title: 'P',
  subtitle: 'S',
  type: 'map',
  unit: '% of GDP',
  indicator: 'NE.CON.PRVT.ZS',
  steps: [40, 50, 60],
  highlight: [{ economy: 'CHN', label: 'China' }],
});
const small = parseWdi({
  indicators: readFileSync('content/data/indicators.csv', 'utf8'),
  economies: 'code,name,aggregate\nCHN,China,0\nUSA,United States,0\nWLD,World,1\nJPN,Japan,0',
  shares: [
    'country_code,country_name,indicator_code,indicator_name,year,value',
    'CHN,China,NE.CON.PRVT.ZS,x,2022,37.39',
    'CHN,China,NE.CON.PRVT.ZS,x,2023,39.13',
    'USA,United States,NE.CON.PRVT.ZS,x,2023,67.9',
    'WLD,World,NE.CON.PRVT.ZS,x,2023,56',
  ].join('\n'),
});

describe('a map resolved against a fixture topology', () => {
  const chart = resolveMap('m', spec, small, fixture);
  it('takes each economy’s latest value, leaves the aggregates out, and steps the values', () => {
    expect(chart.values.map((v) => [v.economy, v.year, v.value, v.step])).toEqual([
      ['CHN', 2023, 39.13, 0],
      ['USA', 2023, 67.9, 3],
    ]);
  });
  it('lists a shape with no WDI economy and a WDI economy with no shape, and the build warning names them', () => {
    expect(chart.unmatched).toEqual({ shapes: ['Atlantis', 'Nowhere'], economies: ['United States (USA)'] });
    expect(chart.shapeRows).toEqual([0, undefined, undefined]);
    const warning = unmatchedWarning(chart)!;
    expect(warning).toMatch(/^content\/charts\/m\.yaml: 2 map shape\(s\) with no WDI economy, drawn as "no data": Atlantis, Nowhere; 1 WDI economy/);
    expect(warning).toContain('United States (USA)');
    expect(unmatchedWarning({ file: 'x', unmatched: { shapes: [], economies: [] } })).toBeUndefined();
  });
  it('draws the matched shape in its step, hatches the others, and labels the highlighted economy', () => {
    const g = mapGeometry(chart, 'wide');
    // In drawing order: "no data" first, the highlighted economy last, on top of its neighbours.
    expect(g.shapes.map((s) => [s.row, s.step, s.focus])).toEqual([
      [undefined, undefined, false],
      [undefined, undefined, false],
      [0, 0, true],
    ]);
    // Whole-unit outlines, each ring closed.
    expect(g.shapes.every((s) => subpaths(s.d).every((ring) => ring.closed && ring.points.flat().every(Number.isInteger)))).toBe(true);
    expect(g.labels).toEqual([expect.objectContaining({ text: 'China' })]);
    // A step's shapes share one group, which carries their class, fill and legend key; the highlighted economy's is its own.
    const markup = mapChart.render(chart, g);
    expect(markup).toMatch(/<g class="map__shape map__none" fill="url\(#map-hatch-m\)" data-s="none"><path d="[^"]+"\/><path d="[^"]+"\/><\/g>/);
    expect(markup).toMatch(/<g class="map__shape map__s0 is-focus" data-s="s0"><path d="[^"]+"\/><\/g>/);
    // The script finds each shape's row in the island's marks, in drawing order.
    expect(mapChart.island(chart, dataPhrase).marks).toEqual([0]);
  });
  it('names a highlighted economy without a value', () => {
    const bad = mapChartSchema.parse({ ...spec, highlight: [{ economy: 'JPN', label: 'Japan' }] });
    expect(() => resolveMap('m', bad, small, fixture)).toThrow('content/charts/m.yaml, field "highlight[0].economy": "JPN" has no NE.CON.PRVT.ZS value');
  });
});

describe('map outlines', () => {
  it('leave out a ring under a unit across, unless it is all the shape has', () => {
    const square: [number, number][] = [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
    ];
    const speck: [number, number][] = [
      [9, 9],
      [10, 9],
    ];
    expect(withoutSpecks([speck, square])).toEqual([square]);
    expect(withoutSpecks([speck])).toEqual([speck]);
  });
  it('write a border two shapes share the same way both times, so it repeats', () => {
    // Two squares side by side, both drawn clockwise: they walk their shared side in opposite directions.
    const left: [number, number][] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
    ];
    const right: [number, number][] = [
      [10, 0],
      [20, 0],
      [20, 10],
      [10, 10],
    ];
    const [a, b] = outlines([[left], [right]]).map((d) => subpaths(d)[0]!);
    expect(a!.points).toEqual(left);
    // The right one is turned round: it follows the left one's side from (10,0) to (10,10), the same vertices.
    expect(b!.points).toEqual([...right].reverse());
    expect(b!.closed).toBe(true);
  });
});

describe('the map scale', () => {
  it('puts a value in the step of the boundaries it reaches', () => {
    expect([39.9, 40, 55, 60, 99].map((v) => stepOf(v, [40, 50, 60]))).toEqual([0, 1, 2, 3, 3]);
  });
  it('says what each step means', () => {
    expect(stepLabels([40, 50, 60], (v) => `${v}%`, dataPhrase)).toEqual(['under 40%', '40% to under 50%', '50% to under 60%', '60% or more']);
  });
  it('rejects boundaries that do not rise', () => {
    expect(mapChartSchema.safeParse({ ...spec, steps: [50, 40] }).success).toBe(false);
  });
});

describe('the real maps', () => {
  it('draw the world with China marked, and say where China ranks', async () => {
    const data = await loadWdi();
    const chart = mapChart.resolve('household-consumption-map', { ...spec, steps: [40, 50, 60, 70, 80] }, data);
    expect(chart.values.some((v) => v.economy === 'WLD' || v.economy === 'EMU')).toBe(false);
    expect(chart.values.find((v) => v.economy === 'CHN')).toMatchObject({ year: 2023, step: 0, label: 'China' });
    expect(mapChart.summary(chart, dataPhrase)).toMatch(/^In 2023 household consumption was 39\.1% of China's GDP: of \d+ economies with a value, \d+ had a higher share and \d+ a lower one\.$/);
    // However far the outlines are simplified, no economy falls to a speck: each shape keeps a ring
    // of three vertices or more once rounded (Denmark, Lesotho, Jamaica, Taiwan… among the smallest).
    const shapes = mapGeometry(chart, 'wide').shapes;
    expect(shapes.length).toBeGreaterThan(170);
    expect(shapes.filter((shape) => !subpaths(shape.d).some((ring) => ring.points.length >= 3))).toEqual([]);
    const legend = mapChart.legend(chart, dataPhrase);
    expect(legend.map((item) => item.label)).toEqual(['under 40%', '40% to under 50%', '50% to under 60%', '60% to under 70%', '70% to under 80%', '80% or more', dataPhrase('tip_no_data')]);
  });
});
