/**
 * After the build: gives every page a Content-Security-Policy <meta> tag with the hashes of
 * its own inline scripts, and fills the policy into dist/_headers (from public/_headers) for
 * hosts that read that file (Netlify, Cloudflare Pages), where frame-ancestors also works.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy, hashSource, inlineScripts, withCspMeta } from '../lib/csp';
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
        const allHashes = new Set<string>();
        const files = (await builtFiles(out)).filter(({ sitePath }) => sitePath.endsWith('.html')).map(({ file }) => file);
        for (const file of files) {
          const html = await readFile(file, 'utf8');
          const hashes = inlineScripts(html).map(hashSource);
          hashes.forEach((hash) => allHashes.add(hash));
          await writeFile(file, withCspMeta(html, contentSecurityPolicy(hashes, 'meta')));
        }
        const headersFile = join(out, '_headers');
        const template = await readFile(headersFile, 'utf8').catch(() => {
          throw new Error('public/_headers is missing: it holds the security headers for static hosts');
        });
        if (!template.includes('{{CONTENT_SECURITY_POLICY}}')) {
          throw new Error('public/_headers must contain {{CONTENT_SECURITY_POLICY}} where the policy goes');
        }
        const hashes = [...allHashes];
        await writeFile(
          headersFile,
          template
            .replaceAll('{{BASE}}', base)
            .replace('{{EMBED_CONTENT_SECURITY_POLICY}}', contentSecurityPolicy(hashes, 'header', 'any'))
            .replace('{{CONTENT_SECURITY_POLICY}}', contentSecurityPolicy(hashes, 'header')),
        );
        logger.info(`Content-Security-Policy added to ${files.length} pages (${allHashes.size} inline script hash${allHashes.size === 1 ? '' : 'es'})`);
      },
    },
  };
}
