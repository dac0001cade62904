/** content/charts/<id>.yaml with `type: scatter`: every economy as a point, latest year. */
import { z } from 'astro/zod';
import { text } from '../../content/schemas';
import { chartBase, highlightList, indicatorCode } from '../schema-parts';

/** An axis of a scatter chart. */
const scatterAxis = (what: string) =>
  z.strictObject({
    indicator: indicatorCode.describe('The indicator plotted on this axis.'),
    label: text(`${what}.label`).describe('The axis title.'),
  });

/** content/charts/<id>.yaml: every economy with both values as a point, for the latest year that has both. */
export const scatterChartSchema = z.strictObject({
  ...chartBase,
  type: z.literal('scatter').describe('One point per economy, latest year.'),
  x: scatterAxis('x').describe('The horizontal axis.'),
  y: scatterAxis('y').describe('The vertical axis.'),
  highlight: highlightList.describe('Economies labelled on the chart, with their label; the first is the focus of the summary.'),
});

export type ScatterChartSpec = z.output<typeof scatterChartSchema>;
