import { documentDates } from '../lib/documents';
import { label, link, refs, row, rows, text, type FactRow } from '../lib/facts';
import { sourceSchema, type DocumentSourceData } from '../schemas/source';
import { defineKind } from './types';

/** Key facts of an official document: its titles, number, issuers, dates (each linked to the article that states it) and status. */
function documentFacts(d: DocumentSourceData): FactRow[] {
  return rows(
    row('officialTitle', text(d.titleZh, true)),
    row('documentKind', label('documentKind', d.kind)),
    row('documentNumber', text(d.documentNumber, true), [], d.documentNumberNote),
    row('issuedBy', refs(d.issuers)),
    ...documentDates(d).map((v) => ({ ...row(v.key, [{ date: v.date }], [], v.note)!, at: v.at })),
    row('status', label('documentStatus', d.status), [], d.statusNote),
    row('officialUrl', link(d.officialUrl)),
    row('completeness', label('completeness', d.completeness), [], d.completenessNote),
  );
}

export const sources = defineKind({
  schema: sourceSchema,
  files: '{mdx,yaml}',
  names: (d) => ({ name: d.title, zh: d.titleOriginal, short: d.shortName }),
  dates: (d) => [{ key: 'published', date: d.published }],
  timeline: [],
  agencies: (d) => ('articles' in d ? d.issuers.map((r) => r.id) : []),
  keyFacts: (d) =>
    'articles' in d
      ? documentFacts(d)
      : rows(
          row('outlet', text(d.outlet)),
          row('originalOutlet', text(d.originalOutlet)),
          row('author', text(d.author)),
          row('published', [{ date: d.published }], [], d.publishedNote),
          row('language', label('language', d.language)),
          row('kind', label('sourceKind', d.kind)),
          row('translation', label('translation', d.translation.quality)),
          row('url', link(d.url)),
        ),
  relations: { issuers: 'issuedBy' },
});
