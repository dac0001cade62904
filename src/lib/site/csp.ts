/**
 * The Content-Security-Policy. Astro writes each page's policy into a <meta> (`security.csp` in
 * astro.config.mjs, given the settings below): `script-src` with the hashes of the scripts it
 * bundles and of the inline boot script, `style-src` with the hashes of its style sheets (both
 * narrowed after the build to what each page carries inline: withOwnHashes). This file
 * holds what Astro is told and the one thing it cannot write: the header form for static hosts'
 * `_headers`, where `frame-ancestors` works (browsers ignore it in a <meta>). Pure functions, so
 * the policy is unit-tested.
 */
import { createHash } from 'node:crypto';

/** A hash source as Astro's `security.csp` takes it: `sha256-…` of the exact text. */
export function sha256Source(content: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}`;
}

/** Where scripts may come from besides their hashes: the site itself, and WebAssembly for Pagefind's search. */
export const SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Every directive but `script-src` and `style-src`, which Astro writes. */
export const OTHER_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** The policy in a built page's <meta http-equiv="content-security-policy">, or undefined. */
export function metaPolicy(html: string): string | undefined {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  return meta?.[1]?.replaceAll('&#39;', "'");
}

/** The text of every inline <script> (without src) in an HTML document. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
}

/**
 * The inline scripts of a page whose hash its policy's `script-src` lacks (their first 60
 * characters, to name them): a script run before Astro wrote the <meta>, or a data block
 * rendered after it (see DataBlock.astro).
 */
export function scriptsOutsidePolicy(html: string, policy: string): string[] {
  const allowed = new Set(parsePolicy(policy).get('script-src') ?? []);
  return inlineScripts(html)
    .filter((script) => !allowed.has(`'${sha256Source(script)}'`))
    .map((script) => script.slice(0, 60));
}

/** The text of every inline <style> in an HTML document. */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
}

/**
 * The page with its <meta> policy's hashes narrowed to those of what it carries inline: in
 * `script-src` its inline scripts', in `style-src` its inline style sheets'. Astro lists the hash
 * of every script and style sheet it bundles on every page, files included, which 'self' allows
 * anyway (a hash allows a script file only together with an integrity attribute, and never a
 * linked style sheet): about 45 B gzip each, on every page, for nothing.
 */
export function withOwnHashes(html: string): string {
  const narrow = (page: string, directive: string, inline: string[]) => {
    const own = new Set(inline.map(sha256Source));
    // The directive's sources run to the next ";" that does not end an escaped quote.
    return page.replace(new RegExp(`(<meta http-equiv="content-security-policy" content="[^"]*?${directive})((?:&#39;|[^;"])*)`, 'i'), (_, head: string, sources: string) =>
      head + sources.replace(/\s*(?:'|&#39;)(sha256-[A-Za-z0-9+/=]+)(?:'|&#39;)/g, (source, hash: string) => (own.has(hash as `sha256-${string}`) ? source : '')),
    );
  };
  return narrow(narrow(html, 'script-src', inlineScripts(html)), 'style-src', inlineStyles(html));
}

/** A policy as directive name → its sources, in the order written. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const directive of policy.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

/**
 * The policy for the `_headers` file: one rule covers many pages, so it allows what any of them
 * allows (the union of their sources, hashes sorted), and adds `frame-ancestors`: 'none'
 * everywhere, except the embeddable charts (/embed/*, `framing: 'any'`), which any site may frame.
 */
export function headerPolicy(pagePolicies: readonly string[], framing: 'none' | 'any'): string {
  if (pagePolicies.length === 0) throw new Error('no page carries a Content-Security-Policy to put in _headers');
  const union = new Map<string, Set<string>>();
  for (const policy of pagePolicies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const known = union.get(name) ?? new Set<string>();
      sources.forEach((source) => known.add(source));
      union.set(name, known);
    }
  }
  const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);
  const directives = [...union].map(([name, sources]) => {
    const list = [...sources];
    return [name, ...list.filter((source) => !isHash(source)), ...list.filter(isHash).sort()].join(' ');
  });
  return [...directives, framing === 'any' ? 'frame-ancestors *' : "frame-ancestors 'none'"].join('; ');
}
