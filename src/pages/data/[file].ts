/** /data/<id>.csv, .svg and .png: a chart's data (as published) and the chart as a standalone SVG and a 2× PNG. */
import type { APIRoute } from 'astro';
import { chartDownload, downloadPaths } from '../../lib/charts/entries';

export const getStaticPaths = downloadPaths;

export const GET: APIRoute = ({ props }) => chartDownload(props['id'], props['format']);
