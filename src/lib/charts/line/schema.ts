/** content/charts/<id>.yaml with `type: line`: one line per series over the years. */
import { z } from 'astro/zod';
import { text } from '../../content/schemas';
import { chartBase, chartYear, economyCode, indicatorCode } from '../schema-parts';

/** One line: an indicator for an economy. */
const lineSeries = z.strictObject({
  indicator: indicatorCode.describe('The World Bank indicator code.'),
  economy: economyCode.describe("The economy's code; it must have this indicator in content/data/wdi_shares.csv."),
  label: text('series[].label').describe('The label written at the end of the line and in the table.'),
  short_label: text('series[].short_label').optional().describe('A shorter label for narrow screens (defaults to label); no economy codes. Unused with more than five series (small multiples, titled by economy).'),
  colour: z.number().int().min(1).max(6, { error: 'colour must be 1, 2, 3, 4, 5 or 6' }).optional().describe('Palette colour 1–6 (defaults: the first series 1, the others 2–6 in turn).'),
  dash: z.enum(['solid', 'dashed', 'dotted'], { error: 'dash must be "solid", "dashed" or "dotted"' }).optional().describe('Line pattern (defaults: solid; aggregates and repeated colours dashed).'),
});

/** content/charts/<id>.yaml: a line chart over years. The file name is the chart's id. */
export const lineChartSchema = z.strictObject({
  ...chartBase,
  type: z.literal('line').describe('One line per series over the years.'),
  series: z.array(lineSeries).min(1, { error: 'give at least one series' }).describe('The lines, in legend order; the first is the focus of the summary sentence.'),
  years: z.strictObject({
    from: chartYear('years.from').describe('First year on the axis.'),
    to: chartYear('years.to').describe('Last year on the axis.'),
  }).describe('The years shown, inclusive.'),
  y: z.strictObject({ min: z.number().describe('Bottom of the axis.'), max: z.number().describe('Top of the axis.') }).optional().describe('The value axis; omit to fit the data (always including 0).'),
  band: z
    .strictObject({
      from: z.number({ error: 'band.from must be a number' }).describe("Lower bound, in the chart's unit."),
      to: z.number({ error: 'band.to must be a number' }).describe("Upper bound, in the chart's unit."),
      label: text('band.label').describe("What the band is, in the sources' terms; write its range as {band} (\"50–70%\"), never typed."),
      short_label: text('band.short_label').optional().describe('A shorter label for narrow screens (defaults to label).'),
    })
    .optional()
    .describe('A shaded range of values with its label, e.g. a range the sources cite.'),
  annotations: z
    .array(
      z.strictObject({
        year: chartYear('annotations[].year').describe('The year marked.'),
        label: text('annotations[].label').describe('Short text shown at the mark, its year as {year}, e.g. "{year}: Made in China 2025 launched".'),
        short_label: text('annotations[].short_label').optional().describe('A shorter text for narrow screens (defaults to label).'),
        check: z
          .strictObject({
            series: z.number().int().nonnegative().describe('Index of the series in `series` (0 for the first).'),
            is: z.enum(['min', 'max'], { error: 'check.is must be "min" or "max"' }).describe('"min" or "max" over every year of the data.'),
          })
          .optional()
          .describe("A claim the build verifies: this year is the series' lowest or highest value."),
      }),
    )
    .default([])
    .describe('Marked years with a short label; a label claiming a low or high point names it in `check`.'),
});

export type LineChartSpec = z.output<typeof lineChartSchema>;
