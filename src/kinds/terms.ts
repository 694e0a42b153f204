import { termSchema } from '../schemas/term';
import { cite, label, row, rows, text } from '../lib/facts';
import { defineKind } from './types';

export const terms = defineKind({
  schema: termSchema,
  files: 'mdx',
  names: (d) => ({ name: d.term, zh: d.termZh, pinyin: d.pinyin }),
  dates: () => [],
  timeline: [],
  agencies: () => [],
  keyFacts: (d) =>
    rows(
      row('category', label('termCategory', d.category)),
      row(
        'definition',
        text(d.definition),
        d.definitionCite.flatMap((c) => cite(c)),
      ),
    ),
  relations: {},
});
