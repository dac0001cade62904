/**
 * `npm run field-guide`: docs/field-guide.md from the schemas, with examples from the files in
 * content/ as written (before any default is filled in).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fieldGuide, type GuideCollection } from './field-guide';
import { siteIdentitySchema } from './schemas';
import { CONTENT_COLLECTIONS } from './load-files';
import { splitFrontmatter } from './positions';

/** Where the guide is written, from the project root; the README links to it. */
export const FIELD_GUIDE_PATH = 'docs/field-guide.md';

const readYaml = (file: string): unknown => parse(readFileSync(file, 'utf8')) as unknown;

/** The data of every entry of a collection, as written in its files. */
function entriesOf(contentDir: string, collection: (typeof CONTENT_COLLECTIONS)[keyof typeof CONTENT_COLLECTIONS]): unknown[] {
  if ('list' in collection) {
    const file = join(contentDir, collection.list);
    const entries = existsSync(file) ? readYaml(file) : [];
    return Array.isArray(entries) ? entries : [];
  }
  const folder = join(contentDir, collection.folder);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => collection.extensions.some((extension) => name.endsWith(extension)))
    .sort()
    .map((name) => {
      const text = readFileSync(join(folder, name), 'utf8');
      return parse(name.endsWith('.mdx') ? (splitFrontmatter(text)?.yaml ?? '') : text) as unknown;
    });
}

/** Every collection, then content/site.yaml, with the schema and the entries of each. */
export function guideCollections(contentDir: string): GuideCollection[] {
  const collections = Object.entries(CONTENT_COLLECTIONS).map(([name, collection]) => ({
    name,
    where: 'list' in collection ? `\`content/${collection.list}\`, a list of entries` : collection.extensions.map((extension) => `\`content/${collection.folder}/<id>${extension}\`${extension === '.mdx' ? ' (its frontmatter)' : ''}`).join(' or '),
    schema: collection.schema,
    entries: entriesOf(contentDir, collection),
  }));
  const siteFile = join(contentDir, 'site.yaml');
  return [...collections, { name: 'site', where: '`content/site.yaml`', schema: siteIdentitySchema, entries: existsSync(siteFile) ? [readYaml(siteFile)] : [] }];
}

/** The guide as the generator writes it for the content in `contentDir`. */
export const fieldGuideFor = (contentDir: string): string => fieldGuide(guideCollections(contentDir), 'npm run field-guide');
