/**
 * What the search filters know about an entity: the agencies it is tied to and the years it belongs to.
 * Pure, so the rules can be tested without a build; the page writes the values as Pagefind filters.
 */
import type { PlainEntry } from './refs';
import { displayName } from './entities';

type Ref = { collection: string; id: string };
type Data = Record<string, unknown>;

const refs = (v: unknown): Ref[] => (Array.isArray(v) ? v : v ? [v] : []).filter((r): r is Ref => typeof r === 'object' && r !== null && 'id' in r);
const yearOf = (date: unknown): string | undefined => (typeof date === 'string' ? /^\d{4}/.exec(date)?.[0] : undefined);

/** Agency ids an entity is filed under: itself and its parent (agencies), issuers (policies, datasets), leads and partners (campaigns). */
export function agencyIds(entry: PlainEntry): string[] {
  const d = entry.data;
  const ids =
    entry.kind === 'agencies'
      ? [entry.id, ...refs(d.parent).map((r) => r.id)]
      : entry.kind === 'policies' || entry.kind === 'datasets'
        ? refs(d.issuers).map((r) => r.id)
        : entry.kind === 'campaigns'
          ? [...refs(d.leads), ...refs(d.partners)].map((r) => r.id)
          : [];
  return [...new Set(ids)];
}

/** Years an entity is filed under: when a policy was issued or took effect, a campaign ran, a source was published, a dataset's periods. */
export function years(entry: PlainEntry): string[] {
  const d = entry.data;
  const dated = (field: unknown) => yearOf((field as { date?: unknown } | undefined)?.date);
  const found: (string | undefined)[] =
    entry.kind === 'policies'
      ? [dated(d.issued), dated(d.effective)]
      : entry.kind === 'campaigns'
        ? [dated(d.started), dated(d.ended)]
        : entry.kind === 'sources'
          ? [yearOf(d.published)]
          : entry.kind === 'datasets'
            ? ((d.points as { period?: string }[] | undefined) ?? []).flatMap((p) => (p.period ?? '').split('/').map(yearOf))
            : [];
  return [...new Set(found.filter((y): y is string => !!y))].sort();
}

/** The filter values of an entity: agency names (looked up by id) and years. Pagefind reads `key:value` from an
 * attribute and a comma would start a second filter, so names are written without commas. */
export function searchFacets(entry: PlainEntry, agencyName: (id: string) => Data | undefined): { agency: string[]; year: string[] } {
  return {
    agency: agencyIds(entry).map((id) => {
      const data = agencyName(id);
      if (!data) throw new Error(`${entry.file}: agency "${id}" is not in content/agencies/.`);
      return displayName(data).replaceAll(',', '');
    }),
    year: years(entry),
  };
}
