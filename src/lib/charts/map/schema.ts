/** content/charts/<id>.yaml with `type: map`: one indicator on a world map, each economy's latest year. */
import { z } from 'astro/zod';
import { chartBase, highlightList, indicatorCode } from '../schema-parts';

export const mapChartSchema = z.strictObject({
  ...chartBase,
  type: z.literal('map').describe('A world map shaded by one indicator, the latest year each economy has.'),
  indicator: indicatorCode.describe('The indicator shown.'),
  steps: z
    .array(z.number({ error: 'steps must be numbers' }))
    .min(2, { error: 'give at least two step boundaries' })
    .max(6, { error: 'give at most six step boundaries (seven colours)' })
    .refine((steps) => steps.every((value, i) => i === 0 || value > steps[i - 1]!), { error: 'steps must rise, e.g. [40, 50, 60]' })
    .describe('The step boundaries, rising, in the chart\'s unit: [40, 50] makes "under 40", "40–50", "50 or more".'),
  highlight: highlightList.describe('Economies marked and labelled on the map; the first is the focus of the summary.'),
});

export type MapChartSpec = z.output<typeof mapChartSchema>;
