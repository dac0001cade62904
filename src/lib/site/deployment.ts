/**
 * Where the built site will live, from the environment (see README, "Deploying"): the canonical
 * origin and the sub-path. Read by astro.config.mjs and by the tests that check absolute URLs.
 */

/** The canonical origin, e.g. https://example.org (default: the local server's). */
export const SITE_URL = process.env['SITE_URL'] ?? 'http://127.0.0.1:4321';

/** The sub-path the site is served under, e.g. /explainer/ (default /). */
export const BASE_PATH = process.env['BASE_PATH'] ?? '/';
