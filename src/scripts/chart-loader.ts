/**
 * What a chart page runs at load: the keyboard hint, the drawings' tab stops and the legend's
 * toggle buttons, which take room or a place in the tab order and so are there from the start
 * (a keyboard reader meets the legend's buttons before the drawing), and a listener that loads the
 * chart enhancement (chart-enhance.ts: tooltip, keys, legend highlighting, share link) when a reader
 * first points at, touches or focuses a chart, or at once when the address carries a shared
 * selection (?at=, ?hl=), so the link restores. Until then the page carries about 1 kB gzip
 * of script (this file and chart-text.ts) instead of 3.6 kB with the whole enhancement.
 *
 * What the reader does while the module is on its way (the focus, the pointer's moves, the keys,
 * a legend button's click) is kept and replayed to it on arrival, so the first use works.
 */

import type { enhance } from './chart-enhance';
// Built as one self-contained file and imported by its address, as the search bundle is (a plain
// import() would bring Vite's module preload helper, ~1 kB); it puts its function on window.
import enhancementUrl from './chart-enhance.ts?worker&url';

const figures = [...document.querySelectorAll<HTMLElement>('[data-chart]')];

for (const figure of figures) {
  const plot = figure.querySelector<HTMLElement>('[data-plot]');
  const svgs = [...figure.querySelectorAll<SVGSVGElement>('svg[data-kind]')];
  if (!plot || svgs.length === 0) continue;
  const hint = document.createElement('p');
  hint.className = 'chart__hint';
  hint.id = `${figure.id}-hint`;
  // Read once: as the drawing's description when it takes focus (aria-describedby below), where
  // the keys work, and not a second time as a paragraph when reading on.
  hint.setAttribute('aria-hidden', 'true');
  // Its words are the page's (content/pages/data.yaml), on the figure.
  hint.textContent = figure.dataset['hint'] ?? '';
  plot.after(hint);
  // The drawing takes the keyboard (and keeps its cursor in sight), so the plot needs no tab stop of its own.
  plot.removeAttribute('tabindex');
  for (const svg of svgs) {
    svg.tabIndex = 0;
    svg.setAttribute('aria-describedby', `${svg.getAttribute('aria-describedby') ?? ''} ${hint.id}`.trim());
  }
  for (const item of figure.querySelectorAll('[data-legend] li[data-s]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'chart__legend-btn';
    button.setAttribute('aria-pressed', 'false');
    button.append(...item.childNodes);
    item.append(button);
  }
}

/** Events the enhancement listens to that may come before it does: kept, then replayed to it. */
const KEPT = ['focus', 'pointermove', 'pointerdown', 'keydown', 'click'];
const pending: Event[] = [];
const keep = (event: Event) => {
  // Only what the enhancement answers: a drawing's focus, pointer and keys, a legend button's
  // click. A click replayed elsewhere would act twice (open and close a <details>, follow a link).
  const target = event.target instanceof Element ? event.target : null;
  if (!target?.closest(event.type === 'click' ? '[data-legend] button' : 'svg[data-kind]')) return;
  pending.push(event);
  // A key that will move the drawing's cursor does not scroll the page meanwhile.
  if (event instanceof KeyboardEvent && /^(Arrow|Home$|End$|Page)/.test(event.key)) event.preventDefault();
};

let loading = false;
function load(): void {
  if (loading) return;
  loading = true;
  void import(/* @vite-ignore */ enhancementUrl).then(() => {
    const { enhanceChart } = window as unknown as { enhanceChart: typeof enhance };
    for (const figure of figures) {
      for (const type of KEPT) figure.removeEventListener(type, keep, true);
      enhanceChart(figure);
    }
    for (const event of pending.splice(0)) {
      event.target?.dispatchEvent(new (event.constructor as typeof Event)(event.type, event));
    }
  });
}

for (const figure of figures) {
  // Capturing, so that focus (which does not bubble) is kept too.
  for (const type of KEPT) figure.addEventListener(type, keep, true);
  for (const type of ['pointerover', 'touchstart', 'focusin']) figure.addEventListener(type, load, { passive: true });
}
if (/[?&](at|hl)=/.test(location.search)) load();
