/**
 * Whole-site content checks that a single file's schema cannot make: cross-references between
 * collections, quotes against the archived source texts, and copying from the sources.
 * Pure: it takes a snapshot of the content and the archives and returns every problem found,
 * each naming the file, the field and what is wrong.
 */
import type { z } from 'astro/zod';
import { readFileSync } from 'node:fs';
import { placeholderProblems } from './placeholders';
import { locateField, type Position } from './positions';
import { findStoryReferences } from './story-refs';
import { resolveStoryUse, STORY_COMPONENTS, type DataPoint, type StoryIndex } from './story-components';
import { buildTimeline } from './timeline';
import { termsUsedIn } from './glossary-links';
import { appearsVerbatim, copiedRunIndex, findCopiedRun, markdownProse, quotedPassages, words } from './quotes';
import { findRelativeTime, findTypedRelation } from './prose-rules';
import { latestDatedSource } from '../text/reading';
import { economyToken } from '../charts/text';
import { PAGE_TOKENS, PHRASE_TOKENS, pageTextFields, pageTokenValues, type PageFacts } from './page-words';
import { fillTokens, plain, TokenError, unknownTokens, withoutTokens, type TokenValues } from '../text/word-tokens';
import type { claimSchema, correctionSchema, glossarySchema, pageSchema, sourceSchema, timelineEventSchema, topicSchema } from './schemas';

export type SourceData = z.output<typeof sourceSchema>;
export type ClaimData = z.output<typeof claimSchema>;
export type GlossaryData = z.output<typeof glossarySchema>;
export type TimelineEventData = z.output<typeof timelineEventSchema>;
export type PageData = z.output<typeof pageSchema>;
export type CorrectionData = z.output<typeof correctionSchema>;
export type TopicData = z.output<typeof topicSchema>;

/** One content entry as the checks see it. */
export interface Entry<T> {
  id: string;
  /** Path relative to the project root, e.g. "content/claims/x.yaml". */
  file: string;
  data: T;
  /** Markdown body, for MDX entries. */
  body?: string;
  /** The line of the file the body starts on, so a problem found in the body is placed in the file. */
  bodyLine?: number;
}

export interface ContentSnapshot {
  sources: Entry<SourceData>[];
  claims: Entry<ClaimData>[];
  glossary: Entry<GlossaryData>[];
  timeline: Entry<TimelineEventData>[];
  topics: Entry<TopicData>[];
  pages: Entry<PageData>[];
  corrections: Entry<CorrectionData>[];
}

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export interface CheckReport {
  problems: LocatedProblem[];
  /** Quotes and wordings compared with an archived text. */
  quotesVerified: number;
  /** Quotes that could not be compared because no archive was available. */
  quotesUnverified: number;
  /** What each story component use in the MDX resolved to, by its key (see `storyValue`). */
  storyValues: Map<string, unknown>;
}

/** Summaries must run to 200–450 words. */
export const SUMMARY_WORDS = { min: 200, max: 450 } as const;
/** The heading every source summary ends with. */
export const ADDS_HEADING = 'What this source adds';
export { NOT_STATED } from './story-components';
/** The problem of a site whose sources have no full publication date. */
export const NO_DATED_SOURCE = `no source has a full publication date ("YYYY-MM-DD"); the story's "as of" line needs at least one.`;
/** Runs of this many words copied from a source, outside quotation marks, fail the build. */
export const COPIED_RUN_WORDS = 12;

/**
 * Checks the snapshot. `archives` maps an archive file name to its text; when it is undefined
 * (the archive folder is absent) verbatim checks are counted as unverified instead of run.
 */
export interface DataFacts {
  /** Whether the data have a series for the economy and indicator. */
  hasSeries: (economy: string, indicator: string) => boolean;
  /** Ids of the chart specs in content/charts. */
  chartIds: ReadonlySet<string>;
  /** The data's value for the year a `<DataValue year="…">` names (a year, "latest", "lowest", "highest"), if they have one. */
  dataPoint: (economy: string, indicator: string, year: string) => DataPoint | undefined;
  /** What the pages' placeholders are filled in with; without them, only the placeholders' names are checked. */
  pageFacts?: PageFacts;
}

export function checkContent(
  content: ContentSnapshot,
  archives: ReadonlyMap<string, string> | undefined,
  facts: DataFacts = { hasSeries: () => true, chartIds: new Set(), dataPoint: () => undefined },
): CheckReport {
  const { hasSeries } = facts;
  const problems: LocatedProblem[] = [];
  let quotesVerified = 0;
  let quotesUnverified = 0;
  const problem = (file: string, field: string, message: string) => problems.push({ file, field, message });

  for (const [collection, entries] of Object.entries(content) as [keyof ContentSnapshot, Entry<unknown>[]][]) {
    for (const entry of entries) problems.push(...placeholderProblems(entry.file, entry.data, entry.body, collection === 'timeline' || collection === 'topics' ? `[id=${entry.id}]` : ''));
  }

  const sourcesById = new Map(content.sources.map((source) => [source.id, source]));
  const knownSources = [...sourcesById.keys()].sort().join(', ');
  const claimIds = new Set(content.claims.map((claim) => claim.id));
  const topicIds = new Set<string>();
  content.topics.forEach((topic, index) => {
    // Named by its place in the list: by its id, it would be found at the first entry with it.
    if (topicIds.has(topic.id)) problem(topic.file, `[${index}].id`, `the id "${topic.id}" is used twice: each topic needs its own id.`);
    topicIds.add(topic.id);
  });
  const knownTopics = [...topicIds].join(', ');
  const checkTopic = (file: string, field: string, id: string) => {
    if (!topicIds.has(id)) problem(file, field, `unknown topic "${id}": use one of ${knownTopics} (content/topics.yaml)`);
  };
  const copiedRuns = archives ? copiedRunIndex([...archives.values()], COPIED_RUN_WORDS) : undefined;

  /** The archived text of a source, or undefined when it cannot be read. */
  const archiveOf = (sourceId: string): string | undefined => {
    const source = sourcesById.get(sourceId);
    return source && archives ? archives.get(source.data.archive) : undefined;
  };

  /** Checks that `quote` appears in at least one of the named sources' archives. */
  const checkVerbatim = (file: string, field: string, quote: string, sourceIds: readonly string[]) => {
    if (!archives) {
      quotesUnverified += 1;
      return;
    }
    const texts = sourceIds.map(archiveOf).filter((text): text is string => text !== undefined);
    // An unknown source or a missing archive is reported once, where it is named; the quotes
    // it would be checked against cannot be, so they are not reported one by one.
    if (texts.length < sourceIds.length) {
      quotesUnverified += 1;
      return;
    }
    quotesVerified += 1;
    if (!texts.some((text) => appearsVerbatim(quote, text))) {
      const where = sourceIds.length === 1 ? `source "${sourceIds[0]}"` : `any of the sources ${sourceIds.map((id) => `"${id}"`).join(', ')}`;
      problem(file, field, `"${quote}" does not appear word for word in ${where}. Copy the exact words from the archived text.`);
    }
  };

  /**
   * Our own prose: no long runs copied from any source outside quotation marks, no typed count
   * or "only" about which sources say something, and no relative time words.
   */
  const checkOwnWords = (file: string, field: string, prose: string) => {
    const run = copiedRuns && findCopiedRun(prose, copiedRuns, COPIED_RUN_WORDS);
    if (run) {
      problem(file, field, `copies ${COPIED_RUN_WORDS}+ words in a row from a source ("${run}…"). Rephrase it in our own words, or mark it as a quote.`);
    }
    const relation = findTypedRelation(prose);
    if (relation) {
      problem(
        file,
        field,
        `"${relation}" types which or how many sources say something. Name the source, or let the site count: <SourceCount claim="…" /> in a page, the claims matrix and "What this source adds" elsewhere.`,
      );
    }
    const time = findRelativeTime(prose);
    if (time) {
      problem(file, field, `"${time}" is a relative time word; it goes stale. Give the date or the period instead (e.g. "in 2025", "the 14th Five-Year Plan (2021 to 2025)").`);
    }
  };

  /** `field` is the list; `itemField` the field naming the source in each item, if the items are objects. */
  const checkSourceRefs = (file: string, field: string, ids: readonly string[], itemField = '') => {
    ids.forEach((id, index) => {
      if (!sourcesById.has(id)) problem(file, `${field}[${index}]${itemField}`, `unknown source "${id}". Known sources: ${knownSources}.`);
    });
  };

  for (const source of content.sources) {
    const { file, data, id } = source;
    const body = markdownProse(source.body ?? '');
    if (archives && !archives.has(data.archive)) {
      problem(file, 'archive', `no archived text named "${data.archive}" in the sources folder, so this source's quotes were not checked.`);
    }
    data.topics.forEach((topic, index) => checkTopic(file, `topics[${index}]`, topic));
    data.quotes.forEach((quote, index) => checkVerbatim(file, `quotes[${index}].text`, quote.text, [id]));
    data.figures.forEach((figure, index) => checkVerbatim(file, `figures[${index}].wording`, figure.wording, [id]));
    quotedPassages(body).forEach((quote) => checkVerbatim(file, 'body', quote, [id]));
    data.key_points.forEach((point, index) => checkOwnWords(file, `key_points[${index}]`, point));
    checkOwnWords(file, 'perspective', data.perspective);
    checkOwnWords(file, 'body', body);

    const count = words(body).length;
    if (count < SUMMARY_WORDS.min || count > SUMMARY_WORDS.max) {
      problem(file, 'body', `the summary has ${count} words; it must have ${SUMMARY_WORDS.min}–${SUMMARY_WORDS.max}.`);
    }
    if (!new RegExp(`^## ${ADDS_HEADING}\\s*$`, 'm').test(body)) {
      problem(file, 'body', `the summary must end with a section headed "## ${ADDS_HEADING}".`);
    }
  }

  for (const claim of content.claims) {
    const { file, data } = claim;
    checkTopic(file, 'topic', data.topic);
    const reporting = data.reports.map((report) => report.source);
    checkSourceRefs(file, 'reports', reporting, '.source');
    const seen = new Set<string>();
    data.reports.forEach((report, index) => {
      if (seen.has(report.source)) problem(file, `reports[${index}].source`, `source "${report.source}" is listed twice.`);
      seen.add(report.source);
      if (sourcesById.has(report.source)) checkVerbatim(file, `reports[${index}].wording`, report.wording, [report.source]);
    });
    if (data.differences) {
      quotedPassages(data.differences).forEach((quote) => checkVerbatim(file, 'differences', quote, reporting));
      checkOwnWords(file, 'differences', data.differences);
    }
    if (data.data_check) {
      checkVerbatim(file, 'data_check.as_reported', data.data_check.as_reported, reporting);
      for (const [field, measure] of checkMeasures(data.data_check)) {
        measure.indicators.forEach((indicator, index) => {
          if (!hasSeries(measure.economy, indicator)) {
            problem(file, `data_check.${field}.indicators[${index}]`, `the data have no series ${indicator} for ${measure.economy}.`);
          }
        });
      }
    }
    data.reports.forEach((report, index) => {
      if (report.lacks) checkOwnWords(file, `reports[${index}].lacks`, report.lacks);
    });
    checkOwnWords(file, 'statement', data.statement);
  }

  const termForms = content.glossary.map((term) => ({ id: term.id, forms: [term.data.term, ...term.data.aliases] }));
  /** Per source with an archived text: the glossary terms the text uses, each with the form found. */
  const termsBySource = new Map(
    content.sources.flatMap((source) => {
      const text = archiveOf(source.id);
      return text === undefined ? [] : [[source.id, termsUsedIn(termForms, text)] as const];
    }),
  );
  /**
   * A term's `sources` are the sources whose archived texts use the term or an alias, checked
   * rather than computed so the list stays readable in the file and the build needs no archive.
   */
  const checkTermSources = (term: Entry<GlossaryData>) => {
    const listed = new Set(term.data.sources);
    for (const [sourceId, used] of termsBySource) {
      const form = used.get(term.id);
      if (form !== undefined && !listed.has(sourceId)) {
        problem(term.file, 'sources', `source "${sourceId}" uses this term ("${form}") in its archived text (${sourcesById.get(sourceId)?.data.archive}) but is not listed: add it.`);
      }
    }
    term.data.sources.forEach((sourceId, index) => {
      const used = termsBySource.get(sourceId);
      if (used && !used.has(term.id)) {
        problem(
          term.file,
          `sources[${index}]`,
          `"${sourceId}" is listed, but its archived text (${sourcesById.get(sourceId)?.data.archive}) uses neither "${term.data.term}" nor an alias: remove it, or add the spelling the text uses to aliases.`,
        );
      }
    });
  };
  for (const term of content.glossary) {
    checkSourceRefs(term.file, 'sources', term.data.sources);
    checkOwnWords(term.file, 'definition', term.data.definition);
    checkTermSources(term);
  }

  const eventIds = new Set<string>();
  content.timeline.forEach((event, index) => {
    const field = `[id=${event.id}]`;
    // Named by its place in the list: by its id, it would be found at the first entry with it.
    if (eventIds.has(event.id)) problem(event.file, `[${index}].id`, `the id "${event.id}" is used twice: each event needs its own id.`);
    eventIds.add(event.id);
    checkSourceRefs(event.file, `${field}.sources`, event.data.sources);
    if (event.data.claim && !claimIds.has(event.data.claim)) {
      problem(event.file, `${field}.claim`, `unknown claim "${event.data.claim}": no file content/claims/${event.data.claim}.yaml.`);
    }
    checkOwnWords(event.file, `${field}.title`, event.data.title);
    checkOwnWords(event.file, `${field}.description`, event.data.description);
  });

  const entryIds: Record<string, ReadonlySet<string>> = {
    sources: new Set(sourcesById.keys()),
    claims: claimIds,
    pages: new Set(content.pages.map((page) => page.id)),
    glossary: new Set(content.glossary.map((term) => term.id)),
    timeline: eventIds,
  };
  for (const correction of content.corrections) {
    const { file, data } = correction;
    data.corrected.forEach((place, index) => {
      const [collection = '', id = ''] = place.entry.split('/');
      if (!entryIds[collection]?.has(id)) {
        problem(file, `corrected[${index}].entry`, `no ${collection} entry "${id}" (from "${place.entry}"): name an entry that exists, e.g. "claims/${[...claimIds][0] ?? 'claim-id'}".`);
      }
    });
    checkOwnWords(file, 'wrong', data.wrong);
    if (data.source_passage) {
      const { source, wording } = data.source_passage;
      if (!sourcesById.has(source)) problem(file, 'source_passage.source', `unknown source "${source}". Known sources: ${knownSources}.`);
      else checkVerbatim(file, 'source_passage.wording', wording, [source]);
    }
  }

  /** Story components in MDX must point at content that exists, each problem at its tag. */
  const storyIndex: StoryIndex = {
    claims: new Map(content.claims.map((claim) => [claim.id, claim])),
    sources: new Map(content.sources.map((source) => [source.id, source.data])),
    eventIds,
    // An event dates its status by its sources' publication; one naming none that exists is reported at its sources.
    events: new Map(buildTimeline(content.timeline.filter((event) => event.data.sources.some((id) => sourcesById.has(id))), content.sources).flatMap((item) => (item.kind === 'event' ? [[item.id, item] as const] : []))),
    chartIds: facts.chartIds,
    hasSeries,
    dataPoint: facts.dataPoint,
  };
  const storyValues = new Map<string, unknown>();
  const checkReferences = ({ file, body = '', bodyLine }: Entry<unknown>) => {
    for (const use of findStoryReferences(body)) {
      const position = bodyLine === undefined ? undefined : { line: bodyLine + use.position.line - 1, column: use.position.column };
      const at = (field: string, message: string) => problems.push({ file, field, message, ...(position ? { position } : {}) });
      const resolution = resolveStoryUse(use.component, use.attributes, storyIndex);
      if ('value' in resolution) storyValues.set(resolution.key, resolution.value);
      else for (const { attribute, message } of resolution.problems) at(attribute ? `<${use.component}> ${attribute}` : `<${use.component}>`, message);
      if (use.insideLink && STORY_COMPONENTS[use.component].link) {
        at(`<${use.component}>`, 'it renders a link, and this place is already inside one (a [text](address) or another link component): take it out of that link.');
      }
    }
  };

  // The story says how current it is: as of the latest source with a full publication date.
  const [firstSource] = content.sources;
  if (firstSource && latestDatedSource(content.sources.map((source) => source.data.published.date)) === undefined) {
    problem(firstSource.file, 'published.date', NO_DATED_SOURCE);
  }

  /** The page placeholders' values; a component fills in the phrase-only ones, so any text stands in for them here. */
  const tokenValues: TokenValues | undefined = facts.pageFacts && {
    ...pageTokenValues(facts.pageFacts),
    ...Object.fromEntries(PHRASE_TOKENS.map((name) => [name, plain(name, () => name)])),
    economy: economyToken('economy'),
  };
  const allSources = [...sourcesById.keys()];
  for (const source of content.sources) checkReferences(source);
  for (const page of content.pages) {
    checkReferences(page);
    const body = markdownProse(page.body ?? '');
    quotedPassages(body).forEach((quote) => checkVerbatim(page.file, 'body', quote, allSources));
    checkOwnWords(page.file, 'body', body);
    for (const [field, text] of pageTextFields(page.data)) {
      const unknown = unknownTokens(text, field.startsWith('phrases.') ? [...PAGE_TOKENS, ...PHRASE_TOKENS] : PAGE_TOKENS);
      unknown.forEach((message) => problem(page.file, field, message));
      if (tokenValues && unknown.length === 0) {
        try {
          fillTokens(text, tokenValues);
        } catch (error) {
          if (!(error instanceof TokenError)) throw error;
          problem(page.file, field, error.message);
        }
      }
      const words = withoutTokens(text);
      quotedPassages(words).forEach((quote) => checkVerbatim(page.file, field, quote, allSources));
      checkOwnWords(page.file, field, words);
    }
  }

  return { problems, quotesVerified, quotesUnverified, storyValues };
}

type Measure = { economy: string; indicators: string[] };

/** Every measure a data check names, with its field path. */
function checkMeasures(check: NonNullable<ClaimData['data_check']>): [string, Measure][] {
  const context = (check.context ?? []).map((entry, index): [string, Measure] => [`context[${index}].measure`, entry.measure]);
  switch (check.test) {
    case 'approx':
      return [['measure', check.measure], ...context];
    case 'within':
      return [...check.measures.map((m, index): [string, Measure] => [`measures[${index}]`, m]), ...context];
    case 'ratio':
      return [['numerator', check.numerator], ['denominator', check.denominator], ...context];
    case 'untestable':
      return context;
  }
}

/** A file's text, or undefined when it cannot be read. */
function readIfPresent(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** A problem that carries its own position (a syntax error), so the formatter need not find it. */
export type LocatedProblem = ContentProblem & { position?: Position };

/**
 * Each problem with where it is in its file (paths are relative to the working directory), found
 * by reading the file unless the problem carries it. The first quoted value in the message (an
 * unknown id, a quote) tells where in a Markdown body it is.
 */
export function locateProblems(
  problems: readonly LocatedProblem[],
  readText: (file: string) => string | undefined = readIfPresent,
): { problem: ContentProblem; position: Position | undefined }[] {
  const texts = new Map<string, string | undefined>();
  /** How many problems so far named the same value in the same field of the same file. */
  const seen = new Map<string, number>();
  const positionOf = (p: ContentProblem): Position | undefined => {
    if (!texts.has(p.file)) texts.set(p.file, readText(p.file));
    const text = texts.get(p.file);
    const hint = /"([^"]+)"/.exec(p.message)?.[1];
    const key = JSON.stringify([p.file, p.field, hint]);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return text === undefined ? undefined : locateField(text, p.field, hint, occurrence);
  };
  return problems.map((problem) => ({ problem, position: problem.position ?? positionOf(problem) }));
}

/** One line per problem: "file:line:column field: message" (see locateProblems). */
export function formatProblems(
  problems: readonly LocatedProblem[],
  readText: (file: string) => string | undefined = readIfPresent,
): string {
  return locateProblems(problems, readText)
    .map(({ problem: p, position }) => `  ${position ? `${p.file}:${position.line}:${position.column}` : p.file} ${p.field}: ${p.message}`)
    .join('\n');
}

/** What the build and `npm run check:content` print when the content has problems. */
export function contentFailure(problems: readonly LocatedProblem[], readText: (file: string) => string | undefined = readIfPresent): string {
  return `Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${formatProblems(problems, readText)}`;
}
