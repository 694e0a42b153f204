/**
 * What the search filters know about an entity: the agencies it is tied to (by id) and the years it belongs to,
 * both read from the registry of kinds. Pure, so the rules can be tested without a build.
 */
import { agenciesOf, datesOf } from '../kinds';
import type { PlainEntry } from './refs';

export interface Facets {
  /** Agency ids: the filter value is the id, its label the agency's name. */
  agency: string[];
  /** Years as YYYY. */
  year: string[];
}

/** Agency ids an entity is filed under: itself and its parent (agencies), issuers (policies, datasets), leads and partners (campaigns). */
export const agencyIds = (entry: PlainEntry): string[] => agenciesOf(entry.kind, entry.data, entry.id);

/** Years an entity is filed under: every date it carries (issued, in force, started, ended, published, data periods). */
export function years(entry: PlainEntry): string[] {
  return [...new Set(datesOf(entry.kind, entry.data).map((d) => d.date.slice(0, 4)))].sort();
}

export const searchFacets = (entry: PlainEntry): Facets => ({ agency: agencyIds(entry), year: years(entry) });
