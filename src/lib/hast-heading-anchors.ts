/**
 * Sätteri hast plugin: gives every prose heading a stable id (the same github-slugger slug Astro would give it)
 * and a visible "#" link to itself, so a reader can link to any section. A Chinese edition's body takes the ids of
 * its English body, heading by heading (its sections mirror the English ones), so `#how-prosecutions-grew` works
 * in both languages; a body whose headings do not match fails the build.
 */
import Slugger from 'github-slugger';
import { defineHastPlugin, type PluginFactoryContext } from 'satteri';
import { t } from '../i18n';
import { englishAnchors, englishFile, isZhEdition } from './zh-files';

export function headingAnchorsPlugin() {
  // A factory: Sätteri calls it once per document, so each document gets a fresh slugger.
  return (doc: PluginFactoryContext) => {
    const slugger = new Slugger();
    const zh = isZhEdition(doc.fileURL);
    const english = zh && doc.fileURL ? englishAnchors(doc.fileURL) : [];
    let n = 0;
    const idFor = (level: number, text: string): string => {
      if (!zh) return slugger.slug(text);
      const match = english[n++];
      if (!match || match.level !== level)
        throw new Error(
          `${String(doc.fileURL)}: heading ${n} "${text}" (level ${level}) has no level-${level} heading at the same place in ` +
            `${englishFile(doc.fileURL!)}. Fix: give the Chinese body the same sections as the English one, in the same order.`,
        );
      return match.id;
    };
    return defineHastPlugin({
      name: 'fraud-kb-heading-anchors',
      element: {
        filter: ['h2', 'h3', 'h4'],
        visit(node, ctx) {
          const existing = node.properties?.id;
          const id = typeof existing === 'string' ? existing : idFor(Number(node.tagName.slice(1)), ctx.textContent(node));
          if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
          ctx.setProperty(node, 'dataPermalink', '');
          ctx.appendChild(node, {
            type: 'element',
            tagName: 'a',
            properties: {
              className: ['heading-anchor'],
              href: `#${id}`,
              ariaLabel: t('section.link', zh ? 'zh' : 'en'),
              dataPagefindIgnore: 'all',
            },
            children: [{ type: 'text', value: '#' }],
          });
        },
      },
    });
  };
}
