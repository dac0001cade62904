import { describe, expect, it } from 'vitest';
import { withBasePath } from '../../src/integrations/rehype-links';

describe('withBasePath', () => {
  it('prefixes root-relative links with the base path once', () => {
    expect(withBasePath('/sources/', '/explainer/')).toBe('/explainer/sources/');
    expect(withBasePath('/explainer/sources/', '/explainer/')).toBe('/explainer/sources/');
    expect(withBasePath('/sources/', '/')).toBe('/sources/');
  });
  it('leaves external, protocol-relative and fragment links alone', () => {
    expect(withBasePath('https://example.org/', '/x/')).toBe('https://example.org/');
    expect(withBasePath('//cdn.example/', '/x/')).toBe('//cdn.example/');
    expect(withBasePath('#top', '/x/')).toBe('#top');
  });
});
