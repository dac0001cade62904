/**
 * The words of a chart drawing (tick labels, axis titles, notes, line labels) travel as an image
 * inside the drawing. Text browsers (lynx, w3m) print every text node of an inline <svg>, so the
 * labels would spill as "0%10%20%…196019651970…"; they print nothing for an SVG <image>, and the
 * chart's table is the text version. Readers without JavaScript see the same drawing: the image
 * carries the labels with their styles, light and dark. With JavaScript, src/scripts/chart-text.ts
 * puts the words, with their places, back into the drawing's own (empty) <text> elements, so the interactive chart,
 * the theme toggle and forced colours apply to them as before. Maps keep their few labels inline.
 */
import { DRAWING_STYLE } from './standalone';
import { el } from './svg';

const TOKEN = /<(\/?)([a-zA-Z]+)[^>]*?(\/?)>|[^<]+/g;

/** A <text> start tag as the graphics keep it: its data-* hooks only; its place and looks travel with its words. */
const placeholder = (start: string) => `<text${[...start.matchAll(/ data-[\w-]+="[^"]*"/g)].join('')}>`;

/**
 * Splits a drawing's markup: `graphics` is all of it with every <text> emptied and bare (the
 * element stays, in place, with its data-* hooks); `labels` is the <text> elements alone, whole,
 * inside their groups (whose classes style them), in the same order.
 */
export function splitLabels(markup: string): { graphics: string; labels: string } {
  let graphics = '';
  let labels = '';
  let inText = false;
  for (const [token, closing, name, selfClosing] of markup.matchAll(TOKEN)) {
    if (inText) {
      labels += token;
      if (closing && name === 'text') {
        inText = false;
        graphics += token;
      }
    } else if (name === 'text' && !closing && !selfClosing) {
      inText = true;
      graphics += placeholder(token);
      labels += token;
    } else {
      graphics += token;
      if (name === 'g') labels += token;
    }
  }
  let pruned = labels;
  for (let previous = ''; previous !== pruned; ) [previous, pruned] = [pruned, pruned.replace(/<g\b[^>]*><\/g>/g, '')];
  return { graphics, labels: pruned };
}

/** Each light colour of the drawing's styles and the dark theme's one (src/styles/global.css). */
const DARK: Readonly<Record<string, string>> = {
  '#ffffff': '#15171a',
  '#1d1f22': '#e9e7e2',
  '#565a60': '#b1b4b9',
  '#e2ded4': '#30343a',
  '#e4efe4': '#23342a',
  '#b3261e': '#ff8a80',
  '#0b57a4': '#8cc4ff',
  '#8a5a00': '#f0c05a',
  '#007a5a': '#5fd3a8',
  '#8e3b8e': '#e0a3e0',
  '#4d5560': '#c2c7ce',
};

/** Styles that follow the colour scheme: every colour with a dark twin becomes light-dark(light, dark). */
export function schemeStyle(lightStyle: string): string {
  const colours = lightStyle.replace(/#[0-9a-f]{6}\b/gi, (colour) => {
    const dark = DARK[colour.toLowerCase()];
    return dark ? `light-dark(${colour},${dark})` : colour;
  });
  return `svg{color-scheme:light dark}${colours}`;
}

/**
 * A data: URL for an SVG document, percent-encoded only where a URL must be (the Nu HTML Checker
 * rejects a raw "<" or space), so it stays close to the markup's size. Its attributes are quoted
 * with ', which a URL may hold, not ", which it may not (three characters each, encoded).
 */
export function svgDataUrl(svg: string): string {
  const singleQuoted = svg.replace(/="([^"]*)"/g, (_, value: string) => `='${value.replace(/'/g, '&apos;')}'`);
  const encoded = encodeURIComponent(singleQuoted).replace(/%(2F|3A|3D|2C|3B|40|24|2B)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return `data:image/svg+xml,${encoded}`;
}

/** Each class the markup uses, and those its <text> elements carry. */
function classesIn(markup: string): { all: Set<string>; onText: Set<string> } {
  const all = new Set<string>();
  const onText = new Set<string>();
  for (const [, name, names] of markup.matchAll(/<([a-zA-Z]+)\b[^>]*?\bclass="([^"]*)"/g)) {
    for (const one of (names ?? '').split(/\s+/)) {
      all.add(one);
      if (name === 'text') onText.add(one);
    }
  }
  return { all, onText };
}

/**
 * The rules of `style` that can style the words in `labels`: selectors of the <svg> itself (the
 * font) and of <text> (by element or by a class a <text> carries) whose every class `labels`
 * uses. The words' image needs no rule for lines, points or shapes, nor for absent groups.
 */
export function textRules(style: string, labels: string): string {
  const { all, onText } = classesIn(labels);
  const stylesText = (selector: string) => {
    const target = selector.trim().split(/\s+/).at(-1) ?? '';
    const classes = [...selector.matchAll(/\.([\w-]+)/g)].map((match) => match[1] ?? '');
    const element = /^[a-z]+/.exec(target)?.[0];
    const targetClasses = [...target.matchAll(/\.([\w-]+)/g)].map((match) => match[1] ?? '');
    const targetsText = element === 'svg' || element === 'text' || (element === undefined && targetClasses.every((name) => onText.has(name)));
    return targetsText && classes.every((name) => all.has(name));
  };
  return [...style.matchAll(/([^{}]+)\{([^{}]*)\}/g)]
    .map(([, selectors, declarations]) => [(selectors ?? '').split(',').filter(stylesText), declarations] as const)
    .filter(([selectors]) => selectors.length)
    .map(([selectors, declarations]) => `${selectors.join(',')}{${declarations}}`)
    .join('');
}

/** The drawing's markup with its words in an <image> over the viewBox (`data-labels`), for a chart type with axes. */
export function drawingWithLabelImage(drawing: { width: number; height: number; font: number; markup: string }, typeStyle: string): string {
  const { graphics, labels } = splitLabels(drawing.markup);
  if (!labels) return drawing.markup;
  const { width, height, font } = drawing;
  // The image shows the words only: the client script's data-* hooks stay on the drawing.
  const words = labels.replace(/ data-[\w-]+="[^"]*"/g, '');
  const style = schemeStyle(textRules(DRAWING_STYLE + typeStyle, words));
  const image = el('svg', { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${width} ${height}`, 'font-size': font }, `<style>${style}</style>${words}`);
  return graphics + el('image', { href: svgDataUrl(image), width, height, 'data-labels': '' });
}
