/**
 * Field types shared by every entity kind. Each carries a message that tells a writer how to fix it.
 */
import { reference } from 'astro:content';
import { z } from 'astro/zod';

/** A locator id inside a source: lower-case letters, digits and hyphens, e.g. `kp-3` or `p-12`. */
export const locatorId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use a locator id of lower-case letters, digits and hyphens, e.g. "kp-3".');

/** A date known to the year, month or day: `2019`, `2019-11` or `2019-11-01`. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD (quote it in YAML).');

/** Where a fact comes from: a source entry and a locator (key point or paragraph id) inside it. */
export const citation = z.strictObject({
  /** Id of an entry in `content/sources/`. */
  source: reference('sources'),
  /** Id of one of that source's `locators`, e.g. `kp-3`. */
  at: locatorId,
});
export type Citation = z.infer<typeof citation>;

/** A date with the citation that states it; `note` says how it was read (e.g. inferred from "last year"). */
export const citedDate = z.strictObject({
  /** The date, as precise as the source allows. */
  date: partialDate,
  /** Where the date is stated. */
  cite: citation,
  /** How the date was read from the source, when it is not printed in full. */
  note: z.string().optional(),
});

/** What kind of other name an alias is; `mistranslation` is labelled as such on the page. */
export const ALIAS_KINDS = ['official', 'abbreviation', 'translation', 'colloquial', 'mistranslation'] as const;

/** Another name a reader may meet for the entity. */
export const alias = z.strictObject({
  /** The name exactly as it appears. */
  text: z.string().min(1),
  /** Language of the name: `en` or `zh` (simplified Chinese). */
  lang: z.enum(['en', 'zh'], { message: 'Set lang to "en" or "zh".' }),
  /** official | abbreviation | translation | colloquial | mistranslation. */
  kind: z.enum(ALIAS_KINDS, { message: `Set kind to one of: ${ALIAS_KINDS.join(', ')}.` }),
  /** A source in which this name appears (required for mistranslations, so a reader can see it in context). */
  seenIn: reference('sources').optional(),
  /** Set when no cited source prints this name: a standard name an editor supplied. Shown as such on the page. */
  standard: z.boolean().optional(),
});

/** Typed "see also" links to any kind of entity; a broken id fails the build. */
export const seeAlso = z
  .strictObject({
    crimes: z.array(reference('crimes')),
    policies: z.array(reference('policies')),
    agencies: z.array(reference('agencies')),
    campaigns: z.array(reference('campaigns')),
    terms: z.array(reference('terms')),
    datasets: z.array(reference('datasets')),
  })
  .partial();

/** Fields every prose entity (crime, policy, agency, campaign, term) has. */
export const entityBase = {
  /** One plain sentence (no markup) for index pages, search results and link previews. */
  summary: z.string().min(20, 'Write a one-sentence summary of at least 20 characters.').max(300, 'Keep the summary under 300 characters.'),
  /** Every other name a reader may meet, including mistranslations. */
  aliases: z.array(alias).default([]),
  /** Related entities of any kind. */
  seeAlso: seeAlso.default({}),
  /** Set when the Chinese name (nameZh, titleZh or termZh) is a standard name that no cited source prints. */
  zhStandard: z.boolean().optional(),
};
