import { sourceSchema } from '../schemas/source';
import { label, row, rows, text } from '../lib/facts';
import { defineKind } from './types';

export const sources = defineKind({
  schema: sourceSchema,
  files: 'mdx',
  names: (d) => ({ name: d.title, zh: d.titleOriginal, short: d.shortName }),
  dates: (d) => [{ key: 'published', date: d.published }],
  timeline: [],
  agencies: () => [],
  keyFacts: (d) =>
    rows(
      row('outlet', text(d.outlet)),
      row('originalOutlet', text(d.originalOutlet)),
      row('author', text(d.author)),
      row('published', [{ date: d.published }], [], d.publishedNote),
      row('language', label('language', d.language)),
      row('kind', label('sourceKind', d.kind)),
      row('translation', label('translation', d.translation.quality)),
      row('url', text(d.url)),
    ),
  relations: {},
});
