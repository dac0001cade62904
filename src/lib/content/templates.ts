/**
 * Starting files for `npm run new -- <kind> <slug>`: every field, a comment saying what goes
 * there, and placeholders the checks reject by name, so a half-filled file cannot be published.
 */
import { sourceKinds } from '../schemas';
import { TOPIC_IDS } from '../topics';
import { PLACEHOLDER } from './placeholders';

export const NEW_KINDS = ['source', 'claim', 'term', 'event', 'chart'] as const;
export type NewKind = (typeof NEW_KINDS)[number];

/** A placeholder value, in double quotes. */
const todo = (what: string) => JSON.stringify(`${PLACEHOLDER} ${what}`);
const topics = TOPIC_IDS.join(', ');

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
  switch (kind) {
    case 'source':
      return `---
# The headline exactly as published, in double quotes, or null when the capture has none.
title: ${todo('the headline as published, or null')}
# Our short label for the source in tables and links (at most 40 characters).
short_name: ${todo('a short label')}
# The publisher as the text states it, or null when it is not stated.
publisher: ${todo('the publisher, or null')}
# How the publisher is known, or what the text says instead; label any inference.
publisher_note: ${todo('how we know the publisher')}
# Named authors in the order printed, e.g. ["Ana Li", "Bo Chen"]; [] when none is named.
authors: []
# The byline or credit line as printed (e.g. "MDT/Agencies"), or null.
credit: null
published:
  # The publication date, "YYYY-MM-DD", "YYYY-MM" or "YYYY", in double quotes.
  date: ${todo('YYYY-MM-DD')}
  # stated (the text gives the date) or inferred (we worked it out).
  basis: ${todo('stated or inferred')}
  # Where the date comes from; for an inferred date, the reasoning and its evidence.
  note: ${todo('how we know the date')}
# One of: ${sourceKinds.join(', ')}.
kind: ${todo(sourceKinds.join(' / '))}
# The outlet and report this source relays, or null when it reports on its own.
relays: null
# One neutral sentence: who publishes it and the angle it takes.
perspective: ${todo('one neutral sentence on who publishes it and its angle')}
# Topics, one or more of: ${topics}.
topics: [${todo('a topic')}]
# Three to seven key points, in our own words.
key_points:
  - ${todo('a key point in our own words')}
  - ${todo('a key point in our own words')}
  - ${todo('a key point in our own words')}
# Every direct quote of a named person or body, word for word (delete the item if there is none).
quotes:
  - # The quoted words exactly as in the archived text.
    text: ${todo('the exact quoted words')}
    # Who said it, as the source identifies them.
    speaker: ${todo('who said it')}
    # When and where, as the source gives it.
    context: ${todo('when and where')}
# Every number the source reports (delete the item if there is none).
figures:
  - # The number as reported, without units or quotes.
    value: 0
    # Its unit, e.g. "%", "products", "year".
    unit: ${todo('the unit')}
    # What the number measures.
    what: ${todo('what it measures')}
    # The period or date it refers to, as the source gives it, or "not stated".
    as_of: ${todo('the period, or not stated')}
    # The source's own words stating the number (checked against the archived text).
    wording: ${todo("the source's exact words stating the number")}
# The reference copy's file name in the archive folder (used for the quote checks only).
archive: ${JSON.stringify(archive)}
# The article's address, only when a text states it (optional):
# url: https://example.org/article
---

${PLACEHOLDER} write a summary of 200–450 words in our own words; put any words taken from the source in double quotes.

## What this source adds

${PLACEHOLDER} what this source adds that the others do not.
`;
    case 'claim':
      return `# The claim in our own words: one factual statement.
statement: ${todo('one factual statement in our own words')}
# Its topic, one of: ${topics}.
topic: ${todo('a topic')}
# One entry per source making the claim.
reports:
  - # The source's id: its file name in content/sources without .mdx.
    source: ${todo('source-id')}
    # The source's exact words making the claim (checked against the archived text).
    wording: ${todo("the source's exact words")}
# Where the sources' wording, dates or figures differ (optional):
# differences: "…"
# A test of the claim's number against the World Bank data (optional; copy one from a claim
# that has a data_check, e.g. content/claims/consumption-about-40-percent-of-gdp.yaml).
`;
    case 'term':
      return `# The term as a reader meets it.
term: ${todo('the term')}
# Other spellings used in the sources, e.g. ["tariffs"]; each is linked like the term.
aliases: []
# The established Chinese name and its pinyin, if there is one (optional):
# chinese: "关税"
# pinyin: "guānshuì"
# A plain-language definition in our own words.
definition: ${todo('a plain-language definition in our own words')}
# The ids of the sources that use the term, e.g. [mdt-agencies].
sources: [${todo('source-id')}]
`;
    case 'event':
      return `
- # A stable id for links (the one you gave).
  id: ${slug}
  # "YYYY-MM-DD", "YYYY-MM" or "YYYY", in double quotes.
  date: ${todo('YYYY-MM-DD')}
  # A short headline.
  title: ${todo('a short headline')}
  # One or two sentences in our own words.
  description: ${todo('one or two sentences in our own words')}
  # happened or planned, as of the sources.
  status: ${todo('happened or planned')}
  # The ids of the sources that report it.
  sources: [${todo('source-id')}]
  # A claim that covers the event (optional):
  # claim: claim-id
`;
    case 'chart':
      return `# A line chart of World Bank data over years (see content/charts/ for a scatter chart).
# The chart's title: what it shows, in plain words.
title: ${todo('what the chart shows')}
# A short title, different from the title (at most 43 characters): the browser tab, search results,
# and the name screen readers give the drawing and the data table.
page_title: ${todo('a short title')}
# One line under the title: the measure and the period.
subtitle: ${todo('the measure and the period')}
type: line
# The unit of every value, e.g. "% of GDP".
unit: "% of GDP"
# The years shown, inclusive.
years: { from: 2000, to: 2023 }
# The lines, in legend order: an indicator code, an economy code and a label each.
series:
  - { indicator: NE.CON.PRVT.ZS, economy: CHN, label: ${todo('the line label')} }
# Marked years with a short label (optional; delete the item if there is none).
annotations:
  - { year: 2015, label: ${todo('a short label for the year')} }
# Plain-language notes shown on the chart's page: definitions and caveats.
notes:
  - ${todo('a note')}
`;
  }
}
