/** A calendar year ("year", "year (target)"), as opposed to a duration ("years"). */
function isCalendarYear(unit: string): boolean {
  return unit === 'year' || unit.startsWith('year ');
}

/** How a reported figure reads in prose: "145%", "40% of GDP", "351 products", "2035", "10 years". */
export function formatFigure(figure: { value: number; unit: string }): string {
  if (isCalendarYear(figure.unit)) return String(figure.value);
  const value = figure.value.toLocaleString('en-GB');
  if (figure.unit.startsWith('%')) return `${value}${figure.unit}`.replace('%of', '% of');
  return `${value} ${figure.unit}`;
}

/**
 * A figure in a table of figures, where the unit's qualifier stays with the number:
 * "2035 (target)", "145%", "5% (GDP growth)". A year never takes a thousands separator.
 */
export function formatFigureWithQualifier(figure: { value: number; unit: string }): string {
  return isCalendarYear(figure.unit) ? `${figure.value}${figure.unit.slice('year'.length)}` : formatFigure(figure);
}

/** What `<Reported>` prints of a figure: the figure, its number alone (`bare`), or its date (`show="as_of"`). */
export function reportedText(figure: { value: number; unit: string; as_of: string }, options: { bare?: boolean | undefined; show?: 'value' | 'as_of' | undefined }): string {
  if (options.show === 'as_of') return figure.as_of;
  return options.bare ? figure.value.toLocaleString('en-GB') : formatFigure(figure);
}
