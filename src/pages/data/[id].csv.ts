/** /data/<id>.csv: exactly the plotted data of a chart, with a source and licence line. */
import type { APIRoute } from 'astro';
import { chartCsvResponse, chartPaths } from '../../lib/chart-entries';

export const getStaticPaths = chartPaths;

export const GET: APIRoute = ({ params }) => chartCsvResponse(params['id'] ?? '');
