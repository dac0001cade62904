/**
 * References from MDX prose to claims, sources, figures, charts, data and timeline events. The content check
 * scans MDX bodies for these components so an unknown id fails the build naming the file,
 * before any page renders.
 */

/** A component usage found in an MDX body. */
export interface StoryReference {
  component: 'ClaimRef' | 'SourceRef' | 'SourceCount' | 'Reported' | 'DataValue' | 'Chart' | 'EventDate' | 'EventStatus';
  /** Attribute name → value, for string-valued attributes. */
  attributes: Record<string, string>;
}

const USAGE = /<(ClaimRef|SourceRef|SourceCount|Reported|DataValue|Chart|EventDate|EventStatus)\b([^>]*?)\/?>/g;
const ATTRIBUTE = /(\w+)=(?:"([^"]*)"|\{\s*"?([^}"]*)"?\s*\})/g;

/** Every reference component used in an MDX body, with its attributes. */
export function findStoryReferences(body: string): StoryReference[] {
  return [...body.matchAll(USAGE)].map((match) => ({
    component: match[1] as StoryReference['component'],
    attributes: Object.fromEntries([...(match[2] ?? '').matchAll(ATTRIBUTE)].map((a) => [a[1] ?? '', (a[2] ?? a[3] ?? '').trim()])),
  }));
}

/** The `## ` headings of the sections in which an MDX body places <Chart id={chartId} />, once each. */
export function sectionsPlacingChart(body: string, chartId: string): string[] {
  const sections = new Set<string>();
  let heading: string | undefined;
  for (const line of body.split('\n')) {
    const match = /^##\s+(.+?)\s*$/.exec(line);
    if (match) heading = match[1];
    else if (heading && findStoryReferences(line).some((ref) => ref.component === 'Chart' && ref.attributes['id'] === chartId)) sections.add(heading);
  }
  return [...sections];
}
