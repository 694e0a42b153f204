/** A crime type (罪名) or a family of criminal conduct. */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { citation, entityBase } from './common';

export const crimeSchema = z.strictObject({
  /** English name, as a reader would search for it. */
  name: z.string().min(1),
  /** Chinese name in simplified characters, e.g. 帮助信息网络犯罪活动罪. */
  nameZh: z.string().min(1, 'Give the Chinese name (simplified).'),
  /** Hanyu pinyin of the Chinese name, with tone marks. */
  pinyin: z.string().optional(),
  /** Where the offence is defined, when known, e.g. "Criminal Law, Article 287-2", with its citation. */
  statute: z
    .strictObject({
      /** The provision, as text. */
      text: z.string().min(1),
      /** The policy entry (law, amendment) that created or defines it. */
      policy: reference('policies').optional(),
      /** Where this is stated. */
      cite: citation,
    })
    .optional(),
  /** Laws, interpretations and opinions that apply to this crime. */
  policies: z.array(reference('policies')).default([]),
  ...entityBase,
});
