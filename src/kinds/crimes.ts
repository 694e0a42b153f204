import { crimeSchema } from '../schemas/crime';
import { cite, row, rows, text } from '../lib/facts';
import { defineKind } from './types';

export const crimes = defineKind({
  schema: crimeSchema,
  files: 'mdx',
  names: (d) => ({ name: d.name, zh: d.nameZh, pinyin: d.pinyin }),
  dates: () => [],
  timeline: [],
  agencies: () => [],
  keyFacts: (d) => rows(row('chineseName', text(d.nameZh, true)), d.statute && row('statute', text(d.statute.text), cite(d.statute.cite))),
  relations: { 'statute.policy': 'definedBy', policies: 'policy' },
});
