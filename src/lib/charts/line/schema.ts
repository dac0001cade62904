/** content/charts/<id>.yaml with `type: line`: one line per series over the years. */
import { z } from 'astro/zod';
import { text } from '../../schemas';
import { chartBase, chartYear, economyCode, indicatorCode } from '../schema-parts';

/** One line: an indicator for an economy. */
const lineSeries = z.strictObject({
  /** The World Bank indicator code. */
  indicator: indicatorCode,
  /** The economy's code; it must have this indicator in content/data/wdi_shares.csv. */
  economy: economyCode,
  /** The label written at the end of the line and in the table. */
  label: text('series[].label'),
  /** A shorter label for narrow screens (defaults to label); no economy codes. Unused with more than five series (small multiples, titled by economy). */
  short_label: text('series[].short_label').optional(),
  /** Palette colour 1–6 (defaults: the first series 1, the others 2–6 in turn). */
  colour: z.number().int().min(1).max(6, { error: 'colour must be 1, 2, 3, 4, 5 or 6' }).optional(),
  /** Line pattern (defaults: solid; aggregates and repeated colours dashed). */
  dash: z.enum(['solid', 'dashed', 'dotted'], { error: 'dash must be "solid", "dashed" or "dotted"' }).optional(),
});

/** content/charts/<id>.yaml: a line chart over years. The file name is the chart's id. */
export const lineChartSchema = z.strictObject({
  ...chartBase,
  /** "line": one line per series over the years. */
  type: z.literal('line'),
  /** The lines, in legend order; the first is the focus of the summary sentence. */
  series: z.array(lineSeries).min(1, { error: 'give at least one series' }),
  /** The years shown, inclusive. */
  years: z.strictObject({
    /** First year on the axis. */
    from: chartYear('years.from'),
    /** Last year on the axis. */
    to: chartYear('years.to'),
  }),
  /** The value axis; omit to fit the data (always including 0). */
  y: z.strictObject({ /** Bottom of the axis. */ min: z.number(), /** Top of the axis. */ max: z.number() }).optional(),
  /** A shaded range of values with its label, e.g. a range the sources cite. */
  band: z
    .strictObject({
      /** Lower bound, in the chart's unit. */
      from: z.number({ error: 'band.from must be a number' }),
      /** Upper bound, in the chart's unit. */
      to: z.number({ error: 'band.to must be a number' }),
      /** What the band is, in the sources' terms. */
      label: text('band.label'),
      /** A shorter label for narrow screens (defaults to label). */
      short_label: text('band.short_label').optional(),
    })
    .optional(),
  /** Marked years with a short label; a label claiming a low or high point names it in `check`. */
  annotations: z
    .array(
      z.strictObject({
        /** The year marked. */
        year: chartYear('annotations[].year'),
        /** Short text shown at the mark, e.g. "2015: Made in China 2025 launched". */
        label: text('annotations[].label'),
        /** A shorter text for narrow screens (defaults to label). */
        short_label: text('annotations[].short_label').optional(),
        /** A claim the build verifies: this year is the series' lowest or highest value. */
        check: z
          .strictObject({
            /** Index of the series in `series` (0 for the first). */
            series: z.number().int().nonnegative(),
            /** "min" or "max" over every year of the data. */
            is: z.enum(['min', 'max'], { error: 'check.is must be "min" or "max"' }),
          })
          .optional(),
      }),
    )
    .default([]),
});

export type LineChartSpec = z.output<typeof lineChartSchema>;
