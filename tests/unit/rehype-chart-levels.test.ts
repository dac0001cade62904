import { describe, expect, it } from 'vitest';
import rehypeChartLevels, { chartHeadingLevel } from '../../src/integrations/rehype-chart-levels';

type Node = { type: string; tagName?: string; name?: string; attributes?: { type: string; name?: string; value?: unknown }[]; children?: Node[] };

const heading = (level: number): Node => ({ type: 'element', tagName: `h${level}`, children: [{ type: 'text' }] as Node[] });
const chart = (id: string): Node => ({ type: 'mdxJsxFlowElement', name: 'Chart', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }] });
const paragraph = (...children: Node[]): Node => ({ type: 'element', tagName: 'p', children });
/** The level each chart was given, by id, read from the attribute's compiled expression as MDX reads it. */
const levels = (tree: Node): Record<string, unknown> => {
  const found: Record<string, unknown> = {};
  const walk = (node: Node) => {
    if (node.name === 'Chart') {
      const id = node.attributes?.find((attribute) => attribute.name === 'id')?.value as string;
      const level = node.attributes?.find((attribute) => attribute.name === 'level')?.value as { data: { estree: { body: { expression: { value: unknown } }[] } } };
      found[id] = level.data.estree.body[0]?.expression.value;
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return found;
};
const run = (...children: Node[]) => {
  const tree: Node = { type: 'root', children };
  rehypeChartLevels()(tree, { path: 'content/pages/home.mdx' });
  return tree;
};

describe('rehypeChartLevels', () => {
  it('puts each chart one level below the section it is in, as a number', () => {
    const tree = run(chart('opening'), heading(2), paragraph(), chart('in-section'), heading(3), chart('in-subsection'), heading(2), chart('next-section'));
    expect(levels(tree)).toEqual({ opening: 2, 'in-section': 3, 'in-subsection': 4, 'next-section': 3 });
  });
  it('follows headings in document order, also inside other elements', () => {
    const tree = run({ type: 'element', tagName: 'section', children: [heading(2), { type: 'element', tagName: 'div', children: [chart('nested')] }] });
    expect(levels(tree)).toEqual({ nested: 3 });
  });
  it('fails a chart under an h6, naming the file and the chart', () => {
    expect(() => run(heading(6), chart('deep'))).toThrow('content/pages/home.mdx: <Chart id="deep">: a chart cannot be placed under an h6');
    expect(chartHeadingLevel(5)).toBe(6);
  });
});
