/**
 * The whole knowledge base, loaded once per build, checked for broken references and citations (the build stops
 * with the list of problems), with typed lookups, names and backlinks.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { KINDS, namesOf, type Kind, type Names } from '../kinds';
import { computeBacklinks, keyOf, type Backlink } from '../lib/backlinks';
import { checkIntegrity, formatProblems } from '../lib/integrity';
import type { PlainEntry } from '../lib/refs';

export type Entry<K extends Kind = Kind> = CollectionEntry<K>;
export type AnyEntry = Entry;

export interface Corpus {
  all: AnyEntry[];
  byKind: <K extends Kind>(kind: K) => Entry<K>[];
  get: <K extends Kind>(kind: K, id: string) => Entry<K> | undefined;
  /** Like `get`, for ids the integrity check has already proved to exist. */
  must: <K extends Kind>(kind: K, id: string) => Entry<K>;
  names: (kind: Kind, id: string) => Names;
  backlinks: (kind: Kind, id: string) => Backlink[];
  plain: (e: AnyEntry) => PlainEntry;
}

export function toPlain(e: AnyEntry): PlainEntry {
  return {
    kind: e.collection,
    id: e.id,
    file: e.filePath ?? `content/${e.collection}/${e.id}`,
    data: e.data as Record<string, unknown>,
    body: e.body,
  };
}

async function load(): Promise<Corpus> {
  const byKind = new Map<Kind, AnyEntry[]>(await Promise.all(KINDS.map(async (k) => [k, await getCollection(k)] as [Kind, AnyEntry[]])));
  const all = [...byKind.values()].flat();
  const plain = new Map(all.map((e) => [e, toPlain(e)]));
  const problems = checkIntegrity([...plain.values()]);
  if (problems.length) throw new Error(formatProblems(problems));
  const index = new Map(all.map((e) => [keyOf(e.collection, e.id), e]));
  const names = new Map(all.map((e) => [keyOf(e.collection, e.id), namesOf(e.collection, e.data)]));
  const backlinks = computeBacklinks([...plain.values()]);
  const get = <K extends Kind>(kind: K, id: string) => index.get(keyOf(kind, id)) as Entry<K> | undefined;
  return {
    all,
    byKind: <K extends Kind>(kind: K) => (byKind.get(kind) ?? []) as Entry<K>[],
    get,
    must: (kind, id) => {
      const e = get(kind, id);
      if (!e) throw new Error(`No ${kind} with id "${id}". Fix: use an id of a file in content/${kind}/.`);
      return e;
    },
    names: (kind, id) => names.get(keyOf(kind, id)) ?? { name: id },
    backlinks: (kind, id) => backlinks.get(keyOf(kind, id)) ?? [],
    plain: (e) => plain.get(e) ?? toPlain(e),
  };
}

let cached: Promise<Corpus> | undefined;
export const loadCorpus = (): Promise<Corpus> => (cached ??= load());
