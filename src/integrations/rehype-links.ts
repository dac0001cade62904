/**
 * A rehype plugin for links written in Markdown/MDX: root-relative links get the site's base
 * path (so content works under a sub-path such as GitHub Pages'), and external links get
 * rel="noopener noreferrer".
 */
import { visit } from 'unist-util-visit';

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** Rewrites one href for the base path; external and relative hrefs are returned unchanged. */
export function withBasePath(href: string, base: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const prefix = base.replace(/\/$/, '');
  return prefix && !href.startsWith(`${prefix}/`) ? `${prefix}${href}` : href;
}

export default function rehypeLinks(options: { base: string }) {
  return (tree: HastNode) => {
    visit(tree, (node: HastNode) => {
      const href = node.type === 'element' && node.tagName === 'a' ? node.properties?.['href'] : undefined;
      if (typeof href !== 'string' || !node.properties) return;
      if (/^https?:\/\//.test(href)) node.properties['rel'] = ['noopener', 'noreferrer'];
      else node.properties['href'] = withBasePath(href, options.base);
    });
  };
}
