import { agencySchema } from '../schemas/agency';
import { cite, label, refs, row, rows, text } from '../lib/facts';
import { defineKind } from './types';

export const agencies = defineKind({
  schema: agencySchema,
  files: 'mdx',
  names: (d) => ({ name: d.name, zh: d.nameZh, abbreviation: d.abbreviation }),
  dates: () => [],
  timeline: [],
  agencies: (d, id) => [id, ...(d.parent ? [d.parent.id] : [])],
  keyFacts: (d) =>
    rows(
      row('abbreviation', text(d.abbreviation)),
      row('kind', label('agencyKind', d.kind)),
      row('level', label('level', d.level)),
      row('partOf', refs(d.parent)),
      // An official's role is content, not interface text: it labels the row as printed.
      ...d.officials.map((o) => {
        const r = row('official', [...text(o.name), ...text(o.nameZh, true)], cite(o.cite));
        return r && { ...r, label: o.role };
      }),
    ),
  relations: { parent: 'partOf' },
});
