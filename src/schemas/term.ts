/** A glossary term: jargon of the fraud trade and of the fight against it. */
import { z } from 'astro/zod';
import { citation, entityBase } from './common';

export const TERM_CATEGORIES = ['role', 'tool', 'method', 'measure', 'concept'] as const;

export const termSchema = z.strictObject({
  /** The term in English, as the site uses it. */
  term: z.string().min(1),
  /** The Chinese term in simplified characters. */
  termZh: z.string().optional(),
  /** Hanyu pinyin of the Chinese term. */
  pinyin: z.string().optional(),
  /** role (a person in the chain) | tool | method | measure (a counter-measure) | concept. */
  category: z.enum(TERM_CATEGORIES, { message: `Set category to one of: ${TERM_CATEGORIES.join(', ')}.` }),
  /** The definition in one or two plain sentences, in our own words. */
  definition: z.string().min(20, 'Write a definition of at least 20 characters.'),
  /** Where the definition's facts come from. */
  definitionCite: z.array(citation).min(1, 'Cite at least one source locator for the definition.'),
  ...entityBase,
});
