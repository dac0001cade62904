/**
 * A rehype plugin that links the first use of each glossary term in an MDX document to its
 * glossary entry. Headings, links, code and quotations are left alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { loadContentFiles } from '../lib/content/load-files';
import { createTermLinker, termHref, type TermForms } from '../lib/content/glossary-links';

interface HastNode {
  type: string;
  tagName?: string;
  /** The component name of an MDX JSX element, e.g. "ClaimRef". */
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const SKIP_ELEMENTS = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'q', 'script', 'style', 'svg', 'figure']);
/** MDX components that render a link (or a figure) themselves: a term link inside would nest <a> in <a>. */
const SKIP_COMPONENTS = new Set(['ClaimRef', 'SourceRef', 'Reported', 'DataValue', 'Chart', 'KeyNumbers', 'KeyNumber']);

function skipped(node: HastNode): boolean {
  if (node.type === 'element') return Boolean(node.tagName && SKIP_ELEMENTS.has(node.tagName));
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') return Boolean(node.name && SKIP_COMPONENTS.has(node.name));
  return false;
}

/**
 * Each glossary entry's term and aliases, from the entries that pass the glossary schema (the
 * loader the content check uses). An entry that fails it is left out here because the build
 * stops on it first: the content precheck reports it at its line before any page renders.
 */
export function glossaryTerms(contentDir: string): TermForms[] {
  const folder = join(contentDir, 'glossary');
  const files = new Map(readdirSync(folder).map((name) => [`glossary/${name}`, readFileSync(join(folder, name), 'utf8')]));
  return loadContentFiles(files, contentDir).content.glossary.map((entry) => ({ id: entry.id, forms: [entry.data.term, ...entry.data.aliases] }));
}

export default function rehypeGlossary(options: { terms: TermForms[]; base: string }) {
  const link = createTermLinker(options.terms);
  return (tree: HastNode) => {
    const linked = new Set<string>();
    visit(tree, (node: HastNode, index, parent: HastNode | undefined) => {
      if (skipped(node)) return SKIP;
      if (node.type !== 'text' || !node.value || !parent?.children || index === undefined) return CONTINUE;
      const segments = link(node.value, linked).map((segment): HastNode =>
        segment.termId
          ? { type: 'element', tagName: 'a', properties: { href: termHref(options.base, segment.termId), className: ['term'] }, children: [{ type: 'text', value: segment.text }] }
          : { type: 'text', value: segment.text },
      );
      parent.children.splice(index, 1, ...segments);
      // Go on after the new nodes: the link's own text must not be linked again.
      return index + segments.length;
    });
  };
}
