import { describe, expect, it } from 'vitest';
import rehypeGlossary from '../../src/lib/rehype-glossary';

type Node = { type: string; tagName?: string; name?: string; value?: string; properties?: Record<string, unknown>; children?: Node[] };

const run = (tree: Node) => {
  rehypeGlossary({ terms: [{ id: 'gdp', forms: ['GDP'] }], base: '/' })(tree);
  return tree;
};
const termLinks = (node: Node): number =>
  (node.type === 'element' && node.tagName === 'a' && (node.properties?.className as string[] | undefined)?.includes('term') ? 1 : 0) +
  (node.children ?? []).reduce((sum, child) => sum + termLinks(child), 0);

describe('rehypeGlossary', () => {
  it('links a term in plain text', () => {
    const tree = run({ type: 'root', children: [{ type: 'element', tagName: 'p', children: [{ type: 'text', value: 'share of GDP' }] }] });
    expect(termLinks(tree)).toBe(1);
  });
  it('does not link inside MDX reference components, which render links themselves', () => {
    const ref: Node = { type: 'mdxJsxTextElement', name: 'ClaimRef', children: [{ type: 'text', value: 'share of GDP' }] };
    const tree = run({ type: 'root', children: [{ type: 'element', tagName: 'p', children: [ref] }] });
    expect(termLinks(tree)).toBe(0);
  });
});
