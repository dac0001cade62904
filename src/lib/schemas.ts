/**
 * One schema per content type. Every field carries a one-line doc comment, and every error
 * message is written for an editor who knows Markdown, not TypeScript.
 * These are plain Zod schemas so unit tests can exercise them without Astro.
 */
import { z } from 'astro/zod';
import { parsePartialDate } from './dates';
import { TOPIC_IDS, TOPICS } from './topics';

const topicList = Object.keys(TOPICS).join(', ');

/** A non-empty line of text. */
export const text = (what: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? `${what} is required` : `${what} must be text (put it in double quotes if it contains a colon)`,
    })
    .trim()
    .min(1, { error: `${what} must not be empty` });

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

/** A topic from the controlled list in src/lib/topics.ts. */
export const topic = z.enum(TOPIC_IDS, {
  // A missing topic falls through to the shared "is required" message.
  error: (issue) => (issue.input === undefined ? undefined : `unknown topic ${JSON.stringify(issue.input)}: use one of ${topicList}`),
});

/** An identifier used in URLs and cross-references: lowercase letters, digits and hyphens. */
export const slug = z
  .string({ error: 'an id must be text' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'use lowercase letters, digits and single hyphens, e.g. "tariffs-145-then-40"' });

export const sourceKinds = ['news report', 'policy brief', 'analysis'] as const;

/** How much of a claim one source's wording states. */
export const REPORT_SUPPORT = ['full', 'partial'] as const;

/** What an event was, as of the sources: it had happened, it was a plan or target, or it was expected. */
export const EVENT_STATUSES = ['happened', 'planned', 'expected'] as const;

/** Frontmatter of content/sources/<slug>.mdx. */
export const sourceSchema = z.strictObject({
  /** Headline exactly as published, or null when the capture has none. */
  title: text('title').nullable(),
  /** Our short label for the source in tables and links (at most 40 characters). */
  short_name: text('short_name').max(40, { error: 'short_name must be at most 40 characters' }),
  /** Publisher as the text states it, or null when it is not stated. */
  publisher: text('publisher').nullable(),
  /** How the publisher is known, or what the text says instead; label any inference. */
  publisher_note: text('publisher_note'),
  /** Named authors, in the order printed; an empty list when none is named. */
  authors: z.array(text('an author')),
  /** The byline or credit line as printed (e.g. "MDT/Agencies"), or null. */
  credit: text('credit').nullable(),
  /** Publication date with its precision, whether stated or inferred, and how we know. */
  published: z.strictObject({
    /** "YYYY-MM-DD", "YYYY-MM" or "YYYY", in quotes; the format sets the precision. */
    date: partialDate,
    /** "stated" when the text gives the date, "inferred" when we worked it out. */
    basis: z.enum(['stated', 'inferred'], { error: 'basis must be "stated" or "inferred"' }),
    /** Where the date comes from; for an inferred date, the reasoning and its evidence. */
    note: text('published.note'),
  }),
  /** What kind of publication it is. */
  kind: z.enum(sourceKinds, { error: `kind must be one of: ${sourceKinds.join(', ')}` }),
  /** The outlet and report this source relays, or null when it reports on its own. */
  relays: z
    .strictObject({
      /** The outlet relayed, e.g. "Bloomberg". */
      outlet: text('relays.outlet'),
      /** Which report, as the text describes it. */
      report: text('relays.report'),
    })
    .nullable(),
  /** One neutral sentence: who publishes it and the angle it takes. */
  perspective: text('perspective'),
  /** Topics from the controlled list. */
  topics: z.array(topic).min(1, { error: 'give at least one topic' }),
  /** Three to seven key points, in our own words. */
  key_points: z
    .array(text('a key point'))
    .min(3, { error: 'give at least 3 key points' })
    .max(7, { error: 'give at most 7 key points' }),
  /** Every direct quote of a named person or body in the source, verbatim. */
  quotes: z.array(
    z.strictObject({
      /** The quoted words exactly as in the source (checked against the archived text). */
      text: text('quotes[].text'),
      /** Who said it, as the source identifies them. */
      speaker: text('quotes[].speaker'),
      /** When and where, as the source gives it. */
      context: text('quotes[].context'),
    }),
  ),
  /** Every number the source reports. */
  figures: z.array(
    z.strictObject({
      /** A name for citing this figure from the story, e.g. "peak-tariff" (optional). */
      id: slug.optional(),
      /** The number as reported. */
      value: z.number({ error: 'figures[].value must be a number, without units or quotes' }),
      /** Its unit, e.g. "%", "products", "year". */
      unit: text('figures[].unit'),
      /** What the number measures. */
      what: text('figures[].what'),
      /** The period or date it refers to, as the source gives it, or "not stated". */
      as_of: text('figures[].as_of'),
      /** The source's own words stating the number (checked against the archived text). */
      wording: text('figures[].wording'),
    }),
  ),
  /** File name of the reference copy in shared/sources, used by the quote check only. */
  archive: z
    .string({ error: (issue) => (issue.input === undefined ? 'archive is required: the file name of the reference copy, e.g. "003_64a6b79f44df6e3b.txt"' : undefined) })
    .regex(/^[\w.-]+\.txt$/, { error: 'archive must be a file name such as "003_64a6b79f44df6e3b.txt"' }),
  /** The article's address, only when a text states it. */
  url: z.url({ error: 'url must be a full address starting with https://' }).optional(),
});

/** A quantity computed from the World Bank data: one economy, one or more indicators summed. */
export const measureSchema = z.strictObject({
  /** ISO3 code of the economy, e.g. "CHN". */
  economy: z.string().regex(/^[A-Z]{3}$/, { error: 'economy must be a three-letter code such as "CHN"' }),
  /** Indicator codes; several are added together (e.g. household + government consumption). */
  indicators: z.array(z.string().min(1)).min(1, { error: 'name at least one indicator code' }),
});

/** The year of a check: a calendar year, or "latest" for each series' most recent value. */
const checkYear = z.union([z.number().int(), z.literal('latest')], {
  error: 'year must be a whole year such as 2023, or "latest"',
});

const contextEntry = z.strictObject({
  /** What the value shows, for the reader. */
  label: text('context[].label'),
  /** The value to compute. */
  measure: measureSchema,
  /** Its year. */
  year: checkYear,
});

const checkBase = {
  /** The figure exactly as a reporting source words it (checked against the source). */
  as_reported: text('data_check.as_reported'),
  /** Related values shown beside the verdict. */
  context: z.array(contextEntry).optional(),
};

/** A test of a reported number against the data; results are computed at build time. */
export const dataCheckSchema = z.discriminatedUnion(
  'test',
  [
    z.strictObject({
      ...checkBase,
      /** One value compared with the reported figure. */
      test: z.literal('approx'),
      measure: measureSchema,
      year: checkYear,
      /** The reported figure. */
      expected: z.number(),
      /** How far the data may be from it and still be "consistent". */
      tolerance: z.number().nonnegative(),
    }),
    z.strictObject({
      ...checkBase,
      /** Every value must lie within [min, max]. */
      test: z.literal('within'),
      measures: z.array(measureSchema).min(1),
      year: checkYear,
      min: z.number(),
      max: z.number(),
    }),
    z.strictObject({
      ...checkBase,
      /** numerator / denominator compared with the reported ratio. */
      test: z.literal('ratio'),
      numerator: measureSchema,
      denominator: measureSchema,
      year: checkYear,
      expected: z.number(),
      tolerance: z.number().nonnegative(),
    }),
    z.strictObject({
      ...checkBase,
      /** The data cannot test the claim; `reason` says why. */
      test: z.literal('untestable'),
      reason: text('data_check.reason'),
    }),
  ],
  { error: 'data_check.test must be one of: approx, within, ratio, untestable' },
);

/** content/claims/<id>.yaml */
export const claimSchema = z.strictObject({
  /** The claim in our own words: one factual statement. */
  statement: text('statement'),
  /** Its topic, from the controlled list. */
  topic,
  /** One entry per source making the claim. */
  reports: z
    .array(
      z.strictObject({
        /** The source's slug (its file name in content/sources without .mdx). */
        source: slug,
        /** The source's exact words making the claim (checked against the archived text). */
        wording: text('reports[].wording'),
        /** "full" when the wording states the whole claim (the default), "partial" when it states only part. */
        support: z.enum(REPORT_SUPPORT, { error: 'support must be "full" or "partial"' }).default('full'),
        /** For a partial report: what the wording does not say, in plain words (shown to readers). */
        lacks: text('reports[].lacks').optional(),
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
    .min(1, { error: 'a claim needs at least one reporting source' }),
  /** Where the sources' wording, dates or figures differ. */
  differences: text('differences').optional(),
  /** A test of the claim's number against the World Bank data. */
  data_check: dataCheckSchema.optional(),
});

/** content/glossary/<id>.yaml */
export const glossarySchema = z.strictObject({
  /** The term as a reader meets it. */
  term: text('term'),
  /** Other spellings used in the sources; each is linked like the term. */
  aliases: z.array(text('an alias')),
  /** The established Chinese name, if there is one. */
  chinese: text('chinese').optional(),
  /** Its pinyin romanisation. */
  pinyin: text('pinyin').optional(),
  /** A plain-language definition in our own words. */
  definition: text('definition'),
  /** Slugs of the sources that use the term. */
  sources: z.array(slug),
});

/** One entry of content/timeline.yaml */
export const timelineEventSchema = z.strictObject({
  /** A stable id for links, e.g. "mic2025-launch". */
  id: slug,
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY", in quotes; the format sets the precision. */
  date: partialDate,
  /** A short headline. */
  title: text('title'),
  /** One or two sentences in our own words. */
  description: text('description'),
  /** As the sources gave it: "happened", "planned" (a plan or target) or "expected" (reported as due); dated as of its sources' publication. */
  status: z.enum(EVENT_STATUSES, { error: 'status must be "happened", "planned" or "expected"' }),
  /** Slugs of the sources that report it. */
  sources: z.array(slug).min(1, { error: 'name at least one source' }),
  /** A claim that covers the event. */
  claim: slug.optional(),
});

/**
 * content/pages/<id>.mdx (the story, About: words and body) or <id>.yaml (the words of a page
 * whose body is built from other content, e.g. the data index). Text fields may hold
 * placeholders such as {sources}, filled in from the content (src/lib/page-words.ts).
 */
export const pageSchema = z.strictObject({
  /** The page's title: its <h1> and <title>. */
  title: text('title'),
  /** One or two sentences for search engines and link previews. */
  description: text('description').max(200, { error: 'description must be at most 200 characters' }),
  /** The paragraph under the title (inline Markdown). */
  intro: text('intro').optional(),
  /** Other sentences the page shows, by the name its component asks for (inline Markdown). */
  phrases: z.record(z.string().regex(/^[a-z]+(?:_[a-z]+)*$/, { error: 'a phrase name is lowercase words joined by "_", e.g. "no_script"' }), text('a phrase')).optional(),
  /** The date the content was last revised, "YYYY-MM-DD"; without it, the date of the file's last commit. */
  updated: partialDate.optional(),
});

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
  /** The day the correction was published, "YYYY-MM-DD". */
  date: partialDate,
  /** Every place corrected: the entry and the field within it. */
  corrected: z
    .array(
      z.strictObject({
        /** The content entry, "collection/id" (it must exist). */
        entry: correctedEntry,
        /** The field corrected, e.g. "body", "statement", "reports[1].support". */
        field: text('corrected[].field'),
      }),
    )
    .min(1, { error: 'name at least one corrected entry' }),
  /** What was wrong, in plain words. */
  wrong: text('wrong'),
  /** What the site says now, in plain words. */
  now: text('now'),
  /** The source passage that shows what is right (optional): the source and its exact words. */
  source_passage: z
    .strictObject({
      /** The source's slug. */
      source: slug,
      /** Its exact words (checked against the archived text). */
      wording: text('source_passage.wording'),
    })
    .optional(),
});

// ── Site identity ──────────────────────────────────────────────────────────────────────────────

/** An address a reader can follow, or null until the maintainers set it. */
const identityUrl = (protocol: RegExp, error: string) => z.url({ protocol, error }).nullable();

/**
 * content/site.yaml: who publishes the site and how readers reach them, set by the maintainers.
 * Each field is null until they set it (never a guess); the build warns while one is unset and
 * the pages say it is not yet stated.
 */
export const siteIdentitySchema = z.strictObject({
  /** The organisation or people who publish the site, as they wish to be named. */
  publisher: z.string().trim().min(1, { error: 'publisher must not be empty; write null until it is set' }).nullable(),
  /** The publisher's own web address. */
  publisher_url: identityUrl(/^https?$/, 'publisher_url must be a full address starting with https://, or null'),
  /** Where readers report errors or write: e.g. the repository's issues page, or mailto:address. */
  contact: identityUrl(/^(https?|mailto)$/, 'contact must be a full address (https://… or mailto:…), or null'),
});
