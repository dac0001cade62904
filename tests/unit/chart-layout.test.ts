/**
 * Chart layout for readers who zoom, space text or read on a phone (issue 15): ticks thinned so
 * spaced labels never touch, event labels by their own rule and crossed by no other, the band's
 * label where no line crosses it, small multiples for many series, no economy codes in labels.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { spacedTicks, spacedWidth, textWidth } from '../../src/lib/charts/chart';
import { lineChart } from '../../src/lib/charts/line';
import { bandLabelSpot, crossesBox, MOST_LINES_NARROW, placeAnnotations } from '../../src/lib/charts/line/geometry';
import { buildChart, type ChartSpec, chartSpecSchema } from '../../src/lib/charts/registry';
import { loadWdi } from '../../src/lib/data/wdi';
import { dataPhrase, lineChartIds, specOf } from './fixtures';

const data = await loadWdi();
const lineIds = lineChartIds;
const resolved = (id: string) => lineChart.resolve(id, specOf(id) as Extract<ChartSpec, { type: 'line' }>, data);

describe('ticks with room for the reader\'s text spacing', () => {
  const years = [1960, 1965, 1970, 1975, 1980, 1985, 1990, 1995, 2000, 2005, 2010, 2015, 2020];
  const at = (width: number) => (year: number) => ((year - 1960) / 63) * width;

  it('keeps every tick when spaced labels fit, and every second one when they would touch', () => {
    expect(spacedTicks(years, at(900), String, 13)).toEqual(years);
    const narrow = spacedTicks(years, at(400), String, 13);
    expect(narrow).toEqual([1960, 1970, 1980, 1990, 2000, 2010, 2020]);
  });
  it('leaves at least a spaced label and half an em between neighbours', () => {
    for (const width of [120, 250, 400, 560, 700]) {
      const kept = spacedTicks(years, at(width), String, 13);
      kept.slice(1).forEach((year, i) => expect(at(width)(year) - at(width)(kept[i]!)).toBeGreaterThanOrEqual(spacedWidth('2000', 13) + 6.5));
    }
  });
});

describe('event labels', () => {
  /** Each label's box in drawing units, from a placement. */
  const boxes = (marks: { x: number; width: number }[], placements: ReturnType<typeof placeAnnotations>) =>
    placements.map((p, i) => {
      const m = marks[i]!;
      const left = p.side === 'right' ? m.x + 3 : m.x - 3 - m.width;
      return { left, right: left + m.width, row: p.row, x: m.x };
    });
  /** No label overlaps another in its row, and no rule from a row above crosses it. */
  const expectClear = (marks: { x: number; width: number }[], width: number) => {
    const placed = boxes(marks, placeAnnotations(marks, width));
    for (const a of placed) {
      expect(Math.min(Math.abs(a.left - a.x), Math.abs(a.right - a.x))).toBeLessThanOrEqual(3);
      expect(a.left).toBeGreaterThanOrEqual(-2);
      expect(a.right).toBeLessThanOrEqual(width + 2);
      for (const b of placed) {
        if (a === b) continue;
        if (a.row === b.row) expect(a.right < b.left || b.right < a.left).toBe(true);
        if (b.row < a.row) expect(b.x < a.left || b.x > a.right).toBe(true);
      }
    }
    return placed;
  };

  it('the narrow demand-mix case: the 2015 label never ends on the 2010 rule (the issue\'s phone screenshot)', () => {
    const marks = [
      { x: 166, width: textWidth("2010: households' low", 12) },
      { x: 180, width: textWidth('2015: Made in China 2025', 12) },
      { x: 193, width: textWidth('2020: pandemic', 12) },
    ];
    const placed = expectClear(marks, 320);
    // All three end at their rules, staircased: the rightmost event on top.
    expect(placed.map((p) => p.row)).toEqual([1, 0, 0]);
  });
  it('keeps labels clear for every line chart spec, in both drawings', () => {
    for (const id of lineIds) {
      for (const variant of ['wide', 'narrow'] as const) {
        const g = lineChart.geometry(resolved(id), variant);
        const marks = g.annotations.map((a) => ({ x: a.x, width: textWidth(a.label, g.font - 1) }));
        expectClear(marks, g.width);
      }
    }
  });
});

describe('the band label', () => {
  const band = { top: 100, bottom: 160 };
  const plot = { left: 30, right: 330, top: 20, bottom: 300 };
  it('finds the first spot inside the band that no segment crosses', () => {
    const blocking = [[40, 90, 120, 170] as [number, number, number, number]];
    const spot = bandLabelSpot(band, plot, 80, 12, blocking);
    expect(spot).toBeDefined();
    const box = { left: spot!.x - 2, right: spot!.x + 82, top: spot!.y - 12, bottom: spot!.y + 3 };
    expect(crossesBox(blocking[0]!, box)).toBe(false);
    expect(box.top).toBeGreaterThanOrEqual(band.top);
  });
  it('gives up when lines cross the band everywhere, so the label goes to the key', () => {
    const everywhere = Array.from({ length: 80 }, (_, i) => [30 + i * 4, 95, 34 + i * 4, 165] as [number, number, number, number]);
    expect(bandLabelSpot(band, plot, 80, 12, everywhere)).toBeUndefined();
  });
  it('the peers chart: no data line crosses the band label in either drawing', () => {
    const chart = resolved('household-consumption-peers');
    const wide = lineChart.geometry(chart, 'wide');
    expect(wide.band).toBeDefined();
    // On the chart's data the lines cross the 50–70% band everywhere: the label is in the key above the plot.
    expect(wide.band!.inKey).toBe(true);
    expect(wide.band!.labelY).toBeLessThan(wide.plot.top);
    const narrow = lineChart.geometry(chart, 'narrow');
    expect(narrow.key.find((item) => item.swatch === 'band')?.text).toBe(chart.band!.shortLabel);
  });
});

describe('small multiples on narrow screens', () => {
  it(`turns a narrow drawing of more than ${MOST_LINES_NARROW} series into one panel per economy, named as the legend names it`, () => {
    for (const id of lineIds) {
      const chart = resolved(id);
      const narrow = lineChart.geometry(chart, 'narrow');
      const economies = [...new Set(chart.series.map((s) => s.economy))];
      if (chart.series.length > MOST_LINES_NARROW) {
        // One economy, one name within a chart: a panel's title is its series' label, or the words
        // before the comma its labels share ("Korea" of "Korea, manufacturing" and "Korea, exports").
        expect(narrow.panels?.map((p) => p.title)).toEqual(
          economies.map((code) => {
            const labels = chart.series.filter((s) => s.economy === code).map((s) => s.label);
            return labels.length === 1 ? labels[0] : labels[0]!.slice(0, labels[0]!.lastIndexOf(', '));
          }),
        );
        expect(narrow.labels).toEqual([]);
        // Panels never overlap and stay inside the drawing.
        const panels = narrow.panels!;
        panels.forEach((a, i) => {
          expect(a.plot.left).toBeGreaterThanOrEqual(0);
          expect(a.plot.right).toBeLessThanOrEqual(narrow.width);
          expect(a.plot.bottom).toBeLessThan(narrow.height);
          panels.slice(i + 1).forEach((b) => expect(a.plot.right <= b.plot.left || b.plot.right <= a.plot.left || a.plot.bottom <= b.titleY - 12 || b.plot.bottom <= a.titleY - 12).toBe(true));
        });
      } else expect(narrow.panels).toBeUndefined();
      expect(lineChart.geometry(chart, 'wide').panels).toBeUndefined();
    }
  });
  it('keys the dash of each indicator when panels hold several (manufacturing and exports)', () => {
    const narrow = lineChart.geometry(resolved('manufacturing-and-exports'), 'narrow');
    expect(narrow.key.map((item) => item.text)).toEqual(['Manufacturing value added', 'Exports']);
    expect(narrow.panels!.every((p) => p.series.length === 2)).toBe(true);
  });
  it('repeats the focus line faintly in each other panel when panels hold one series', () => {
    const narrow = lineChart.geometry(resolved('investment-peers'), 'narrow');
    expect(narrow.paths.filter((p) => p.reference)).toHaveLength(narrow.panels!.length - 1);
    expect(narrow.key[0]?.text).toBe('China, for comparison');
  });
});

describe('one economy, one name within a chart', () => {
  const series = (labels: string[]) =>
    chartSpecSchema.parse({
      title: 'T', page_title: 'Short T', subtitle: 'S', type: 'line', unit: '% of GDP', years: { from: 2000, to: 2023 },
      series: [
        { indicator: 'NV.IND.MANF.ZS', economy: 'KOR', label: labels[0] },
        { indicator: 'NE.EXP.GNFS.ZS', economy: 'KOR', label: labels[1] },
        { indicator: 'NE.EXP.GNFS.ZS', economy: 'DEU', label: 'Germany, exports' },
      ],
    });
  it('the panel titles and the summary use the labels\' name, not the one in economies.csv', () => {
    const built = buildChart('x', series(['Korea, manufacturing', 'Korea, exports']), data, dataPhrase);
    expect(built.summary).toContain('of GDP in Korea');
    expect(built.summary).not.toContain('Korea, Rep.');
  });
  it('a chart of several economies and indicators fails on a label without the economy\'s name, or with another name for it', () => {
    expect(() => buildChart('x', series(['Korea, manufacturing', 'Korea exports']), data, dataPhrase)).toThrow(
      'content/charts/x.yaml, field "series[1].label": "Korea exports" does not begin with the economy\'s name and a comma',
    );
    expect(() => buildChart('x', series(['Korea, manufacturing', 'South Korea, exports']), data, dataPhrase)).toThrow(
      'content/charts/x.yaml, field "series[1].label": names KOR "South Korea", but series[0].label names it "Korea": give one economy one name within a chart',
    );
  });
});

describe('labels name economies in words', () => {
  const base = {
    title: 'T', page_title: 'Short T', subtitle: 'S', type: 'line', unit: '% of GDP', years: { from: 2000, to: 2023 },
    series: [{ indicator: 'NE.EXP.GNFS.ZS', economy: 'KOR', label: 'Korea, exports' }],
  };
  it('a label holding an economy code fails the build, naming the file, the field and the name to write', () => {
    const spec = chartSpecSchema.parse({ ...base, series: [{ ...base.series[0], short_label: 'KOR exp' }] });
    expect(() => buildChart('x', spec, data, dataPhrase)).toThrow('content/charts/x.yaml, field "series[0].short_label": "KOR exp" contains the code KOR: write the economy\'s name (Korea, Rep.)');
    const annotated = chartSpecSchema.parse({ ...base, annotations: [{ year: 2015, label: '2015: DEU peak' }] });
    expect(() => buildChart('x', annotated, data, dataPhrase)).toThrow('field "annotations[0].label"');
  });
  it('short forms readers know ("US", "UK") and capitalised words are allowed', () => {
    const spec = chartSpecSchema.parse({ ...base, series: [{ ...base.series[0], short_label: 'US and UK GDP' }] });
    expect(buildChart('x', spec, data, dataPhrase).chart.type).toBe('line');
  });
  it('no chart in content/charts draws a label with an economy code, in either drawing', () => {
    for (const id of readdirSync('content/charts').filter((n) => n.endsWith('.yaml')).map((n) => n.slice(0, -5))) {
      for (const drawing of buildChart(id, specOf(id), data, dataPhrase).drawings) {
        const texts = [...drawing.markup.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
        for (const text of texts) expect(text.match(/\b[A-Z]{3}\b/g)?.filter((w) => data.economies.has(w)) ?? []).toEqual([]);
      }
    }
  });
});
