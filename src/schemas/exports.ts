/**
 * The documented shapes of the JSON exports under /api/ (see /api/ on the site and README). Tests validate the
 * built files against these, so a change here is a change to a published interface.
 */
import { z } from 'astro/zod';
import { KINDS } from '../kinds/keys';
import { RELATION_KEYS } from '../kinds/types';

/** The license of the exported data (CC BY 4.0; see LICENSE). */
export const exportLicense = z.strictObject({ spdx: z.string(), label: z.string(), name: z.string(), url: z.url() });

/** An entity as exported: references become "kind/id" strings. */
export const exportedEntity = z.strictObject({
  /** "kind/id", e.g. "terms/goip"; stable. */
  key: z.string().regex(/^[a-z]+\/[a-z0-9-]+$/),
  kind: z.enum(KINDS),
  id: z.string(),
  /** Absolute permalink of the entity's page. */
  url: z.url(),
  name: z.string(),
  nameZh: z.string().nullable(),
  summary: z.string(),
  /** Last change to the entry's file (ISO 8601). */
  updated: z.string(),
  /** The entry's frontmatter as stored, with references as "kind/id". */
  data: z.record(z.string(), z.unknown()),
});

export const entitiesExport = z.strictObject({
  generated: z.string(),
  license: exportLicense,
  count: z.number().int(),
  entities: z.array(exportedEntity),
});

export const relationsExport = z.strictObject({
  generated: z.string(),
  license: exportLicense,
  /** Typed, directed edges: `from` [relation] `to`, e.g. policies/x `issuedBy` agencies/y; relations are fixed keys. */
  relations: z.array(z.strictObject({ from: z.string(), relation: z.enum(RELATION_KEYS), to: z.string() })),
});

export const datasetsExport = z.strictObject({
  generated: z.string(),
  license: exportLicense,
  datasets: z.array(
    z.strictObject({
      key: z.string(),
      url: z.url(),
      title: z.string(),
      measure: z.string(),
      unit: z.string(),
      points: z.array(
        z.strictObject({
          id: z.string(),
          series: z.string().nullable(),
          period: z.string(),
          label: z.string().nullable(),
          value: z.number().nullable(),
          unit: z.string(),
          printed: z.string().nullable(),
          quality: z.string(),
          note: z.string().nullable(),
          /** Provenance: the source entry, the locator in it, what the locator says, and its permalink. */
          source: z.string(),
          sourceTitle: z.string(),
          locator: z.string(),
          locatorText: z.string(),
          sourceUrl: z.url(),
        }),
      ),
    }),
  ),
});
