import { campaignSchema } from '../schemas/campaign';
import { dateRow, label, refs, row, rows } from '../lib/facts';
import { defineKind, type EntityDate } from './types';

export const campaigns = defineKind({
  schema: campaignSchema,
  files: 'mdx',
  names: (d) => ({ name: d.name, zh: d.nameZh, pinyin: d.pinyin }),
  dates: (d) => [
    ...(d.started ? [{ key: 'started', date: d.started.date } satisfies EntityDate] : []),
    ...(d.ended ? [{ key: 'ended', date: d.ended.date } satisfies EntityDate] : []),
  ],
  timeline: ['started'],
  agencies: (d) => [...d.leads, ...d.partners].map((r) => r.id),
  keyFacts: (d) =>
    rows(
      row('ledBy', refs(d.leads)),
      row('level', label('level', d.level)),
      dateRow('started', d.started),
      dateRow('ended', d.ended),
      row('phaseOf', refs(d.parent)),
    ),
  relations: { leads: 'ledBy', partners: 'with', parent: 'partOf', targets: 'targets', policies: 'policy' },
});
