/**
 * The header's search dialog (src/components/SearchDialog.astro: its markup and the search words
 * of content/pages/site.yaml), as one JSON string the search code fetches on first use
 * (src/scripts/search-dialog.ts), so pages do not each carry it. JSON rather than an HTML page: a
 * fragment is no page for the build's page checks, and a host's "not found" page can never be
 * taken for it.
 */
import type { APIRoute } from 'astro';
import { experimental_AstroContainer } from 'astro/container';
import SearchDialog from '../components/SearchDialog.astro';

export const GET: APIRoute = async () => {
  const container = await experimental_AstroContainer.create();
  return new Response(JSON.stringify(await container.renderToString(SearchDialog)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
