/**
 * The words of a page entry (content/pages/<id>.mdx or .yaml) with their placeholders filled in
 * from the content and the data: "The {sources} sources" reads "The five sources" and turns into
 * "The six sources" when a source is added. Pure: the counts and the data come in as facts.
 */
import { percent } from '../data/data-checks';
import { countInWords } from '../text/number-words';
import { fillTokens, plain, TokenError, type TokenValue, type TokenValues } from '../text/word-tokens';

/** What page placeholders can print. */
export interface PageFacts {
  sources: number;
  claims: number;
  terms: number;
  charts: number;
  /** The years the timeline spans, e.g. "2015 to 2049". */
  timelineSpan: string;
  /** The latest year with a value for the series, or undefined. */
  latestYear: (economy: string, indicator: string) => number | undefined;
  value: (economy: string, indicator: string, year: number) => number | undefined;
}

/**
 * The placeholders a page's words may use:
 * {sources}, {claims}, {terms} (glossary), {charts}: counts in words (add ":capital" to open a sentence);
 * {timeline_span}: "2015 to 2049";
 * {latest:CHN/NE.CON.PRVT.ZS}: the series' latest value ("39.1%"); {latest_year:…}: its year.
 */
export const PAGE_TOKENS = ['sources', 'claims', 'terms', 'charts', 'timeline_span', 'latest', 'latest_year'] as const;
/**
 * Placeholders a component fills in for the phrases that show one thing (the comment above each
 * phrase in content/pages says which it takes): {topic}, a topic's name; {statement}, a claim;
 * {name}, a source's or chart's name; {date} and {rough_date} ("late May 2025"), a date;
 * {year}, a year from the data; {value}, a value from the data as the chart writes it ("39.1%"); {count} and {total}, a count and what it is out of (in digits,
 * as in a table); {partial}, how many of them are in part; {minutes}, reading time; {scale}, an image's pixel density ("2×"); {unit}, a chart's unit; {list}, names
 * joined by commas; {link}, where the component puts a link (its words are another phrase);
 * {query}, the words a reader searched for; {note}, a source's note on how its date is known;
 * in a data check's explanation, {expected}, {tolerance}, {gap}, {min}, {max}, {ratio},
 * {numerator} and {denominator}; in a chart's summary, {economy}, {indicator}, {higher},
 * {lower}, {x}, {y}, {x_value} and {y_value}, and {low} and {high}, the economies at either end of a range.
 */
export const PHRASE_TOKENS = ['topic', 'statement', 'name', 'date', 'rough_date', 'year', 'value', 'count', 'total', 'partial', 'minutes', 'scale', 'unit', 'list', 'link', 'query', 'note', 'expected', 'tolerance', 'gap', 'min', 'max', 'ratio', 'numerator', 'denominator', 'economy', 'indicator', 'higher', 'lower', 'x', 'y', 'x_value', 'y_value', 'low', 'high'] as const;

const count =
  (name: string, value: number): TokenValue =>
  (argument) => {
    if (argument !== undefined && argument !== 'capital') throw new TokenError(`{${name}} takes no argument but "capital": write {${name}} or {${name}:capital}`);
    return countInWords(value, argument === 'capital');
  };

/** The latest year of the series an argument such as "CHN/NE.CON.PRVT.ZS" names, or a TokenError. */
function latestOf(facts: PageFacts, name: string, argument: string | undefined): { economy: string; indicator: string; year: number } {
  const [economy = '', indicator = ''] = (argument ?? '').split('/');
  if (!/^[A-Z]{3}$/.test(economy) || indicator === '') {
    throw new TokenError(`{${name}} names a series, economy and indicator: e.g. {${name}:CHN/NE.CON.PRVT.ZS}`);
  }
  const year = facts.latestYear(economy, indicator);
  if (year === undefined) throw new TokenError(`{${name}:${argument}}: the data have no series ${indicator} for ${economy}`);
  return { economy, indicator, year };
}

export function pageTokenValues(facts: PageFacts): TokenValues {
  return {
    sources: count('sources', facts.sources),
    claims: count('claims', facts.claims),
    terms: count('terms', facts.terms),
    charts: count('charts', facts.charts),
    timeline_span: plain('timeline_span', () => facts.timelineSpan),
    latest: (argument) => {
      const { economy, indicator, year } = latestOf(facts, 'latest', argument);
      return percent(facts.value(economy, indicator, year)!);
    },
    latest_year: (argument) => String(latestOf(facts, 'latest_year', argument).year),
  } satisfies Record<(typeof PAGE_TOKENS)[number], TokenValue>;
}

/** A page's words, filled in. */
export interface PageWords {
  title: string;
  description: string;
  intro: string | undefined;
  /**
   * One of the page's other sentences, with `extra` placeholders the component fills in (PHRASE_TOKENS);
   * fails the build, naming the file and field, when it is missing.
   */
  phrase: (name: string, extra?: TokenValues) => string;
  /**
   * A phrase split where its {link} placeholder (or the one `at` names) stands, for a component
   * that puts a link or other markup there: "The {link} shows the chart" gives
   * ["The ", " shows the chart"]. Fails, naming the file and field, unless it appears exactly once.
   */
  around: (name: string, extra?: TokenValues, at?: string) => [before: string, after: string];
}

interface PageEntryLike {
  file: string;
  data: { title: string; description: string; intro?: string | undefined; phrases?: Record<string, string> | undefined };
}

/** A phrase that is missing or whose placeholders do not fill, named by its file and field. */
export class PhraseError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file} ${field}: ${problem}`);
  }
}

/** Stands for the placeholder a phrase is split around; no content text contains it. */
const LINK_MARK = '\u0000';

/** A field's text with its placeholders filled in; a bad placeholder throws a PhraseError. */
const filler =
  (entry: PageEntryLike, values: TokenValues) =>
  (field: string, text: string, extra: TokenValues = {}) => {
    try {
      return fillTokens(text, { ...values, ...extra });
    } catch (error) {
      if (error instanceof TokenError) throw new PhraseError(entry.file, field, error.message);
      throw error;
    }
  };

/** The entry's phrases alone (PageWords['phrase']), for code that needs none of its title, description or intro. */
export function pagePhrases(entry: PageEntryLike, values: TokenValues): PageWords['phrase'] {
  const fill = filler(entry, values);
  const { phrases = {} } = entry.data;
  return (name, extra) => {
    const text = phrases[name];
    if (text === undefined) throw new PhraseError(entry.file, `phrases.${name}`, 'missing; the page shows this sentence, so add it under phrases:');
    return fill(`phrases.${name}`, text, extra);
  };
}

/** The entry's words with their placeholders filled in; a bad placeholder throws, naming the file and the field. */
export function pageWords(entry: PageEntryLike, values: TokenValues): PageWords {
  const fill = filler(entry, values);
  const { title, description, intro } = entry.data;
  const phrase = pagePhrases(entry, values);
  return {
    title: fill('title', title),
    description: fill('description', description),
    intro: intro === undefined ? undefined : fill('intro', intro),
    phrase,
    around: (name, extra, at = 'link') => {
      const parts = phrase(name, { ...extra, [at]: plain(at, () => LINK_MARK) }).split(LINK_MARK);
      if (parts.length !== 2) throw new PhraseError(entry.file, `phrases.${name}`, `write {${at}} once, where the component puts it (found ${parts.length - 1})`);
      return [parts[0] ?? '', parts[1] ?? ''];
    },
  };
}

/** Every text field of a page entry a maintainer writes words in, with its field name (for checks). */
export function pageTextFields(data: PageEntryLike['data']): [string, string][] {
  return [
    ['title', data.title],
    ['description', data.description],
    ...(data.intro === undefined ? [] : [['intro', data.intro] as [string, string]]),
    ...Object.entries(data.phrases ?? {}).map(([name, text]): [string, string] => [`phrases.${name}`, text]),
  ];
}
