/**
 * A rehype plugin that links the first use of each glossary term in an MDX document to its
 * glossary entry. Headings, links, code and quotations are left alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createTermLinker, termHref, type TermForms } from './glossary-links';

interface HastNode {
  type: string;
  tagName?: string;
  /** The component name of an MDX JSX element, e.g. "ClaimRef". */
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const SKIP = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'q', 'script', 'style', 'svg', 'figure']);
/** MDX components that render a link (or a figure) themselves: a term link inside would nest <a> in <a>. */
const SKIP_COMPONENTS = new Set(['ClaimRef', 'SourceRef', 'Reported', 'DataValue', 'Chart', 'KeyNumbers', 'KeyNumber']);

function skipped(node: HastNode): boolean {
  if (node.type === 'element') return Boolean(node.tagName && SKIP.has(node.tagName));
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') return Boolean(node.name && SKIP_COMPONENTS.has(node.name));
  return false;
}

/** Reads term and aliases from each content/glossary/*.yaml (the collection schema validates the rest). */
export function readGlossaryTerms(folder: string): TermForms[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => {
      const data = parse(readFileSync(join(folder, name), 'utf8')) as { term?: string; aliases?: string[] };
      return { id: name.replace(/\.yaml$/, ''), forms: [data.term ?? '', ...(data.aliases ?? [])].filter(Boolean) };
    });
}

export default function rehypeGlossary(options: { terms: TermForms[]; base: string }) {
  const link = createTermLinker(options.terms);
  return (tree: HastNode) => {
    const linked = new Set<string>();
    const walk = (node: HastNode) => {
      if (!node.children) return;
      node.children = node.children.flatMap((child) => {
        if (skipped(child)) return [child];
        if (child.type !== 'text' || !child.value) {
          walk(child);
          return [child];
        }
        return link(child.value, linked).map((segment): HastNode =>
          segment.termId
            ? {
                type: 'element',
                tagName: 'a',
                properties: { href: termHref(options.base, segment.termId), className: ['term'] },
                children: [{ type: 'text', value: segment.text }],
              }
            : { type: 'text', value: segment.text },
        );
      });
    };
    walk(tree);
  };
}
