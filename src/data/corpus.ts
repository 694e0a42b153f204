/**
 * The whole knowledge base, loaded once per build, checked for broken references and citations
 * (the build stops with the list of problems), with lookups and backlinks.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { computeBacklinks, keyOf, type Backlink } from '../lib/backlinks';
import { checkIntegrity, formatProblems } from '../lib/integrity';
import type { PlainEntry } from '../lib/refs';
import { KINDS, type Kind } from '../schemas/common';

export type AnyEntry = CollectionEntry<Kind>;

export interface Corpus {
  all: AnyEntry[];
  byKind: (kind: Kind) => AnyEntry[];
  get: (kind: Kind, id: string) => AnyEntry | undefined;
  backlinks: (kind: Kind, id: string) => Backlink[];
}

export function toPlain(e: AnyEntry): PlainEntry {
  return { kind: e.collection, id: e.id, file: e.filePath ?? `content/${e.collection}/${e.id}`, data: e.data as Record<string, unknown>, body: e.body };
}

async function load(): Promise<Corpus> {
  const all = (await Promise.all(KINDS.map((k) => getCollection(k)))).flat() as AnyEntry[];
  const plain = all.map(toPlain);
  const problems = checkIntegrity(plain);
  if (problems.length) throw new Error(formatProblems(problems));
  const index = new Map(all.map((e) => [keyOf(e.collection, e.id), e]));
  const backlinks = computeBacklinks(plain);
  return {
    all,
    byKind: (kind) => all.filter((e) => e.collection === kind),
    get: (kind, id) => index.get(keyOf(kind, id)),
    backlinks: (kind, id) => backlinks.get(keyOf(kind, id)) ?? [],
  };
}

let cached: Promise<Corpus> | undefined;
export const loadCorpus = (): Promise<Corpus> => (cached ??= load());
