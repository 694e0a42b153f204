import { datasetSchema } from '../schemas/dataset';
import { row, rows, text } from '../lib/facts';
import { defineKind } from './types';

export const datasets = defineKind({
  schema: datasetSchema,
  files: 'yaml',
  names: (d) => ({ name: d.title, zh: d.titleZh }),
  // A period is filed under every year it touches: `2021-01/2022-06` under 2021 and 2022.
  dates: (d) => d.points.flatMap((p) => p.period.split('/').map((bound) => ({ key: 'period' as const, date: bound.slice(0, 4) }))),
  timeline: [],
  agencies: (d) => d.issuers.map((r) => r.id),
  keyFacts: (d) =>
    rows(
      row('measures', text(d.measure)),
      row('unit', text(d.unit)),
      row('points', [{ count: d.points.length }]),
      row('period', [{ periods: d.points.map((p) => p.period) }]),
    ),
  relations: { issuers: 'issuedBy' },
});
