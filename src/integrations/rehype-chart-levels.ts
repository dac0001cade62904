/**
 * A rehype plugin that gives each <Chart> placed in an MDX page the heading level its place in
 * the page's outline calls for: one below the section it sits in (an h3 under a `## ` section;
 * an h2 before any section, under the page's h1). A chart's title is then a part of its section
 * in a screen reader's headings list, not a new section that takes the paragraphs after the
 * chart away from their own. Authors write `<Chart id="…" />`; the content check refuses a level
 * written by hand (src/lib/content/content-checks.ts), so the outline is its only source.
 */
import { visit } from 'unist-util-visit';

interface HastNode {
  type: string;
  tagName?: string;
  /** The component name of an MDX JSX element, e.g. "Chart". */
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: HastNode[];
}

/** The page's own title is its h1 (ContentPage renders it), so the content starts under it. */
const PAGE_TITLE_LEVEL = 1;
const HEADING = /^h([1-6])$/;

/** The level of a chart's heading in a section headed at `sectionLevel`; HTML has no heading below h6. */
export function chartHeadingLevel(sectionLevel: number): number {
  const level = sectionLevel + 1;
  if (level > 6) throw new Error(`a chart cannot be placed under an h${sectionLevel}: its title would need an h${level}, and HTML stops at h6`);
  return level;
}

/** A numeric JSX attribute, `level={3}`, with the expression tree MDX compiles it from. */
function numberAttribute(name: string, value: number) {
  const literal = { type: 'Literal', value, raw: String(value) };
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: String(value),
      data: { estree: { type: 'Program', sourceType: 'module', comments: [], body: [{ type: 'ExpressionStatement', expression: literal }] } },
    },
  };
}

export default function rehypeChartLevels() {
  return (tree: HastNode, file?: { path?: string }) => {
    let sectionLevel = PAGE_TITLE_LEVEL;
    // visit() walks in document order: each heading sets the level for the charts that follow it.
    visit(tree, (node: HastNode) => {
      const heading = node.type === 'element' ? HEADING.exec(node.tagName ?? '') : null;
      if (heading) sectionLevel = Number(heading[1]);
      if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Chart') return;
      const attributes = node.attributes ?? [];
      try {
        node.attributes = [...attributes, numberAttribute('level', chartHeadingLevel(sectionLevel))];
      } catch (error) {
        const id = attributes.find((attribute) => attribute.name === 'id')?.value;
        throw new Error(`${file?.path ?? 'an MDX page'}: <Chart id="${typeof id === 'string' ? id : '…'}">: ${(error as Error).message}`);
      }
    });
  };
}
