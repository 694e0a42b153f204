/**
 * Sätteri mdast plugin: prefixes root-absolute Markdown links (`[x](/terms/goip/)`) with the site base,
 * which Astro does not do for Markdown/MDX on its own. In a Chinese edition's body the same link goes to the Chinese
 * page (`/zh/terms/goip/`), so editions are written with the English paths. Sätteri nodes are read-only: changes go
 * through ctx.
 */
import { defineMdastPlugin, type PluginFactoryContext } from 'satteri';
import { localePath, withBase } from './links';
import { isZhEdition } from './zh-files';

export function baseLinksPlugin(base: string) {
  return (doc: PluginFactoryContext) => {
    const locale = isZhEdition(doc.fileURL) ? 'zh' : 'en';
    return defineMdastPlugin({
      name: 'fraud-kb-base-links',
      link(node, ctx) {
        const next = withBase(base, localePath(node.url, locale));
        if (next !== node.url) ctx.setProperty(node, 'url', next);
      },
    });
  };
}
