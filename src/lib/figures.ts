/** How a reported figure reads in prose: "145%", "40% of GDP", "351 products", "2035". */
export function formatFigure(figure: { value: number; unit: string }): string {
  const value = figure.unit.startsWith('year') ? String(figure.value) : figure.value.toLocaleString('en-GB');
  if (figure.unit.startsWith('%')) return `${value}${figure.unit}`.replace('%of', '% of');
  if (figure.unit.startsWith('year')) return value;
  return `${value} ${figure.unit}`;
}
