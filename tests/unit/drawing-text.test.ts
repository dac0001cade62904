import { describe, expect, it } from 'vitest';
import { drawingWithLabelImage, schemeStyle, splitLabels, svgDataUrl, textRules } from '../../src/lib/charts/drawing-text';
import { DRAWING_STYLE } from '../../src/lib/charts/standalone';

const markup =
  '<g class="chart__grid"><line x1="0" x2="9"/></g>' +
  '<g class="chart__ticks"><text x="1" y="2">0%</text><text x="3" y="2">10%</text></g>' +
  '<path class="chart__line c1" d="M0 0L9 9"/>' +
  '<g class="chart__labels"><g class="c1"><path class="chart__leader" d="M1 1"/><text x="5" y="5">Household <tspan>consumption</tspan></text></g></g>';

describe('a drawing whose words travel as an image', () => {
  it('keeps every element in place with its <text> emptied and bare but for its data-* hooks, and gives the words alone, whole, in their groups and order', () => {
    const { graphics, labels } = splitLabels(markup.replace('<text x="5" y="5">', '<text x="5" y="5" class="is-focus" data-s="0">'));
    expect(graphics).toBe(
      '<g class="chart__grid"><line x1="0" x2="9"/></g>' +
        '<g class="chart__ticks"><text></text><text></text></g>' +
        '<path class="chart__line c1" d="M0 0L9 9"/>' +
        '<g class="chart__labels"><g class="c1"><path class="chart__leader" d="M1 1"/><text data-s="0"></text></g></g>',
    );
    expect(labels).toBe(
      '<g class="chart__ticks"><text x="1" y="2">0%</text><text x="3" y="2">10%</text></g>' +
        '<g class="chart__labels"><g class="c1"><text x="5" y="5" class="is-focus" data-s="0">Household <tspan>consumption</tspan></text></g></g>',
    );
  });
  it('styles the words for the light and the dark scheme', () => {
    expect(schemeStyle('.m{fill:#565a60}.s{fill:#ffffcc}')).toBe('svg{color-scheme:light dark}.m{fill:light-dark(#565a60,#b1b4b9)}.s{fill:#ffffcc}');
  });
  it('writes a data: URL with no character a URL may not hold, which decodes back to the SVG, its attributes quoted with \'', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text fill="#000" aria-label="China\'s">China&apos;s 5% (GDP)</text></svg>';
    const url = svgDataUrl(svg);
    expect(url).toMatch(/^data:image\/svg\+xml,[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*$/);
    expect(url).not.toContain('%22');
    const decoded = decodeURIComponent(url.slice('data:image/svg+xml,'.length));
    expect(decoded).toBe("<svg xmlns='http://www.w3.org/2000/svg'><text fill='#000' aria-label='China&apos;s'>China&apos;s 5% (GDP)</text></svg>");
    const parsed = (attribute: string) => new RegExp(`${attribute}='([^']*)'`).exec(decoded)?.[1]?.replace(/&apos;/g, "'");
    expect(parsed('aria-label')).toBe("China's");
  });
  it('puts the words in one image over the viewBox, after the graphics, and leaves a drawing without words as it is', () => {
    const drawn = drawingWithLabelImage({ width: 10, height: 20, font: 12, markup }, '');
    expect(drawn.startsWith(splitLabels(markup).graphics)).toBe(true);
    expect(drawn).toMatch(/<image href="data:image\/svg\+xml,[^"]+" width="10" height="20" data-labels=""\/>$/);
    expect(drawn).not.toMatch(/>0%<|>10%<|>Household /);
    expect(drawingWithLabelImage({ width: 10, height: 20, font: 12, markup: '<path d="M0 0"/>' }, '')).toBe('<path d="M0 0"/>');
  });
});

describe("the words' image", () => {
  const words =
    '<g class="chart__ticks"><text x="1">0%</text></g><text class="chart__axis-title">Investment</text>' +
    '<g class="chart__labels"><g class="c1"><text class="is-focus">Households</text></g></g>';
  const style = 'svg{font-family:sans-serif}.chart__grid line{stroke:#e2ded4}.chart__ticks text,.chart__axis-title{fill:#565a60}.chart__band text{fill:#565a60}' +
    '.chart__labels text.is-focus{font-weight:800}.chart__line.c1,.c1 .chart__leader{stroke:#b3261e}.c1 text,.chart__pt.c1{fill:#b3261e}.c2 text{fill:#0b57a4}';
  it("keeps only the rules for the words it carries: the font, and <text> in the groups present", () => {
    expect(textRules(style, words)).toBe(
      'svg{font-family:sans-serif}.chart__ticks text,.chart__axis-title{fill:#565a60}.chart__labels text.is-focus{font-weight:800}.c1 text{fill:#b3261e}',
    );
  });
  it("carries every rule the drawing's styles have for its words, and none for lines, points or shapes", () => {
    const drawn = drawingWithLabelImage({ width: 10, height: 20, font: 12, markup: words.replace('<g class="c1">', '<g class="c1" data-s="0">') }, '');
    const image = decodeURIComponent(/href="data:image\/svg\+xml,([^"]*)"/.exec(drawn)?.[1] ?? '');
    const imageStyle = /<style>(.*?)<\/style>/.exec(image)?.[1] ?? '';
    expect(imageStyle).toBe(schemeStyle(textRules(DRAWING_STYLE, words)));
    for (const rule of ['.chart__ticks text', '.chart__labels text.is-focus', '.c1 text', 'svg{font-family']) expect(imageStyle).toContain(rule);
    expect(imageStyle).not.toMatch(/chart__line|chart__pt|chart__grid|chart__leader|\.c2 /);
    expect(image).not.toContain('data-s');
  });
});
