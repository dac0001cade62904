/**
 * The Content-Security-Policy. Scripts run only from the site itself or, for the one tiny
 * inline boot script, by hash; 'wasm-unsafe-eval' is there only because Pagefind's search
 * runs WebAssembly. Pure functions, so the policy is unit-tested.
 */
import { createHash } from 'node:crypto';

/** The CSP source expression for an inline script's exact text: 'sha256-…'. */
export function hashSource(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/** The text of every inline <script> (without src) in an HTML document. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
}

/**
 * The policy. `frame-ancestors` only works in a header (browsers ignore it in <meta>, with a
 * console error), so it is added for the header form only: 'none' everywhere, except the
 * embeddable charts (/embed/*, `framing: 'any'`), which any site may put in a frame.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[], form: 'meta' | 'header', framing: 'none' | 'any' = 'none'): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${[...new Set(scriptHashes)].sort().join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(form === 'header' ? [framing === 'any' ? 'frame-ancestors *' : "frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}

/** Inserts the policy as the first element after <meta charset>, before any script runs. */
export function withCspMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="content-security-policy" content="${policy}">`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i;
  if (!charset.test(html)) throw new Error('cannot place the Content-Security-Policy: the page has no <meta charset>');
  return html.replace(charset, (match) => `${match}${meta}`);
}
