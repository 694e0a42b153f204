/**
 * The registry of kinds: for each kind, its schema and files, names, dates, search facets, key facts and relations.
 * content.config.ts, the pages, search, exports, the timeline and the tests all read it. Adding a kind means a key in
 * keys.ts, a schema in src/schemas/, one entry here (the compiler insists) and its strings in src/i18n/en.ts.
 */
import { agencies } from './agencies';
import { campaigns } from './campaigns';
import { crimes } from './crimes';
import { datasets } from './datasets';
import { type Kind } from './keys';
import { policies } from './policies';
import { sources } from './sources';
import { terms } from './terms';
import type { FactRow } from '../lib/facts';
import type { DateKey, EntityDate, KindDefinition, Names, RelationKey } from './types';

export const REGISTRY = { crimes, policies, agencies, campaigns, terms, sources, datasets } satisfies { [K in Kind]: unknown };

/** The data type of an entry of kind K. */
export type DataOf<K extends Kind> = (typeof REGISTRY)[K] extends KindDefinition<infer D> ? D : never;

/** The definition of a kind, for code that handles any kind through its data (typed loosely, checked by the schema). */
export const kindOf = <K extends Kind>(kind: K): KindDefinition<DataOf<K>> => REGISTRY[kind] as unknown as KindDefinition<DataOf<K>>;

export { KINDS, isKind, type Kind } from './keys';
export { RELATION_KEYS, type DateKey, type EntityDate, type Names, type RelationKey } from './types';

/**
 * A kind's functions applied to an entry's data when the kind is known only at run time. The schema has already
 * checked the data against that kind, so this is the one place the registry meets data it cannot type statically.
 */
function loose(kind: Kind): KindDefinition<unknown> {
  return REGISTRY[kind] as unknown as KindDefinition<unknown>;
}

export const namesOf = (kind: Kind, data: unknown): Names => loose(kind).names(data);
export const datesOf = (kind: Kind, data: unknown): EntityDate[] => loose(kind).dates(data);
export const agenciesOf = (kind: Kind, data: unknown, id: string): string[] => [...new Set(loose(kind).agencies(data, id))];
export const keyFactsOf = (kind: Kind, data: unknown): FactRow[] => loose(kind).keyFacts(data);
export const timelineDatesOf = (kind: Kind): readonly DateKey[] => REGISTRY[kind].timeline;

/** The relation a reference field holds (`issuers[0]` → `issuedBy`), or undefined when the field is no relation. */
export function relationOf(kind: Kind, field: string): RelationKey | undefined {
  const path = field.replace(/\[\d+\]/g, '');
  if (path.startsWith('seeAlso.')) return 'seeAlso';
  return (REGISTRY[kind].relations as Record<string, RelationKey | undefined>)[path];
}
