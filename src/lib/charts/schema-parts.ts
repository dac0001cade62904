/** Pieces every chart type's spec schema uses (src/lib/charts/<type>/schema.ts). */
import { z } from 'astro/zod';
import { text } from '../content/schemas';

/** A World Bank indicator code; it must be listed in content/data/indicators.csv (checked when the chart resolves). */
export const indicatorCode = z
  .string({ error: 'indicator must be a World Bank code such as "NE.CON.PRVT.ZS"' })
  .regex(/^[A-Z]{2}\.[A-Z0-9.]+$/, { error: 'indicator must be a World Bank code such as "NE.CON.PRVT.ZS"' });

/** A three-letter economy code as the World Bank writes it, e.g. "CHN" or "EMU". */
export const economyCode = z.string({ error: 'economy must be a three-letter code such as "CHN"' }).regex(/^[A-Z]{3}$/, {
  error: 'economy must be a three-letter code in capitals, such as "CHN"',
});

/** A calendar year written as a number. */
export const chartYear = (what: string) =>
  z.number({ error: `${what} must be a year written as a number, e.g. 2023` }).int({ error: `${what} must be a whole year` });

export const chartBase = {
  title: text('title').describe("The chart's title: what it shows, in plain words."),
  page_title: text('page_title').max(43, { error: 'page_title must be at most 43 characters (the site name is added)' }).describe("A short title: the browser tab and search results, and the name screen readers give the drawing and the data table (the title itself is read once, in the chart's heading)."),
  subtitle: text('subtitle').describe('One line under the title: the measure and the period.'),
  unit: text('unit').describe('The unit of every value, e.g. "% of GDP".'),
  notes: z.array(text('a note')).default([]).describe("Plain-language notes shown on the chart's page: definitions and caveats, nothing invented."),
};

/** Economies labelled on a chart, with their label (scatter and map). */
export const highlightList = z
  .array(z.strictObject({ economy: economyCode.describe('Economy code.'), label: text('highlight[].label').describe('Label on the chart.') }))
  .min(1, { error: 'name at least one economy to label' });
