/**
 * What every chart type shares: the resolved chart's common fields, the drawing variants, the
 * table, the client's data island, and the interface each type's module implements
 * (src/lib/charts/<type>/index.ts; src/lib/charts/registry.ts maps a spec's `type` to its module).
 */
import type { z, ZodType } from 'astro/zod';
import type { WdiData } from '../data/wdi';
import { fillTokens, TokenError, withoutTokens, type TokenValues } from '../text/word-tokens';

/** The fields every resolved chart carries. */
export interface ResolvedBase {
  type: string;
  id: string;
  /** The spec's path relative to the repository, for messages and "edit" links. */
  file: string;
  title: string;
  /** The short title (page_title): the browser tab, and the name of the drawing and the table. */
  pageTitle: string;
  subtitle: string;
  unit: string;
  /** Decimals shown (the indicators' own, from content/data/indicators.csv). */
  decimals: number;
  notes: string[];
  /** Indicator codes plotted, in order of first use (for the citation). */
  indicators: string[];
}

/** A spec that does not fit the data: names the file and the field. */
export class ChartSpecError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}, field "${field}": ${problem}`);
    this.name = 'ChartSpecError';
  }
}

export const specFile = (id: string) => `content/charts/${id}.yaml`;

/**
 * Labels readers see on a chart name economies in words: a label holding an economy code from
 * content/data/economies.csv ("KOR exp") fails the build, naming the field and the economy's name.
 */
export function checkNoEconomyCodes(file: string, labels: [field: string, text: string][], economies: ReadonlyMap<string, { name: string }>): void {
  for (const [field, text] of labels) {
    const code = text.match(/\b[A-Z]{3}\b/g)?.find((word) => economies.has(word));
    if (code) throw new ChartSpecError(file, field, `${JSON.stringify(text)} contains the code ${code}: write the economy's name (${economies.get(code)!.name}) or a short form a general reader knows`);
  }
}

/**
 * Two fixed viewBoxes, wide (720 units) and narrow (320 units): an SVG scales its text with its
 * drawing, so one 720-unit design shown at 320 px would shrink 13-unit text to under 6 px. The
 * narrow variant keeps text at ~12–13 px on a phone with fewer ticks and short labels (small
 * multiples for charts of many series, src/lib/charts/line/geometry.ts).
 */
export type Variant = 'wide' | 'narrow';

export interface Layout {
  width: number;
  height: number;
  font: number;
  xTicks: number;
  yTicks: number;
}

export const LAYOUTS: Record<Variant, Layout> = {
  wide: { width: 720, height: 400, font: 13, xTicks: 10, yTicks: 6 },
  narrow: { width: 320, height: 380, font: 13, xTicks: 4, yTicks: 5 },
};

/** What every drawing has: its variant and size (in viewBox units) and font size. */
export interface Drawing {
  variant: Variant;
  width: number;
  height: number;
  font: number;
  /** Attributes the client script reads from the outer <svg> (as data-*), e.g. the axes' mapping. */
  data?: Record<string, string>;
}

export interface Tick {
  value: number;
  pos: number;
  label: string;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A drawing with axes: its plot box and ticks. */
export interface FrameGeometry extends Drawing {
  plot: Box;
  xTicks: Tick[];
  yTicks: Tick[];
}

export type Cell = string | number | undefined;

/** The data behind a chart: the table on the page and the CSV download. */
export interface ChartTable {
  columns: string[];
  /** Which columns hold numbers (right-aligned, rounded in the table). */
  numeric: boolean[];
  rows: Cell[][];
}

/** A phrase of content/pages/data.yaml, with the placeholders its caller fills in: the words a chart computes sentences from. */
export type ChartPhrase = (name: string, extra?: TokenValues) => string;

/** A legend entry: the key drawn as SVG markup (a 28×10 viewBox) and its text. */
export interface LegendItem {
  /** Matches the data-s of the drawing's elements it highlights. */
  key: string;
  swatch: string;
  label: string;
}

/**
 * The JSON the client script reads (src/scripts/chart-enhance.ts): the chart's values, units,
 * names and colours, from the same resolved chart as the drawing, never from the table's text.
 * `steps` are what the arrow keys move through: years on a line chart, economies on a scatter or map.
 */
export interface DataIsland {
  type: string;
  unit: string;
  decimals: number;
  /** Labels of the values each step carries, with their palette colour (0: none). */
  series: { name: string; colour: number }[];
  steps: {
    /** What the step is: a year, or an economy's name (with its year). */
    title: string;
    /** Its key in the share link, e.g. "2015" or "CHN". */
    key: string;
    /** One value per series, rounded to the decimals shown; null where nothing is published. */
    values: (number | null)[];
    /** An extra line, e.g. "An aggregate of economies". */
    note?: string;
  }[];
  /** The key of the step the keyboard starts on (the chart's focus, e.g. "CHN"); the last step when absent. */
  start?: string;
  /** Keys of the labelled steps, which Page Up and Page Down jump between. */
  jumps?: string[];
  /**
   * A map's shapes carry no row attribute (170 of them would add about 0.5 kB gzip to the page):
   * the step of each shape with a value, in the drawing's order. A scatter's points are not elements:
   * the script places each step from its values and the drawing's axes (data-x, data-y).
   */
  marks?: number[];
}

/** One chart type. Adding a type: a folder with a module implementing this, and one line in the registry. */
export interface ChartModule<Schema extends ZodType<{ type: string }>, Resolved extends ResolvedBase, Geometry extends Drawing> {
  /** The spec schema of content/charts/<id>.yaml for this type (an object with a literal `type`). */
  schema: Schema;
  /**
   * The drawings it makes, widest first: ['wide', 'narrow'] for two fixed designs CSS chooses
   * between by width, or ['wide'] for one drawing that reads well at every width (a map).
   */
  variants: readonly Variant[];
  /** Checks the spec against the data and resolves it, or throws a ChartSpecError. */
  resolve(id: string, spec: z.output<Schema>, data: WdiData): Resolved;
  /** The drawing's geometry for one variant (pure data, computed at build time). */
  geometry(chart: Resolved, variant: Variant): Geometry;
  /** The SVG elements of a drawing (without the outer <svg>), styled by class: the downloads' drawing. */
  render(chart: Resolved, geometry: Geometry): string;
  /**
   * The SVG elements of its drawings shown together on one page (wide and narrow, CSS showing the
   * one that fits), if the type can send what they share once, e.g. a line's path data; otherwise `render` each.
   */
  renderTogether?(chart: Resolved, geometries: Geometry[]): string[];
  /** One sentence (occasionally two) stating what the chart shows, with numbers from the data. */
  summary(chart: Resolved, phrase: ChartPhrase): string;
  /** The rows and columns of the plotted data (the table and the CSV), its headings and words in data.yaml's. */
  table(chart: Resolved, phrase: ChartPhrase): ChartTable;
  /**
   * For a chart whose full table is long (every economy on a scatter or map, every year on a line
   * chart): the keys of the rows its page shows, and the data.yaml phrase of that table's caption
   * ("…, the labelled economies"). The full table then gets its own page (/data/<id>/table/).
   */
  keyRows?(chart: Resolved): { keys: string[]; caption: string };
  legend(chart: Resolved, phrase: ChartPhrase): LegendItem[];
  /** The client's data; a step's note in data.yaml's words. */
  island(chart: Resolved, phrase: ChartPhrase): DataIsland;
  /** CSS rules for its classes in the downloadable SVG (light theme, no CSS variables), if it has its own. */
  standaloneStyle?: string;
  /** Something the build should warn about (e.g. a map's unmatched shapes), or undefined. */
  warning?(chart: Resolved): string | undefined;
}

/**
 * The fields every resolved chart carries from its spec, with the placeholders of its words
 * filled in from `values` (src/lib/charts/tokens.ts); a bad one names the file and the field.
 */
export function describedBy(
  id: string,
  spec: { title: string; page_title: string; subtitle: string; unit: string; notes: string[] },
  values: TokenValues,
): Pick<ResolvedBase, 'id' | 'file' | 'title' | 'pageTitle' | 'subtitle' | 'unit' | 'notes'> {
  const file = specFile(id);
  const fill = (field: string, text: string) => fillSpecText(file, field, text, values);
  const title = fill('title', spec.title);
  const pageTitle = fill('page_title', spec.page_title);
  // The short title names the drawing and the table; were it the title, a screen reader would read the title three times.
  if (pageTitle.trim() === title.trim()) throw new ChartSpecError(file, 'page_title', 'must differ from title: write a shorter title, which names the drawing and the data table');
  return {
    id,
    file,
    title,
    pageTitle,
    subtitle: fill('subtitle', spec.subtitle),
    unit: spec.unit,
    notes: spec.notes.map((note, index) => fill(`notes[${index}]`, note)),
  };
}

/** A number a spec's field holds, and the placeholder that prints it in the spec's words. */
export interface HeldNumber {
  value: number;
  placeholder: string;
}

/**
 * A spec's text with its placeholders filled in from `values`. It fails, naming the file and the
 * field, on a bad placeholder, and on a number in `held` typed as digits rather than written as
 * its placeholder ("2015: launched" on a mark whose year is 2015 must read "{year}: launched"),
 * so changing the spec's number cannot leave its label stale.
 */
export function fillSpecText(file: string, field: string, text: string, values: TokenValues, held: readonly HeldNumber[] = []): string {
  const typed = held.find(({ value }) => new RegExp(String.raw`(?<![\d.])${String(value).replace('.', String.raw`\.`)}(?![\d]|\.\d)`).test(withoutTokens(text)));
  if (typed) throw new ChartSpecError(file, field, `types ${typed.value}, which the spec already holds: write ${typed.placeholder} instead`);
  try {
    return fillTokens(text, values);
  } catch (error) {
    if (error instanceof TokenError) throw new ChartSpecError(file, field, error.message);
    throw error;
  }
}

/** A rough width of a text in SVG units (system sans-serif averages about 0.58 em a character). */
export const textWidth = (text: string, font: number) => Math.ceil(text.length * font * 0.58);

/**
 * The letter spacing WCAG 1.4.12 lets readers apply (0.12 em): text the reader can restyle
 * (tick labels, event labels) is given room for it, so it never runs into its neighbour.
 */
export const READER_LETTER_SPACING = 0.12;

/** A text's width in SVG units with room for the reader's letter spacing. */
export const spacedWidth = (text: string, font: number) => Math.ceil(text.length * font * (0.58 + READER_LETTER_SPACING));

/**
 * Ticks whose labels, with the reader's letter spacing and a gap of half an em, never touch: all
 * of `values` when they fit, else every second, third… of them (always the first).
 */
export function spacedTicks(values: number[], position: (value: number) => number, label: (value: number) => string, font: number): number[] {
  const clear = (kept: number[]) =>
    kept.every((value, i) => {
      const next = kept[i + 1];
      if (next === undefined) return true;
      const room = (spacedWidth(label(value), font) + spacedWidth(label(next), font)) / 2 + font / 2;
      return Math.abs(position(next) - position(value)) >= room;
    });
  for (let stride = 1; stride < values.length; stride += 1) {
    const kept = values.filter((_, i) => i % stride === 0);
    if (clear(kept)) return kept;
  }
  return values.slice(0, 1);
}

/** Coordinates to one decimal: enough for a crisp drawing, and short markup. */
export const round = (value: number) => Math.round(value * 10) / 10;
