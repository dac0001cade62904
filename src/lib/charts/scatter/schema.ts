/** content/charts/<id>.yaml with `type: scatter`: every economy as a point, latest year. */
import { z } from 'astro/zod';
import { text } from '../../schemas';
import { chartBase, highlightList, indicatorCode } from '../schema-parts';

/** An axis of a scatter chart. */
const scatterAxis = (what: string) =>
  z.strictObject({
    /** The indicator plotted on this axis. */
    indicator: indicatorCode,
    /** The axis title. */
    label: text(`${what}.label`),
  });

/** content/charts/<id>.yaml: every economy with both values as a point, for the latest year that has both. */
export const scatterChartSchema = z.strictObject({
  ...chartBase,
  /** "scatter": one point per economy, latest year. */
  type: z.literal('scatter'),
  /** The horizontal axis. */
  x: scatterAxis('x'),
  /** The vertical axis. */
  y: scatterAxis('y'),
  /** Economies labelled on the chart, with their label; the first is the focus of the summary. */
  highlight: highlightList,
});

export type ScatterChartSpec = z.output<typeof scatterChartSchema>;
