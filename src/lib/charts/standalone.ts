/**
 * The downloadable SVG of a chart: the wide drawing with its title, subtitle, source line,
 * licence and page URL, styles inlined as plain class rules (no CSS variables, no external
 * reference), so it opens the same in a browser, an image editor and librsvg (which renders the PNG).
 */
import type { Drawing, LegendItem } from './chart';
import { el, escapeXml } from './svg';
import { textWidth } from './chart';

/** The light theme's palette (src/styles/global.css), spelled out. */
const PALETTE = ['#b3261e', '#0b57a4', '#8a5a00', '#007a5a', '#8e3b8e', '#4d5560'];
const TEXT = '#1d1f22';
const MUTED = '#565a60';
const BG = '#ffffff';

/** The drawing's styles as plain class rules in the light palette (also those of the words' image on the page, drawing-text.ts). */
export const DRAWING_STYLE = [
  `svg{font-family:system-ui,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif}`,
  `.t{fill:${TEXT};font-weight:700}.m{fill:${MUTED}}`,
  `.chart__grid{fill:none;stroke:#e2ded4;stroke-width:1}.chart__baseline{stroke:${MUTED};stroke-width:1}`,
  `.chart__ticks text,.chart__axis-title{fill:${MUTED}}`,
  `.chart__band rect{fill:#e4efe4}.chart__band text{fill:${MUTED};font-style:italic}`,
  `.chart__notes line{stroke:${MUTED};stroke-width:1;stroke-dasharray:2 3}.chart__notes text{fill:${TEXT}}`,
  `.chart__line{fill:none;stroke-width:2;stroke-linejoin:round;stroke-linecap:round}.chart__line.is-focus{stroke-width:3.5}`,
  `.chart__line.d-dashed{stroke-dasharray:7 4;stroke-linecap:butt}.chart__line.d-dotted{stroke-dasharray:1.5 4;stroke-width:2.5}`,
  `.chart__labels text{font-weight:600;stroke:${BG};stroke-width:3px;stroke-linejoin:round;paint-order:stroke}.chart__labels text.is-focus{font-weight:800}`,
  `.chart__leader{fill:none;stroke-width:1;opacity:0.7}`,
  // Small multiples: the focus economy's faint copy in each panel, the key of dashes, the panel titles.
  `.chart__line.is-ref{stroke:${MUTED};stroke-width:1.25}.chart__line.is-key{stroke:${TEXT}}.chart__band-key{fill:#e4efe4;stroke:${MUTED};stroke-width:0.5}`,
  `.chart__panel-key text,.chart__panel-titles text{fill:${TEXT}}.chart__panel-titles text{font-weight:700}.chart__panel-titles text.is-focus{font-weight:800}`,
  `.chart__pt{stroke:${BG};stroke-width:0.75}.chart__pt.c6{fill-opacity:0.6}.chart__pt.is-agg{fill:${BG};stroke-width:2}`,
  ...PALETTE.map(
    (c, i) => `.chart__line.c${i + 1},.c${i + 1} .chart__leader,.chart__pt.is-agg.c${i + 1}{stroke:${c}}.c${i + 1} text,.chart__pt.c${i + 1}{fill:${c}}`,
  ),
].join('');

/** Greedy word wrap to a width in SVG units. */
export function wrap(text: string, width: number, font: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, font) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export interface StandaloneInput {
  title: string;
  subtitle: string;
  drawing: Drawing & { markup: string };
  /** "World Bank, World Development Indicators (…), CC BY 4.0" */
  source: string;
  url: string;
  /** The chart type's own styles (ChartModule.standaloneStyle). */
  style: string;
  /** The legend, drawn in rows under the title (a map's steps mean nothing without it). */
  legend: LegendItem[];
}

/** Legend entries laid out in rows of the given width: a 28×10 key, then the label. */
export function legendRows(legend: LegendItem[], x: number, y: number, width: number, font: number): { markup: string; height: number } {
  let cx = x;
  let cy = y;
  const parts: string[] = [];
  for (const item of legend) {
    const w = 28 + 6 + textWidth(item.label, font) + 18;
    if (cx > x && cx + w > x + width) {
      cx = x;
      cy += font + 8;
    }
    parts.push(
      el('svg', { x: cx, y: cy - 9, width: 28, height: 10, viewBox: '0 0 28 10', overflow: 'visible' }, item.swatch) +
        el('text', { class: 'm', x: cx + 34, y: cy, 'font-size': font }, escapeXml(item.label)),
    );
    cx += w;
  }
  return { markup: parts.join(''), height: legend.length ? cy - y + font + 8 : 0 };
}

export function standaloneSvg({ title, subtitle, drawing, source, url, style, legend }: StandaloneInput): string {
  const pad = 16;
  const width = drawing.width + 2 * pad;
  const inner = drawing.width;
  const lines: string[] = [];
  let y = pad + 20;
  for (const line of wrap(title, inner, 20)) {
    lines.push(el('text', { class: 't', x: pad, y, 'font-size': 20 }, escapeXml(line)));
    y += 25;
  }
  for (const line of wrap(subtitle, inner, 13)) {
    lines.push(el('text', { class: 'm', x: pad, y, 'font-size': 13 }, escapeXml(line)));
    y += 18;
  }
  const key = legendRows(legend, pad, y + 8, inner, 12);
  lines.push(key.markup);
  const top = y + key.height;
  y = top + drawing.height + 24;
  const foot: string[] = [];
  for (const line of wrap(`Source: ${source} (licence: creativecommons.org/licenses/by/4.0).`, inner, 12)) {
    foot.push(el('text', { class: 'm', x: pad, y, 'font-size': 12 }, escapeXml(line)));
    y += 16;
  }
  foot.push(el('text', { class: 'm', x: pad, y, 'font-size': 12 }, escapeXml(url)));
  const height = y + pad;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-size="${drawing.font}">` +
    `<title>${escapeXml(title)}</title><style>${DRAWING_STYLE}${style}</style>` +
    el('rect', { width, height, fill: BG }) +
    lines.join('') +
    el('svg', { x: pad, y: top, width: drawing.width, height: drawing.height, viewBox: `0 0 ${drawing.width} ${drawing.height}`, 'font-size': drawing.font }, drawing.markup) +
    foot.join('') +
    `</svg>\n`
  );
}
