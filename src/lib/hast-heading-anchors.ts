/**
 * Sätteri hast plugin: gives every prose heading a stable id (the same github-slugger slug Astro would give it)
 * and a visible "#" link to itself, so a reader can link to any section.
 */
import Slugger from 'github-slugger';
import { defineHastPlugin } from 'satteri';

export function headingAnchorsPlugin() {
  // A factory: Sätteri calls it once per document, so each document gets a fresh slugger.
  return () => {
    const slugger = new Slugger();
    return defineHastPlugin({
      name: 'fraud-kb-heading-anchors',
      element: {
        filter: ['h2', 'h3', 'h4'],
        visit(node, ctx) {
          const existing = node.properties?.id;
          const id = typeof existing === 'string' ? existing : slugger.slug(ctx.textContent(node));
          if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
          ctx.setProperty(node, 'dataPermalink', '');
          ctx.appendChild(node, {
            type: 'element',
            tagName: 'a',
            properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: 'Link to this section', dataPagefindIgnore: 'all' },
            children: [{ type: 'text', value: '#' }],
          });
        },
      },
    });
  };
}
