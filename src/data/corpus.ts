/**
 * The whole knowledge base, loaded once per build, checked for broken references and citations (the build stops
 * with the list of problems), with typed lookups, names and backlinks.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { isKind, KINDS, namesOf, type Kind, type Names } from '../kinds';
import { computeBacklinks, keyOf, type Backlink } from '../lib/backlinks';
import { checkIntegrity, formatProblems } from '../lib/integrity';
import type { PlainEntry } from '../lib/refs';
import { bodyWritten, checkZhEditions, editionKey, localizeData, zhNames, type PlainEdition } from '../lib/zh-editions';

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
  /** The language of this corpus's words: in `zh`, data carries the Chinese edition's words where written. */
  locale: Locale;
  /** The Chinese edition of an entity (its file and body), if one exists. */
  edition: (kind: Kind, id: string) => CollectionEntry<'zh'> | undefined;
  /** Whether the entity's main text is written in this corpus's language (always, in English). */
  written: (kind: Kind, id: string) => boolean;
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

const toPlainEdition = (e: CollectionEntry<'zh'>): PlainEdition => ({
  ...editionKey(e.id),
  file: e.filePath ?? `content/zh/${e.id}`,
  data: e.data,
  body: e.body,
});

/** The English corpus, and the Chinese editions checked against it (their bodies' links and citations too). */
async function loadEnglish(): Promise<{ corpus: Corpus; editions: Map<string, CollectionEntry<'zh'>> }> {
  const byKind = new Map<Kind, AnyEntry[]>(await Promise.all(KINDS.map(async (k) => [k, await getCollection(k)] as [Kind, AnyEntry[]])));
  const all = [...byKind.values()].flat();
  const plain = new Map(all.map((e) => [e, toPlain(e)]));
  const zh = await getCollection('zh');
  const plainEditions = zh.map(toPlainEdition);
  const problems = [
    ...checkIntegrity([...plain.values()]),
    ...checkZhEditions([...plain.values()], plainEditions),
    // An edition's body is checked like an English body: links to entities that exist, citations of real locators.
    ...checkIntegrity(
      [...plain.values()],
      plainEditions
        .filter((ed) => isKind(ed.kind))
        .map((ed) => ({ kind: ed.kind as Kind, id: ed.id, file: ed.file, data: {}, body: ed.body })),
    ),
  ];
  if (problems.length) throw new Error(formatProblems(problems));
  const editions = new Map(zh.map((e) => [e.id, e]));
  const index = new Map(all.map((e) => [keyOf(e.collection, e.id), e]));
  const names = new Map(all.map((e) => [keyOf(e.collection, e.id), namesOf(e.collection, e.data)]));
  const backlinks = computeBacklinks([...plain.values()]);
  const get = <K extends Kind>(kind: K, id: string) => index.get(keyOf(kind, id)) as Entry<K> | undefined;
  const corpus: Corpus = {
    locale: 'en',
    edition: (kind, id) => editions.get(`${kind}/${id}`),
    written: () => true,
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
  return { corpus, editions };
}

/**
 * The Chinese corpus: the same entries, ids, references and backlinks, with each entry's data carrying its Chinese
 * edition's words (src/lib/zh-editions.ts) and names led by the Chinese name.
 */
function chinese(en: Corpus, editions: Map<string, CollectionEntry<'zh'>>): Corpus {
  const ed = (kind: Kind, id: string) => editions.get(`${kind}/${id}`);
  const localized = new Map<AnyEntry, AnyEntry>(
    en.all.map((e) => [e, { ...e, data: localizeData(e.data as Record<string, unknown>, ed(e.collection, e.id)?.data) } as AnyEntry]),
  );
  const all = [...localized.values()];
  const index = new Map(all.map((e) => [keyOf(e.collection, e.id), e]));
  const names = new Map(
    en.all.map((e) => [
      keyOf(e.collection, e.id),
      zhNames(en.names(e.collection, e.id), e.collection, e.data as Record<string, unknown>, ed(e.collection, e.id)?.data),
    ]),
  );
  const written = new Map(
    en.all.map((e) => [keyOf(e.collection, e.id), bodyWritten(en.plain(e), ((z) => z && toPlainEdition(z))(ed(e.collection, e.id)))]),
  );
  const get = <K extends Kind>(kind: K, id: string) => index.get(keyOf(kind, id)) as Entry<K> | undefined;
  return {
    ...en,
    locale: 'zh',
    all,
    byKind: <K extends Kind>(kind: K) => en.byKind(kind).map((e) => localized.get(e)!) as Entry<K>[],
    get,
    must: (kind, id) => {
      en.must(kind, id);
      return get(kind, id)!;
    },
    names: (kind, id) => names.get(keyOf(kind, id)) ?? { name: id },
    written: (kind, id) => written.get(keyOf(kind, id)) ?? false,
  };
}

let english: ReturnType<typeof loadEnglish> | undefined;
const cached = new Map<Locale, Promise<Corpus>>();

/** The corpus in a language: English as written, or Chinese with each entity's Chinese edition applied. */
export function loadCorpus(locale: Locale = DEFAULT_LOCALE): Promise<Corpus> {
  let c = cached.get(locale);
  if (!c) {
    english ??= loadEnglish();
    c = english.then(({ corpus, editions }) => (locale === 'zh' ? chinese(corpus, editions) : corpus));
    cached.set(locale, c);
  }
  return c;
}
