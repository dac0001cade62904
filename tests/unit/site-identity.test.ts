import { describe, expect, it } from 'vitest';
import { parseSiteIdentity, unsetIdentityFields, websiteJsonLd } from '../../src/lib/content/site-identity';

const UNSET = 'publisher: null\npublisher_url: null\ncontact: null\n';
const SITE = { name: 'Site', description: 'What the site is about.' };

describe('site identity', () => {
  it('keeps unset fields null and lists them, so the build can say what is missing', () => {
    const identity = parseSiteIdentity(UNSET);
    expect(identity).toEqual({ publisher: null, publisher_url: null, contact: null });
    expect(unsetIdentityFields(identity)).toEqual(['publisher', 'publisher_url', 'contact']);
    expect(unsetIdentityFields(parseSiteIdentity('publisher: Example Group\npublisher_url: null\ncontact: mailto:desk@example.org\n'))).toEqual(['publisher_url']);
  });

  it('refuses a contact that is not an address, naming the file and field', () => {
    expect(() => parseSiteIdentity('publisher: null\npublisher_url: null\ncontact: write to us\n')).toThrow(/content\/site\.yaml → contact: contact must be a full address/);
    expect(() => parseSiteIdentity('publisher: null\npublisher_url: "javascript:alert(1)"\ncontact: null\n')).toThrow(/publisher_url/);
    expect(() => parseSiteIdentity('publisher: null\ncontact: null\n')).toThrow(/publisher_url/);
  });

  it('names the publisher in the structured data only once it is set', () => {
    expect(websiteJsonLd(parseSiteIdentity(UNSET), SITE, 'https://example.org/')).not.toHaveProperty('publisher');
    const set = parseSiteIdentity('publisher: Example Group\npublisher_url: https://example.org/\ncontact: null\n');
    expect(websiteJsonLd(set, SITE, 'https://example.org/')).toMatchObject({ '@type': 'WebSite', name: 'Site', description: 'What the site is about.', publisher: { '@type': 'Organization', name: 'Example Group', url: 'https://example.org/' } });
  });
});
