/**
 * One schema per content type. Every field carries a `.describe()` text, its one description:
 * editors show it on hover (through the JSON Schemas Astro generates in .astro/collections/) and
 * docs/field-guide.md lists it (`npm run field-guide`). Every error message is written for an
 * editor who knows Markdown, not TypeScript.
 * These are plain Zod schemas so unit tests can exercise them without Astro.
 */
import { z } from 'astro/zod';
import { parsePartialDate } from '../text/dates';

/** A non-empty line of text. */
export const text = (what: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? `${what} is required` : `${what} must be text (put it in double quotes if it contains a colon)`,
    })
    .trim()
    .min(1, { error: `${what} must not be empty` });

/**
 * A phrase of a page entry, kept exactly as written: a component joins it to a link or another
 * phrase and puts the spaces there, so a space at either end is an error rather than trimmed
 * away unseen.
 */
const phraseText = z
  .string({ error: (issue) => (issue.input === undefined ? 'a phrase is required' : 'a phrase must be text (put it in double quotes if it contains a colon)') })
  .min(1, { error: 'a phrase must not be empty' })
  .refine((value) => value.trim() === value, {
    error: 'begins or ends with a space, which the page would not show as written: remove it (the component puts the space between a phrase and what it joins)',
  });

/** A partial date written as a quoted string and checked against the real calendar. */
export const partialDate = z
  .unknown()
  .superRefine((value, ctx) => {
    if (value instanceof Date) {
      ctx.addIssue({
        code: 'custom',
        message:
          'write the date in double quotes, e.g. "2025-05-27": unquoted, YAML turns it into a timestamp and impossible dates slip through',
      });
      return;
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      ctx.addIssue({ code: 'custom', message: 'a date is required, e.g. "2025-05-27", "2025-05" or "2025"' });
      return;
    }
    const parsed = parsePartialDate(String(value));
    if ('error' in parsed) ctx.addIssue({ code: 'custom', message: parsed.error });
  })
  .transform((value) => String(value));

/** An identifier used in URLs and cross-references: lowercase letters, digits and hyphens. */
const SLUG = [/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'use lowercase letters, digits and single hyphens, e.g. "tariffs-145-then-40"' }] as const;
export const slug = z.string({ error: 'an id must be text' }).regex(...SLUG);

/** A topic's id; the check between files makes sure content/topics.yaml lists it. */
const topic = z
  // A missing topic falls through to the shared "is required" message.
  .string({ error: (issue) => (issue.input === undefined ? undefined : 'a topic is one of the ids in content/topics.yaml') })
  .regex(...SLUG);

/** One entry of content/topics.yaml. */
export const topicSchema = z.strictObject({
  id: slug.describe("The topic's id, which sources and claims use, and its page's address (/topics/<id>/)."),
  name: text('name').describe("The topic's name as readers see it, e.g. \"Trade and tariffs\"."),
}).describe('One topic sources and claims are filed under; the list\'s order is the order the topics page and the claims matrix show.');

export const sourceKinds = ['news report', 'policy brief', 'analysis'] as const;

/** How much of a claim one source's wording states. */
export const REPORT_SUPPORT = ['full', 'partial'] as const;

/** What an event was, as of the sources: it had happened, it was a plan or target, or it was expected. */
export const EVENT_STATUSES = ['happened', 'planned', 'expected'] as const;

/** Frontmatter of content/sources/<slug>.mdx. */
export const sourceSchema = z.strictObject({
  title: text('title').nullable().describe('Headline exactly as published, or null when the capture has none.'),
  short_name: text('short_name').max(40, { error: 'short_name must be at most 40 characters' }).describe('Our short label for the source in tables and links (at most 40 characters).'),
  publisher: text('publisher').nullable().describe('Publisher as the text states it, or null when it is not stated.'),
  publisher_note: text('publisher_note').describe('How the publisher is known, or what the text says instead; label any inference.'),
  authors: z.array(text('an author')).describe('Named authors, in the order printed; an empty list when none is named.'),
  credit: text('credit').nullable().describe('The byline or credit line as printed (e.g. "MDT/Agencies"), or null.'),
  published: z.strictObject({
    date: partialDate.describe('"YYYY-MM-DD", "YYYY-MM" or "YYYY", in quotes; the format sets the precision.'),
    basis: z.enum(['stated', 'inferred'], { error: 'basis must be "stated" or "inferred"' }).describe('"stated" when the text gives the date, "inferred" when we worked it out.'),
    note: text('published.note').describe('Where the date comes from; for an inferred date, the reasoning and its evidence.'),
  }).describe('Publication date with its precision, whether stated or inferred, and how we know.'),
  kind: z.enum(sourceKinds, { error: `kind must be one of: ${sourceKinds.join(', ')}` }).describe('What kind of publication it is.'),
  relays: z
    .strictObject({
      outlet: text('relays.outlet').describe('The outlet relayed, e.g. "Bloomberg".'),
      report: text('relays.report').describe('Which report, as the text describes it.'),
    })
    .nullable()
    .describe('The outlet and report this source relays, or null when it reports on its own.'),
  perspective: text('perspective').describe('One neutral sentence: who publishes it and the angle it takes.'),
  topics: z.array(topic).min(1, { error: 'give at least one topic' }).describe('Topics, by their ids in content/topics.yaml.'),
  key_points: z
    .array(text('a key point'))
    .min(3, { error: 'give at least 3 key points' })
    .max(7, { error: 'give at most 7 key points' })
    .describe('Three to seven key points, in our own words.'),
  quotes: z.array(
    z.strictObject({
      text: text('quotes[].text').describe('The quoted words exactly as in the source (checked against the archived text).'),
      speaker: text('quotes[].speaker').describe('Who said it, as the source identifies them.'),
      context: text('quotes[].context').describe('When and where, as the source gives it.'),
    }),
  ).describe('Every direct quote of a named person or body in the source, verbatim.'),
  figures: z.array(
    z.strictObject({
      id: slug.optional().describe('A name for citing this figure from the story, e.g. "peak-tariff" (optional).'),
      value: z.number({ error: 'figures[].value must be a number, without units or quotes' }).describe('The number as reported.'),
      unit: text('figures[].unit').describe('Its unit, e.g. "%", "products", "year".'),
      what: text('figures[].what').describe('What the number measures.'),
      as_of: text('figures[].as_of').describe('The period or date it refers to, as the source gives it, or "not stated".'),
      wording: text('figures[].wording').describe("The source's own words stating the number (checked against the archived text)."),
    }),
  ).describe('Every number the source reports.'),
  archive: z
    .string({ error: (issue) => (issue.input === undefined ? 'archive is required: the file name of the reference copy, e.g. "003_64a6b79f44df6e3b.txt"' : undefined) })
    .regex(/^[\w.-]+\.txt$/, { error: 'archive must be a file name such as "003_64a6b79f44df6e3b.txt"' })
    .describe('File name of the reference copy in shared/sources, used by the quote check only.'),
  url: z.url({ error: 'url must be a full address starting with https://' }).optional().describe("The article's address, only when a text states it."),
}).describe('One source: where it comes from, what it says (key points, every quote, every figure) and its archived text. The summary is the Markdown below the frontmatter.');

/** A quantity computed from the World Bank data: one economy, one or more indicators summed. */
export const measureSchema = z.strictObject({
  economy: z.string().regex(/^[A-Z]{3}$/, { error: 'economy must be a three-letter code such as "CHN"' }).describe('ISO3 code of the economy, e.g. "CHN".'),
  indicators: z.array(z.string().min(1)).min(1, { error: 'name at least one indicator code' }).describe('Indicator codes; several are added together (e.g. household + government consumption).'),
});

const checkYear = z
  .union([z.number().int(), z.literal('latest')], {
    error: 'year must be a whole year such as 2023, or "latest"',
  })
  .describe('The year of the data: a calendar year, or "latest" for each series\' most recent value.');

const contextEntry = z.strictObject({
  label: text('context[].label').describe('What the value shows, for the reader.'),
  measure: measureSchema.describe('The value to compute.'),
  year: checkYear,
});

const checkBase = {
  as_reported: text('data_check.as_reported').describe('The figure exactly as a reporting source words it (checked against the source).'),
  context: z.array(contextEntry).optional().describe('Related values shown beside the verdict.'),
};

/** A test of a reported number against the data; results are computed at build time. */
export const dataCheckSchema = z.discriminatedUnion(
  'test',
  [
    z.strictObject({
      ...checkBase,
      test: z.literal('approx').describe('One value compared with the reported figure.'),
      measure: measureSchema.describe('The value compared.'),
      year: checkYear,
      expected: z.number().describe('The reported figure.'),
      tolerance: z.number().nonnegative().describe('How far the data may be from the reported figure and still be "consistent".'),
    }),
    z.strictObject({
      ...checkBase,
      test: z.literal('within').describe('Every value must lie within [min, max].'),
      measures: z.array(measureSchema).min(1).describe('The values that must each lie within the range.'),
      year: checkYear,
      min: z.number().describe('The lowest value consistent with the report.'),
      max: z.number().describe('The highest value consistent with the report.'),
    }),
    z.strictObject({
      ...checkBase,
      test: z.literal('ratio').describe('numerator / denominator compared with the reported ratio.'),
      numerator: measureSchema.describe('The value divided.'),
      denominator: measureSchema.describe('The value it is divided by.'),
      year: checkYear,
      expected: z.number().describe('The reported figure.'),
      tolerance: z.number().nonnegative().describe('How far the data may be from the reported figure and still be "consistent".'),
    }),
    z.strictObject({
      ...checkBase,
      test: z.literal('untestable').describe('The data cannot test the claim; `reason` says why.'),
      reason: text('data_check.reason').describe('Why the World Bank data cannot test the claim, in plain words.'),
    }),
  ],
  { error: 'data_check.test must be one of: approx, within, ratio, untestable' },
);

/** content/claims/<id>.yaml */
export const claimSchema = z.strictObject({
  statement: text('statement').describe('The claim in our own words: one factual statement.'),
  topic: topic.describe('Its topic, by its id in content/topics.yaml.'),
  reports: z
    .array(
      z.strictObject({
        source: slug.describe("The source's slug (its file name in content/sources without .mdx)."),
        wording: text('reports[].wording').describe("The source's exact words making the claim (checked against the archived text)."),
        support: z.enum(REPORT_SUPPORT, { error: 'support must be "full" or "partial"' }).default('full').describe('"full" when the wording states the whole claim (the default), "partial" when it states only part.'),
        lacks: text('reports[].lacks').optional().describe('For a partial report: what the wording does not say, in plain words (shown to readers).'),
      })
      .superRefine((report, ctx) => {
        if (report.support === 'partial' && report.lacks === undefined) {
          ctx.addIssue({ code: 'custom', path: ['lacks'], message: 'a partial report needs `lacks`: say in plain words what the wording does not state' });
        }
        if (report.support === 'full' && report.lacks !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['lacks'], message: '`lacks` belongs only to a report with `support: partial`; remove it or mark the report partial' });
        }
      }),
    )
    .min(1, { error: 'a claim needs at least one reporting source' })
    .describe('One entry per source making the claim.'),
  differences: text('differences').optional().describe("Where the sources' wording, dates or figures differ."),
  data_check: dataCheckSchema.optional().describe("A test of the claim's number against the World Bank data."),
}).describe('One claim: a factual statement in our own words, the exact wording of each source that makes it, and optionally a test against the World Bank data.');

/** content/glossary/<id>.yaml */
export const glossarySchema = z.strictObject({
  term: text('term').describe('The term as a reader meets it.'),
  aliases: z.array(text('an alias')).describe('Other spellings used in the sources; each is linked like the term.'),
  chinese: text('chinese').optional().describe('The established Chinese name, if there is one.'),
  pinyin: text('pinyin').optional().describe('Its pinyin romanisation.'),
  definition: text('definition').describe('A plain-language definition in our own words.'),
  sources: z.array(slug).describe('Slugs of the sources that use the term.'),
}).describe('One term: a definition in our own words, its Chinese name and the sources that use it.');

/** One entry of content/timeline.yaml */
export const timelineEventSchema = z.strictObject({
  id: slug.describe('A stable id for links, e.g. "mic2025-launch".'),
  date: partialDate.describe('"YYYY-MM-DD", "YYYY-MM" or "YYYY", in quotes; the format sets the precision.'),
  title: text('title').describe('A short headline.'),
  description: text('description').describe('One or two sentences in our own words.'),
  status: z.enum(EVENT_STATUSES, { error: 'status must be "happened", "planned" or "expected"' }).describe('As the sources gave it: "happened", "planned" (a plan or target) or "expected" (reported as due); dated as of its sources\' publication.'),
  sources: z.array(topic).min(1, { error: 'name at least one source' }).describe('Slugs of the sources that report it.'),
  claim: slug.optional().describe('A claim that covers the event.'),
}).describe('One dated event, as the sources report it (their publication dates are added to the timeline automatically).');

/**
 * content/pages/<id>.mdx (the story, About: words and body) or <id>.yaml (the words of a page
 * whose body is built from other content, e.g. the data index). Text fields may hold
 * placeholders such as {sources}, filled in from the content (src/lib/content/page-words.ts).
 */
export const pageSchema = z.strictObject({
  title: text('title').describe("The page's title: its <h1> and <title>."),
  description: text('description').max(200, { error: 'description must be at most 200 characters' }).describe('One or two sentences for search engines and link previews.'),
  intro: text('intro').optional().describe('The paragraph under the title (inline Markdown).'),
  phrases: z
    .record(z.string().regex(/^[a-z]+(?:_[a-z]+)*$/, { error: 'a phrase name is lowercase words joined by "_", e.g. "no_script"' }), phraseText)
    .optional()
    .describe('Other sentences and labels the page shows, by the name its component asks for (inline Markdown), with no space at either end, and the placeholders the comment above each names. In site.yaml, the words every page shares (header, search, labels): each name there is required, and no other.'),
  updated: partialDate.optional().describe('The date the content was last revised, "YYYY-MM-DD"; without it, the date of the file\'s last commit.'),
}).describe('A page\'s words: the story or About (MDX, the text below the frontmatter), or the title, description, intro and phrases of a page built from other content (YAML); placeholders such as {sources} are filled from the content. site.yaml holds the words every page shares: its title is the site\'s name (no placeholders), its description the site\'s tagline.');

/**
 * A content entry a correction affects, written "collection/id": "sources/mdt-agencies",
 * "claims/tariffs-145-then-about-40", "pages/home", "glossary/<id>" or "timeline/<event id>".
 */
export const correctedEntry = z
  .string({ error: 'name the entry as "collection/id", e.g. "claims/tariffs-145-then-about-40"' })
  .regex(/^(sources|claims|pages|glossary|timeline)\/[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'name the entry as "collection/id" with collection one of sources, claims, pages, glossary, timeline, e.g. "pages/home"',
  });

/** content/corrections/<id>.yaml: one public correction. */
export const correctionSchema = z.strictObject({
  date: partialDate.describe('The day the correction was published, "YYYY-MM-DD".'),
  corrected: z
    .array(
      z.strictObject({
        entry: correctedEntry.describe('The content entry, "collection/id" (it must exist).'),
        field: text('corrected[].field').describe('The field corrected, e.g. "body", "statement", "reports[1].support".'),
      }),
    )
    .min(1, { error: 'name at least one corrected entry' })
    .describe('Every place corrected: the entry and the field within it.'),
  wrong: text('wrong').describe('What was wrong, in plain words.'),
  now: text('now').describe('What the site says now, in plain words.'),
  source_passage: z
    .strictObject({
      source: slug.describe("The source's slug."),
      wording: text('source_passage.wording').describe('Its exact words (checked against the archived text).'),
    })
    .optional()
    .describe('The source passage that shows what is right (optional): the source and its exact words.'),
}).describe('One public correction: what was wrong, what the site says now, and every place changed.');

// ── Site identity ──────────────────────────────────────────────────────────────────────────────

/** An address a reader can follow, or null until the maintainers set it. */
const identityUrl = (protocol: RegExp, error: string) => z.url({ protocol, error }).nullable();

/**
 * content/site.yaml: who publishes the site and how readers reach them, set by the maintainers.
 * Each field is null until they set it (never a guess); the build warns while one is unset and
 * the pages say it is not yet stated.
 */
export const siteIdentitySchema = z.strictObject({
  publisher: z.string().trim().min(1, { error: 'publisher must not be empty; write null until it is set' }).nullable().describe('The organisation or people who publish the site, as they wish to be named.'),
  publisher_url: identityUrl(/^https?$/, 'publisher_url must be a full address starting with https://, or null').describe("The publisher's own web address."),
  contact: identityUrl(/^(https?|mailto)$/, 'contact must be a full address (https://… or mailto:…), or null').describe("Where readers report errors or write: e.g. the repository's issues page, or mailto:address."),
}).describe('Who publishes the site and how readers reach them; each field stays null until the maintainers set it.');
