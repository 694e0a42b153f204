/** A law, amendment, judicial interpretation, opinion, meeting minutes or other policy document. */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { citedDate, entityBase, locatorId } from './common';

export const POLICY_KINDS = [
  'law',
  'amendment',
  'judicial-interpretation',
  'opinion',
  'meeting-minutes',
  'typical-cases',
  'party-state-opinion',
  'criminal-justice-policy',
  'instruction',
] as const;

export const POLICY_STATUSES = ['in-force', 'amended', 'repealed', 'in-preparation', 'unknown'] as const;

export const policySchema = z.strictObject({
  /** English title; official translation where one exists. */
  title: z.string().min(1),
  /** Chinese title in simplified characters, without book-title marks. */
  titleZh: z.string().optional(),
  /** Short form used in text, e.g. "Opinions (II)". */
  shortTitle: z.string().optional(),
  /** What kind of document this is. */
  kind: z.enum(POLICY_KINDS, { message: `Set kind to one of: ${POLICY_KINDS.join(', ')}.` }),
  /** Bodies that issued it (ids in content/agencies/). */
  issuers: z.array(reference('agencies')).min(1, 'Name at least one issuer from content/agencies/.'),
  /** When it was issued, with a citation. */
  issued: citedDate.optional(),
  /** When it took effect, with a citation. */
  effective: citedDate.optional(),
  /** Whether it is in force, as far as the cited sources show. */
  status: z.enum(POLICY_STATUSES, { message: `Set status to one of: ${POLICY_STATUSES.join(', ')}.` }).default('unknown'),
  /** Crimes it defines or applies to. */
  targets: z.array(reference('crimes')).default([]),
  /** A policy this one amends, supplements or follows. */
  follows: reference('policies').optional(),
  /** The official text, read article by article, as an entry in content/sources/ (YAML). Its status overrides `status`. */
  document: reference('sources').optional(),
  /** The articles of that document that matter most, shown on the policy page (ids such as `art-14`). */
  keyArticles: z.array(locatorId).default([]),
  ...entityBase,
});
