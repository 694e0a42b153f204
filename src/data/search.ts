/** Search facets for every entity, computed once per build: the entity pages write them, the search page offers them. */
import { searchFacets, type Facets } from '../lib/search-facets';
import { keyOf } from '../lib/backlinks';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n';
import { loadCorpus } from './corpus';

export interface SearchOptions {
  /** Agencies to filter by: the id is the filter value, the name its label. */
  agencies: { id: string; name: string }[];
  years: string[];
}

let built: Promise<{ byEntry: Map<string, Facets>; options: SearchOptions }> | undefined;

async function build() {
  const corpus = await loadCorpus();
  const byEntry = new Map(corpus.all.map((e) => [keyOf(e.collection, e.id), searchFacets(corpus.plain(e))]));
  const agencyIds = [...new Set([...byEntry.values()].flatMap((f) => f.agency))];
  for (const id of agencyIds) corpus.must('agencies', id);
  return {
    byEntry,
    options: {
      agencies: agencyIds.map((id) => ({ id, name: corpus.names('agencies', id).name })).sort((a, b) => a.name.localeCompare(b.name)),
      years: [...new Set([...byEntry.values()].flatMap((f) => f.year))].sort(),
    },
  };
}

const facets = () => (built ??= build());

export const facetsOf = async (kind: string, id: string): Promise<Facets> =>
  (await facets()).byEntry.get(keyOf(kind, id)) ?? { agency: [], year: [] };
/** The filters the search page offers, agency names in a language (the values are ids in both). */
export async function searchOptions(locale: Locale = DEFAULT_LOCALE): Promise<SearchOptions> {
  const { options } = await facets();
  const corpus = await loadCorpus(locale);
  const named = options.agencies.map(({ id }) => ({ id, name: corpus.names('agencies', id).name }));
  return { ...options, agencies: named.sort((a, b) => a.name.localeCompare(b.name, LOCALES[locale].intl)) };
}
