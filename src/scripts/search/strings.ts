/** The search interface text of this page's language, written by the layout into the header form's `data-strings`. */
import { fill } from '../../lib/fill';
import type { SearchStrings } from '../../lib/search-strings';

let strings: SearchStrings | undefined;

export function say(key: keyof SearchStrings, values: Record<string, string | number> = {}): string {
  strings ??= JSON.parse(document.querySelector<HTMLElement>('.site-search')?.dataset.strings ?? '{}') as SearchStrings;
  return fill(strings[key] ?? key, values);
}

/** "3 results", "1 result", or the same with the query. */
export const countText = (count: number, query?: string): string =>
  query === undefined
    ? say(count === 1 ? 'search.resultsOne' : 'search.results', { count })
    : say(count === 1 ? 'search.resultsForOne' : 'search.resultsFor', { count, query });
