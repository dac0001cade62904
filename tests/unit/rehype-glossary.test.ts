import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import rehypeGlossary, { glossaryTerms } from '../../src/integrations/rehype-glossary';

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

describe('glossaryTerms', () => {
  it('reads each entry the glossary schema accepts, with its aliases, by its file name', () => {
    const content = mkdtempSync(join(tmpdir(), 'glossary-terms-'));
    try {
      mkdirSync(join(content, 'glossary'));
      writeFileSync(join(content, 'glossary/tariff.yaml'), readFileSync('content/glossary/tariff.yaml', 'utf8'));
      writeFileSync(join(content, 'glossary/no-definition.yaml'), 'term: "Half an entry"\naliases: ["half"]\n');
      const tariff = readFileSync('content/glossary/tariff.yaml', 'utf8');
      const term = /^term: "(.+)"$/m.exec(tariff)?.[1];
      expect(glossaryTerms(content)).toEqual([{ id: 'tariff', forms: [term, ...JSON.parse(/^aliases: (\[.*\])$/m.exec(tariff)?.[1] ?? '[]')] }]);
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  });
});
