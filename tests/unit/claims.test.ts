import { describe, expect, it } from 'vitest';
import { withSourceNames } from '../../src/lib/claims';

describe('withSourceNames', () => {
  it('shows readers short names where editors wrote source slugs', () => {
    const sources = [{ id: 'mdt-agencies', data: { short_name: 'MDT/Agencies news report' } }];
    expect(withSourceNames('mdt-agencies says "just 40%".', sources)).toBe('MDT/Agencies news report says "just 40%".');
  });
});
