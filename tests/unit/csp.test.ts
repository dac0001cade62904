import { describe, expect, it } from 'vitest';
import { OTHER_DIRECTIVES, SCRIPT_RESOURCES, headerPolicy, inlineScripts, inlineStyles, metaPolicy, scriptsOutsidePolicy, sha256Source, withOwnHashes } from '../../src/lib/site/csp';

// A page's policy as Astro writes it (security.csp): our directives, then script-src and style-src.
const pagePolicy = (scriptHashes: string[], styleHashes = ["'sha256-css='"]) =>
  `${OTHER_DIRECTIVES.join(';')}; script-src ${[...SCRIPT_RESOURCES, ...scriptHashes].join(' ')}; style-src ${["'self'", ...styleHashes].join(' ')};`;

describe('Content-Security-Policy', () => {
  it('hashes inline scripts exactly as browsers do', () => {
    // echo -n "alert(1)" | openssl dgst -sha256 -binary | base64
    expect(sha256Source('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });
  it('allows scripts only from the site or by hash, WebAssembly for search, never inline code or eval', () => {
    expect(SCRIPT_RESOURCES).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    const everything = [...SCRIPT_RESOURCES, ...OTHER_DIRECTIVES].join(' ');
    expect(everything).not.toContain('unsafe-inline');
    expect(everything).not.toMatch(/'unsafe-eval'/);
    expect(OTHER_DIRECTIVES).toContain("object-src 'none'");
    // Astro writes these two; frame-ancestors is ignored in a <meta>, so only the header has it.
    expect(OTHER_DIRECTIVES.filter((directive) => /^(script-src|style-src|frame-ancestors)\b/.test(directive))).toEqual([]);
  });
  it('reads the policy Astro wrote into a page', () => {
    expect(metaPolicy(`<head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;;"></head>`)).toBe("default-src 'self';");
    expect(metaPolicy('<head></head>')).toBeUndefined();
  });
  it('finds the inline scripts whose hash a page policy lacks, data blocks included, but never external ones', () => {
    const html = `<script>a()</script><script type="module" src="/x.js"></script><script type="application/json">{"b":1}</script>`;
    expect(inlineScripts(html)).toEqual(['a()', '{"b":1}']);
    expect(scriptsOutsidePolicy(html, pagePolicy([`'${sha256Source('a()')}'`]))).toEqual(['{"b":1}']);
    expect(scriptsOutsidePolicy(html, pagePolicy([`'${sha256Source('a()')}'`, `'${sha256Source('{"b":1}')}'`]))).toEqual([]);
  });
  it("keeps in a page's policy the hashes of its own inline scripts and styles only, and no other directive changes", () => {
    const own = `'${sha256Source('a()')}'`;
    const ownStyle = `'${sha256Source('p{}')}'`;
    const bundled = [`'${sha256Source('b{}')}'`, `'${sha256Source('')}'`];
    const meta = (policy: string) => `<head><meta http-equiv="content-security-policy" content="${policy}"></head>`;
    const html = `${meta(pagePolicy([own, `'${sha256Source('elsewhere()')}'`, `'${sha256Source('file()')}'`], bundled))}<script>a()</script><script type="module" src="/file.js"></script><link rel="stylesheet" href="/b.css">`;
    const kept = withOwnHashes(html);
    expect(metaPolicy(kept)).toBe(pagePolicy([own], []));
    expect(kept.replace(/<head>.*<\/head>/, '')).toBe(html.replace(/<head>.*<\/head>/, ''));
    // As Astro escapes the quotes in the attribute.
    expect(metaPolicy(withOwnHashes(html.replaceAll("'", '&#39;')))).toBe(pagePolicy([own], []));
    // A page with an inline style sheet keeps its hash.
    expect(inlineStyles('<style>p{}</style>')).toEqual(['p{}']);
    const styled = `${meta(pagePolicy([own], [ownStyle, ...bundled]))}<script>a()</script><style>p{}</style>`;
    expect(metaPolicy(withOwnHashes(styled))).toBe(pagePolicy([own], [ownStyle]));
  });
  it('gives the static hosts one header that allows what every page allows, and forbids framing', () => {
    const header = headerPolicy([pagePolicy(["'sha256-b='"]), pagePolicy(["'sha256-a='", "'sha256-b='"])], 'none');
    expect(header).toBe(
      `${OTHER_DIRECTIVES.join('; ')}; script-src 'self' 'wasm-unsafe-eval' 'sha256-a=' 'sha256-b='; style-src 'self' 'sha256-css='; frame-ancestors 'none'`,
    );
    expect(() => headerPolicy([], 'none')).toThrow(/no page/);
  });
  it('lets other sites frame only what is asked to be embeddable', () => {
    expect(headerPolicy([pagePolicy([])], 'any')).toMatch(/; frame-ancestors \*$/);
    expect(headerPolicy([pagePolicy([])], 'none')).not.toContain('frame-ancestors *');
  });
});
