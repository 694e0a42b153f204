/** Sätteri hast plugin: wraps runs of Chinese in prose with `<span lang="zh-Hans">` (WCAG 3.1.2, language of parts). */
import { defineHastPlugin, type PluginFactoryContext } from 'satteri';
import { splitCjk, ZH } from './lang';
import { isZhEdition } from './zh-files';

export function zhLangPlugin() {
  // A Chinese edition's body is Chinese throughout, on a page whose language is Chinese: nothing to mark.
  return (doc: PluginFactoryContext) =>
    !isZhEdition(doc.fileURL) &&
    defineHastPlugin({
      name: 'fraud-kb-zh-lang',
      text(node, ctx) {
        const runs = splitCjk(node.value);
        if (!runs.some((r) => r.zh)) return;
        ctx.replaceNode(
          node,
          runs.map((r) =>
            r.zh
              ? {
                  type: 'element' as const,
                  tagName: 'span',
                  properties: { lang: ZH },
                  children: [{ type: 'text' as const, value: r.text }],
                }
              : { type: 'text' as const, value: r.text },
          ),
        );
      },
    });
}
