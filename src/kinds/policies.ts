import { policySchema } from '../schemas/policy';
import { dateRow, label, refs, row, rows } from '../lib/facts';
import { defineKind, type EntityDate } from './types';

export const policies = defineKind({
  schema: policySchema,
  files: 'mdx',
  names: (d) => ({ name: d.title, zh: d.titleZh, short: d.shortTitle }),
  dates: (d) => [
    ...(d.issued ? [{ key: 'issued', date: d.issued.date } satisfies EntityDate] : []),
    ...(d.effective ? [{ key: 'effective', date: d.effective.date } satisfies EntityDate] : []),
  ],
  timeline: ['issued', 'effective'],
  agencies: (d) => d.issuers.map((r) => r.id),
  keyFacts: (d) =>
    rows(
      row('kind', label('policyKind', d.kind)),
      row('issuedBy', refs(d.issuers)),
      dateRow('issued', d.issued),
      dateRow('effective', d.effective),
      row('status', label('policyStatus', d.status)),
    ),
  relations: { issuers: 'issuedBy', targets: 'targets', follows: 'follows' },
});
