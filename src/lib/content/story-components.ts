/**
 * The one registry of story components: the tags an MDX page uses to point at content. For each,
 * the attributes a use may give (as written in MDX, so as text), whether it renders a link, and
 * how a use resolves: what it names must exist, or the use is a problem naming the attribute.
 * The content check (content-checks.ts) reads every use from the MDX syntax tree (story-refs.ts)
 * and resolves it here once; the site model carries each resolved value by its use's key, and the
 * components render that value (`storyValue`), so no component looks content up itself.
 */
import { z } from 'astro/zod';
import type { ClaimData, SourceData } from './content-checks';
import { fullReportCount } from './claims';
import { validateEntry } from './friendly-errors';
import type { TimelineItem } from './timeline';

/** A value of the World Bank data a `<DataValue>` prints, with the names its note gives. */
export interface DataPoint {
  year: number;
  value: number;
  economyName: string;
  indicatorName: string;
}

/** What the uses resolve against: the content, and the World Bank data. */
export interface StoryIndex {
  claims: ReadonlyMap<string, { id: string; data: ClaimData }>;
  sources: ReadonlyMap<string, SourceData>;
  /** Every timeline event's id. */
  eventIds: ReadonlySet<string>;
  /** The timeline's events by id, as the timeline shows them; one naming no known source has no date it is as of, so none. */
  events: ReadonlyMap<string, TimelineItem>;
  chartIds: ReadonlySet<string>;
  hasSeries: (economy: string, indicator: string) => boolean;
  /** The data's value for a year as a `<DataValue year="…">` names it, if they have one. */
  dataPoint: (economy: string, indicator: string, year: string) => DataPoint | undefined;
}

/** What is wrong with a use: the attribute (none for the tag as a whole) and what. */
export interface UseProblem {
  attribute?: string;
  message: string;
}

/** What a use that resolves stands for. */
interface Resolved<Value> {
  value: Value;
}

interface StoryComponent<Props extends z.ZodType, Key, Value> {
  props: Props;
  /** Whether it renders a link (`<a>`), so it cannot sit inside another link. */
  link: boolean;
  /** What a use stands for, from the attributes that name it: uses with one key resolve to one value. */
  key: (props: Key) => string;
  resolve: (props: z.output<Props>, index: StoryIndex) => UseProblem | Resolved<Value>;
}

/** What a field holds where the source is silent, e.g. a figure's `as_of`. */
export const NOT_STATED = 'not stated';

const component = <Props extends z.ZodType, Key, Value>(definition: StoryComponent<Props, Key, Value>) => definition;
const id = z.string();
const flag = z.string().optional();
const resolved = <Value>(value: Value): Resolved<Value> => ({ value });

const known = (ids: Iterable<string>) => [...ids].sort().join(', ');
const unknownClaim = (attribute: string, claim: string): UseProblem => ({ attribute, message: `unknown claim "${claim}": no file content/claims/${claim}.yaml.` });
const unknownSource = (attribute: string, source: string, index: StoryIndex): UseProblem => ({
  attribute,
  message: `unknown source "${source}". Known sources: ${known(index.sources.keys())}.`,
});
const unknownChart = (attribute: string, chart: string, index: StoryIndex): UseProblem => ({
  attribute,
  message: `unknown chart "${chart}". Known charts: ${known(index.chartIds)}.`,
});
const unknownEvent = (event: string): UseProblem => ({ attribute: 'id', message: `unknown event "${event}": no event with that id in content/timeline.yaml.` });
const eventKey = (props: { id: string }) => `event:${props.id}`;
/** The event a use names, or what is wrong with the name. */
function storyEvent(id: string, index: StoryIndex): UseProblem | TimelineItem {
  if (!index.eventIds.has(id)) return unknownEvent(id);
  return index.events.get(id) ?? { attribute: 'id', message: `event "${id}" names no known source, so it has no date it is as of: correct its sources in content/timeline.yaml.` };
}
const isProblem = (found: UseProblem | TimelineItem): found is UseProblem => 'message' in found;

/** Every story component, by its tag name. */
export const STORY_COMPONENTS = {
  ClaimRef: component({
    props: z.strictObject({ id }),
    link: true,
    key: (props: { id: string }) => `claim:${props.id}`,
    resolve: (props, index) => (index.claims.has(props.id) ? resolved({ path: `/claims/${props.id}/` }) : unknownClaim('id', props.id)),
  }),
  SourceRef: component({
    props: z.strictObject({ id }),
    link: true,
    key: (props: { id: string }) => `source:${props.id}`,
    resolve: (props, index) => (index.sources.has(props.id) ? resolved({ path: `/sources/${props.id}/` }) : unknownSource('id', props.id, index)),
  }),
  SourceCount: component({
    props: z.strictObject({ claim: z.string().optional(), capital: flag }),
    link: false,
    key: (props: { claim?: string | undefined }) => `count:${props.claim ?? ''}`,
    resolve: (props, index) => {
      if (props.claim === undefined) return resolved({ count: index.sources.size });
      const claim = index.claims.get(props.claim);
      return claim ? resolved({ count: fullReportCount(claim) }) : unknownClaim('claim', props.claim);
    },
  }),
  Reported: component({
    props: z.strictObject({ source: z.string(), figure: z.string(), bare: flag, show: z.enum(['value', 'as_of']).optional() }),
    link: false,
    // A figure and its date (show="as_of") share one note.
    key: (props: { source: string; figure: string }) => `figure:${props.source}:${props.figure}`,
    resolve: (props, index) => {
      const source = index.sources.get(props.source);
      if (!source) return unknownSource('source', props.source, index);
      const figure = source.figures.find((entry) => entry.id === props.figure);
      if (!figure) {
        const ids = source.figures.flatMap((entry) => (entry.id ? [entry.id] : []));
        return { attribute: 'figure', message: `source "${props.source}" has no figure with id "${props.figure}". Figure ids there: ${ids.join(', ') || 'none (add an id to the figure)'}.` };
      }
      if (props.show === 'as_of' && figure.as_of === NOT_STATED) {
        return { attribute: 'show', message: `figure "${figure.id}" of source "${props.source}" has no date: its as_of is "${NOT_STATED}", so there is nothing to show.` };
      }
      return resolved({ sourceId: props.source, sourceName: source.short_name, figure });
    },
  }),
  DataValue: component({
    props: z.strictObject({
      economy: z.string(),
      indicator: z.string(),
      year: z.string({ error: 'year is required: a year such as 2023, or "latest", "lowest" or "highest".' }),
      chart: z.string().optional(),
      show: z.enum(['value', 'year']).optional(),
    }),
    link: false,
    // A value and its year (show="year") share one note.
    key: (props: { economy: string; indicator: string; year: string | number }) => `data:${props.economy}:${props.indicator}:${props.year}`,
    resolve: (props, index) => {
      if (!index.hasSeries(props.economy, props.indicator)) return { attribute: 'indicator', message: `the data have no series ${props.indicator} for ${props.economy}.` };
      const point = index.dataPoint(props.economy, props.indicator, props.year);
      if (!point) return { attribute: 'year', message: `the data have no value of ${props.indicator} for ${props.economy} in "${props.year}": name a year they have, or "latest".` };
      return props.chart === undefined || index.chartIds.has(props.chart) ? resolved(point) : unknownChart('chart', props.chart, index);
    },
  }),
  Chart: component({
    props: z.strictObject({ id, level: z.string().optional() }),
    link: true,
    key: (props: { id: string }) => `chart:${props.id}`,
    resolve: (props, index) => {
      if (!index.chartIds.has(props.id)) return unknownChart('id', props.id, index);
      if (props.level !== undefined) {
        return { attribute: 'level', message: "leave it out: a chart's heading level follows from the section it is in (one level below the section's heading)." };
      }
      // The chart component draws from the chart registry; the use stands for its id.
      return resolved(props.id);
    },
  }),
  EventDate: component({
    props: z.strictObject({ id }),
    link: false,
    key: eventKey,
    resolve: (props, index) => {
      const event = storyEvent(props.id, index);
      return isProblem(event) ? event : resolved(event);
    },
  }),
  EventStatus: component({
    props: z.strictObject({ id }),
    link: false,
    key: eventKey,
    resolve: (props, index) => {
      const event = storyEvent(props.id, index);
      if (isProblem(event)) return event;
      if (event.status === 'happened') return { attribute: 'id', message: `event "${props.id}" happened; <EventStatus> is for planned or expected events. Use <EventDate id="${props.id}" />.` };
      return resolved(event);
    },
  }),
};

export type StoryComponentName = keyof typeof STORY_COMPONENTS;

export const isStoryComponent = (name: string): name is StoryComponentName => Object.hasOwn(STORY_COMPONENTS, name);

type Definition<Name extends StoryComponentName> = (typeof STORY_COMPONENTS)[Name];
/** The attributes that name what a use of the component stands for. */
export type StoryKey<Name extends StoryComponentName> = Parameters<Definition<Name>['key']>[0];
/** What a use of the component resolves to. */
export type StoryValue<Name extends StoryComponentName> = Extract<ReturnType<Definition<Name>['resolve']>, Resolved<unknown>>['value'];

/** Each resolved use's value, by its key; made by the content check, read by the components. */
export type StoryValues = ReadonlyMap<string, unknown>;

/** A use, resolved: its key and value, or its problems (its attributes against the props schema, then what they name). */
export function resolveStoryUse(name: StoryComponentName, attributes: Readonly<Record<string, string>>, index: StoryIndex): { problems: UseProblem[] } | { key: string; value: unknown } {
  // Each definition's key takes what its props schema outputs.
  const definition = STORY_COMPONENTS[name] as unknown as StoryComponent<z.ZodType, unknown, unknown>;
  const result = validateEntry(definition.props, attributes, '');
  if ('problems' in result) return { problems: result.problems.map(({ field, message }) => ({ attribute: field, message })) };
  const resolution = definition.resolve(result.data, index);
  return 'value' in resolution ? { key: definition.key(result.data), value: resolution.value } : { problems: [resolution] };
}

/**
 * The value the content check resolved for a use, as a component renders it. The check rejects
 * every use that does not resolve before anything renders, so a missing value is a bug in the
 * site's code (a page rendered without the check, or a key that differs), not in the content.
 */
export function storyValue<Name extends StoryComponentName>(values: StoryValues, name: Name, props: StoryKey<Name>): StoryValue<Name> {
  const key = (STORY_COMPONENTS[name].key as (props: StoryKey<Name>) => string)(props);
  if (!values.has(key)) throw new Error(`Internal error, not a content problem: <${name}> "${key}" was not resolved by the content check (checkSite), which every page's content passes before it renders.`);
  return values.get(key) as StoryValue<Name>;
}
