/**
 * After the build: fills the Content-Security-Policy into dist/_headers (from public/_headers)
 * for hosts that read that file (Netlify, Cloudflare Pages). Astro has written each page's policy
 * into its <meta> (security.csp in astro.config.mjs); the header allows what the pages' policies
 * allow and adds frame-ancestors, which works only as a header. In each page's policy it keeps
 * only the hashes of the page's own inline scripts and styles (Astro lists every bundled file's);
 * a page with an inline script its policy does not allow fails the build.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headerPolicy, metaPolicy, scriptsOutsidePolicy, withOwnHashes } from '../lib/site/csp';
import { builtFiles } from './dist-files';

export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = (await builtFiles(out)).filter(({ sitePath }) => sitePath.endsWith('.html'));
        const policies = await Promise.all(
          pages.map(async ({ file, sitePath }) => {
            const html = withOwnHashes(await readFile(file, 'utf8'));
            await writeFile(file, html);
            const policy = metaPolicy(html);
            if (!policy) throw new Error(`${sitePath} has no Content-Security-Policy <meta>: is security.csp still set in astro.config.mjs?`);
            const outside = scriptsOutsidePolicy(html, policy);
            if (outside.length > 0) {
              throw new Error(`${sitePath}: inline scripts whose hash is not in the page's Content-Security-Policy (render data blocks with DataBlock.astro, inside Document.astro's body): ${outside.map((text) => JSON.stringify(text)).join(', ')}`);
            }
            return policy;
          }),
        );
        const headersFile = join(out, '_headers');
        const template = await readFile(headersFile, 'utf8').catch(() => {
          throw new Error('public/_headers is missing: it holds the security headers for static hosts');
        });
        for (const placeholder of ['{{CONTENT_SECURITY_POLICY}}', '{{EMBED_CONTENT_SECURITY_POLICY}}']) {
          if (!template.includes(placeholder)) throw new Error(`public/_headers must contain ${placeholder} where that policy goes`);
        }
        await writeFile(
          headersFile,
          template
            .replaceAll('{{BASE}}', base)
            .replace('{{EMBED_CONTENT_SECURITY_POLICY}}', headerPolicy(policies, 'any'))
            .replace('{{CONTENT_SECURITY_POLICY}}', headerPolicy(policies, 'none')),
        );
        logger.info(`Content-Security-Policy written to _headers, allowing what the ${pages.length} pages' policies allow`);
      },
    },
  };
}
