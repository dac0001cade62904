import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, hashSource, inlineScripts, withCspMeta } from '../../src/lib/csp';

describe('Content-Security-Policy', () => {
  it('hashes inline scripts exactly as browsers do', () => {
    // echo -n "alert(1)" | openssl dgst -sha256 -binary | base64
    expect(hashSource('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
  it('finds inline scripts but not external ones', () => {
    const html = '<script>a()</script><script type="module" src="/x.js"></script><script type="module">b()</script>';
    expect(inlineScripts(html)).toEqual(['a()', 'b()']);
  });
  it('allows scripts only from self or by hash, WebAssembly for search, and never inline or eval', () => {
    const policy = contentSecurityPolicy(["'sha256-abc'"], 'meta');
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toMatch(/'unsafe-eval'/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy([], 'header')).toContain("frame-ancestors 'none'");
  });
  it('lets other sites frame only what is asked to be embeddable', () => {
    expect(contentSecurityPolicy([], 'header', 'any')).toMatch(/; frame-ancestors \*$/);
    expect(contentSecurityPolicy([], 'meta', 'any')).not.toContain('frame-ancestors');
  });
  it('places the meta tag before anything else in the head', () => {
    expect(withCspMeta('<head><meta charset="utf-8"><script>x</script>', "default-src 'self'")).toBe(
      `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'"><script>x</script>`,
    );
    expect(() => withCspMeta('<head></head>', 'x')).toThrow(/no <meta charset>/);
  });
});
