import { describe, expect, it } from 'vitest';
import { drawingWithLabelImage, schemeStyle, splitLabels, svgDataUrl } from '../../src/lib/charts/drawing-text';

const markup =
  '<g class="chart__grid"><line x1="0" x2="9"/></g>' +
  '<g class="chart__ticks"><text x="1" y="2">0%</text><text x="3" y="2">10%</text></g>' +
  '<path class="chart__line c1" d="M0 0L9 9"/>' +
  '<g class="chart__labels"><g class="c1"><path class="chart__leader" d="M1 1"/><text x="5" y="5">Household <tspan>consumption</tspan></text></g></g>';

describe('a drawing whose words travel as an image', () => {
  it('keeps every element in place with its <text> emptied, and gives the words alone, in their groups and order', () => {
    const { graphics, labels } = splitLabels(markup);
    expect(graphics).toBe(
      '<g class="chart__grid"><line x1="0" x2="9"/></g>' +
        '<g class="chart__ticks"><text x="1" y="2"></text><text x="3" y="2"></text></g>' +
        '<path class="chart__line c1" d="M0 0L9 9"/>' +
        '<g class="chart__labels"><g class="c1"><path class="chart__leader" d="M1 1"/><text x="5" y="5"></text></g></g>',
    );
    expect(labels).toBe(
      '<g class="chart__ticks"><text x="1" y="2">0%</text><text x="3" y="2">10%</text></g>' +
        '<g class="chart__labels"><g class="c1"><text x="5" y="5">Household <tspan>consumption</tspan></text></g></g>',
    );
  });
  it('styles the words for the light and the dark scheme', () => {
    expect(schemeStyle('.m{fill:#565a60}.s{fill:#ffffcc}')).toBe('svg{color-scheme:light dark}.m{fill:light-dark(#565a60,#b1b4b9)}.s{fill:#ffffcc}');
  });
  it('writes a data: URL with no character a URL may not hold, which decodes back to the SVG', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text fill="#000">China&apos;s 5% (GDP)</text></svg>';
    const url = svgDataUrl(svg);
    expect(url).toMatch(/^data:image\/svg\+xml,[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*$/);
    expect(decodeURIComponent(url.slice('data:image/svg+xml,'.length))).toBe(svg);
  });
  it('puts the words in one image over the viewBox, after the graphics, and leaves a drawing without words as it is', () => {
    const drawn = drawingWithLabelImage({ width: 10, height: 20, font: 12, markup }, '');
    expect(drawn.startsWith(splitLabels(markup).graphics)).toBe(true);
    expect(drawn).toMatch(/<image href="data:image\/svg\+xml,[^"]+" width="10" height="20" data-labels=""\/>$/);
    expect(drawn).not.toMatch(/>0%<|>10%<|>Household /);
    expect(drawingWithLabelImage({ width: 10, height: 20, font: 12, markup: '<path d="M0 0"/>' }, '')).toBe('<path d="M0 0"/>');
  });
});
