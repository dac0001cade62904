import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
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

  describe('the build\'s warning', () => {
    const folders: string[] = [];
    afterEach(() => {
      vi.restoreAllMocks();
      vi.unstubAllEnvs();
      for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
    });
    /** What siteIdentity() warns, read from a content folder whose site.yaml is `text`, as the build reads it. */
    const warningsFor = async (text: string) => {
      const folder = mkdtempSync(join(tmpdir(), 'site-identity-'));
      folders.push(folder);
      writeFileSync(join(folder, 'site.yaml'), text);
      vi.stubEnv('CONTENT_DIR', folder);
      vi.resetModules(); // CONTENT_DIR and the identity are read once per module load
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const { siteIdentity } = await import('../../src/lib/content/site-identity');
      siteIdentity();
      siteIdentity(); // read once per build: one warning, not one per page
      return warn.mock.calls.map((call) => call.join(' '));
    };

    it('names the file and each field still unset', async () => {
      const [warning, ...more] = await warningsFor('publisher: Example Group\npublisher_url: null\ncontact: null\n');
      expect(more).toEqual([]);
      expect(warning).toMatch(/content\/site\.yaml: publisher_url, contact not set/);
      expect(warning).not.toMatch(/\bpublisher\b(?!_url)/);
    });

    it('is not given once every field is set', async () => {
      expect(await warningsFor('publisher: Example Group\npublisher_url: https://example.org/\ncontact: https://github.com/example/site/issues\n')).toEqual([]);
    });
  });
});
