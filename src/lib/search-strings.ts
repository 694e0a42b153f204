/**
 * The interface text the search scripts show, handed to the browser as JSON in a data attribute, so the client code
 * carries no English of its own. `{count}` and `{query}` are filled in by `fill()`.
 */
import { t, type Locale } from '../i18n';
import { NAME_TYPES } from './search-names';

export const SEARCH_STRING_KEYS = [
  'search.results',
  'search.resultsOne',
  'search.resultsFor',
  'search.resultsForOne',
  'search.firstShown',
  'search.none',
  'search.searching',
  'search.prompt',
  'search.sectionsOf',
  'search.articleOf',
  'search.matched',
  'search.didYouMean',
  'search.missing',
  ...NAME_TYPES.map((type) => `search.nameType.${type}` as const),
] as const;
export type SearchStrings = Record<(typeof SEARCH_STRING_KEYS)[number], string>;

export const searchStrings = (locale: Locale): SearchStrings =>
  Object.fromEntries(SEARCH_STRING_KEYS.map((k) => [k, t(k, locale)])) as SearchStrings;
