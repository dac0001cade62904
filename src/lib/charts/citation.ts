/**
 * How to cite a chart: the source line under it, and a full citation in plain text and BibTeX.
 * Built from the chart's indicator codes (content/data/indicators.csv) and the data version
 * recorded in content/data/PROVENANCE.md.
 */
import type { ResolvedBase } from './chart';

/** "World Bank, World Development Indicators (NE.CON.PRVT.ZS, NE.GDI.TOTL.ZS), CC BY 4.0" */
export function sourceLine(chart: Pick<ResolvedBase, 'indicators'>): string {
  return `World Bank, World Development Indicators (${chart.indicators.join(', ')}), CC BY 4.0`;
}

/** What PROVENANCE.md lacks when it has no data version. */
export const NO_DATA_VERSION = 'must have a "- **Data version**: …" line (it goes into every chart citation)';

/** The data version from PROVENANCE.md's "**Data version** (…): <version>" line, or undefined. */
export function findDataVersion(provenance: string): string | undefined {
  return /\*\*Data version\*\*[^:]*:\s*(.+)/.exec(provenance)?.[1]?.trim() || undefined;
}

/** The data version; the content check (check-site.ts) has made sure there is one. */
export function dataVersion(provenance: string): string {
  const version = findDataVersion(provenance);
  if (version === undefined) throw new Error(`content/data/PROVENANCE.md ${NO_DATA_VERSION}`);
  return version;
}

export interface CitationInput {
  chart: Pick<ResolvedBase, 'id' | 'title' | 'indicators'>;
  siteName: string;
  /** The chart page's absolute URL. */
  url: string;
  version: string;
  /** When the chart (its spec or its data) last changed, YYYY-MM-DD; undefined when unknown. */
  updated: string | undefined;
}

export interface Citation {
  text: string;
  bibtex: string;
}

export function citation({ chart, siteName, url, version, updated }: CitationInput): Citation {
  const data = `World Bank, World Development Indicators (${chart.indicators.join(', ')}), ${version}`;
  const text = `“${chart.title}”. ${siteName}. ${url}. Data: ${data}.${updated ? ` Chart last updated ${updated}.` : ''}`;
  const bib = (value: string) => value.replace(/([{}%&#_$])/g, '\\$1');
  const fields = [
    ['title', `{${bib(chart.title)}}`],
    ['author', `{${bib(siteName)}}`],
    ['howpublished', `\\url{${url}}`],
    ...(updated ? [['year', updated.slice(0, 4)], ['date', updated]] : []),
    ['note', `Data: ${bib(data)}`],
  ];
  const bibtex = `@misc{${chart.id},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
  return { text, bibtex };
}
