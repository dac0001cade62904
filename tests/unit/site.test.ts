import { describe, expect, it } from 'vitest';
import { editUrl, withBase } from '../../src/lib/site/site';

describe('site links', () => {
  it('joins the base path and a site path', () => {
    expect(withBase('/sources/', '/')).toBe('/sources/');
    expect(withBase('/sources/', '/explainer/')).toBe('/explainer/sources/');
    expect(withBase('sources/', '/explainer')).toBe('/explainer/sources/');
  });
  it('points "Edit this page" at the file in the repository, or nowhere without one', () => {
    expect(editUrl('content/claims/x.yaml', 'https://github.com/org/repo/')).toBe('https://github.com/org/repo/edit/main/content/claims/x.yaml');
    expect(editUrl('content/claims/x.yaml', undefined)).toBeUndefined();
  });
});
