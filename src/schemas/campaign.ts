/** An enforcement operation or special campaign (专项行动). */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { citedDate, entityBase } from './common';

export const campaignSchema = z.strictObject({
  /** English name. */
  name: z.string().min(1),
  /** Chinese name, without quotation marks. */
  nameZh: z.string().optional(),
  /** Hanyu pinyin of the Chinese name. */
  pinyin: z.string().optional(),
  /** Agencies that lead it. */
  leads: z.array(reference('agencies')).min(1, 'Name at least one lead agency from content/agencies/.'),
  /** Agencies that take part under the lead. */
  partners: z.array(reference('agencies')).default([]),
  /** national, provincial or local. */
  level: z.enum(['national', 'provincial', 'local'], { message: 'Set level to national, provincial or local.' }),
  /** When it started, with a citation. */
  started: citedDate.optional(),
  /** When it ended, with a citation; omit while running or unknown. */
  ended: citedDate.optional(),
  /** The campaign this one is a phase or offshoot of (e.g. Card-breaking 2.0 under Card-breaking). */
  parent: reference('campaigns').optional(),
  /** Crimes it targets. */
  targets: z.array(reference('crimes')).default([]),
  /** Policies it applies or that govern it. */
  policies: z.array(reference('policies')).default([]),
  ...entityBase,
});
