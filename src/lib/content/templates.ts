/**
 * Starting files for `npm run new -- <kind> <slug>`: every field, a comment saying what goes
 * there, and placeholders the checks reject by name, so a half-filled file cannot be published.
 * Each comment is the field's description in its schema (the text the field guide and editors'
 * hovers show), with the values it allows and whether it is optional: one source of truth.
 */
import { jsonSchemaOf, rowsOf } from './field-guide';
import { CONTENT_COLLECTIONS } from './load-files';
import { PLACEHOLDER } from './placeholders';

export const NEW_KINDS = ['source', 'claim', 'term', 'event', 'chart'] as const;
export type NewKind = (typeof NEW_KINDS)[number];

/** A placeholder value, in double quotes. */
const todo = (what: string) => JSON.stringify(`${PLACEHOLDER} ${what}`);

/** The collection each kind of entry belongs to. */
const COLLECTION_OF = { source: 'sources', claim: 'claims', term: 'glossary', event: 'timeline', chart: 'charts' } as const satisfies Record<NewKind, keyof typeof CONTENT_COLLECTIONS>;

/**
 * The one-line comment above a field, from its schema: "# <description>", "Optional." first
 * where it may be left out, and the values it allows where they are a fixed list the
 * description does not already name. `field` is the
 * field guide's path, e.g. "published.date" or "reports[].source"; a field the schema does not
 * have throws, so a renamed field cannot leave a template behind.
 */
function commentFor(kind: NewKind): (field: string, indent?: string) => string {
  const schema = CONTENT_COLLECTIONS[COLLECTION_OF[kind]].schema;
  const rows = rowsOf(jsonSchemaOf(schema));
  return (field, indent = '') => {
    const row = rows.find((entry) => entry.field === field);
    if (!row?.description) throw new Error(`templates: ${COLLECTION_OF[kind]} has no described field "${field}"`);
    // The template has chosen its variant (a line chart), so "Only when type is …" says nothing here.
    const description = row.description.replace(/^Only when [^.]+\. /, '');
    const values = [...(row.allowed.match(/^(?:a list of )?one of ((?:"[^"]*"(?:, )?)+)/)?.[1] ?? '').matchAll(/"([^"]*)"/g)].map((match) => match[1] ?? '');
    const allowed = values.length > 0 && !values.every((value) => description.includes(`"${value}"`)) ? ` One of: ${values.join(', ')}.` : '';
    return `${indent}# ${row.required === 'no' ? 'Optional. ' : ''}${description}${allowed}`;
  };
}

/** Where the new entry goes, inside the content folder, and whether it is added to a list file. */
export const NEW_FILES: Record<NewKind, (slug: string) => { path: string; append: boolean }> = {
  source: (slug) => ({ path: `sources/${slug}.mdx`, append: false }),
  claim: (slug) => ({ path: `claims/${slug}.yaml`, append: false }),
  term: (slug) => ({ path: `glossary/${slug}.yaml`, append: false }),
  event: () => ({ path: 'timeline.yaml', append: true }),
  chart: (slug) => ({ path: `charts/${slug}.yaml`, append: false }),
};

/** The text of a new entry. `archive` is the source's archive file name (sources only). */
export function template(kind: NewKind, slug: string, archive = ''): string {
  const note = commentFor(kind);
  switch (kind) {
    case 'source':
      return `---
${note('title')}
title: ${todo('the headline as published, or null')}
${note('short_name')}
short_name: ${todo('a short label')}
${note('publisher')}
publisher: ${todo('the publisher, or null')}
${note('publisher_note')}
publisher_note: ${todo('how we know the publisher')}
${note('authors')} E.g. ["Ana Li", "Bo Chen"].
authors: []
${note('credit')}
credit: null
${note('published')}
published:
${note('published.date', '  ')}
  date: ${todo('YYYY-MM-DD')}
${note('published.basis', '  ')}
  basis: ${todo('stated or inferred')}
${note('published.note', '  ')}
  note: ${todo('how we know the date')}
${note('kind')}
kind: ${todo('the kind')}
${note('relays')}
relays: null
${note('perspective')}
perspective: ${todo('one neutral sentence on who publishes it and its angle')}
${note('topics')}
topics: [${todo('a topic')}]
${note('key_points')}
key_points:
  - ${todo('a key point in our own words')}
  - ${todo('a key point in our own words')}
  - ${todo('a key point in our own words')}
${note('quotes')} Delete the item if there is none.
quotes:
${note('quotes[].text', '  ')}
  - text: ${todo('the exact quoted words')}
${note('quotes[].speaker', '    ')}
    speaker: ${todo('who said it')}
${note('quotes[].context', '    ')}
    context: ${todo('when and where')}
${note('figures')} Delete the item if there is none.
figures:
${note('figures[].value', '  ')}
  - value: 0
${note('figures[].unit', '    ')}
    unit: ${todo('the unit')}
${note('figures[].what', '    ')}
    what: ${todo('what it measures')}
${note('figures[].as_of', '    ')}
    as_of: ${todo('the period, or not stated')}
${note('figures[].wording', '    ')}
    wording: ${todo("the source's exact words stating the number")}
${note('archive')}
archive: ${JSON.stringify(archive)}
${note('url')}
# url: https://example.org/article
---

${PLACEHOLDER} write a summary of 200–450 words in our own words; put any words taken from the source in double quotes.

## What this source adds

${PLACEHOLDER} what this source adds that the others do not.
`;
    case 'claim':
      return `${note('statement')}
statement: ${todo('one factual statement in our own words')}
${note('topic')}
topic: ${todo('a topic')}
${note('reports')}
reports:
${note('reports[].source', '  ')}
  - source: ${todo('source-id')}
${note('reports[].wording', '    ')}
    wording: ${todo("the source's exact words")}
${note('differences')}
# differences: "…"
${note('data_check')} Copy one from a claim that has a data_check,
# e.g. content/claims/consumption-about-40-percent-of-gdp.yaml.
`;
    case 'term':
      return `${note('term')}
term: ${todo('the term')}
${note('aliases')} E.g. ["tariffs"].
aliases: []
${note('chinese')}
# chinese: "关税"
${note('pinyin')}
# pinyin: "guānshuì"
${note('definition')}
definition: ${todo('a plain-language definition in our own words')}
${note('sources')} E.g. [mdt-agencies].
sources: [${todo('source-id')}]
`;
    case 'event':
      return `
${note('id')}
- id: ${slug}
${note('date', '  ')}
  date: ${todo('YYYY-MM-DD')}
${note('title', '  ')}
  title: ${todo('a short headline')}
${note('description', '  ')}
  description: ${todo('one or two sentences in our own words')}
${note('status', '  ')}
  status: ${todo('happened, planned or expected')}
${note('sources', '  ')}
  sources: [${todo('source-id')}]
${note('claim', '  ')}
  # claim: claim-id
`;
    case 'chart':
      return `# A line chart of World Bank data over years (see content/charts/ for a scatter chart or a map).
${note('title')}
title: ${todo('what the chart shows')}
${note('page_title')}
page_title: ${todo('a short title')}
${note('subtitle')}
subtitle: ${todo('the measure and the period')}
${note('type')}
type: line
${note('unit')}
unit: "% of GDP"
${note('years')}
years: { from: 2000, to: 2023 }
${note('series')}
series:
  - { indicator: NE.CON.PRVT.ZS, economy: CHN, label: ${todo('the line label')} }
${note('annotations')} Delete the item if there is none.
annotations:
  - { year: 2015, label: ${todo('a short label, with the year as {year}')} }
${note('notes')}
notes:
  - ${todo('a note')}
`;
  }
}
