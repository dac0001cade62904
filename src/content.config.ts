/** Content collections: every content type lives in content/ and is validated by src/lib/content/schemas.ts. */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { join } from 'node:path';
import { uniqueFileIds } from './lib/content/entry-ids';
import { CONTENT_DIR } from './lib/site/paths';
import { chartSpecSchema } from './lib/charts/registry';
import { claimSchema, correctionSchema, glossarySchema, pageSchema, sourceSchema, timelineEventSchema, topicSchema } from './lib/content/schemas';

const folder = (name: string) => join(CONTENT_DIR, name);

export const collections = {
  sources: defineCollection({ loader: glob({ pattern: '*.mdx', base: folder('sources'), generateId: uniqueFileIds('content/sources') }), schema: sourceSchema }),
  claims: defineCollection({ loader: glob({ pattern: '*.yaml', base: folder('claims'), generateId: uniqueFileIds('content/claims') }), schema: claimSchema }),
  glossary: defineCollection({ loader: glob({ pattern: '*.yaml', base: folder('glossary'), generateId: uniqueFileIds('content/glossary') }), schema: glossarySchema }),
  timeline: defineCollection({ loader: file(folder('timeline.yaml')), schema: timelineEventSchema }),
  // Read from the checked model (in the file's order); the collection gives editors its schema.
  topics: defineCollection({ loader: file(folder('topics.yaml')), schema: topicSchema }),
  pages: defineCollection({ loader: glob({ pattern: '*.{mdx,yaml}', base: folder('pages'), generateId: uniqueFileIds('content/pages') }), schema: pageSchema }),
  corrections: defineCollection({ loader: glob({ pattern: '*.yaml', base: folder('corrections'), generateId: uniqueFileIds('content/corrections') }), schema: correctionSchema }),
  charts: defineCollection({ loader: glob({ pattern: '*.yaml', base: folder('charts'), generateId: uniqueFileIds('content/charts') }), schema: chartSpecSchema }),
};
