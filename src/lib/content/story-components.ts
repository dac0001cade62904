/**
 * The one registry of story components: the tags an MDX page uses to point at content. For each,
 * the attributes a use may give (as written in MDX, so as text), whether it renders a link, and
 * how a use resolves: what it names must exist, or the use is a problem naming the attribute.
 * The content check (content-checks.ts) reads every use from the MDX syntax tree (story-refs.ts)
 * and checks it here, so the components render only uses that resolve.
 */
import { z } from 'astro/zod';
import type { SourceData } from './content-checks';
import { validateEntry } from './friendly-errors';

/** What the uses resolve against: the content's ids, and the World Bank data. */
export interface StoryIndex {
  claimIds: ReadonlySet<string>;
  sources: ReadonlyMap<string, SourceData>;
  /** Event id → status ("happened", "planned", "expected"). */
  eventStatus: ReadonlyMap<string, string>;
  chartIds: ReadonlySet<string>;
  hasSeries: (economy: string, indicator: string) => boolean;
  /** Whether the data have a value for a year as a `<DataValue year="…">` names it. */
  hasValue?: ((economy: string, indicator: string, year: string) => boolean) | undefined;
}

/** What is wrong with a use: the attribute (none for the tag as a whole) and what. */
export interface UseProblem {
  attribute?: string;
  message: string;
}

interface StoryComponent<Props extends z.ZodType> {
  props: Props;
  /** Whether it renders a link (`<a>`), so it cannot sit inside another link. */
  link: boolean;
  resolve: (props: z.output<Props>, index: StoryIndex) => UseProblem | undefined;
}

/** What a field holds where the source is silent, e.g. a figure's `as_of`. */
export const NOT_STATED = 'not stated';

const component = <Props extends z.ZodType>(definition: StoryComponent<Props>) => definition;
const id = z.string();
const flag = z.string().optional();

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

/** Every story component, by its tag name. */
export const STORY_COMPONENTS = {
  ClaimRef: component({
    props: z.strictObject({ id }),
    link: true,
    resolve: (props, index) => (index.claimIds.has(props.id) ? undefined : unknownClaim('id', props.id)),
  }),
  SourceRef: component({
    props: z.strictObject({ id }),
    link: true,
    resolve: (props, index) => (index.sources.has(props.id) ? undefined : unknownSource('id', props.id, index)),
  }),
  SourceCount: component({
    props: z.strictObject({ claim: z.string().optional(), capital: flag }),
    link: false,
    resolve: (props, index) => (props.claim === undefined || index.claimIds.has(props.claim) ? undefined : unknownClaim('claim', props.claim)),
  }),
  Reported: component({
    props: z.strictObject({ source: z.string(), figure: z.string(), bare: flag, show: z.enum(['value', 'as_of']).optional() }),
    link: false,
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
      return undefined;
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
    resolve: (props, index) => {
      if (!index.hasSeries(props.economy, props.indicator)) return { attribute: 'indicator', message: `the data have no series ${props.indicator} for ${props.economy}.` };
      if (index.hasValue && !index.hasValue(props.economy, props.indicator, props.year)) {
        return { attribute: 'year', message: `the data have no value of ${props.indicator} for ${props.economy} in "${props.year}": name a year they have, or "latest".` };
      }
      return props.chart === undefined || index.chartIds.has(props.chart) ? undefined : unknownChart('chart', props.chart, index);
    },
  }),
  Chart: component({
    props: z.strictObject({ id, level: z.string().optional() }),
    link: true,
    resolve: (props, index) => {
      if (!index.chartIds.has(props.id)) return unknownChart('id', props.id, index);
      if (props.level !== undefined) {
        return { attribute: 'level', message: "leave it out: a chart's heading level follows from the section it is in (one level below the section's heading)." };
      }
      return undefined;
    },
  }),
  EventDate: component({
    props: z.strictObject({ id }),
    link: false,
    resolve: (props, index) => (index.eventStatus.has(props.id) ? undefined : unknownEvent(props.id)),
  }),
  EventStatus: component({
    props: z.strictObject({ id }),
    link: false,
    resolve: (props, index) => {
      const status = index.eventStatus.get(props.id);
      if (status === undefined) return unknownEvent(props.id);
      if (status === 'happened') return { attribute: 'id', message: `event "${props.id}" happened; <EventStatus> is for planned or expected events. Use <EventDate id="${props.id}" />.` };
      return undefined;
    },
  }),
};

export type StoryComponentName = keyof typeof STORY_COMPONENTS;

export const isStoryComponent = (name: string): name is StoryComponentName => Object.hasOwn(STORY_COMPONENTS, name);

/** A use's problems: its attributes against the props schema, then what they name; empty when it resolves. */
export function storyUseProblems(name: StoryComponentName, attributes: Readonly<Record<string, string>>, index: StoryIndex): UseProblem[] {
  const definition: StoryComponent<z.ZodType> = STORY_COMPONENTS[name];
  const result = validateEntry(definition.props, attributes, '');
  if ('problems' in result) return result.problems.map(({ field, message }) => ({ attribute: field, message }));
  const problem = definition.resolve(result.data, index);
  return problem ? [problem] : [];
}
