/** A body that makes, enforces or applies the rules: party and state organs, courts, regulators, operators. */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { citation, entityBase } from './common';

export const AGENCY_KINDS = [
  'party',
  'state-council',
  'legislature',
  'court',
  'procuratorate',
  'ministry',
  'regulator',
  'coordination-body',
  'company',
  'media',
] as const;

export const agencySchema = z.strictObject({
  /** English name. */
  name: z.string().min(1),
  /** Chinese name in simplified characters. */
  nameZh: z.string().optional(),
  /** Common abbreviation, e.g. SPP, MPS, 最高检. */
  abbreviation: z.string().optional(),
  /** What kind of body it is. */
  kind: z.enum(AGENCY_KINDS, { message: `Set kind to one of: ${AGENCY_KINDS.join(', ')}.` }),
  /** national, provincial or local. */
  level: z.enum(['national', 'provincial', 'local'], { message: 'Set level to national, provincial or local.' }),
  /** The body it belongs to, if any. */
  parent: reference('agencies').optional(),
  /** Officials the sources name, with the role they held and a citation. */
  officials: z
    .array(
      z.strictObject({
        /** Name in English (pinyin order as printed). */
        name: z.string().min(1),
        /** Name in Chinese characters, when a source prints it. */
        nameZh: z.string().optional(),
        /** Title held at the time of the source. */
        role: z.string().min(1),
        /** Where the source names them. */
        cite: citation,
      }),
    )
    .default([]),
  ...entityBase,
});
