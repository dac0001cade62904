/** /data/<id>.json: a chart's data island, fetched by its script when the reader first uses the chart. */
import type { APIRoute } from 'astro';
import { chartIsland, chartPaths } from '../../lib/charts/entries';

export const getStaticPaths = chartPaths;

export const GET: APIRoute = ({ params }) => chartIsland(params['id']!);
