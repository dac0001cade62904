/**
 * References from MDX prose to claims, sources, figures, charts, data and timeline events: the
 * uses of the story components (src/lib/content/story-components.ts), found in the MDX syntax tree, so a
 * tag inside a code span or a comment is not a use, and each use knows its place in the body.
 */
import { createProcessor } from '@mdx-js/mdx';
import { isStoryComponent, STORY_COMPONENTS, type StoryComponentName } from './story-components';

/** A component usage found in an MDX body. */
export interface StoryReference {
  component: StoryComponentName;
  /** Attribute name → value as written: the text of a string, or of an expression (`{2023}` → "2023"). */
  attributes: Record<string, string>;
  /** Where the tag starts in the body (1-based). */
  position: { line: number; column: number };
  /** Whether it sits inside a link: a Markdown link, or a story component that renders one. */
  insideLink: boolean;
}

/** The parts of MDX's syntax tree read here. */
interface SyntaxNode {
  type: string;
  name?: string | null;
  depth?: number;
  value?: string;
  attributes?: { type: string; name?: string; value?: string | { value: string } | null }[];
  children?: SyntaxNode[];
  position?: { start: { line: number; column: number } };
}

const processor = createProcessor();

/** The body's syntax tree; a body that does not parse has no uses (its syntax error is reported on its own). */
function syntaxTree(body: string): SyntaxNode | undefined {
  try {
    return processor.parse(body) as SyntaxNode;
  } catch {
    return undefined;
  }
}

/** An attribute's value as written: a string's text, or an expression's without its braces and quotes. */
function attributeText(value: string | { value: string } | null | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : value.value.trim().replace(/^"(.*)"$/, '$1');
}

/** Whether a node renders a link around what it contains. */
const isLink = (node: SyntaxNode) => node.type === 'link' || node.type === 'linkReference' || (isTag(node) && isStoryComponent(node.name ?? '') && STORY_COMPONENTS[node.name as StoryComponentName].link);
const isTag = (node: SyntaxNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** Calls `visit` for every node in document order, with the `## ` heading it is under and whether a link holds it. */
function walk(node: SyntaxNode, visit: (node: SyntaxNode, context: { section: string | undefined; insideLink: boolean }) => void): void {
  let section: string | undefined;
  const descend = (current: SyntaxNode, insideLink: boolean) => {
    if (current.type === 'heading' && current.depth === 2) section = textOf(current);
    visit(current, { section, insideLink });
    current.children?.forEach((child) => descend(child, insideLink || isLink(current)));
  };
  descend(node, false);
}

const textOf = (node: SyntaxNode): string => (node.value ?? '') + (node.children ?? []).map(textOf).join('');

/** The use a node is, when it is a story component's tag. */
function referenceAt(node: SyntaxNode, insideLink: boolean): StoryReference | undefined {
  if (!isTag(node) || !node.name || !isStoryComponent(node.name)) return undefined;
  const attributes = Object.fromEntries(
    (node.attributes ?? []).flatMap((attribute) => (attribute.type === 'mdxJsxAttribute' && attribute.name ? [[attribute.name, attributeText(attribute.value)]] : [])),
  );
  return { component: node.name, attributes, position: { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 }, insideLink };
}

/** Every reference component used in an MDX body, in order, with its attributes. */
export function findStoryReferences(body: string): StoryReference[] {
  const tree = syntaxTree(body);
  const found: StoryReference[] = [];
  if (tree) walk(tree, (node, { insideLink }) => {
    const reference = referenceAt(node, insideLink);
    if (reference) found.push(reference);
  });
  return found;
}

/** The `## ` headings of the sections in which an MDX body places <Chart id={chartId} />, once each. */
export function sectionsPlacingChart(body: string, chartId: string): string[] {
  const tree = syntaxTree(body);
  const sections = new Set<string>();
  if (tree) walk(tree, (node, { section, insideLink }) => {
    const reference = referenceAt(node, insideLink);
    if (section !== undefined && reference?.component === 'Chart' && reference.attributes['id'] === chartId) sections.add(section);
  });
  return [...sections];
}
