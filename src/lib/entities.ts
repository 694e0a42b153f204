/** Labels of kinds and the typed relations of an entity, both by fixed keys from the registry (src/kinds/). */
import { t, type Locale } from '../i18n';
import { relationOf, type Kind, type RelationKey } from '../kinds';
import { dataRefs } from './refs';

/** A kind's label: `singular` ("Term"), `plural` ("Glossary") or `blurb`. */
export const kindLabel = (kind: Kind, form: 'singular' | 'plural' | 'blurb', locale?: Locale): string => t(`kind.${kind}.${form}`, locale);

export interface Relation {
  key: RelationKey;
  kind: Kind;
  id: string;
}

/** Outgoing typed relations of an entity, in field order, each target once; `seeAlso.*` becomes `seeAlso`. */
export function relations(kind: Kind, data: unknown): Relation[] {
  const out: Relation[] = [];
  for (const ref of dataRefs(data)) {
    const key = relationOf(kind, ref.field);
    // One entry per target: the first (most specific) field that names it gives the relation.
    if (key && !out.some((r) => r.kind === ref.kind && r.id === ref.id)) out.push({ key, kind: ref.kind, id: ref.id });
  }
  return out;
}

/** Groups items by a key, keeping first-seen order. */
export function groupBy<T, K>(items: T[], key: (t: T) => K): [K, T[]][] {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return [...groups];
}
