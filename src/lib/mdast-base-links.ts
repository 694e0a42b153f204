/**
 * Sätteri mdast plugin: prefixes root-absolute Markdown links (`[x](/terms/goip/)`) with the site base,
 * which Astro does not do for Markdown/MDX on its own. Sätteri nodes are read-only: changes go through ctx.
 */
import { defineMdastPlugin } from 'satteri';
import { withBase } from './links';

export function baseLinksPlugin(base: string) {
  return defineMdastPlugin({
    name: 'fraud-kb-base-links',
    link(node, ctx) {
      const next = withBase(base, node.url);
      if (next !== node.url) ctx.setProperty(node, 'url', next);
    },
  });
}
