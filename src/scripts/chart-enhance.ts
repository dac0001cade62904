/**
 * Progressive enhancement of the build-time charts (no d3 in the browser), loaded on first use by
 * chart-loader.ts (built as one file, imported by its address; it takes `enhance` from window),
 * which has already put in the keyboard hint, the drawings' tab stops and the legend's buttons.
 * Everything the chart shows without JavaScript stays; this adds:
 * - a tooltip for hover, touch and keyboard: the chart is focusable, ←/→ move through the years
 *   (through the economies, left to right, on a scatter), Home/End jump, Esc hides; it shows every
 *   series' value, read from the chart's JSON data island, and is announced through a polite live region;
 *   the island (/data/<id>.json) is fetched when the reader first points at, touches or focuses
 *   the drawing, or opens a shared link to a step: the page itself does not carry the values twice;
 * - on a chart's own page, the focused step and the highlighted series are kept in the address
 *   (?at=2015&hl=2), so a copied link opens on what the reader was looking at;
 * - the legend's entries, made buttons at load by chart-loader.ts, highlight their series.
 * Under a strict CSP: no inline handlers or markup styles; only the tooltip's position is set through CSSOM.
 */

import type { DataIsland } from '../lib/charts/chart';
import { formatValue } from '../lib/charts/format';

const SVG_NS = 'http://www.w3.org/2000/svg';
const MOVE_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowDown', 'ArrowUp', 'Home', 'End'];
const JUMP_KEYS = ['PageDown', 'PageUp'];

/** Enhances one chart figure ([data-chart]). */
export function enhance(figure: HTMLElement): void {
  const source = figure.dataset['island'];
  const plot = figure.querySelector<HTMLElement>('[data-plot]');
  const live = figure.querySelector<HTMLElement>('[data-live]');
  const svgs = [...figure.querySelectorAll<SVGSVGElement>('svg[data-kind]')];
  if (!source || !plot || !live || svgs.length === 0) return;
  const kind = svgs[0]!.dataset['kind'];
  const jumps = figure.hasAttribute('data-jumps');

  // The chart's data island (the values, units, names and colours of the resolved chart,
  // src/lib/charts/chart.ts), fetched once, on first use.
  let island: DataIsland | undefined;
  let loading: Promise<DataIsland | undefined> | undefined;
  const load = () =>
    (loading ??= fetch(source)
      .then((response) => (response.ok ? (response.json() as Promise<DataIsland>) : undefined))
      .then((data) => (island = data))
      .catch(() => undefined));
  /** Runs `act` once the island is there: at once after the first use, else (`late`) when it has arrived. */
  const withIsland = (act: (late: boolean) => void) => {
    if (island) act(false);
    else void load().then((data) => data && act(true));
  };
  const format = (value: number | null) => formatValue(value, island!.decimals, island!.unit);
  // On a chart's own page the reader's view is kept in the address, so a copied link restores it.
  const shared = figure.hasAttribute('data-share');
  const remember = (name: string, value: string | undefined) => {
    if (!shared) return;
    const url = new URL(location.href);
    if (value === undefined) url.searchParams.delete(name);
    else url.searchParams.set(name, value);
    history.replaceState(history.state, '', url);
  };

  const tip = document.createElement('div');
  tip.className = 'chart__tip';
  tip.hidden = true;
  tip.setAttribute('aria-hidden', 'true');
  plot.append(tip);


  // Scatter and map: steps go through the points or shapes left to right; line: one step per year.
  // A map's shapes with a value have their rows in the island's marks, in order. A scatter's points
  // are vertices of a few shared paths, not elements: each lies where its values fall on the
  // drawing's axes (data-x, data-y: the plot's edges and the domains mapped onto them).
  const scatterPoints = (svg: SVGSVGElement) => {
    const [left = 0, right = 1, x0 = 0, x1 = 1] = numbers(svg.dataset['x']);
    const [bottom = 0, top = 0, y0 = 0, y1 = 1] = numbers(svg.dataset['y']);
    const marks = island!.marks
      ? [...svg.querySelectorAll<SVGGraphicsElement>('.map__shape:not(.map__none) path')].map((el, i) => {
          const box = el.getBBox();
          return { row: island!.marks![i]!, x: box.x + box.width / 2, y: box.y + box.height / 2 };
        })
      : island!.steps.map(({ values: [x = 0, y = 0] }, row) => ({
          row,
          x: left + (((x ?? 0) - x0) / (x1 - x0 || 1)) * (right - left),
          y: bottom - (((y ?? 0) - y0) / (y1 - y0 || 1)) * (bottom - top),
        }));
    return marks.sort((a, b) => a.x - b.x || a.y - b.y);
  };

  let current = -1;
  const visible = () => svgs.find((svg) => svg.getBoundingClientRect().width > 0) ?? svgs[0]!;
  const numbers = (attr: string | undefined) => (attr ?? '').split(',').map(Number);

  function cursorOf(svg: SVGSVGElement): SVGGElement {
    let cursor = svg.querySelector<SVGGElement>('.chart__cursor');
    if (!cursor) {
      cursor = document.createElementNS(SVG_NS, 'g');
      cursor.setAttribute('class', 'chart__cursor');
      svg.append(cursor);
    }
    cursor.replaceChildren();
    return cursor;
  }

  function svgEl(name: string, attrs: Record<string, string | number>): SVGElement {
    const el = document.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
    return el;
  }

  /** A line drawing's plot boxes: its one plot, or (small multiples) each panel with the series it draws. */
  function plotsOf(svg: SVGSVGElement): { left: number; right: number; bottom: number; top: number; series?: number[] }[] {
    const panels = svg.dataset['panels'];
    if (panels) {
      return panels.split(';').map((panel) => {
        const [left = 0, right = 1, bottom = 0, top = 0] = numbers(panel.split(',').slice(0, 4).join(','));
        return { left, right, bottom, top, series: (panel.split(',')[4] ?? '').split(' ').map(Number) };
      });
    }
    const [left = 0, right = 1] = numbers(svg.dataset['x']);
    const [bottom = 0, top = 0] = numbers(svg.dataset['y']);
    return [{ left, right, bottom, top }];
  }

  function steps(svg: SVGSVGElement): { row: number; x: number; y?: number }[] {
    if (kind !== 'line') return scatterPoints(svg);
    const [left = 0, right = 1, from = 0, to = 1] = numbers(svg.dataset['x']);
    return island!.steps.map((step, row) => ({ row, x: left + ((Number(step.key) - from) / (to - from || 1)) * (right - left) }));
  }

  /** Where the keyboard starts: the island's `start` step (the chart's focus), else the last step. */
  function startIndex(svg: SVGSVGElement): number {
    const all = steps(svg);
    const start = all.findIndex((step) => island!.steps[step.row]?.key === island!.start);
    return start >= 0 ? start : all.length - 1;
  }

  /** The next (1) or previous (-1) labelled step from the current one, wrapping round. */
  function jump(svg: SVGSVGElement, direction: 1 | -1): number {
    const all = steps(svg);
    const labelled = all.flatMap((step, index) => (island!.jumps?.includes(island!.steps[step.row]?.key ?? '') ? [index] : []));
    if (labelled.length === 0) return current;
    const ahead = direction === 1 ? labelled.filter((index) => index > current) : labelled.filter((index) => index < current).reverse();
    return ahead[0] ?? (direction === 1 ? labelled[0]! : labelled.at(-1)!);
  }

  function show(index: number, announce: boolean): void {
    const svg = visible();
    const all = steps(svg);
    if (all.length === 0) return;
    current = Math.max(0, Math.min(all.length - 1, index));
    const step = all[current]!;
    const data = island!.steps[step.row]!;
    const width = Number(svg.dataset['w']);
    const height = Number(svg.dataset['h']);
    const cursor = cursorOf(svg);
    const title = data.title;
    const lines: { label: string; value: string; colour?: number }[] = island!.series.map((series, i) => ({
      label: series.name,
      value: data.values[i] === null ? (figure.dataset['noData'] ?? '') : format(data.values[i] ?? null),
      ...(series.colour ? { colour: series.colour } : {}),
    }));
    if (data.note) lines.push({ label: data.note, value: '' });

    if (kind === 'line') {
      const [, , from = 0, to = 1] = numbers(svg.dataset['x']);
      const [, , min = 0, max = 1] = numbers(svg.dataset['y']);
      const share = (Number(data.key) - from) / (to - from || 1);
      for (const box of plotsOf(svg)) {
        const x = box.left + share * (box.right - box.left);
        const yOf = (value: number) => box.bottom - ((value - min) / (max - min || 1)) * (box.bottom - box.top);
        cursor.append(svgEl('line', { x1: x, x2: x, y1: box.top, y2: box.bottom }));
        data.values.forEach((value, i) => {
          if (value !== null && (!box.series || box.series.includes(i))) cursor.append(svgEl('circle', { cx: x, cy: yOf(value), r: 4.5, class: `c${island!.series[i]?.colour ?? 6}` }));
        });
      }
      tip.style.top = '0';
    } else {
      // Kept inside the drawing, which would cut off the ring of a shape at its edge (Fiji's, at the antimeridian).
      const within = (value: number, size: number) => Math.min(Math.max(value, 9), size - 9);
      cursor.append(svgEl('circle', { cx: within(step.x, width), cy: within(step.y ?? 0, height), r: 9, class: 'chart__ring' }));
      tip.style.top = `${Math.min(((step.y ?? 0) / height) * 100, 75)}%`;
    }

    // In the plot's own pixels: the drawing may be narrower than the plot (at most 30rem) or wider
    // (the plot scrolls sideways at 200% zoom in a narrow window, chart.css).
    const box = svg.getBoundingClientRect();
    const at = box.left - plot!.getBoundingClientRect().left + plot!.scrollLeft + (step.x / width) * box.width;
    const flip = step.x > width / 2;
    tip.classList.toggle('is-flip', flip);
    tip.style.left = `${at + (flip ? -12 : 12)}px`;
    const heading = document.createElement('b');
    heading.textContent = title;
    tip.replaceChildren(
      heading,
      ...lines.map((line) => {
        const span = document.createElement('span');
        if (line.colour) {
          const swatch = document.createElement('i');
          swatch.className = `c${line.colour}`;
          span.append(swatch);
        }
        const value = document.createElement('em');
        value.textContent = line.value;
        span.append(line.label, value);
        return span;
      }),
    );
    tip.hidden = false;
    if (announce) {
      // A key moved the cursor: when the plot scrolls sideways, bring the mark and its tooltip into sight.
      const tipLeft = tip.getBoundingClientRect().left - plot!.getBoundingClientRect().left + plot!.scrollLeft;
      // 14 px either side of the mark: a scatter's or map's ring and a line's dots reach about 11.
      const from = Math.min(at - 14, tipLeft - 4);
      const to = Math.max(at + 14, tipLeft + tip.offsetWidth + 4);
      // Where both do not fit, the mark stays in sight with the tooltip's side nearest to it.
      if (to - from > plot!.clientWidth) plot!.scrollLeft = flip ? to - plot!.clientWidth : from;
      else if (from < plot!.scrollLeft) plot!.scrollLeft = from;
      else if (to > plot!.scrollLeft + plot!.clientWidth) plot!.scrollLeft = to - plot!.clientWidth;
      live!.textContent = `${title}: ${lines.map((line) => `${line.label} ${line.value}`.trim()).join(', ')}`;
      remember('at', data.key);
    }
  }

  function hide(): void {
    tip.hidden = true;
    for (const svg of svgs) svg.querySelector('.chart__cursor')?.replaceChildren();
  }

  /** The step nearest the pointer, in viewBox units. */
  function nearest(svg: SVGSVGElement, event: PointerEvent): number {
    const box = svg.getBoundingClientRect();
    const scale = Number(svg.dataset['w']) / box.width;
    let x = (event.clientX - box.left) * scale;
    const y = (event.clientY - box.top) * scale;
    if (kind === 'line') {
      // In small multiples, the pointer's place in the panel under it maps to the year.
      const plots = plotsOf(svg);
      const away = (p: (typeof plots)[number]) => Math.hypot(Math.max(p.left - x, 0, x - p.right), Math.max(p.top - y, 0, y - p.bottom));
      const under = plots.reduce((a, b) => (away(b) < away(a) ? b : a));
      const lead = plots[0]!;
      x = lead.left + ((x - under.left) / (under.right - under.left || 1)) * (lead.right - lead.left);
    }
    let best = 0;
    let bestDistance = Infinity;
    steps(svg).forEach((step, i) => {
      const distance = Math.hypot(step.x - x, step.y === undefined ? 0 : step.y - y);
      if (distance < bestDistance) [best, bestDistance] = [i, distance];
    });
    return best;
  }

  for (const svg of svgs) {
    // A mouse that has left the drawing, or a focus that has moved on, by the time the island arrives shows nothing.
    const pointed = (event: PointerEvent) =>
      withIsland((late) => {
        if (!late || event.pointerType !== 'mouse' || svg.matches(':hover')) show(nearest(svg, event), false);
      });
    svg.addEventListener('pointermove', pointed);
    svg.addEventListener('pointerdown', pointed);
    svg.addEventListener('pointerleave', (event) => {
      if (event.pointerType === 'mouse' && document.activeElement !== svg) hide();
    });
    svg.addEventListener('focus', () =>
      withIsland(() => {
        if (document.activeElement === svg) show(current < 0 ? startIndex(svg) : current, true);
      }),
    );
    svg.addEventListener('blur', hide);
    svg.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        hide();
        live.textContent = '';
        remember('at', undefined);
        return;
      }
      if (!MOVE_KEYS.includes(event.key) && !(jumps && JUMP_KEYS.includes(event.key))) return;
      event.preventDefault();
      withIsland(() => {
        const moves: Record<string, number> = {
          ArrowLeft: current - 1,
          ArrowRight: current + 1,
          ArrowDown: current - 1,
          ArrowUp: current + 1,
          Home: 0,
          End: steps(svg).length - 1,
          ...(jumps ? { PageDown: jump(svg, 1), PageUp: jump(svg, -1) } : {}),
        };
        show(moves[event.key]!, true);
      });
    });
  }

  // The legend's toggle buttons (chart-loader.ts made them) highlight their series.
  const items = [...figure.querySelectorAll<HTMLLIElement>('[data-legend] li[data-s]')];
  for (const item of items) {
    item.querySelector('button')?.addEventListener('click', () => {
      const key = item.dataset['s'] ?? '';
      const on = figure.dataset['hl'] !== key;
      if (on) figure.dataset['hl'] = key;
      else delete figure.dataset['hl'];
      for (const other of items) other.querySelector('button')?.setAttribute('aria-pressed', String(on && other === item));
      for (const el of figure.querySelectorAll<Element>('[data-s]')) el.classList.toggle('is-hl', on && el.getAttribute('data-s') === key);
      remember('hl', on ? key : undefined);
    });
  }

  // A shared link restores what its sender was looking at: the highlighted series and the focused step.
  if (!shared) return;
  const params = new URL(location.href).searchParams;
  const hl = params.get('hl');
  items.find((item) => item.dataset['s'] === hl)?.querySelector('button')?.click();
  const at = params.get('at');
  if (at === null) return;
  withIsland(() => {
    const row = island!.steps.findIndex((step) => step.key === at);
    const index = steps(visible()).findIndex((step) => step.row === row);
    if (row >= 0 && index >= 0) show(index, true);
  });
}

(window as unknown as { enhanceChart: typeof enhance }).enhanceChart = enhance;
