/** What the registry knows about each kind of entity: the contract every entry in src/kinds/ fulfils. */
import type { z } from 'astro/zod';
import type { FactRow } from '../lib/facts';

/** Which dates an entity carries; the first one an entity has is the date it is listed by. */
export type DateKey = 'issued' | 'effective' | 'started' | 'ended' | 'published' | 'period';

export interface EntityDate {
  key: DateKey;
  /** YYYY, YYYY-MM or YYYY-MM-DD (a data period's bounds are given as such dates). */
  date: string;
}

/** Typed relations, as fixed keys: their labels live in the string table under `relation.<key>`. */
export const RELATION_KEYS = ['definedBy', 'policy', 'issuedBy', 'targets', 'follows', 'partOf', 'ledBy', 'with', 'seeAlso'] as const;
export type RelationKey = (typeof RELATION_KEYS)[number];

/** The names of an entity: English, Chinese and the forms readers type. */
export interface Names {
  name: string;
  zh?: string;
  pinyin?: string;
  abbreviation?: string;
  short?: string;
  /** On a Chinese page: the English name, shown after the Chinese one. */
  en?: string;
  /** On a Chinese page: set when the entity has no Chinese name yet, so `name` is English. */
  english?: boolean;
}

export interface KindDefinition<D> {
  /** The schema of one entry (a doc comment per field lives in src/schemas/). */
  schema: z.ZodType<D>;
  /** The files of the collection, as a glob extension: MDX prose, YAML data, or both. */
  files: 'mdx' | 'yaml' | '{mdx,yaml}';
  names: (d: D) => Names;
  /** Every date the entity carries, most telling first. */
  dates: (d: D) => EntityDate[];
  /** Which of those dates are events on /timeline/. */
  timeline: DateKey[];
  /** Agency ids the entity is filed under in search. */
  agencies: (d: D, id: string) => string[];
  /** The rows of its "Key facts" block. */
  keyFacts: (d: D) => FactRow[];
  /** Reference fields (dotted path without indices) that are typed relations; `seeAlso.*` is always `seeAlso`. */
  relations: Record<string, RelationKey>;
}

/** Declares a kind; the schema fixes the data type every other member is checked against. */
export const defineKind = <D>(def: KindDefinition<D>): KindDefinition<D> => def;
